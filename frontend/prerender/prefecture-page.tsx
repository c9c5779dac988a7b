/**
 * @module
 * A prefecture's entry page (`/p/<id>/`), for a QR code the prefecture hands
 * out across its towns: the resident picks their town by name (with its
 * reading, in あいうえお order, and a box to find it by either), which takes
 * them to the town's own check with the QR's channel kept; or goes on without
 * choosing and finds, on the same page, 119/110, the prefecture's own lines
 * and the national lines that answer around the clock. 今すぐ相談したい jumps
 * there, and quick exit works with no script. Written at build time from the
 * same tenant and helpline data as the towns' pages, so no number is typed in
 * twice; its small script (frontend/prefecture/main.ts) counts the view, keeps
 * the channel on the town links and works the find box, and stores nothing.
 */
import { renderToString } from 'preact-render-to-string';
import type { Helpline } from '../../shared/helplines';
import type { Messages } from '../../shared/messages';
import { prefectureOf, type Prefecture } from '../../shared/regions';
import { isReachable } from '../../shared/routing/reach';
import { prefectureEventsPath, tenantPath } from '../../shared/site';
import type { Tenant } from '../../shared/tenants';
import { keepWord } from '../app/parts/TopBar';
import { AlwaysOpenSection, EmergencySection, LineCards, QuickExit, sitePageData } from './site-pages';
import { fill } from '../../shared/messages/fill';

export interface PrefecturePageData {
  prefecture: Pick<Prefecture, 'id' | 'name'>;
  emergency: Helpline[];
  /** The prefecture's own lines, from its towns' lists (each once, in the first town's order), verified and reachable. */
  prefectureLines: Helpline[];
  alwaysOpen: Helpline[];
  /** The towns served, test-only ones never, by reading. */
  towns: { id: string; name: string; reading: string }[];
}

/** What the page shows for prefecture `id`, from the tenants this build serves. */
export function prefecturePageData(id: string, tenants: readonly Tenant[]): PrefecturePageData {
  const prefecture = prefectureOf(id);
  if (!prefecture) throw new Error(`no prefecture ${id}`);
  const members = tenants.filter((t) => t.prefecture === id && !t.testOnly);
  const lines = new Map<string, Helpline>();
  for (const h of members.flatMap((t) => t.helplines)) {
    if (h.scope === 'prefecture' && !h.unverified && isReachable(h) && !lines.has(h.id)) lines.set(h.id, h);
  }
  const site = sitePageData(tenants);
  return {
    prefecture: { id: prefecture.id, name: prefecture.name },
    emergency: site.emergency,
    prefectureLines: [...lines.values()],
    alwaysOpen: site.alwaysOpen,
    towns: members
      .map(({ id: town, name, reading }) => ({ id: town, name, reading: reading ?? '' }))
      .sort((a, b) => a.reading.localeCompare(b.reading, 'ja')),
  };
}

function PrefecturePage({ data, m }: { data: PrefecturePageData; m: Messages }) {
  const p = m.site.prefecture;
  return (
    <>
      <header class="bar">
        <a class="action help-now" href="#help" aria-label={m.chrome.helpNow}>
          {keepWord(m.chrome.helpNow, m.chrome.helpNowShort)}
        </a>
        <QuickExit m={m} />
      </header>
      <main data-events={prefectureEventsPath(data.prefecture.id)}>
        <h1>{fill(p.title, { prefecture: data.prefecture.name })}</h1>
        <p class="lead">{p.lead}</p>
        <h2 id="towns">{p.townsHeading}</h2>
        <p class="town-find" hidden>
          <label for="town-find">{p.filterLabel}</label>
          <input id="town-find" type="search" autocomplete="off" enterkeyhint="search" aria-describedby="town-none" />
        </p>
        <ul class="towns" aria-labelledby="towns">
          {data.towns.map((t) => (
            <li key={t.id} data-name={t.name} data-reading={t.reading}>
              <a class="action big" href={tenantPath(t.id)} data-town={t.id}>
                <ruby>
                  {t.name}
                  <rt>{t.reading}</rt>
                </ruby>
              </a>
            </li>
          ))}
        </ul>
        <p id="town-none" class="note" role="status" hidden>
          {p.noMatch}
        </p>
        <p>
          <a class="action" href="#help">
            {p.skip}
          </a>
        </p>
        <section id="help" aria-label={p.helpHeading} tabindex={-1}>
          <EmergencySection lines={data.emergency} m={m} />
          {data.prefectureLines.length > 0 && (
            <>
              <h2>{fill(p.prefectureLinesHeading, { prefecture: data.prefecture.name })}</h2>
              <LineCards lines={data.prefectureLines} m={m} />
            </>
          )}
          <AlwaysOpenSection lines={data.alwaysOpen} m={m} />
          <p class="note">{m.cantConnect}</p>
        </section>
      </main>
    </>
  );
}

/** The page's body. */
export const prefectureBody = (data: PrefecturePageData, m: Messages): string => renderToString(<PrefecturePage data={data} m={m} />);
