/**
 * @module
 * Japanese (ja) catalogue of every resident-facing word. Wording follows safe
 * messaging (WHO/IASP, JSCP): calm, hopeful and practical, no method words, no
 * diagnosis, always "talk to someone" with several ways to do so. Teen texts
 * keep the meaning and use simpler kanji. K6 items themselves are not here:
 * they come verbatim from shared/instruments.
 */
import type { Messages } from './types';

export const ja: Messages = {
  lang: 'ja',
  pageTitle: (serviceName) => serviceName,
  chrome: {
    quickExit: 'すぐに閉じる',
    quickExitLabel: 'すぐに閉じる（別のページに切り替えます）',
    helpNow: '今すぐ相談したい',
  },
  landing: {
    lead: 'いくつかの質問に答えて、いまのこころの状態をふりかえるセルフチェックです。',
    anonymous: '匿名です。名前や連絡先は聞きません。',
    duration: 'かかる時間は約2分です。',
    privacy: '答えは保存されず、ページを閉じると消えます。',
    chooseLegend: 'どちらで始めますか',
    modes: {
      self: { label: '本人', hint: 'ご自身のこころの状態をチェックします' },
      teen: { label: '10代', hint: '10代の方むけ。ことばをやさしくしています' },
    },
  },
  nav: { back: '戻る', next: '次へ', toResult: '結果を見る', pickOne: 'どれか1つを選んでください。' },
  progress: {
    visible: (step, total) => `${step} / ${total}`,
    spoken: (step, total) => `${total}問中${step}問目`,
  },
  profile: {
    heading: { self: 'あなたについて（任意）', teen: 'あなたについて（答えなくても大丈夫）' },
    lead: {
      self: '答えなくても進めます。人数の集計にだけ使い、あなたが誰かはわかりません。',
      teen: '答えなくても進めます。人数を数えるためだけに使い、あなたが誰かはわかりません。',
    },
    ageLegend: '年代',
    genderLegend: '性別',
    ageBands: {
      '10s': '10代',
      '20s': '20代',
      '30s': '30代',
      '40s': '40代',
      '50s': '50代',
      '60s': '60代',
      '70s': '70代',
      '80plus': '80歳以上',
      na: '答えない',
    },
    genders: { male: '男性', female: '女性', other: 'その他', na: '答えない' },
  },
  k6: {
    teenLeadIn: '最近30日のあいだに、次のようなことはどれくらいありましたか。',
    teenRuby: {
      神経過敏: 'しんけいかびん',
      絶望的: 'ぜつぼうてき',
      落: 'お',
      気分: 'きぶん',
      沈: 'しず',
      起: 'お',
      骨折: 'ほねお',
      価値: 'かち',
      人間: 'にんげん',
    },
  },
  safety: {
    question: {
      self: 'この1か月のあいだに、死にたい・消えてしまいたいと思うことはありましたか。',
      teen: 'この1か月のあいだに、「死にたい」「消えてしまいたい」と思うことはありましたか。',
    },
    hint: {
      self: 'この質問は点数には入りません。いまの気持ちに近いものを選んでください。',
      teen: 'この質問は点数には入りません。正直な気持ちに近いものを選んでください。',
    },
    answers: {
      no: 'なかった',
      sometimes: 'ときどきあった',
      often: 'よくあった',
      now: 'いまも、そう思っている',
      unsure: 'わからない・答えたくない',
    },
  },
  topics: {
    heading: 'いま気になっていること',
    hint: {
      self: 'あてはまるものをいくつでも選んでください。選ばなくても進めます。',
      teen: 'あてはまるものをいくつでも選んでください。選ばなくても大丈夫です。',
    },
    labels: {
      life: '生き方・生きがい',
      loneliness: '孤独・さみしさ',
      work: '仕事',
      money: 'お金・生活',
      parenting: '子育て',
      care: '介護',
      couple: '夫婦・パートナー',
      education: '子どもの教育',
      relations: '人づきあい・ひきこもり',
      gender: '男女のこと',
      bodyHealth: 'からだの健康',
      mindHealth: 'こころの健康',
      debt: '借金・法律のこと',
      bereavement: '身近な人を亡くした',
      other: 'その他',
      school: '学校',
      friends: '友だち',
      family: '家族',
      bullying: 'いじめ',
      study: '勉強・進路',
      body: 'からだ',
      sns: 'SNS・ネット',
    },
  },
  crisis: {
    heading: { self: '答えてくれて、ありがとうございます', teen: '教えてくれて、ありがとう' },
    lead: {
      self: 'つらい気持ちを、ひとりで抱えなくて大丈夫です。いま、話を聞いてくれる人がいます。',
      teen: 'つらい気持ちを、ひとりでかかえなくていいんです。いま、話を聞いてくれる人がいます。',
    },
    emergencyHeading: 'いますぐ命が危ないときは',
    emergencyText: 'ためらわずに電話してください。',
    openNowHeading: 'いま受付中の窓口',
    noneOpen: 'いま受付中の窓口は見つかりませんでした。下の窓口の受付時間をご確認ください。',
    localHeading: 'お住まいの地域の窓口',
    continue: 'チェックを続ける',
  },
  result: {
    heading: 'いまのこころの空もよう',
    notDiagnosis: 'これは診断ではありません。いまの気持ちをふりかえる目安です。',
    selfCareHeading: { self: 'こんなことを試してみませんか', teen: 'こんなことを試してみよう' },
    helpHeading: { self: '相談できる窓口', teen: '話を聞いてくれる窓口' },
    helpLead: {
      self: 'どんな結果でも、相談してかまいません。',
      teen: 'どんな結果でも、相談していいんです。',
    },
    cantConnect: 'つながらないときは、時間をおいてかけ直すか、別の窓口を試してください。',
    again: '最初からやり直す',
    bands: {
      low: {
        title: 'おだやかな晴れ',
        message: 'いまのところ、こころの負担は小さいようです。いまの過ごし方を大切にしてください。',
        selfCare: {
          self: ['よく眠り、食事をとる', '好きなことをする時間をつくる', '気になることは早めに誰かに話す'],
          teen: ['よく寝て、ごはんを食べる', '好きなことをする時間をつくる', '気になることは早めに誰かに話す'],
        },
        picture: '晴れた空と、おだやかな海の絵',
      },
      some: {
        title: '少し雲が出ています',
        message: {
          self: '疲れやストレスが少したまっているようです。休むことや、話を聞いてもらうことが助けになります。',
          teen: '疲れやストレスが少したまっているようです。休んだり、誰かに話したりすると楽になることがあります。',
        },
        selfCare: {
          self: ['いつもより早めに休む', '信頼できる人に気持ちを話してみる', '散歩など、からだを少し動かす'],
          teen: ['いつもより早めに寝る', '信頼できる大人や友だちに話してみる', '外を歩くなど、からだを少し動かす'],
        },
        picture: '少し雲のある空と、おだやかな海の絵',
      },
      high: {
        title: '雲が多くなっています',
        message: {
          self: 'こころの負担が大きくなっているようです。ひとりで抱えず、相談窓口で話してみませんか。',
          teen: 'こころがかなり疲れているようです。ひとりでかかえず、誰かに話してみませんか。',
        },
        selfCare: {
          self: ['無理をせず、休む時間をとる', '家族や友人、下の窓口に話してみる', 'かかりつけ医や心療内科に相談する'],
          teen: ['がんばりすぎず、休む', '家族や先生、保健室の先生に話してみる', '下の窓口に電話やチャットをしてみる'],
        },
        picture: '雲の多い空と、灯台の明かりが見える海の絵',
      },
      veryHigh: {
        title: '雨が降っているようです',
        message: {
          self: 'いま、とてもつらい状態かもしれません。できるだけ早く、相談窓口や医療機関に話してください。あなたの力になりたい人がいます。',
          teen: 'いま、とてもつらいのかもしれません。今日、誰かに話してください。あなたの力になりたい人がいます。',
        },
        selfCare: {
          self: ['今日、誰かに話す（下の窓口に電話やチャットができます）', 'ひとりで過ごす時間を減らす', '早めに医療機関に相談する'],
          teen: ['今日、信頼できる大人か、下の窓口に話す', 'ひとりでかかえこまない', '保健室の先生やスクールカウンセラーに相談する'],
        },
        picture: '雨の空と、灯台の明かりが海を照らす絵',
      },
    },
  },
  help: {
    heading: '今すぐ相談したいとき',
    lead: 'ひとりで抱えず、話してみてください。',
    back: '前の画面に戻る',
    listHeading: '相談できる窓口',
  },
  helpline: {
    openNow: 'いま受付中',
    closedNow: 'いまは受付時間外',
    hoursUnknown: '受付時間は窓口にご確認ください',
    always: '24時間・毎日',
    call: (number) => `${number} に電話する`,
    channels: { chat: 'チャットで相談する', line: 'LINEで相談する', web: 'ウェブサイトを見る', visit: '窓口で相談（来所）', phone: '電話' },
    unverified: '番号は確認中です。市のホームページでご確認ください。',
    unverifiedDetails: 'この窓口の情報は確認中です。つながらないときは、別の窓口を試してください。',
    weekdays: ['月', '火', '水', '木', '金', '土', '日'],
    everyDay: '毎日',
    holidaysClosed: '祝日は休み',
    holidaysAsSunday: '祝日は日曜と同じ',
    monthDay: (day) => `毎月${day}日`,
    closedDates: (dates) => `${dates}は休み`,
    until: '〜',
    nextDay: '翌',
    listSep: '、',
  },
};
