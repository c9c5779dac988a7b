/**
 * @module
 * Japan-time helpers shared by routing, the API's counter keys and staff
 * reports: calendar parts of an instant in JST and Japanese public holidays.
 */
export { jstParts, JST_OFFSET_MS, type JstParts } from './jst';
export { isJapaneseHoliday, HolidayOutOfRangeError } from './holidays';
export { HOLIDAY_FIRST_YEAR, HOLIDAY_LAST_YEAR } from './holidays.generated';
