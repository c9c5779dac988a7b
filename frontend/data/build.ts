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
import { offersMode, pageItems, type OfferInputs } from '../../shared/languages/offered';
import { CATALOGUES } from '../../shared/messages/catalogues';
import type { AskedInstrumentId } from '../../shared/modes';
import { crisisSubsetOrder } from '../../shared/routing/rank';
import { isReachableChannel } from '../../shared/routing/reach';
import { inCrisisSubset } from '../../shared/routing/standing';
import type { Tenant } from '../../shared/tenants/schema';
import { formatHours } from '../format';
import type { CrisisLine, EmergencyLine, FullTenant, PageTenant } from './types';


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
  return {
    ...tenant,
    helplines: tenant.helplines.map(({ sourceUrl: _source, unverifiedReason: _reason, ...shown }) => ({ ...shown, hoursText: formatHours(shown.hours, catalogue.hours) })),
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
    serviceName: tenant.serviceName,
    ...(tenant.localNote !== undefined ? { localNote: tenant.localNote } : {}),
    ...(tenant.quickExitUrl !== undefined ? { exit: tenant.quickExitUrl } : {}),
    crisis: crisisSubsetOrder(tenant.helplines.filter(inCrisisSubset)).map(crisisLine),
    data: dataPath,
    lang,
    words,
  };
}
