/**
 * @module
 * Simplified Chinese words of the result screen, in the chunk the page
 * fetches after first paint: the K6's band messages (same meaning per band as
 * ../ja), "this is not a diagnosis" and self-care that fits the band. Calm
 * and never clinical; a low score is not "safe", so help is offered whatever
 * the band. No words for 家族: that mode is not offered in Chinese (its
 * checklist is quoted Japanese government text).
 */
import type { ResultMessages } from '../types';

export const zhResult: ResultMessages = {
  result: {
    heading: { adult: '您此刻的心情天气', teen: '你现在的心情天气' },
    flagged: {
      heading: { adult: '谢谢您的回答', teen: '谢谢你的回答' },
      lead: {
        adult: '您告诉了我们，您有痛苦的心情。不必一个人承受。首先，为您介绍现在就能倾听您的咨询窗口。',
        teen: '你告诉了我们你很难受。不用一个人扛着。先给你介绍现在就能听你说话的咨询窗口。',
      },
      urgentLead: {
        adult: '您现在仍然感到很痛苦。请现在就拨打下面的电话，或者通过聊天倾诉。有人想听您说。',
        teen: '你现在还是很难受吧。请现在就打下面的电话，或者在线聊一聊。有人想听你说。',
      },
      title: { adult: '比起分数，更重要的是您现在的心情', teen: '比起分数，你现在的心情更重要' },
      message: {
        adult: '无论分数如何，有痛苦的心情都是一个重要的信号。请在今天联系上面的咨询窗口，或者和您信任的人谈一谈。有人愿意帮助您。',
        teen: '不管分数是多少，感到难受都是一个重要的信号。今天就和上面的咨询窗口，或者你信任的大人说一说吧。有人想帮助你。',
      },
      selfCareHeading: { adult: '现在可以做的事', teen: '现在可以做的事' },
      selfCare: {
        adult: ['今天就联系上面的咨询窗口，或者和信任的人谈一谈', '减少一个人独处的时间', '如果感到生命有危险，请不要犹豫，拨打119（急救）'],
        teen: ['今天就和上面的咨询窗口，或者家人、老师等你信任的大人说一说', '不要一个人憋在心里', '如果觉得有生命危险，马上打119（急救）'],
      },
      picture: '多云的天空下，灯塔的光照亮大海的画',
    },
    notDiagnosis: {
      adult: '这不是诊断。这只是帮助您回顾现在心情的参考。',
      teen: '这不是诊断，只是帮你了解自己现在心情的参考。',
    },
    selfCareHeading: { adult: '不妨试试这些', teen: '试试这些吧' },
    helpHeading: { adult: '可以咨询的窗口', teen: '愿意听你说话的窗口' },
    helpLead: {
      adult: '无论结果如何，都可以来咨询。',
      teen: '不管结果怎样，都可以找人聊聊。',
    },
    again: { adult: '从头重新开始', teen: '重新开始' },
    bands: {
      // The K6's bands (本人, 10代 and 赤ちゃんママ all run it).
      'k6-ja': {
        low: {
          title: { adult: '平静的晴天', teen: '平静的晴天' },
          message: {
            adult: '目前看来，您的心理负担较小。请继续珍惜现在的生活方式。',
            teen: '现在看来，你的心理负担不大。继续好好照顾现在的生活吧。',
          },
          selfCare: {
            adult: ['睡好觉，按时吃饭', '留出做自己喜欢的事的时间', '有在意的事，早点和别人说'],
            teen: ['好好睡觉，好好吃饭', '留些时间做自己喜欢的事', '有在意的事，早点告诉别人'],
          },
          picture: '晴朗的天空和平静的大海的画',
        },
        some: {
          title: { adult: '出现了一些云', teen: '天上有一点云' },
          message: {
            adult: '您似乎积累了一些疲劳和压力。好好休息、找人倾诉，都会有帮助。',
            teen: '你好像有点累，压力也有点大。休息一下，或者和别人聊聊，可能会轻松一些。',
          },
          selfCare: {
            adult: ['比平时早点休息', '试着把心情告诉信任的人', '散散步，稍微活动一下身体'],
            teen: ['比平时早点睡', '试着和信任的大人或朋友聊聊', '去外面走走，稍微动一动身体'],
          },
          picture: '有一些云的天空和平静的大海的画',
        },
        high: {
          title: { adult: '云越来越多了', teen: '云越来越多了' },
          message: {
            adult: '您的心理负担似乎变大了。不要一个人承受，试着去咨询窗口谈一谈好吗？',
            teen: '你的心好像很累了。别一个人扛着，试着和别人聊聊好吗？',
          },
          selfCare: {
            adult: ['不要勉强自己，留出休息的时间', '试着和家人、朋友或下面的咨询窗口谈谈', '向常看的医生或心理门诊咨询'],
            teen: ['别太勉强自己，好好休息', '试着和家人、老师或学校医务室（保健室）的老师说说', '试着给下面的窗口打电话或在线聊天'],
          },
          picture: '多云的天空，海上能看见灯塔的光的画',
        },
        veryHigh: {
          title: { adult: '好像在下雨', teen: '好像在下雨' },
          message: {
            adult: '您现在可能非常痛苦。请尽早联系咨询窗口或医疗机构。有人愿意帮助您。',
            teen: '你现在可能非常难受。今天就找人说一说吧。有人想帮助你。',
          },
          selfCare: {
            adult: ['今天就和别人谈谈（可以给下面的窗口打电话或在线聊天）', '减少一个人独处的时间', '尽早到医疗机构咨询'],
            teen: ['今天就和信任的大人或下面的窗口说说', '不要一个人憋在心里', '找学校医务室（保健室）的老师或学校心理咨询师聊聊'],
          },
          picture: '下雨的天空，灯塔的光照亮大海的画',
        },
      },
    },
  },
};
