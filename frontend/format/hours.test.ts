import { describe, expect, it } from 'vitest';
import type { Hours } from '../../shared/helplines/schema';
import { ja } from '../../shared/messages';
import { CATALOGUES } from '../../shared/messages/catalogues';
import { formatHours } from './hours';

const t = ja.hours;
const w = (start: string, end: string) => [{ start, end }];
type Week = Record<'1' | '2' | '3' | '4' | '5' | '6' | '7', { start: string; end: string }[]>;
/** Every weekday present (closed days empty), as the schema requires. */
const week = (open: Partial<Week>): Week => ({ '1': [], '2': [], '3': [], '4': [], '5': [], '6': [], '7': [], ...open });

describe('formatHours', () => {
  it('says 24h and unknown plainly', () => {
    expect(formatHours({ kind: 'always' }, t)).toBe('24時間・毎日');
    expect(formatHours({ kind: 'unknown' }, t)).toBe('受付時間は窓口にご確認ください');
  });

  it('collapses identical days, adds the 10th-of-month night and holiday rules', () => {
    const days = week(Object.fromEntries(['1', '2', '3', '4', '5', '6', '7'].map((d) => [d, w('16:00', '21:00')])));
    const text = formatHours({ kind: 'weekly', days, holidays: 'normal', monthDays: { '10': w('08:00', '08:00') } }, t);
    expect(text).toBe('毎日 16:00〜21:00、毎月10日 8:00〜翌8:00');
  });

  it('groups weekdays and says holidays are closed', () => {
    const days = week(Object.fromEntries(['1', '2', '3', '4', '5'].map((d) => [d, w('08:30', '17:15')])));
    expect(formatHours({ kind: 'weekly', days, holidays: 'closed' }, t)).toBe('月〜金 8:30〜17:15、祝日は休み');
  });

  it('collapses closed dates across the year end', () => {
    const days = week({ '1': w('16:00', '21:00') });
    const closed = ['12-29', '12-30', '12-31', '01-01', '01-02', '01-03'];
    expect(formatHours({ kind: 'weekly', days, holidays: 'normal', closedDates: closed }, t)).toBe('月 16:00〜21:00、12/29〜1/3は休み');
  });
});

describe('formatHours in other languages', () => {
  const days = week({ ...Object.fromEntries(['1', '2', '3', '4', '5'].map((d) => [d, w('08:30', '17:15')])), '6': w('22:00', '06:00') });
  const hours: Hours = { kind: 'weekly', days, holidays: 'closed', monthDays: { '10': w('08:00', '08:00') }, closedDates: ['12-29', '12-30', '12-31', '01-01'] };
  it('fills each language’s templates: spans, the next day, month days and dates in its own order', () => {
    expect(formatHours(hours, CATALOGUES.en.hours)).toBe('Mon–Fri 8:30–17:15; Sat 22:00–6:00 next day; day 10 of every month 8:00–8:00 next day; closed on public holidays; closed 12/29–1/1');
    expect(formatHours(hours, CATALOGUES.zh.hours)).toBe('周一～周五 8:30～17:15，周六 22:00～次日6:00，每月10日 8:00～次日8:00，节假日休息，12月29日～1月1日休息');
    expect(formatHours(hours, CATALOGUES.vi.hours)).toBe('Thứ Hai–Thứ Sáu 8:30–17:15; Thứ Bảy 22:00–6:00 hôm sau; ngày 10 hằng tháng 8:00–8:00 hôm sau; nghỉ ngày lễ; nghỉ 29/12–1/1');
  });
});
