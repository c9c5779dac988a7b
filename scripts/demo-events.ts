/**
 * @module
 * Synthetic counting events for the demo tenant — clearly labelled as such:
 * every outreach tag starts with `demo-` and every channel label with
 * 【デモ】. A fixed seed makes the same events on every run, so a browser
 * test can know the truth it should see. Volumes, hours, the teen share and
 * the page languages (mostly 日本語; scripts/sample-completion LANG_SHARES)
 * are plausible, not real: do not quote them.
 */
import { MODES, UNREGISTERED_SRC, type Mode } from '../shared/domain';
import { modeSpec } from '../shared/modes';
import { sampleCompletion, sampleLang } from './sample-completion';
import type { CountingEvent } from '../shared/events';
import { addDays, daysBetweenInclusive, type Ymd } from '../shared/periods';

export const DEMO_CHANNELS = [
  { tag: 'demo-sticker-cityhall-1f', label: '【デモ】市役所1階トイレ ステッカー', kind: 'sticker' },
  { tag: 'demo-flyer-hellowork', label: '【デモ】ハローワーク松戸 チラシ', kind: 'flyer' },
  { tag: 'demo-school-clearfile', label: '【デモ】市内中学校 クリアファイル', kind: 'school' },
  { tag: 'demo-web-koho', label: '【デモ】広報まつど ウェブ版', kind: 'web' },
] as const;

export interface DemoEvent {
  at: Date;
  event: CountingEvent;
}

const rng = (seed: number) => () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
const pick = <T,>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
/** Evening and late-night use is heavier, as municipal services report. */
const HOUR_WEIGHTS = [3, 2, 2, 1, 1, 1, 1, 2, 3, 3, 3, 3, 4, 3, 3, 3, 3, 4, 5, 6, 7, 8, 8, 6];
const hourOf = (r: () => number) => {
  let x = r() * HOUR_WEIGHTS.reduce((a, b) => a + b, 0);
  for (let h = 0; h < 24; h++) if ((x -= HOUR_WEIGHTS[h] ?? 0) < 0) return h;
  return 23;
};

/** Events for each JST day from `from` to `to` inclusive; `perDay` scales the volume. */
export function* demoEvents(from: Ymd, to: Ymd, perDay = 30, seed = 20260401): Generator<DemoEvent> {
  const r = rng(seed);
  const days = daysBetweenInclusive(from, to);
  for (let d = 0; d < days; d++) {
    const day = addDays(from, d);
    // A gentle rise over time, so this year beats last year, and a dip in August.
    const volume = Math.round(perDay * (0.8 + (0.4 * d) / days) * (day.slice(5, 7) === '08' ? 0.7 : 1) * (0.7 + 0.6 * r()));
    for (let i = 0; i < volume; i++) {
      const at = new Date(`${day}T${String(hourOf(r)).padStart(2, '0')}:${String(Math.floor(r() * 60)).padStart(2, '0')}:00+09:00`);
      // A quarter of the checks in the registry's other modes, shared evenly; the rest in its first (本人).
      const u = r();
      const mode: Mode = (u < 0.25 && MODES.length > 1 ? MODES[1 + Math.floor((u / 0.25) * (MODES.length - 1))] : MODES[0]) as Mode;
      // A tag nobody registered is counted as the API counts it: in the 未登録 bucket, the tag itself never stored.
      const src = r() < 0.2 ? undefined : modeSpec(mode).audience === 'teen' && r() < 0.6 ? 'demo-school-clearfile' : r() < 0.05 ? UNREGISTERED_SRC : pick(r, DEMO_CHANNELS).tag;
      // One visit reads one language, so its view, start and completion carry the same.
      const srcPart = { ...(src ? { src } : {}), ...sampleLang(r) };
      yield { at, event: { type: 'view', id: crypto.randomUUID(), ...srcPart } };
      if (r() < 0.55) {
        yield { at, event: { type: 'start', id: crypto.randomUUID(), mode, ...srcPart } };
        if (r() < 0.8) {
          // 本人モード is used by teenagers too (the plan's 「本人モード、10代」 indicator): every age band, 10代 included.
          const answers = sampleCompletion(mode, r);
          const { band } = answers;
          yield {
            at,
            event: { type: 'complete', id: crypto.randomUUID(), mode, ...answers, safetyFlag: r() < (band === 'veryHigh' || (band === 'high' && modeSpec(mode).aboutOther) ? 0.3 : 0.05), ...srcPart },
          };
          if (r() < 0.12) {
            const helplineId = modeSpec(mode).audience === 'teen' ? pick(r, ['kodomo-sos-dial', 'childline-chat']) : pick(r, ['matsudo-ikiru-shien', 'chiba-inochi-no-denwa', 'kokoro-unified-dial']);
            yield { at, event: { type: 'helpline_tap', id: crypto.randomUUID(), mode, helplineId, band } };
          }
        }
      }
    }
  }
}
