/**
 * @module
 * Period maths for staff reports: Japan-time calendar dates, fiscal years
 * (April–March, 令和N年度), month and date ranges, the same period last year,
 * and the query-string form of a period. Pure; used by the staff API and the
 * dashboard alike.
 */
export * from './dates';
export * from './fiscal';
export * from './ranges';
export * from './query';
export * from './era';
