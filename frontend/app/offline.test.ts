import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jaHours, jaPage } from '../../shared/messages';
import { getTenant } from '../../shared/tenants';
import { pageData } from '../data/build';
import { offlineHelpList, offlinePanel } from './offline';

const matsudo = getTenant('matsudo');
if (matsudo === undefined) throw new Error('matsudo tenant missing');
const page = pageData(matsudo, jaHours.hours, '/assets/matsudo-x.json', jaPage);
const ids = (ps: readonly { helpline: { id: string } }[]) => ps.map((p) => p.helpline.id);

describe('offline help list (inlined crisis subset, no clock)', () => {
  it('puts confirmed 24 h lines in now, the audience’s own first, and everything else in other', () => {
    expect(ids(offlineHelpList(page.crisis, 'teen').now)).toEqual(['kodomo-sos-dial', 'chiba-inochi-no-denwa']);
    expect(ids(offlineHelpList(page.crisis, 'self').now)).toEqual(['chiba-inochi-no-denwa']);
    const other = offlineHelpList(page.crisis, 'self').other;
    expect(ids(other)).toEqual(['yorisoi-hotline', 'anata-no-ibasho', 'matsudo-ikiru-shien', 'matsudo-hotnet', 'matsudo-lifelink-sns']);
    expect(offlineHelpList(page.crisis, 'self').now.every((p) => p.openNow === true)).toBe(true);
  });

  it('never says closed, nor when a line opens: it has no clock', () => {
    for (const mode of ['self', 'teen'] as const) {
      const groups = offlineHelpList(page.crisis, mode);
      expect(groups.closed).toEqual([]);
      expect([...groups.now, ...groups.other].some((p) => p.opensAt !== undefined || p.openNow === false)).toBe(false);
    }
  });

  it('lists every line of the panel once, and no line outside the mode’s audience', () => {
    const groups = offlineHelpList(page.crisis, 'self');
    const panel = offlinePanel(page.crisis, 'self');
    expect(new Set([...ids(groups.now), ...ids(groups.other)])).toEqual(new Set([...ids(panel.openNow), ...ids(panel.local)]));
    expect([...ids(groups.now), ...ids(groups.other)]).not.toContain('kodomo-sos-dial');
  });

  it('takes its rules from shared/routing/rules alone: routing’s hours and the holiday table stay out of the first script', () => {
    const source = readFileSync(new URL('./offline.ts', import.meta.url), 'utf8');
    const runtime = [...source.matchAll(/^import (?!type ).* from '([^']+)';$/gm)].map((m) => m[1]);
    expect(runtime).toEqual(['../../shared/routing/rules']);
  });
});
