/**
 * @module
 * Simplified Chinese (zh-Hans) words of the page: landing, profile, safety
 * question, topics, crisis panel and help list (header and landing inlined in
 * the page, the rest in its first script). The K6 has no citable Chinese
 * translation, so the check's six items run in やさしい日本語 (the `easy`
 * catalogue's item words); `landing.checkNote` says so before the modes.
 * Same meaning as ../ja, written to the same safe-messaging rules: calm,
 * hopeful and practical, no method words, no diagnosis, always "talk to
 * someone". Adults are addressed as 您, teenagers (13–19) as 你, in plain
 * spoken words.
 */
import type { HeadMessages, InlinedWords, ScriptMessages } from '../types';

const HELP_NOW_SHORT = '求助';

/** Header and landing: the build puts them in the page's data block (the prerendered landing shows them too). */
export const zhInlined: InlinedWords = {
  chrome: {
    quickExit: '快速离开',
    quickExitLabel: '快速离开（切换到其他页面）',
    helpNow: `立即${HELP_NOW_SHORT}`,
    helpNowShort: HELP_NOW_SHORT,
    quickExitShort: '离开',
  },
  landing: {
    lead: '这是一个自我检查：回答几个问题，回顾一下自己现在的心理状态。',
    anonymous: '本检查是匿名的，不会询问您的姓名或联系方式。',
    duration: '大约需要2分钟。',
    privacy: '您的回答不会被保存，关闭或刷新页面后就会消失。',
    privateTab: '如果不想留下浏览记录，请用浏览器的无痕模式（隐私模式）打开本页面。',
    chooseLegend: '您想开始哪一项检查？',
    modes: {
      self: { label: '本人', hint: '检查您自己现在的心理状态' },
      teen: { label: '青少年', hint: '面向10到19岁的青少年，用词更简单易懂' },
      perinatal: { label: '孕期・产后', hint: '面向从怀孕期间到产后约一年的人，以及他们的伴侣' },
      family: { label: '家人', hint: '面向担心身边亲友的人' },
    },
    languages: '语言 / ことば',
    checkNote: `检查中的6个问题是用简单的日语显示的（汉字上方标有读音），因为目前还没有可以引用的正式中文版本。其他所有内容，包括可以倾诉的咨询窗口列表，都是中文。随时点击“${HELP_NOW_SHORT}”，就能看到咨询窗口。`,
  },
};

/** Written into the page's HTML when it is built. */
export const zhHead: HeadMessages = { lang: 'zh-Hans', pageTitle: '{service}' };

/** Everything else the page shows: carried by its first script. */
export const zhPageScript: ScriptMessages = {
  nav: { back: '返回', next: '下一步', toResult: '查看结果', pickOne: '请选择一项。' },
  progress: {
    visible: '{step} / {total}',
    spoken: '第{step}题，共{total}题',
  },
  profile: {
    heading: { adult: '关于您（选填）', teen: '关于你（不回答也没关系）' },
    lead: {
      adult: '不回答也可以继续。这些信息只用于统计人数，不会知道您是谁。',
      teen: '不回答也可以继续。只用来统计人数，没有人会知道你是谁。',
    },
    ageLegend: '年龄段',
    genderLegend: '性别',
    ageBands: {
      '10s': '10–19岁',
      '20s': '20–29岁',
      '30s': '30–39岁',
      '40s': '40–49岁',
      '50s': '50–59岁',
      '60s': '60–69岁',
      '70s': '70–79岁',
      '80plus': '80岁以上',
      na: '不回答',
    },
    genders: { male: '男性', female: '女性', other: '其他', na: '不回答' },
  },
  safety: {
    question: {
      adult: '在过去一个月里，您是否有过想死、或者想要消失的念头？',
      teen: '在过去一个月里，你有没有想过“我想死”或者“我想消失”？',
    },
    hint: {
      adult: '这个问题不计入分数。请选择最接近您现在心情的选项。',
      teen: '这个问题不算分。请选最接近你真实心情的答案。',
    },
    answers: {
      no: '没有过',
      sometimes: '有时有过',
      often: '经常有过',
      now: '现在也还这样想',
      unsure: '不清楚／不想回答',
    },
  },
  topics: {
    heading: { adult: '现在您在意的事情', teen: '现在你在意的事情' },
    hint: {
      adult: '符合的都可以选，选几项都行。不选也可以继续。',
      teen: '符合的都可以选，不选也没关系。',
    },
    labels: {
      life: '生活方式・人生意义',
      loneliness: '孤独・寂寞',
      work: '工作',
      money: '钱・生活',
      parenting: '育儿',
      care: '照护家人',
      couple: '夫妻・伴侣',
      education: '孩子的教育',
      relations: '人际关系・闭门不出',
      gender: '男女之间的问题',
      bodyHealth: '身体健康',
      mindHealth: '心理健康',
      debt: '欠债・法律问题',
      bereavement: '失去了身边的人',
      other: '其他',
      school: '学校',
      friends: '朋友',
      family: '家人',
      bullying: '被欺负・霸凌',
      study: '学习・升学和将来',
      body: '身体',
      sns: '社交媒体・网络',
      sleep: '睡眠',
    },
  },
  crisis: {
    heading: { adult: '谢谢您的回答', teen: '谢谢你告诉我们' },
    lead: {
      adult: '痛苦的心情，不必一个人承受。现在就有人愿意倾听您。',
      teen: '难受的心情，不用一个人扛着。现在就有人愿意听你说。',
    },
    urgent: {
      heading: { adult: '现在就有人愿意倾听您', teen: '现在就有人愿意听你说' },
      lead: {
        adult: '谢谢您告诉我们，您现在仍然感到很痛苦。请不要一个人承受，现在就拨打下面的电话，或者通过聊天倾诉。',
        teen: '谢谢你告诉我们，你现在还是很难受。别一个人扛着，现在就打下面的电话，或者在线聊一聊吧。',
      },
    },
    emergencyHeading: '如果现在有生命危险',
    continue: '继续检查',
  },
  help: {
    heading: '想现在就找人倾诉时',
    lead: '不要一个人承受，试着和别人说说吧。',
    back: '返回上一页',
  },
  waiting: {
    heading: '正在加载',
    lead: '连接上后会显示在这里。在此期间，您也可以联系下面的咨询窗口。',
  },
  cantConnect: '如果打不通，请过一会儿再试，或者试试其他咨询窗口。',
};
