/**
 * @module
 * A tenant is one municipality running the service at `/t/<id>/`: its names
 * and the resolved, ordered list of helplines its residents see. The order
 * is the tie-breaker for routing, so it is part of the config, not an
 * accident of code. `defineTenant` (./define) writes one; ./validate checks it.
 */
import * as z from '../validation';
import { MODES, TENANT_ID_PATTERN } from '../domain';
import { helplineSchema } from '../helplines/schema';
import { indicatorListSchema } from '../indicators/schema';
import { PREFECTURE_IDS } from '../regions';
import { DEFAULT_LANG, LANGS, type PathLang } from '../languages';

const PATH_LANGS = LANGS.filter((l): l is PathLang => l !== DEFAULT_LANG) as [PathLang, ...PathLang[]];

export const tenantSchema = z
  .strictObject({
    id: z.string().check(z.regex(TENANT_ID_PATTERN)),
    /** The municipality, e.g. 松戸市. */
    name: z.string().check(z.minLength(1)),
    /**
     * Its reading in hiragana (まつどし), shown as ruby on the prefecture entry page and used there to sort and
     * find towns; a town that is served needs one (only test-only tenants may leave it out).
     */
    reading: z.optional(z.string().check(z.regex(/^[ぁ-ゖー]+$/, 'reading must be hiragana'))),
    /** One of shared/regions' 47 prefecture ids, e.g. `chiba`. */
    prefecture: z.enum(PREFECTURE_IDS),
    /** The service's name as the page shows it. */
    serviceName: z.string().check(z.minLength(1)),
    /** One short local note shown with the help list (optional). */
    localNote: z.optional(z.string().check(z.minLength(1))),
    /**
     * `serviceName` and `localNote` on the pages in other languages (shared/languages), translated from the Japanese
     * and saying nothing it does not; what a language leaves out shows in Japanese. Plain text: the note shows on the
     * offline screen too, which has no ruby.
     */
    texts: z.optional(
      z.partialRecord(
        z.enum(PATH_LANGS),
        z.strictObject({ serviceName: z.optional(z.string().check(z.minLength(1))), localNote: z.optional(z.string().check(z.minLength(1))) }),
      ),
    ),
    /**
     * Where quick exit goes instead of the site's neutral calendar page, e.g.
     * the municipality's official site. Only `https://` and a domain name, so it
     * can never be a `javascript:` URL or a page anyone on the way can rewrite.
     */
    quickExitUrl: z.optional(z.url({ protocol: /^https$/, hostname: z.regexes.domain }).check(z.regex(/^https:\/\//))),
    /** The modes the municipality offers, in registry order on the landing; all of them unless it lists some. */
    modes: z._default(
      z.array(z.enum(MODES)).check(
        z.minLength(1),
        z.refine((m) => new Set(m).size === m.length, 'modes must not repeat'),
      ),
      () => [...MODES],
    ),
    /** Fictional tenants that exist to test isolation; never deployable. */
    testOnly: z._default(z.boolean(), false),
    /** Emergency first, then prefecture, national, teen and local lines; ties in routing keep this order. */
    helplines: z.array(helplineSchema).check(z.minLength(1)),
    /** The plan's indicators, printed on the dashboard as ready-to-paste sentences (optional). */
    indicators: z.optional(indicatorListSchema),
    /**
     * Residents, for figures per 100,000 in the prefecture report: only an official figure (the prefecture's
     * 毎月常住人口調査, the city's 住民基本台帳 page, 総務省), with its date and page. Absent: those columns stay
     * empty for the town and `populationNote` says why.
     */
    population: z.optional(
      z.strictObject({
        residents: z.int().check(z.positive()),
        /** The day the figure is for, `YYYY-MM-DD`. */
        asOf: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
        /** The survey or register it comes from, e.g. 千葉県毎月常住人口調査. */
        source: z.string().check(z.minLength(1)),
        sourceUrl: z.url({ protocol: /^https$/ }),
      }),
    ),
    /** Why there is no population figure (shown in the prefecture report); only without `population`. */
    populationNote: z.optional(z.string().check(z.minLength(1))),
  })
  .check(
    z.refine((t) => new Set(t.helplines.map((h) => h.id)).size === t.helplines.length, 'helpline ids must be unique within a tenant'),
    z.refine((t) => t.helplines.some((h) => h.emergency), 'a tenant must list the emergency numbers (119/110) for the crisis panel'),
    z.refine((t) => t.testOnly || t.reading !== undefined, 'a served municipality needs its reading (hiragana) for the prefecture entry page'),
    z.refine((t) => t.population === undefined || t.populationNote === undefined, 'a tenant with a population figure needs no populationNote'),
    z.refine((t) => Object.values(t.texts ?? {}).every((x) => x.localNote === undefined || t.localNote !== undefined), 'a localNote in another language needs the Japanese localNote it translates'),
  );
export type Tenant = z.infer<typeof tenantSchema>;
export type TenantInput = z.input<typeof tenantSchema>;
