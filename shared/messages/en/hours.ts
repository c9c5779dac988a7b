/**
 * @module
 * English words for helpline hours, used when the pages are built: each
 * line's hours become one short text ("Every day 16:00–21:00, 10th of every
 * month 8:00–8:00 next day") in the page data. Times are Japan time.
 */
import type { HoursMessages } from '../types';

export const enHours: HoursMessages = {
  hours: {
    unknown: 'Please ask the service for its hours',
    always: '24 hours, every day',
    weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
    everyDay: 'Every day',
    holidaysClosed: 'closed on public holidays',
    holidaysAsSunday: 'public holidays as Sunday',
    monthDay: 'day {day} of every month',
    closedDates: 'closed {dates}',
    date: '{month}/{day}',
    span: '{from}–{to}',
    overnight: '{from}–{to} next day',
    listSep: '; ',
  },
};
