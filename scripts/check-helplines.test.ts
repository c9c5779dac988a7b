import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { defineHelplines, EMERGENCY_HELPLINES, type HelplineInput } from '../shared/helplines';
import { line } from '../shared/routing/test-lines';
import { defineTenant } from '../shared/tenants';
import { checkHelplines, CheckHelplinesUsageError, formatHelplineCheck, parseCheckArgs } from './check-helplines';

const today = '2026-12-01';
const window = (id: string, verifiedOn: string, extra: Partial<HelplineInput> = {}): HelplineInput =>
  line(id, { name: `窓口 ${id}`, audiences: ['adult'], scope: 'local', sourceUrl: `https://www.city.example.lg.jp/${id}/`, verifiedOn, ...extra });
const town = (id: string, helplines: HelplineInput[], testOnly = false) =>
  defineTenant({ id, name: `${id}町`, reading: 'てすとちょう', prefecture: 'chiba', serviceName: 'x', testOnly, helplines: [...EMERGENCY_HELPLINES.map((h) => ({ ...h, verifiedOn: '2026-11-27' })), ...defineHelplines(helplines)] });

const stale = town('stale-town', [window('old', '2025-11-30'), window('fresh', '2025-12-01'), window('pending', '2026-11-27', { unverified: true, unverifiedReason: '番号を市に確認中', sourceUrl: undefined })]);
const pendingOnly = town('pending-town', [window('pending', '2026-11-27', { unverified: true, unverifiedReason: '番号を市に確認中' })]);
const staleTest = town('test-town', [window('old', '2020-01-01')], true);

describe('check:helplines', () => {
  it('fails when a tenant residents use has a stale line, listing what needs re-checking first', () => {
    const result = checkHelplines([stale], today);
    expect(result.failed).toBe(true);
    const [only] = result.tenants;
    expect(only?.counts).toEqual({ stale: 1, unverified: 1, ok: 3 });
    expect(only?.needsRecheck.map((r) => [r.id, r.status])).toEqual([
      ['old', 'stale'],
      ['pending', 'unverified'],
    ]);
  });

  it('reports unverified lines and stale lines of a test tenant without failing', () => {
    const result = checkHelplines([pendingOnly, staleTest], today);
    expect(result.failed).toBe(false);
    expect(result.tenants.map((t) => [t.tenant.id, t.counts.stale, t.counts.unverified])).toEqual([
      ['pending-town', 0, 1],
      ['test-town', 1, 0],
    ]);
  });

  it('prints id, name, verifiedOn, source and reason for each line, and one summary line per tenant', () => {
    const text = formatHelplineCheck(checkHelplines([stale, staleTest], today)).join('\n');
    expect(text).toContain(
      [
        '  [stale] old 窓口 old',
        '      verifiedOn: 2025-11-30',
        '      sourceUrl:  https://www.city.example.lg.jp/old/',
        '      reason:     last verified 12 months 1 day ago; re-check was due by 2026-11-30',
        '  [unverified] pending 窓口 pending',
        '      verifiedOn: 2026-11-27',
        '      sourceUrl:  (none)',
        '      reason:     番号を市に確認中',
        '  stale-town: 1 stale, 1 unverified, 3 ok of 5 lines — FAILS: stale lines',
      ].join('\n'),
    );
    expect(text).toContain('  test-town: 1 stale, 0 unverified, 2 ok of 3 lines — stale lines (test tenant: does not fail the check)');
    expect(text).not.toContain('[ok]');
    expect(text).not.toContain('窓口 fresh');
  });

  it('judges today in Japan unless --today says otherwise, and refuses a day that does not exist', () => {
    // 21:00 UTC on 1 December is already 2 December in Japan.
    expect(parseCheckArgs([], new Date('2026-12-01T21:00:00Z'))).toEqual({ today: '2026-12-02' });
    expect(parseCheckArgs(['--today', '2027-04-01'], new Date())).toEqual({ today: '2027-04-01' });
    expect(() => parseCheckArgs(['--today', '2027-02-29'], new Date())).toThrow(CheckHelplinesUsageError);
    expect(() => parseCheckArgs(['--tenant', 'x'], new Date())).toThrow();
  });

  it('runs as a command on the shipped tenants: exit 1 once their verifications have run out, 2 for a bad option', () => {
    const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-helplines.ts', ...args], { encoding: 'utf8' });
    // Every shipped line was read in late 2026, so by 2028 each one verified then is stale.
    const later = run('--today', '2028-01-01');
    expect(later.status).toBe(1);
    expect(later.stdout).toMatch(/^ {2}matsudo: \d+ stale, .* — FAILS: stale lines$/m);
    const bad = run('--today', 'soon');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--today must be a date');
  });
});
