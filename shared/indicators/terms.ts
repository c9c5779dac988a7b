/**
 * @module
 * The words figures are given in (用語), defined once. The dashboard's 用語
 * section lists them and an indicator's label shows the one it uses, so
 * アクセス数 and 利用者数 mean the same thing wherever they are read.
 * 利用者数 is the plan's word for completed checks: nothing identifies a
 * person, so it counts checks, not people.
 */
import type { IndicatorFigureSpec } from './schema';

export type TermKind = IndicatorFigureSpec['kind'] | 'helpline_tap';

export interface Term {
  id: 'views' | 'starts' | 'completions' | 'users' | 'taps';
  word: string;
  kind: TermKind;
  definition: string;
}

export const TERMS: readonly Term[] = [
  { id: 'views', word: 'アクセス数', kind: 'view', definition: 'セルフチェックのページが開かれた回数です。モードを選ぶ前に数えるため、すべてのモードの利用を含みます。' },
  { id: 'starts', word: '開始数', kind: 'start', definition: 'モードを選んでチェックを始めた回数です。途中でやめたものも含みます。' },
  { id: 'completions', word: '完了数', kind: 'complete', definition: 'チェックを最後まで答え、結果が表示された回数です。' },
  {
    id: 'users',
    word: '利用者数',
    kind: 'complete',
    definition:
      '完了数と同じで、最後まで答えたチェックの件数です。人数ではありません。個人を識別する情報を一切記録しないため、同じ方が2回チェックすると2件と数えます。',
  },
  { id: 'taps', word: 'タップ数', kind: 'helpline_tap', definition: '相談窓口の電話番号やリンクがタップされた回数です。' },
];

/** The terms an indicator's name uses for its figure, or the figure's own term when the name uses none. */
export const termsFor = (kind: TermKind, name: string): Term[] => {
  const ofKind = TERMS.filter((t) => t.kind === kind);
  const named = ofKind.filter((t) => name.includes(t.word));
  return named.length > 0 ? named : ofKind.slice(0, 1);
};
