/**
 * @module
 * やさしい日本語 words for helpline hours, used when the pages are built:
 * each line's hours become one short text (「毎日 16:00〜21:00、毎月10日
 * 8:00〜つぎの日の8:00」) in the page data. Dates are written 「12月29日」,
 * not 「12/29」, and 「翌」 as 「つぎの日の」. Times are Japan time. Kanji carry
 * their readings in place (休《やす》み), as the result's words do, except a
 * day or month after its number (10日, 12月): the reading changes with the
 * number (とおか, ついたち), and the number says it.
 */
import type { HoursMessages } from '../types';

export const easyHours: HoursMessages = {
  hours: {
    unknown: '相談《そうだん》できる時間《じかん》は、そこに聞《き》いてください',
    always: '24時間《じかん》・毎日《まいにち》',
    weekdays: ['月《げつ》', '火《か》', '水《すい》', '木《もく》', '金《きん》', '土《ど》', '日《にち》'],
    everyDay: '毎日《まいにち》',
    holidaysClosed: 'しゅくじつは休《やす》み',
    holidaysAsSunday: 'しゅくじつは日曜日《にちようび》と同《おな》じ',
    monthDay: '毎月《まいつき》{day}日',
    closedDates: '{dates}は休《やす》み',
    date: '{month}月{day}日',
    span: '{from}〜{to}',
    overnight: '{from}〜つぎの日《ひ》の{to}',
    listSep: '、',
  },
};
