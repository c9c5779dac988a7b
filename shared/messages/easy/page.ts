/**
 * @module
 * やさしい日本語 words of the page: landing, questions, crisis panel and help
 * list (header and landing inlined in the page, the rest in its first
 * script). Same meaning as the Japanese catalogue (../ja), written to the
 * national guideline for residents from abroad (在留支援のためのやさしい日本語
 * ガイドライン): short sentences, one thing each, plain words, hard words
 * explained. These screens show text as it is (no ruby), so they keep to
 * common kanji and write the rest in hiragana. The K6 items come verbatim
 * from shared/instruments; `items` only adds readings, an easier lead-in and a
 * plain explanation of each item, which everyone on this page sees.
 */
import type { HeadMessages, InlinedWords, ScriptMessages } from '../types';

/** Header and landing: the build puts them in the page's data block (the prerendered landing shows them too). */
export const easyInlined: InlinedWords = {
  chrome: {
    quickExit: 'すぐにとじる',
    quickExitLabel: 'すぐにとじる（ほかのページにかわります）',
    helpNow: 'すぐ相談したい',
    helpNowShort: '相談',
    quickExitShort: 'とじる',
  },
  landing: {
    lead: 'いくつかの質問に答えます。いまのこころのようすを、自分でたしかめます。',
    anonymous: '名前や電話番号は聞きません。だれが答えたか、わかりません。',
    duration: '2分ぐらいで終わります。',
    privacy: '答えは残りません。ページをとじたり、もう一度読みこんだりすると、消えます。',
    privateTab: 'ページを見たきろくを残したくないときは、ブラウザの「プライベートモード」で開いてください。「シークレットモード」ということもあります。',
    chooseLegend: 'どのチェックをしますか',
    modes: {
      self: { label: '自分', hint: '自分のこころのようすをチェックします' },
      teen: { label: '10代', hint: '10さいから19さいの人のためです。やさしいことばで聞きます' },
      perinatal: { label: '赤ちゃんママ', hint: 'おなかに赤ちゃんがいる人、赤ちゃんが生まれて1年ぐらいまでの人、そのパートナーのためです' },
      family: { label: '家族', hint: '家族や友だちのことが心配な人のためです' },
    },
    languages: 'ほかのことば / Languages',
  },
};

/** Written into the page's HTML when it is built. */
export const easyHead: HeadMessages = { lang: 'ja', pageTitle: '{service}' };

/** Everything else the page shows: carried by its first script. */
export const easyPageScript: Required<ScriptMessages> = {
  nav: { back: 'もどる', next: 'つぎへ', toResult: '結果を見る', pickOne: 'どれか1つをえらんでください。' },
  progress: {
    visible: '{step} / {total}',
    spoken: '{total}問のうち{step}問目',
  },
  profile: {
    heading: { adult: 'あなたのこと（答えなくてもいいです）', teen: 'あなたのこと（答えなくてもだいじょうぶ）' },
    lead: {
      adult: '答えないで、つぎへ進むこともできます。人の数を数えるためだけに使います。あなたがだれか、わかりません。',
      teen: '答えないで、つぎへ進んでもだいじょうぶです。人の数を数えるためだけに使います。あなたがだれか、わかりません。',
    },
    ageLegend: '年れい',
    genderLegend: 'せいべつ',
    ageBands: {
      '10s': '10〜19さい',
      '20s': '20〜29さい',
      '30s': '30〜39さい',
      '40s': '40〜49さい',
      '50s': '50〜59さい',
      '60s': '60〜69さい',
      '70s': '70〜79さい',
      '80plus': '80さい以上',
      na: '答えない',
    },
    genders: { male: '男の人', female: '女の人', other: 'そのほか', na: '答えない' },
  },
  items: {
    'k6-ja': {
      leadIn: 'この30日のあいだに、つぎのようなことが どのくらい ありましたか。',
      // Each key is read as the items use it; one reading per key, so a key never meets a kanji read another way.
      ruby: {
        神経過敏: 'しんけいかびん',
        絶望的: 'ぜつぼうてき',
        感: 'かん',
        落: 'お',
        着: 'つ',
        気分: 'きぶん',
        沈: 'しず',
        込: 'こ',
        何: 'なに',
        起: 'お',
        気: 'き',
        晴: 'は',
        骨折: 'ほねお',
        自分: 'じぶん',
        価値: 'かち',
        人間: 'にんげん',
        // The lead-in's and the explanations' own words.
        日: 'にち',
        先: 'さき',
        希望: 'きぼう',
        思: 'おも',
        気持: 'きも',
        暗: 'くら',
        明: 'あか',
        大変: 'たいへん',
        骨: 'ほね',
        大切: 'たいせつ',
        // The answers' kanji, for when they show readings too.
        少: 'すこ',
      },
      gloss: {
        'k6-1': '「神経過敏」は、ちょっとしたことで、いらいらしたり、びくびくしたりすることです。',
        'k6-2': '「絶望的」は、この先に希望がない、よいことは何もない、と思うことです。',
        'k6-3': '「落ち着かない」は、気持ちがざわざわして、じっとしていられないことです。',
        'k6-4': '「気分が沈み込む」「気が晴れない」は、気持ちが暗くなって、何があっても明るくならないことです。',
        'k6-5': '「骨折り」は、骨のけがではありません。何をするのも大変だと感じることです。',
        'k6-6': '「価値のない人間」は、自分はだめだ、大切ではない、と思うことです。',
      },
    },
  },
  safety: {
    question: {
      adult: 'この1か月のあいだに、「死にたい」「きえてしまいたい」と思うことがありましたか。',
      teen: 'この1か月のあいだに、「死にたい」「きえてしまいたい」と思ったことはありますか。',
    },
    hint: {
      adult: 'この質問は、点数に入りません。いまの気持ちに近いものを、えらんでください。',
      teen: 'この質問は、点数に入りません。ほんとうの気持ちに近いものを、えらんでください。',
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
    heading: 'いま心配なこと',
    hint: {
      adult: 'あてはまるものを、いくつでもえらんでください。えらばないで、つぎへ進むこともできます。',
      teen: 'あてはまるものを、いくつでもえらんでください。えらばなくても、だいじょうぶです。',
    },
    labels: {
      life: '生き方・生きる意味',
      loneliness: 'ひとりでさびしい',
      work: '仕事',
      money: 'お金・生活',
      parenting: '子そだて',
      care: '介護（家族のせわ）',
      couple: '夫婦・パートナー',
      education: '子どもの勉強・学校',
      relations: '人とのつきあい・家から出られない',
      gender: '男と女のこと',
      bodyHealth: 'からだの健康',
      mindHealth: 'こころの健康',
      debt: '借りたお金・法律のこと',
      bereavement: '大切な人がなくなった',
      other: 'そのほか',
      school: '学校',
      friends: '友だち',
      family: '家族',
      bullying: 'いじめ',
      study: '勉強・卒業したあとのこと',
      body: 'からだのこと',
      sns: 'SNS・インターネット',
      sleep: 'ねむること',
    },
  },
  crisis: {
    heading: { adult: '答えてくれて、ありがとうございます', teen: '教えてくれて、ありがとう' },
    lead: {
      adult: 'つらい気持ちを、ひとりでがまんしなくていいです。いま、あなたの話を聞く人がいます。',
      teen: 'つらい気持ちを、ひとりでがまんしなくていいよ。いま、あなたの話を聞く人がいます。',
    },
    urgent: {
      heading: 'いま、あなたの話を聞く人がいます',
      lead: {
        adult: 'いまもつらいと、教えてくれてありがとうございます。いますぐ、下の番号に電話してください。チャットで話すこともできます。',
        teen: 'いまもつらいと、教えてくれてありがとう。いますぐ、下の番号に電話してね。チャットで話すこともできます。',
      },
    },
    emergencyHeading: 'いますぐ、いのちがあぶないときは',
    continue: 'チェックをつづける',
  },
  help: {
    heading: 'すぐ相談したいとき',
    lead: 'ひとりでがまんしないで、だれかに話してみてください。',
    back: 'まえの画面にもどる',
  },
  waiting: {
    heading: '読みこんでいます',
    lead: 'つながったら、ここに出ます。まっているあいだも、下のところに相談できます。',
  },
  cantConnect: 'つながらないときは、少したってから、もう一度かけてください。ほかのところにかけることもできます。',
};
