/**
 * @module
 * The staff audit trail: who viewed which report, downloaded which CSV or
 * QR code and changed which channel, when — per tenant, kept for a fixed
 * retention, readable by the tenant's admins.
 */
export * from './schema';
export { auditMonthOf, auditPk, AuditWriteError, createDynamoAuditStore, expiresAtOf, type AuditStore } from './store';
export { AUDIT_RULES, auditFailureLine, auditRuleFor, auditTrail, isAuditedStatus, type AuditTrailOptions } from './recorder';
export { auditRoutes } from './routes';
