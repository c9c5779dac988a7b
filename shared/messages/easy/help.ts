/**
 * @module
 * やさしい日本語 words of the full crisis panel, the help list and the
 * helpline cards, in the result chunk the page fetches after first paint.
 * Same meaning as the Japanese catalogue (../ja); these words show as they
 * are (no ruby), so they keep to common kanji. 「窓口」 is said as
 * 「相談できるところ」. A line we cannot connect to says so plainly and never
 * sends the resident to look up a number we do not have.
 */
import type { HelpMessages } from '../types';

export const easyHelp: HelpMessages = {
  panel: {
    emergencyText: 'まよわないで、すぐに電話してください。',
    openNowHeading: 'いま、あいているところ',
    urgentOpenNowHeading: 'いますぐ話せるところ',
    noneOpen: 'いま、あいているところは、見つかりませんでした。下のところの、相談できる時間を見てください。',
    localHeading: 'あなたが住んでいる町の、相談できるところ',
    listHeading: '相談できるところ',
    nowHeading: 'いま相談できるところ',
    closedHeading: 'いまは、しまっているところ',
    otherSummary: 'そのほかの、相談できるところ',
    otherLead: '番号や時間を、まだたしかめているところです。カードがいるところや、そこへ行って相談するところもあります。',
    close: 'とじる',
  },
  opens: {
    today: 'きょう {time}から相談できます',
    tomorrow: 'あした {time}から相談できます',
    on: '{month}月{day}日（{weekday}）{time}から相談できます',
    weekdays: ['月', '火', '水', '木', '金', '土', '日'],
  },
  helpline: {
    openNow: 'いま、あいています',
    closedNow: 'いまは、しまっています',
    call: '{number} に電話する',
    channels: { chat: 'チャットで相談する', line: 'LINEで相談する', web: 'ホームページを見る', visit: 'そこへ行って相談する' },
    unverified: '番号は、いま、たしかめています。',
    unverifiedDetails: 'ここに書いてあることは、いま、たしかめています。つながらないときは、ほかのところに相談してください。',
    findByName: 'ページのアドレスは、いま、たしかめています。インターネットで「{name}」をさがしてください。',
  },
};
