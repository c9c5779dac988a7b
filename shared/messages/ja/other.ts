/**
 * @module
 * Japanese words of 家族モード (a check about someone else), in the result
 * chunk: the mode's screens all wait for it, so they add nothing to the
 * page's first script. What a family member can do and how to look after
 * themselves is quoted from 厚生労働省's gatekeeper pages, lightly edited,
 * with the source shown under it (PDL1.0: the source named, editing stated);
 * the rest follows the same safe-messaging rules as the other modes — calm,
 * no diagnosis, help always offered.
 */
import type { AboutOtherMessages } from '../types';
import { RELATIONSHIP_LABELS_JA } from './relationships';

const PDL = '（公共データ利用規約 第1.0版）をもとに作成（一部編集）';

export const jaOther: AboutOtherMessages = {
  profile: {
    heading: '気になっている方について（任意）',
    lead: '答えなくても進めます。人数の集計にだけ使い、あなたやその方が誰かはわかりません。',
    relationshipLegend: 'その方は、あなたの',
    relationships: RELATIONSHIP_LABELS_JA,
    ageLegend: 'その方の年代',
  },
  safety: {
    question: 'その方は、「死にたい」と口にしたり、いま命が危ない状態だったりしますか。',
    hint: 'どの答えでも、このあと相談できるところをお伝えします。',
    answers: {
      no: 'いいえ、そういう様子はない',
      sometimes: '「死にたい」と口にしたことがある',
      now: 'いま、命が危ない状態にある',
      unsure: 'わからない',
    },
  },
  checklist: {
    hint: '「いつもと違う」と感じるものを、いくつでも選んでください。選ばなくても進めます。',
    source: {
      title: '吹田市「周りの人が気づくサイン」',
      url: 'https://www.city.suita.osaka.jp/kenko/1018600/1018634/1015259.html',
      note: '（厚生労働省「うつ対策推進方策マニュアル」、内閣府『自殺対策白書』平成20年版より）から一部を選んで掲載',
    },
  },
  crisis: {
    heading: '教えてくださって、ありがとうございます',
    lead: 'その方のことを、ひとりで抱えなくて大丈夫です。いま、あなたが相談できる人がいます。',
    urgent: {
      heading: 'いま命が危ないときは、すぐに119番か110番へ',
      lead: 'ためらわずに、119番（救急）か110番（警察）に電話してください。そのあとも、下の窓口に相談できます。',
    },
  },
  result: {
    heading: 'その方のために、できること',
    flaggedHeading: '教えてくださって、ありがとうございます',
    flaggedLead: 'その方のことを、ひとりで抱えなくて大丈夫です。まず、下の窓口に相談してください。',
    urgentLead: 'いま命が危ないときは、ためらわずに119番（救急）か110番（警察）に電話してください。',
    noticedHeading: 'あなたが気づいたこと',
    bands: {
      low: {
        title: 'ここにあるサインは選ばれませんでした',
        message: 'それでも「いつもと違う」と感じるなら、その感じを大切にしてください。声をかけて、話を聴くことから始められます。',
      },
      some: {
        title: 'いつもと違う様子に気づいています',
        message: '気づいたこと自体が、その方の支えになります。まずは声をかけて、話をじっくり聴いてみてください。',
      },
      high: {
        title: 'いくつものサインに気づいています',
        message: 'その方は、悩みを抱えているのかもしれません。ひとりで抱えず、早めに相談窓口に相談してください。相談は、あなたからでもできます。',
      },
    },
    rolesHeading: '声をかけ、話を聴くために',
    rolesLead: '身近な人を支える人（ゲートキーパー）には、4つの役割が期待されています。そのうちどれか1つができるだけでも、悩んでいる方にとっては大きな支えになります。',
    roles: [
      { title: '変化に気づく', text: '家族や仲間の変化に気づいて声をかける' },
      { title: 'じっくりと耳を傾ける', text: '本人の気持ちを尊重し耳を傾ける' },
      { title: '支援先につなげる', text: '早めに専門家に相談するよう促す' },
      { title: '温かく見守る', text: '温かく寄り添いながらじっくりと見守る' },
    ],
    rolesSource: { title: '厚生労働省「ゲートキーパーになろう！」', url: 'https://www.mhlw.go.jp/stf/seisakunitsuite/bunya/hukushi_kaigo/seikatsuhogo/gatekeeper1.html', note: PDL },
    helpHeading: 'あなたが相談できるところ',
    helpLead: '「支え方がわからない」などの悩みも、相談窓口に相談してみてください。本人の名前を出さず本人を守りながら、よりよい支え方を相談することもできます。',
    selfCareHeading: 'あなた自身のことも大切に',
    selfCare: [
      '悩みを聞くのがつらくなったら、すべてを抱え込まず、少し休んでみてください。',
      'ひとりだけで支えようとせず、ほかの家族や友人、相談窓口など「あなたの応援者」を見つけてください。',
    ],
    selfCareSource: { title: '厚生労働省「ゲートキーパーへの支援について」', url: 'https://www.mhlw.go.jp/stf/seisakunitsuite/bunya/hukushi_kaigo/seikatsuhogo/gatekeeper3.html', note: PDL },
  },
};
