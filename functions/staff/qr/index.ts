/**
 * @module
 * QR codes for outreach channels, as print-sized SVG and PNG.
 */
export * from './print';
export * from './svg';
export * from './png';
