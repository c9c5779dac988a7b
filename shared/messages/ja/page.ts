/**
 * @module
 * Japanese words of the page: landing, questions, crisis panel and help list
 * (header and landing inlined in the page, the rest in its first script). Wording follows safe messaging (WHO/IASP, JSCP): calm,
 * hopeful and practical, no method words, no diagnosis, always "talk to
 * someone" with several ways to do so. Teen texts keep the meaning and use
 * simpler kanji. K6 items themselves are not here: they come verbatim from
 * shared/instruments.
 */
import type { HeadMessages, InlinedWords, ScriptMessages } from '../types';
import { AGE_BAND_LABELS_JA, GENDER_LABELS_JA, PERINATAL_TOPIC_LABELS_JA, TEEN_TOPIC_LABELS_JA } from './vocabulary';

/** Header and landing: the build puts them in the page's data block (the prerendered landing shows them too). */
export const jaInlined: InlinedWords = {
  chrome: {
    quickExit: 'すぐに閉じる',
    quickExitLabel: 'すぐに閉じる（別のページに切り替えます）',
    helpNow: '今すぐ相談したい',
    helpNowShort: '相談',
    quickExitShort: '閉じる',
  },
  landing: {
    lead: 'いくつかの質問に答えて、いまのこころの状態をふりかえるセルフチェックです。',
    anonymous: '匿名です。名前や連絡先は聞きません。',
    duration: 'かかる時間は約2分です。',
    privacy: '答えは保存されず、ページを閉じたり読み込み直したりすると消えます。',
    privateTab: '履歴に残したくないときは、ブラウザのプライベートモード（シークレットモード）で開いてください。',
    chooseLegend: 'どのチェックを始めますか',
    modes: {
      self: { label: '本人', hint: 'ご自身のこころの状態をチェックします' },
      teen: { label: '10代', hint: '10代の方むけ。ことばをやさしくしています' },
      perinatal: { label: '赤ちゃんママ', hint: '妊娠中から産後1年ごろまでの方と、そのパートナーの方へ' },
      family: { label: '家族', hint: '身近な人のことが心配な方へ' },
    },
    languages: 'ほかの言語 / Languages',
  },
};

/** Written into the page's HTML when it is built. */
export const jaHead: HeadMessages = { lang: 'ja', pageTitle: '{service}' };

/** Everything else the page shows: carried by its first script. */
export const jaPageScript: Required<ScriptMessages> = {
  nav: { back: '戻る', next: '次へ', toResult: '結果を見る', pickOne: 'どれか1つを選んでください。' },
  progress: {
    visible: '{step} / {total}',
    spoken: '{total}問中{step}問目',
  },
  profile: {
    heading: { adult: 'あなたについて（任意）', teen: 'あなたについて（答えなくても大丈夫）' },
    lead: {
      adult: '答えなくても進めます。人数の集計にだけ使い、あなたが誰かはわかりません。',
      teen: '答えなくても進めます。人数を数えるためだけに使い、あなたが誰かはわかりません。',
    },
    ageLegend: '年代',
    genderLegend: '性別',
    ageBands: AGE_BAND_LABELS_JA,
    genders: GENDER_LABELS_JA,
  },
  items: {
    'k6-ja': {
      leadIn: '最近30日のあいだに、次のようなことはどれくらいありましたか。',
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
        希望: 'きぼう',
        大変: 'たいへん',
        先: 'さき',
      },
      gloss: {
        'k6-1': '「神経過敏」は、ちょっとしたことにぴりぴり・びくびくする感じのことです。',
        'k6-2': '「絶望的」は、この先に希望がもてない感じのことです。',
        'k6-5': '「骨折り」は、何をするのも大変で、おっくうに感じることです。',
      },
    },
  },
  safety: {
    question: {
      adult: 'この1か月のあいだに、死にたい・消えてしまいたいと思うことはありましたか。',
      teen: 'この1か月のあいだに、「死にたい」「消えてしまいたい」と思うことはありましたか。',
    },
    hint: {
      adult: 'この質問は点数には入りません。いまの気持ちに近いものを選んでください。',
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
      adult: 'あてはまるものをいくつでも選んでください。選ばなくても進めます。',
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
      ...TEEN_TOPIC_LABELS_JA,
      ...PERINATAL_TOPIC_LABELS_JA,
    },
  },
  crisis: {
    heading: { adult: '答えてくれて、ありがとうございます', teen: '教えてくれて、ありがとう' },
    lead: {
      adult: 'つらい気持ちを、ひとりで抱えなくて大丈夫です。いま、話を聞いてくれる人がいます。',
      teen: 'つらい気持ちを、ひとりでかかえなくていいんです。いま、話を聞いてくれる人がいます。',
    },
    urgent: {
      heading: 'いま、話を聞いてくれる人がいます',
      lead: {
        adult: 'いまもつらい気持ちが続いていると、教えてくれてありがとうございます。ひとりで抱えずに、いますぐ下の番号に電話するか、チャットで話してください。',
        teen: 'いまもつらい気持ちが続いていると、教えてくれてありがとう。ひとりでかかえないで、いますぐ下の番号に電話するか、チャットで話してね。',
      },
    },
    emergencyHeading: 'いますぐ命が危ないときは',
    continue: 'チェックを続ける',
  },
  help: {
    heading: '今すぐ相談したいとき',
    lead: 'ひとりで抱えず、話してみてください。',
    back: '前の画面に戻る',
  },
  waiting: {
    heading: '読み込んでいます',
    lead: 'つながりしだい、ここに表示します。そのあいだも、下の窓口に相談できます。',
  },
  cantConnect: 'つながらないときは、時間をおいてかけ直すか、別の窓口を試してください。',
};
