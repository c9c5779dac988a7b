/**
 * @module
 * Japanese words of the result screen, in the chunk the page fetches after
 * first paint: the band messages (bands from k6-ja.md), 「診断ではありません」
 * and self-care that fits the band. Calm and never clinical; a low score is
 * not "safe", so help is offered whatever the band.
 */
import type { ResultMessages } from '../types';

export const jaResult: ResultMessages = {
  result: {
    heading: 'いまのこころの空もよう',
    notDiagnosis: 'これは診断ではありません。いまの気持ちをふりかえる目安です。',
    selfCareHeading: { self: 'こんなことを試してみませんか', teen: 'こんなことを試してみよう' },
    helpHeading: { self: '相談できる窓口', teen: '話を聞いてくれる窓口' },
    helpLead: {
      self: 'どんな結果でも、相談してかまいません。',
      teen: 'どんな結果でも、相談していいんです。',
    },
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
};
