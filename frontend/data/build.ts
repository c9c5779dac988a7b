/**
 * @module
 * Build-time only (prerender): turns a validated tenant into the page's two
 * data parts — see types.ts. The crisis subset is chosen by routing's own
 * rule (`inCrisisSubset`) and stored in routing's own order, so the offline
 * panel can never hold a line the crisis panel would not, and the first
 * script need not sort; emergency numbers carry only what their call buttons
 * show.
 */
import { instrumentFor } from '../../shared/instruments/for-mode';
import { translationOf } from '../../shared/instruments/translations';
import { MODES, type Mode } from '../../shared/modes';
import { servesMode } from '../../shared/routing/rules';
import type { Helpline } from '../../shared/helplines/schema';
import type { Catalogue, ChunkMessages, PageItemWords, ScreenMessages } from '../../shared/messages';
import { DEFAULT_LANG, type Lang } from '../../shared/languages';
import { helplineTextIn } from '../../shared/helplines/texts';
import { offersMode, pageItems, type OfferInputs } from '../../shared/languages/offered';
import { CATALOGUES } from '../../shared/messages/catalogues';
import type { AskedInstrumentId } from '../../shared/modes';
import { crisisSubsetOrder } from '../../shared/routing/rank';
import { isReachableChannel } from '../../shared/routing/reach';
import { inCrisisSubset } from '../../shared/routing/standing';
import type { Tenant } from '../../shared/tenants/schema';
import { formatHours } from '../format';
import type { CrisisLine, EmergencyLine, FullHelpline, FullTenant, PageTenant } from './types';

export class MissingTextError extends Error {
  override name = 'MissingTextError';
}

/**
 * A line's card words in the page's language: its description and hours note
 * from shared/helplines/texts on every page but the Japanese one. A line
 * without its text stops the build — a card must never fall back to words the
 * page's reader may not read while claiming to be in their language.
 */
function cardWords(h: Helpline, lang: Lang): Pick<Helpline, 'description' | 'hoursNote'> {
  if (lang === DEFAULT_LANG) return { description: h.description, ...(h.hoursNote !== undefined ? { hoursNote: h.hoursNote } : {}) };
  const text = helplineTextIn(lang, h.id);
  if (text === undefined) throw new MissingTextError(`helpline ${h.id} has no ${lang} text (shared/helplines/texts/${lang}.ts)`);
  return { description: text.description, ...(text.hoursNote !== undefined ? { hoursNote: text.hoursNote } : {}) };
}

/** The tenant's own words in the page's language: each falls back to the Japanese where the tenant gives none. */
function tenantWords(tenant: Tenant, lang: Lang): Pick<Tenant, 'serviceName' | 'localNote'> {
  const own = lang === DEFAULT_LANG ? undefined : tenant.texts?.[lang];
  const localNote = own?.localNote ?? tenant.localNote;
  return { serviceName: own?.serviceName ?? tenant.serviceName, ...(localNote !== undefined ? { localNote } : {}) };
}


const crisisLine = (h: Helpline): EmergencyLine | CrisisLine =>
  h.emergency
    ? { id: h.id, name: h.name, channels: h.channels, emergency: true }
    : {
        id: h.id,
        name: h.name,
        // Only what a one-tap button can use: a number to call or a confirmed link.
        channels: h.channels.filter(isReachableChannel),
        // Only the audiences a mode routes to: the first script asks nothing else of them.
        audiences: h.audiences.filter((a) => MODES.some((m) => servesMode({ audiences: [a] }, m))),
        // The first script asks a line's scope only whether it is local (a general local window).
        ...(h.scope === 'local' ? { scope: 'local' as const } : {}),
        ...(h.crisis ? { crisis: true } : {}),
        ...(h.hours.kind === 'always' ? { always: true } : {}),
      };

/** The result chunk's words of a catalogue: they ride in the tenant × language JSON. */
const chunkWords = ({ result, other, panel, opens, helpline, topics }: Catalogue): ChunkMessages => ({ result, ...(other ? { other } : {}), panel, opens, helpline, topics });

/** The words the page's screens read (its data block): all but the landing, which is the prerendered HTML itself. */
export function screenWords(catalogue: Catalogue, items: Partial<Record<AskedInstrumentId, PageItemWords>>): ScreenMessages {
  const { chrome, nav, progress, profile, safety, crisis, help, waiting, cantConnect } = catalogue;
  return { chrome, nav, progress, profile, safety, crisis, help, waiting, cantConnect, items };
}

/** The inputs of the offer rule (shared/languages/offered) for a page in `lang`. */
export const offerInputs = (lang: Lang): OfferInputs => ({
  lang,
  catalogue: CATALOGUES[lang],
  easyItems: CATALOGUES.easy.items,
  translation: translationOf,
});

/**
 * A page's item words split by when they are needed. The first question (the
 * profile) needs none, so only what must never be missing rides in the page
 * itself: a cited translation (its items and answers), and on a page whose
 * check runs in やさしい日本語 the items' language and lead-in. Readings and
 * plain explanations ride in the JSON fetched at idle — teenagers' on the
 * Japanese page, everyone's on a page in やさしい日本語 — which arrives while
 * the profile is answered; until then the items show as the instrument words
 * them. This keeps every language's first question within one TCP window.
 */
function itemsByArrival(lang: Lang): { page: ScreenMessages['items']; later: ScreenMessages['items'] } {
  const page: ScreenMessages['items'] = {};
  const later: ScreenMessages['items'] = {};
  for (const [id, words] of Object.entries(pageItems(offerInputs(lang))) as [AskedInstrumentId, PageItemWords][]) {
    if (!words.always) later[id] = words;
    else if (words.texts) page[id] = words;
    else {
      const { ruby, gloss, ...now } = words;
      page[id] = now;
      later[id] = { ...(ruby ? { ruby } : {}), ...(gloss ? { gloss } : {}) };
    }
  }
  return { page, later };
}

export function fullData(tenant: Tenant, lang: Lang = DEFAULT_LANG): FullTenant {
  const catalogue = CATALOGUES[lang];
  // Every language's texts stay in the repository: the page gets its own, as `serviceName` and `localNote`.
  const { texts: _texts, localNote: _note, ...rest } = tenant;
  const card = (h: Helpline): FullHelpline => {
    const { sourceUrl: _source, unverifiedReason: _reason, description: _d, hoursNote: _n, ...shown } = h;
    return { ...shown, ...cardWords(h, lang), hoursText: formatHours(shown.hours, catalogue.hours) };
  };
  return {
    ...rest,
    ...tenantWords(tenant, lang),
    helplines: tenant.helplines.map(card),
    results: Object.fromEntries(MODES.map((mode) => instrumentFor(mode)).map((i) => [i.id, i.result])),
    words: chunkWords(catalogue),
    items: itemsByArrival(lang).later,
  };
}

/** The modes a tenant's page in `lang` offers, in registry order whatever order it lists them in: the landing's buttons, one per mode. */
export const offeredModes = (tenant: Pick<Tenant, 'modes'>, lang: Lang = DEFAULT_LANG): readonly Mode[] =>
  MODES.filter((mode) => tenant.modes.includes(mode) && offersMode(mode, offerInputs(lang)));

export function pageData(tenant: Tenant, dataPath: string, lang: Lang = DEFAULT_LANG): PageTenant {
  const words = screenWords(CATALOGUES[lang], itemsByArrival(lang).page);
  return {
    id: tenant.id,
    ...tenantWords(tenant, lang),
    ...(tenant.quickExitUrl !== undefined ? { exit: tenant.quickExitUrl } : {}),
    crisis: crisisSubsetOrder(tenant.helplines.filter(inCrisisSubset)).map(crisisLine),
    data: dataPath,
    lang,
    words,
  };
}
