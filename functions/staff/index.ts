/**
 * @module
 * The staff statistics API: reports, CSV, outreach channels and QR codes.
 */
export { createStaffApp, STAFF_API_BASE, type StaffAppOptions } from './app';
export { createDynamoChannelStore, type ChannelStore } from './channels';
