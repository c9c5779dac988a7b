/**
 * @module
 * Simplified Chinese words of the full crisis panel, the help list and the
 * helpline cards, in the result chunk the page fetches after first paint.
 * Same facts as ../ja/help; a line we cannot connect to says so plainly and
 * never sends the resident to look up a number we do not have. (Many lines
 * answer only in Japanese: each card's own description says so, not these words.)
 */
import type { HelpMessages } from '../types';

export const zhHelp: HelpMessages = {
  panel: {
    emergencyText: '请不要犹豫，马上拨打电话。',
    openNowHeading: '现在开放的窗口',
    urgentOpenNowHeading: '现在就能倾诉的窗口',
    noneOpen: '没有找到现在开放的窗口。请查看下面各窗口的受理时间。',
    localHeading: '您所在地区的窗口',
    listHeading: '可以咨询的窗口',
    nowHeading: '现在可以咨询的窗口',
    closedHeading: '现在不在受理时间内的窗口',
    otherSummary: '其他窗口',
    otherLead: '电话号码或受理时间还在确认中的窗口，以及需要使用卡片或需要亲自前往的窗口。',
    close: '关闭',
  },
  opens: {
    today: '今天 {time} 开始受理',
    tomorrow: '明天 {time} 开始受理',
    on: '{month}月{day}日（{weekday}）{time} 开始受理',
    weekdays: ['周一', '周二', '周三', '周四', '周五', '周六', '周日'],
  },
  helpline: {
    openNow: '现在开放',
    closedNow: '现在不在受理时间',
    call: '拨打 {number}',
    channels: { chat: '在线聊天咨询', line: '通过LINE咨询', web: '查看网站', visit: '前往窗口当面咨询' },
    unverified: '电话号码正在确认中。',
    unverifiedDetails: '这个窗口的信息正在确认中。如果联系不上，请试试其他窗口。',
    findByName: '入口网址正在确认中。请试着搜索“{name}”。',
  },
};
