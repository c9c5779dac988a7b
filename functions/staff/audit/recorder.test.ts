import type { ExclusionStore } from '../exclusions';
import type { PlausibilityStore } from '../../plausibility';
import { describe, expect, it, vi } from 'vitest';
import { createStaffApp } from '../app';
import { STAFF_API_BASE } from '../base';
import type { ChannelStore } from '../channels';
import type { CounterStore } from '../../store';
import { auditFailureLine, auditRuleFor, isAuditedStatus, writeLogLine } from './recorder';
import { AUDIT_FAILURE_METRIC, AUDIT_RETENTION_DAYS } from './schema';
import { expiresAtOf, type AuditStore } from './store';

/** Tenant routes that leave no entry, each for a reason. */
const NOT_AUDITED: Record<string, string> = {
  'GET /channels': 'the admin channel list shows labels and tags, the same as the report does',
  'GET /helplines': 'public helpline facts and when they were checked',
  'GET /exclusions': 'the excluded days and reasons, which every report shows staff anyway',
};

describe('which routes leave an audit entry', () => {
  it('covers every tenant route of the staff app, or names why not', () => {
    const app = createStaffApp({
      store: {} as CounterStore,
      channels: {} as ChannelStore,
      exclusions: {} as ExclusionStore,
      plausibility: {} as PlausibilityStore,
      audit: {} as AuditStore,
      auth: { issuer: 'https://issuer.example', audience: 'x', keySource: { keys: async () => [] } },
      siteOrigin: 'https://kokoro.example.jp',
    });
    const tenantBase = `${STAFF_API_BASE}/t/:tenant`;
    const routes = new Set(app.routes.filter((r) => r.method !== 'ALL' && r.path.startsWith(`${tenantBase}/`)).map((r) => `${r.method} ${r.path.slice(tenantBase.length)}`));
    expect(routes.size).toBeGreaterThan(5);
    const unclassified = [...routes].filter((route) => {
      const [method = '', path = ''] = route.split(' ');
      return !auditRuleFor(method, path.replaceAll(':tag', 'sticker-1').replaceAll(':id', '3f2b8c1e-0000-4000-8000-000000000001')) && !Object.hasOwn(NOT_AUDITED, route);
    });
    expect(unclassified, 'a new tenant route needs a rule in AUDIT_RULES (recorder.ts) or a reason here').toEqual([]);
  });

  it.each([
    ['GET', '/report', 'report.view'],
    ['GET', '/report.csv', 'report.csv'],
    ['GET', '/channels/flyer-a/qr.png', 'qr.download'],
    ['POST', '/channels', 'channel.add'],
    ['POST', '/channels/import', 'channel.import'],
    ['POST', '/channels/flyer-a/restore', 'channel.restore'],
    ['POST', '/channels/flyer-a/archive', 'channel.archive'],
    ['GET', '/audit', 'audit.view'],
    ['POST', '/exclusions', 'exclusion.add'],
    ['POST', '/exclusions/3f2b8c1e-0000-4000-8000-000000000001/withdraw', 'exclusion.withdraw'],
  ])('%s %s → %s', (method, path, action) => {
    expect(auditRuleFor(method, path)?.rule.action).toBe(action);
  });

  it('leaves reads that are not downloads alone', () => {
    expect(auditRuleFor('GET', '/channels')).toBeUndefined();
    expect(auditRuleFor('GET', '/helplines')).toBeUndefined();
    expect(auditRuleFor('GET', '/report/extra')).toBeUndefined();
  });
});

describe('when an entry cannot be stored', () => {
  it('logs one line in CloudWatch embedded metric format that keeps the whole entry', () => {
    const at = new Date('2026-06-01T01:02:03.004Z');
    const entry = { at: at.toISOString(), actor: 'sub-1', username: 'admin@matsudo', role: 'admin' as const, action: 'report.csv' as const, target: { period: '2026-04-01/2026-05-31', kind: 'public' as const }, status: 200 };
    const error = Object.assign(new Error('x'), { name: 'AuditWriteError', cause: Object.assign(new Error('y'), { name: 'DynamoError' }) });
    const line = JSON.parse(auditFailureLine('matsudo', entry, error, at)) as Record<string, unknown> & { _aws: { Timestamp: number; CloudWatchMetrics: { Namespace: string; Dimensions: string[][]; Metrics: { Name: string; Unit: string }[] }[] } };
    expect(line._aws.Timestamp).toBe(at.getTime());
    const directive = line._aws.CloudWatchMetrics[0];
    expect(directive?.Metrics).toEqual([{ Name: AUDIT_FAILURE_METRIC, Unit: 'Count' }]);
    expect(line[AUDIT_FAILURE_METRIC]).toBe(1);
    expect(line).toMatchObject({ tenant: 'matsudo', entry, error: 'AuditWriteError', cause: 'DynamoError' });
    // The message of the error (which could quote a request) is not logged, only its name.
    expect(JSON.stringify(line)).not.toContain('"x"');
  });
});

describe('writeLogLine', () => {
  it('writes the line itself to standard output, one line, not through console', () => {
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const error = vi.spyOn(console, 'error');
    try {
      writeLogLine('{"a":1}');
      expect(write.mock.calls).toEqual([['{"a":1}\n']]);
      expect(error).not.toHaveBeenCalled();
    } finally {
      write.mockRestore();
      error.mockRestore();
    }
  });
});

describe('expiresAtOf', () => {
  it('is the entry time in epoch seconds plus the retention', () => {
    expect(expiresAtOf(new Date('2026-06-01T00:00:00.999Z'), AUDIT_RETENTION_DAYS)).toBe(Date.parse('2026-06-01T00:00:00Z') / 1000 + AUDIT_RETENTION_DAYS * 86_400);
  });
});

describe('isAuditedStatus', () => {
  it.each([
    [200, true],
    [204, true],
    [403, true],
    [503, true],
    [400, false],
    [404, false],
    [409, false],
  ])('%i → %s', (status, audited) => expect(isAuditedStatus(status)).toBe(audited));
});
