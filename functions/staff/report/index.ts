/**
 * @module
 * Staff reports: pure aggregation of counter rows into comparable sections,
 * the monthly series, suppression, and the Excel-ready CSV.
 */
export * from './aggregate';
export * from './build';
export * from './csv';
export * from './indicators';
export * from './labels';
export * from './lines';
export * from './monthly';
export * from './sections';
export * from './trend';
