import { describe, expect, it } from 'vitest';
import { actionText, auditMonthText, auditTimeText, targetText } from './audit';

describe('audit entries in Japanese', () => {
  it('writes the time in Japan, in 令和', () => {
    expect(auditTimeText('2026-05-31T15:04:05.000Z')).toBe('令和8年6月1日 0:04:05');
    expect(auditMonthText('2026-06')).toBe('令和8年6月');
  });

  it('names the action, the CSV kind and an outcome other than success', () => {
    expect(actionText({ action: 'report.csv', target: { kind: 'full' }, status: 200 })).toBe('CSVを保存（庁内用）');
    expect(actionText({ action: 'report.csv', target: { kind: 'public' }, status: 200 })).toBe('CSVを保存（公表用）');
    expect(actionText({ action: 'report.view', target: { kind: 'full' }, status: 200 })).toBe('集計を表示');
    expect(actionText({ action: 'report.view', target: { kind: 'public' }, status: 200 })).toBe('集計を表示（公表用）');
    expect(actionText({ action: 'channel.add', target: {}, status: 403 })).toBe('経路を登録：権限がないため拒否');
    expect(actionText({ action: 'channel.archive', target: {}, status: 503 })).toBe('経路の利用を終了：処理できず（結果不明）');
  });

  it('says what it was done to', () => {
    expect(targetText({ target: { period: '2026-04-01/2026-11-30', kind: 'full' } })).toBe('令和8年4月～11月');
    expect(targetText({ target: { tag: 'flyer-a', format: 'png', size: 'a4' } })).toBe('経路 flyer-a（PNG・A4）');
    expect(targetText({ target: { tag: 'flyer-a', format: 'svg', size: 'sticker', lang: 'zh' } })).toBe('経路 flyer-a（SVG・ステッカー・中国語）');
    expect(targetText({ target: { tag: 'flyer-a' } })).toBe('経路 flyer-a');
    expect(targetText({ target: { month: '2026-05' } })).toBe('令和8年5月分');
    expect(targetText({ target: {} })).toBe('—');
  });
});
