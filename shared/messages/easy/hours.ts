/**
 * @module
 * やさしい日本語 words for helpline hours, used when the pages are built:
 * each line's hours become one short text (「毎日 16:00〜21:00、毎月10日
 * 8:00〜つぎの日の8:00」) in the page data. Dates are written 「12月29日」,
 * not 「12/29」, and 「翌」 as 「つぎの日の」. Times are Japan time.
 */
import type { HoursMessages } from '../types';

export const easyHours: HoursMessages = {
  hours: {
    unknown: '相談できる時間は、そこに聞いてください',
    always: '24時間・毎日',
    weekdays: ['月', '火', '水', '木', '金', '土', '日'],
    everyDay: '毎日',
    holidaysClosed: 'しゅくじつは休み',
    holidaysAsSunday: 'しゅくじつは日曜日と同じ',
    monthDay: '毎月{day}日',
    closedDates: '{dates}は休み',
    date: '{month}月{day}日',
    span: '{from}〜{to}',
    overnight: '{from}〜つぎの日の{to}',
    listSep: '、',
  },
};
