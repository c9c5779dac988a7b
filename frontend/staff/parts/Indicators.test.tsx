import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import type { Report } from '../api';
import { Indicators } from './Indicators';

const indicator: NonNullable<Report['indicators']>[number] = {
  id: 'self-teens',
  name: '『こころの体温計』本人モード、10代の利用者数',
  terms: ['users'],
  value: 2149,
  lastYear: 1351,
  change: 798,
  period: { label: '令和8年6月～11月', months: '6～11月', start: '2026-06-01', end: '2026-11-30', previousLabel: '令和7年6月～11月', previousStart: '2025-06-01', previousEnd: '2025-11-30' },
  sentence: '『こころの体温計』本人モード、10代の利用者数（6～11月）：2,149件（前年度同期間：1,351件）',
};
const report = (indicators?: Report['indicators']) => ({ indicators }) as Report;

describe('Indicators', () => {
  it('prints each sentence ready to paste with its months and a copy button named after it', () => {
    const html = renderToString(<Indicators report={report([indicator])} />);
    expect(html).toContain('『こころの体温計』本人モード、10代の利用者数（6～11月）：2,149件（前年度同期間：1,351件）');
    expect(html).toContain('集計期間：令和8年6月～11月（2026年6月1日～2026年11月30日）');
    expect(html).toContain('aria-label="『こころの体温計』本人モード、10代の利用者数の文をコピー"');
    expect(html).toContain('aria-describedby="indicator-sentence-self-teens"');
    expect(html).toMatch(/role="status"/);
  });
  it('describes the label with its term, and lists every term in 用語', () => {
    const html = renderToString(<Indicators report={report([indicator])} />);
    expect(html).toMatch(/aria-describedby="term-tip-self-teens"/);
    expect(html).toMatch(/id="term-tip-self-teens" role="tooltip" hidden[^>]*>利用者数：[^<]*人数ではありません/);
    for (const word of ['アクセス数', '開始数', '完了数', '利用者数', 'タップ数']) expect(html).toContain(`<dt>${word}</dt>`);
  });
  it('says so when the tenant has no indicators, and still defines the terms', () => {
    const html = renderToString(<Indicators report={report(undefined)} />);
    expect(html).toContain('計画の指標はまだ設定されていません');
    expect(html).toContain('<h2 id="terms-title">用語</h2>');
  });
});
