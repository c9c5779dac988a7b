/**
 * @module
 * Where the staff API lives, in a module of its own so code that only needs
 * the path (the tenant gate shared with the public Lambda) does not pull the
 * staff app, its CSV writer and QR renderer into the public bundle.
 */
export const STAFF_API_BASE = '/api/staff';
