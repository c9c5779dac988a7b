/**
 * @module
 * Japanese words of the full crisis panel, the help list and the helpline
 * cards, in the result chunk the page fetches after first paint (until it is
 * here the page shows the numbers to call with its own few words). Calm and
 * practical; a line we cannot connect to says so plainly and never sends the
 * resident to look up a number we do not have.
 */
import type { HelpMessages } from '../types';

export const jaHelp: HelpMessages = {
  panel: {
    emergencyText: 'ためらわずに電話してください。',
    openNowHeading: 'いま受付中の窓口',
    urgentOpenNowHeading: 'いますぐ話せる窓口',
    noneOpen: 'いま受付中の窓口は見つかりませんでした。下の窓口の受付時間をご確認ください。',
    localHeading: 'お住まいの地域の窓口',
    listHeading: '相談できる窓口',
    nowHeading: 'いま相談できる窓口',
    closedHeading: 'いまは受付時間外の窓口',
    otherSummary: 'そのほかの窓口',
    otherLead: '番号や受付時間を確認中の窓口、案内カードや窓口への来所が必要な窓口です。',
    close: '閉じる',
  },
  opens: {
    today: 'きょう {time}から受付',
    tomorrow: 'あす {time}から受付',
    on: '{month}月{day}日（{weekday}）{time}から受付',
    weekdays: ['月', '火', '水', '木', '金', '土', '日'],
  },
  helpline: {
    openNow: 'いま受付中',
    closedNow: 'いまは受付時間外',
    call: '{number} に電話する',
    channels: { chat: 'チャットで相談する', line: 'LINEで相談する', web: 'ウェブサイトを見る', visit: '窓口で相談（来所）' },
    unverified: '番号は確認中です。',
    unverifiedDetails: 'この窓口の情報は確認中です。つながらないときは、別の窓口を試してください。',
    findByName: '入口のURLは確認中です。「{name}」で検索してみてください。',
  },
};
