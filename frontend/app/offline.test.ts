import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jaPage } from '../../shared/messages';
import { getTenant } from '../../shared/tenants';
import { pageData } from '../data/build';
import { offlinePanel } from './offline';

const matsudo = getTenant('matsudo');
if (matsudo === undefined) throw new Error('matsudo tenant missing');
const page = pageData(matsudo, '/assets/matsudo-x.json');
const ids = (ls: readonly { id: string }[]) => ls.map((l) => l.id);

describe('offline panel (inlined crisis subset, no clock)', () => {
  it('gives 119/110, then the confirmed 24 h lines of the mode’s audience, its own first', () => {
    const teen = offlinePanel(page.crisis, 'teen');
    expect(ids(teen.emergency)).toEqual(['emergency-119', 'emergency-110']);
    expect(ids(teen.openNow)[0]).toBe('kodomo-sos-dial');
    expect(ids(offlinePanel(page.crisis, 'self').openNow)).not.toContain('kodomo-sos-dial');
  });

  it('holds only lines a one-tap button can connect to', () => {
    for (const mode of ['self', 'teen'] as const) {
      const { openNow, local } = offlinePanel(page.crisis, mode);
      for (const l of [...openNow, ...local]) expect(l.channels.length, l.id).toBeGreaterThan(0);
    }
  });

  it('takes its rules from shared/routing/rules alone: routing’s hours and the holiday table stay out of the first script', () => {
    const source = readFileSync(new URL('./offline.ts', import.meta.url), 'utf8');
    const runtime = [...source.matchAll(/^import (?!type ).* from '([^']+)';$/gm)].map((m) => m[1]);
    expect(runtime).toEqual(['../../shared/routing/rules']);
  });
});
