/**
 * @module
 * Is a JST calendar date a Japanese public holiday? Backed by the compact
 * generated table (holidays.generated.ts). Outside the table's years we do
 * not know — and quietly answering "not a holiday" could show a window as
 * open when it is closed — so the lookup throws `HolidayOutOfRangeError`
 * and callers decide (routing turns it into "hours unknown").
 */
import { HOLIDAY_FIRST_YEAR, HOLIDAY_LAST_YEAR, HOLIDAY_MMDD_BY_YEAR } from './holidays.generated';

export class HolidayOutOfRangeError extends Error {
  override name = 'HolidayOutOfRangeError';
}

const YMD = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `dateYmd` is a JST date as `YYYY-MM-DD` (see `jstParts(at).date`). */
export function isJapaneseHoliday(dateYmd: string): boolean {
  const m = YMD.exec(dateYmd);
  if (!m) throw new RangeError(`isJapaneseHoliday needs YYYY-MM-DD, got "${dateYmd}"`);
  const year = Number(m[1]);
  const table = HOLIDAY_MMDD_BY_YEAR[year - HOLIDAY_FIRST_YEAR];
  if (year > HOLIDAY_LAST_YEAR || table === undefined) {
    throw new HolidayOutOfRangeError(
      `Japanese holidays are known for ${HOLIDAY_FIRST_YEAR}–${HOLIDAY_LAST_YEAR} only, not ${year}: widen scripts/gen-holidays.ts`,
    );
  }
  const mmdd = `${m[2]}${m[3]}`;
  // Step by 4 so "0110" cannot match across two entries such as "0101" + "1023".
  for (let i = 0; i < table.length; i += 4) {
    if (table.startsWith(mmdd, i)) return true;
  }
  return false;
}
