import { describe, expect, it } from 'vitest';
import { chartFileName } from './export';

describe('chart file names', () => {
  it('name the tenant, the days counted and the chart, without characters Windows refuses', () => {
    expect(chartFileName({ tenant: 'matsudo', start: '2025-04-01', end: '2026-03-31', title: '月別のチェック完了数（モード別）' }, 'png')).toBe(
      'kokoro-check_matsudo_2025-04-01_2026-03-31_月別のチェック完了数（モード別）.png',
    );
    expect(chartFileName({ tenant: 'matsudo', start: '2026-04-01', end: '2026-11-30', title: 'A/B: "x" <y>?' }, 'svg')).toBe('kokoro-check_matsudo_2026-04-01_2026-11-30_ABxy.svg');
  });
});
