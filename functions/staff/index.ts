/**
 * @module
 * The staff statistics API: reports, CSV, outreach channels and QR codes,
 * and the helpline re-checking list.
 */
export { createStaffApp, STAFF_API_BASE, type StaffAppOptions } from './app';
export { createDynamoChannelStore, type ChannelStore } from './channels/store';
export { createDynamoAuditStore, type AuditStore } from './audit';
export { helplineReviewSchema, type HelplineReviewAnswer, type ReviewedHelpline } from './helpline-review';
