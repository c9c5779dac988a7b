/**
 * @module
 * Big one-tap buttons to call or open a line: 119/110 first when life is at
 * risk, and — while the result chunk with the full cards is not here yet —
 * the inlined lines a person can reach right now. Every tap is counted
 * (fire-and-forget) as a measure of "connected to help". In the first
 * script, so help is one tap away on any signal.
 */
import type { Band, Mode } from '../../../shared/domain';
import type { CallLine } from '../../data/types';
import { LANGUAGES, type Lang } from '../../../shared/languages';
import { useEnv } from '../context';

export interface TapContext {
  mode: Mode | undefined;
  band?: Band;
}

export function useTap(helpline: CallLine, ctx: TapContext) {
  const { events } = useEnv();
  return () =>
    events.send({ type: 'helpline_tap', helplineId: helpline.id, mode: ctx.mode ?? 'self', ...(ctx.band ? { band: ctx.band } : {}) });
}

export const telHref = (number: string) => `tel:${number.replace(/-/g, '')}`;

/**
 * The `lang` a helpline's name needs on a page in `lang`: names stay Japanese
 * (the resident says them on the phone), so on a page whose tag is not
 * Japanese they are marked `ja` for screen readers and fonts; on the Japanese
 * and やさしい日本語 pages they need nothing.
 */
export const nameLangOn = (lang: Lang): 'ja' | undefined => (LANGUAGES[lang].tag === 'ja' ? undefined : 'ja');

export function CallButtons({ lines, ctx }: { lines: readonly CallLine[]; ctx: TapContext }) {
  return (
    <ul class="emergency">
      {lines.map((h) => (
        <CallButton key={h.id} helpline={h} ctx={ctx} />
      ))}
    </ul>
  );
}

/** The line's first channel the page can connect to: its number, else its confirmed link. */
function CallButton({ helpline, ctx }: { helpline: CallLine; ctx: TapContext }) {
  const onTap = useTap(helpline, ctx);
  const nameLang = nameLangOn(useEnv().tenant.lang);
  for (const c of helpline.channels) {
    if (c.type === 'phone' && c.number !== undefined) {
      return (
        <li>
          <a class="action call big" href={telHref(c.number)} onClick={onTap}>
            <strong>{c.number}</strong> <span lang={nameLang}>{helpline.name}</span>
          </a>
        </li>
      );
    }
    if ((c.type === 'chat' || c.type === 'line' || c.type === 'web') && c.url !== undefined) {
      return (
        <li>
          <a class="action big" href={c.url} target="_blank" rel="noopener noreferrer" onClick={onTap}>
            <span lang={nameLang}>{helpline.name}</span>
          </a>
        </li>
      );
    }
  }
  return null;
}
