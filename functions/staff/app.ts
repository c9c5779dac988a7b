/**
 * @module
 * The staff API as one Hono app, mounted at `/api/staff` on Lambda and on
 * the local server alike: every route behind JWT sign-in, tenant and role
 * checked against the path, JSON refusals, `no-store` on every answer (the
 * figures are not for shared caches). Reports, downloads and channel changes
 * leave an entry in the tenant's audit trail (./audit) before they answer.
 * Dependencies come in as arguments; the entry files decide the issuer, the
 * table and the site origin.
 */
import { Hono } from 'hono/tiny';
import { staffAuth, type AuthConfig, type StaffEnv } from '../auth';
import { jsonNotFound, securityHeaders } from '../http';
import type { CounterStore } from '../store';
import type { PlausibilityStore } from '../plausibility';
import type { ChannelStore } from './channels';
import { exclusionRoutes, type ExclusionStore } from './exclusions';
import { auditRoutes, auditTrail, type AuditStore } from './audit';
import { channelRoutes } from './channel-routes';
import { helplineRoutes } from './helpline-routes';
import { staffErrorHandler } from './errors';
import { reportRoutes } from './reports';
import { prefectureRoutes } from './prefecture/routes';
import { getTenant, TENANTS, type Tenant } from '../../shared/tenants';

export interface StaffAppOptions {
  store: CounterStore;
  channels: ChannelStore;
  /** Days admins excluded from the reports (./exclusions). */
  exclusions: ExclusionStore;
  /** The nightly plausibility assessments, for the flagged hours a report shows (functions/plausibility). */
  plausibility: PlausibilityStore;
  /** Where the audit trail is written and read; every entry file must give one. */
  audit: AuditStore;
  /** Where a line about an audit entry that could not be stored goes; standard output by default. */
  auditLog?: (line: string) => void;
  auth: AuthConfig;
  /** The resident site's origin, e.g. `https://kokoro.example.jp`: QR codes point there. */
  siteOrigin: string;
  /** Japanese font files for PNG QR labels; SVG needs none. */
  qrFontFiles?: readonly string[];
  /** Defaults to the helpline's name in the tenant's configuration. */
  helplineName?: (tenant: string, id: string) => string;
  now?: () => Date;
  /** The towns this deployment serves, for prefecture reports; every tenant by default (the Lambda gives the served ones). */
  tenants?: readonly Tenant[];
}

import { STAFF_API_BASE } from './base';

export { STAFF_API_BASE };

const tenantHelplineName = (tenant: string, id: string): string => getTenant(tenant)?.helplines.find((h) => h.id === id)?.name ?? id;

export const createStaffApp = ({ store, channels, exclusions, plausibility, audit, auditLog, auth, siteOrigin, qrFontFiles = [], helplineName = tenantHelplineName, now = () => new Date(), tenants = TENANTS }: StaffAppOptions) => {
  const app = new Hono<StaffEnv>().basePath(STAFF_API_BASE);
  app.use(securityHeaders());
  app.use(async (c, next) => {
    await next();
    c.res.headers.set('Cache-Control', 'no-store');
  });
  app.use(staffAuth(auth));
  app.get('/me', (c) => c.json(c.get('staff')));
  app.use('/t/:tenant/*', auditTrail({ audit, base: STAFF_API_BASE, now, ...(auditLog ? { log: auditLog } : {}) }));
  app.route('/t/:tenant', reportRoutes({ store, channels, exclusions, plausibility, helplineName, now }));
  app.route('/t/:tenant/exclusions', exclusionRoutes({ exclusions, now }));
  app.route('/t/:tenant/channels', channelRoutes({ channels, siteOrigin, qrFontFiles, now }));
  app.route('/t/:tenant/helplines', helplineRoutes({ now }));
  app.route('/t/:tenant/audit', auditRoutes({ audit, now }));
  app.use('/p/:pref/*', auditTrail({ audit, base: STAFF_API_BASE, now, ...(auditLog ? { log: auditLog } : {}) }));
  app.route('/p/:pref', prefectureRoutes({ store, exclusions, tenants, now, siteOrigin, qrFontFiles }));
  app.notFound(jsonNotFound);
  app.onError(staffErrorHandler);
  return app;
};
