/**
 * @module
 * Japanese words for helpline hours, used when the pages are built: each
 * line's hours become one short text (「毎日 16:00〜21:00、毎月10日 8:00〜翌8:00」)
 * in the page data, so the phone carries no hours formatter.
 */
import type { HoursMessages } from '../types';

export const jaHours: HoursMessages = {
  hours: {
    unknown: '受付時間は窓口にご確認ください',
    always: '24時間・毎日',
    weekdays: ['月', '火', '水', '木', '金', '土', '日'],
    everyDay: '毎日',
    holidaysClosed: '祝日は休み',
    holidaysAsSunday: '祝日は日曜と同じ',
    monthDay: '毎月{day}日',
    closedDates: '{dates}は休み',
    date: '{month}/{day}',
    span: '{from}〜{to}',
    overnight: '{from}〜翌{to}',
    listSep: '、',
  },
};
