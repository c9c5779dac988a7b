import type { ExclusionStore } from './exclusions';
import type { PlausibilityStore } from '../plausibility';
import { describe, expect, it } from 'vitest';
import { remoteJwks } from '../auth';
import { createDevIssuerApp, generateSigningKey } from '../auth/dev-issuer';
import { createStaffApp } from './app';
import { buildHelplineReview, helplineReviewSchema } from './helpline-review';
import { getTenant } from '../../shared/tenants';
import type { AuditStore } from './audit';
import type { ChannelStore } from './channels';
import type { CounterStore } from '../store';

const ISSUER = 'http://localhost:8787/auth/dev';
const AUDIENCE = 'kokoro-check-dev';

describe('buildHelplineReview', () => {
  it('answers in the schema’s shape with counts that add up', () => {
    const matsudo = getTenant('matsudo');
    if (!matsudo) throw new Error('matsudo missing');
    const review = helplineReviewSchema.parse(buildHelplineReview(matsudo, '2026-12-02'));
    expect(review.counts.stale + review.counts.unverified + review.counts.ok).toBe(matsudo.helplines.length);
    expect(review.helplines[0]?.status).toBe('unverified');
  });
});

describe('GET /t/:tenant/helplines for a tenant the service does not configure', () => {
  it('answers 404 to an admin of it, not some other tenant’s lines', async () => {
    const key = await generateSigningKey();
    const accounts = [{ username: 'admin@atlantis', password: 'x', subject: '00000000-0000-4000-8000-0000000000aa', grants: [{ tenant: 'atlantis', role: 'admin' as const }] }];
    const issuer = createDevIssuerApp({ issuer: ISSUER, audience: AUDIENCE, key, accounts });
    // The route reads neither store.
    const app = createStaffApp({
      store: {} as CounterStore,
      channels: {} as ChannelStore,
      exclusions: {} as ExclusionStore,
      plausibility: {} as PlausibilityStore,
      audit: {} as AuditStore,
      auth: { issuer: ISSUER, audience: AUDIENCE, keySource: remoteJwks({ url: `${ISSUER}/.well-known/jwks.json`, fetch: async (url) => issuer.request(url.replace(ISSUER, '')) }) },
      siteOrigin: 'https://kokoro.example.jp',
    });
    const token = ((await (await issuer.request('/token', { method: 'POST', body: JSON.stringify({ username: 'admin@atlantis', password: 'x' }) })).json()) as { id_token: string }).id_token;
    const res = await app.request('/api/staff/t/atlantis/helplines', { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: 'not_found', message: 'No tenant "atlantis" is configured.' });
  });
});
