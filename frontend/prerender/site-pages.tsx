/**
 * @module
 * The two pages around the check that people reach without a municipality's
 * address: the site's root, and the answer to an address no municipality uses
 * (an old sticker, a typo). Someone in crisis may land on either, so both say
 * at once where to call now — tap-to-call 119/110 and the national lines that
 * answer around the clock — and then lead back to the municipalities served.
 * They are written from the same data as the tenant pages, by one rule, so no
 * number is ever typed in twice. Plain HTML with the check's own inlined CSS:
 * the same text has the same CSP hash, so no header grows, and no script is
 * needed to call.
 */
import { prefectureOf } from '../../shared/regions';
import { renderToString } from 'preact-render-to-string';
import { EMERGENCY_HELPLINES, NATIONAL_HELPLINES, TEEN_HELPLINES, type Channel, type Helpline } from '../../shared/helplines';
import { validateHelplines } from '../../shared/helplines/validate';
import type { Messages } from '../../shared/messages';
import { isReachable, isReachableChannel } from '../../shared/routing/reach';
import { NEUTRAL_PAGE_PATH, tenantPath } from '../../shared/site';
import type { Tenant } from '../../shared/tenants';
import { keepWord } from '../app/parts/TopBar';
import { formatHours } from '../format';
import { fill } from '../../shared/messages/fill';

/**
 * National and teen lines these pages may offer to anyone at any hour: open
 * 24 h every day, reachable from the page, and verified — an unconfirmed line
 * is better left to the municipality's page, where it is marked as such.
 */
export const alwaysOpenLines = (lines: readonly Helpline[]): Helpline[] =>
  lines.filter((h) => !h.emergency && h.hours.kind === 'always' && !h.unverified && isReachable(h));

export interface SitePageData {
  emergency: Helpline[];
  alwaysOpen: Helpline[];
  /** Municipalities residents can be sent to; test-only tenants are never listed. */
  /** `prefecture` is the prefecture's name (千葉県), from shared/regions. */
  tenants: (Pick<Tenant, 'id' | 'name'> & { prefecture: string })[];
}

/** What both pages show, from the shipped helpline data and tenant registry; refuses to build without 119/110. */
export function sitePageData(tenants: readonly Tenant[]): SitePageData {
  const emergency = EMERGENCY_HELPLINES.filter((h) => h.channels.some(isReachableChannel));
  const national = [...NATIONAL_HELPLINES, ...TEEN_HELPLINES];
  validateHelplines([...EMERGENCY_HELPLINES, ...national]);
  if (emergency.length === 0) throw new Error('no emergency number to put on the site pages');
  return {
    emergency,
    alwaysOpen: alwaysOpenLines(national),
    tenants: tenants.filter((t) => !t.testOnly).map(({ id, name, prefecture }) => ({ id, name, prefecture: prefectureOf(prefecture)?.name ?? prefecture })),
  };
}

const telHref = (number: string) => `tel:${number.replace(/-/g, '')}`;

function ChannelLink({ channel, m }: { channel: Channel; m: Messages }) {
  if (channel.type === 'phone') {
    return channel.number === undefined ? null : (
      <a class="action call" href={telHref(channel.number)}>
        {fill(m.helpline.call, { number: channel.number })}
      </a>
    );
  }
  if (channel.type === 'visit' || channel.url === undefined) return null;
  return (
    <a class="action" href={channel.url} target="_blank" rel="noopener noreferrer">
      {m.helpline.channels[channel.type]}
    </a>
  );
}

/** Quick exit as a form's button: it leaves for the calendar with no script, and looks and reads like the check's own. */
export function QuickExit({ m }: { m: Messages }) {
  return (
    <form action={NEUTRAL_PAGE_PATH} method="get">
      <button type="submit" class="exit" aria-label={m.chrome.quickExitLabel}>
        {keepWord(m.chrome.quickExit, m.chrome.quickExitShort)}
      </button>
    </form>
  );
}

/** 119 and 110 as big tap-to-call links, with the words that say when to call them. */
export function EmergencySection({ lines, m }: { lines: readonly Helpline[]; m: Messages }) {
  return (
    <>
      <h2>{m.site.emergencyHeading}</h2>
      <p>{m.panel.emergencyText}</p>
      <ul class="emergency">
        {lines.map((h) =>
          h.channels.map((c) =>
            c.type === 'phone' && c.number !== undefined ? (
              <li key={h.id}>
                <a class="action call big" href={telHref(c.number)}>
                  <strong>{c.number}</strong> <span>{h.name}</span>
                </a>
              </li>
            ) : null,
          ),
        )}
      </ul>
    </>
  );
}

/** Helpline cards as the help list draws them (later.css): name, what it is for, hours, how to reach it. */
export function LineCards({ lines, m }: { lines: readonly Helpline[]; m: Messages }) {
  return (
    <ul class="lines">
      {lines.map((h) => (
        <li class="line" key={h.id}>
          <h3>{h.name}</h3>
          <p class="desc">{h.description}</p>
          <p class="hours">
            <span>{formatHours(h.hours, m.hours)}</span>
          </p>
          {h.hoursNote !== undefined && <p class="note">{h.hoursNote}</p>}
          <div class="actions">
            {h.channels.map((c, i) => (
              <ChannelLink key={i} channel={c} m={m} />
            ))}
          </div>
        </li>
      ))}
    </ul>
  );
}

/** The national and teen lines that answer around the clock, under their heading; nothing when there are none. */
export function AlwaysOpenSection({ lines, m }: { lines: readonly Helpline[]; m: Messages }) {
  if (lines.length === 0) return null;
  return (
    <>
      <h2>{m.site.alwaysOpenHeading}</h2>
      <p>{m.help.lead}</p>
      <LineCards lines={lines} m={m} />
    </>
  );
}

function SitePage({ title, lead, data, m }: { title: string; lead: string; data: SitePageData; m: Messages }) {
  return (
    <>
      <header class="bar">
        <QuickExit m={m} />
      </header>
      <main>
        <h1>{title}</h1>
        <p class="lead">{lead}</p>
        <EmergencySection lines={data.emergency} m={m} />
        <AlwaysOpenSection lines={data.alwaysOpen} m={m} />
        <p class="note">{m.cantConnect}</p>
        {data.tenants.length > 0 && (
          <>
            <h2>{m.site.tenantsHeading}</h2>
            <p>{m.site.tenantsLead}</p>
            <ul class="lines">
              {data.tenants.map((t) => (
                <li key={t.id}>
                  <a class="action big" href={tenantPath(t.id)}>
                    {fill(m.site.tenant, { name: t.name, prefecture: t.prefecture })}
                  </a>
                </li>
              ))}
            </ul>
          </>
        )}
      </main>
    </>
  );
}

/** The root page's body: the service and its municipalities, with the help to call now. */
export const directoryBody = (data: SitePageData, m: Messages): string =>
  renderToString(<SitePage title={m.site.directory.title} lead={m.site.directory.lead} data={data} m={m} />);

/** The body every unknown address is answered with. */
export const notFoundBody = (data: SitePageData, m: Messages): string =>
  renderToString(<SitePage title={m.site.notFound.title} lead={m.site.notFound.lead} data={data} m={m} />);
