/**
 * @module
 * How a helpline card shows (result chunk): name, what it is for, whether it
 * is open right now and one line of hours, then a tap-to-call or chat link.
 * A line closed right now keeps its button but in the quieter outline style,
 * so the lines open now stand out, and says when it opens next. A line whose
 * number we have not confirmed shows no number at all, only a plain notice —
 * never a guess. The name stays Japanese on every page (marked `lang="ja"`
 * where the page is not Japanese); the description and hours note arrive in
 * the page's language, in やさしい日本語 with their readings in place
 * (漢字《かんじ》, shown as ruby). `HelpGroups` shows a whole list in its three parts: what the
 * person can use now, what is closed right now, and — folded — the rest.
 */
import type { Channel } from '../../../shared/helplines/schema';
import { isReachableChannel } from '../../../shared/routing/reach';
import type { HelpMessages } from '../../../shared/messages';
import type { CardLine, HelpGroups, Placed } from '../../data/types';
import { useEnv } from '../context';
import { opensText } from '../opening';
import { nameLangOn, telHref, useTap, type TapContext } from './Calls';
import { Furigana } from './Furigana';
import { fill } from '../../../shared/messages/fill';

type Words = HelpMessages['helpline'] & Pick<HelpMessages, 'opens'>;

function ChannelLink({ channel, onTap, w, quiet }: { channel: Channel; onTap: () => void; w: Words; quiet: boolean }) {
  if (channel.type === 'phone') {
    if (channel.number === undefined) return null;
    // The number is never broken across lines (0570-<br>078374), however narrow the screen: <strong> keeps it whole.
    // One <span> around the words: a flex container (.action) would trim the spaces beside the number.
    const [before = '', after = ''] = w.call.split('{number}');
    return (
      <a class={quiet ? 'action' : 'action call'} href={telHref(channel.number)} onClick={onTap}>
        <span>
          {before}
          <strong>{channel.number}</strong>
          {after}
        </span>
      </a>
    );
  }
  if (channel.type === 'visit') return <span class="tag">{w.channels.visit}</span>;
  if (channel.url === undefined) return null;
  return (
    <a class="action" href={channel.url} target="_blank" rel="noopener noreferrer" onClick={onTap}>
      {w.channels[channel.type]}
    </a>
  );
}

const hasNumberlessPhone = (h: CardLine) => h.channels.some((c) => c.type === 'phone' && c.number === undefined);
/** A chat, LINE or web line we know by name only: no confirmed address, so no link. */
const isOnlineWithoutAddress = (h: CardLine) => h.channels.some((c) => c.type !== 'phone' && c.type !== 'visit' && c.url === undefined) && !h.channels.some(isReachableChannel);

/** Which notice a line needs: no number known, no address known, or a number whose other details are unconfirmed. */
function notice(h: CardLine, w: Words): string | undefined {
  if (isOnlineWithoutAddress(h)) return fill(w.findByName, { name: h.name });
  if (hasNumberlessPhone(h) || (h.unverified && !h.channels.some(isReachableChannel))) return w.unverified;
  return h.unverified ? w.unverifiedDetails : undefined;
}

export function HelplineCard({ ranked, ctx, w }: { ranked: Placed; ctx: TapContext; w: Words }) {
  const { helpline: h, openNow, opensAt } = ranked;
  const { now, tenant } = useEnv();
  const onTap = useTap(h, ctx);
  const note = notice(h, w);
  const nameLang = nameLangOn(tenant.lang);
  // Readings in place are Japanese notation; elsewhere 《》 is the reader's own punctuation.
  const words = (text: string) => (nameLang === undefined ? <Furigana text={text} /> : text);
  return (
    <li class="line">
      <h3 lang={nameLang}>{h.name}</h3>
      <p class="desc">{words(h.description)}</p>
      <p class="hours">
        {openNow === true && <strong class="open">{w.openNow}</strong>}
        {openNow === false && <span class="closed">{opensAt === undefined ? w.closedNow : opensText(opensAt, now(), w.opens)}</span>}
        <span>{words(h.hoursText)}</span>
      </p>
      {/* Only what the hours cannot say (a caveat, how the chat days are set): the data never repeats the hours here. */}
      {h.hoursNote !== undefined && <p class="note">{words(h.hoursNote)}</p>}
      {note !== undefined && <p class="unverified">{note}</p>}
      <div class="actions">
        {h.channels.map((c, i) => (
          <ChannelLink key={i} channel={c} onTap={onTap} w={w} quiet={openNow === false} />
        ))}
      </div>
    </li>
  );
}

export function HelplineList({ lines, ctx, w }: { lines: readonly Placed[]; ctx: TapContext; w: Words }) {
  return (
    <ul class="lines">
      {lines.map((r) => (
        <HelplineCard key={r.helpline.id} ranked={r} ctx={ctx} w={w} />
      ))}
    </ul>
  );
}

/** A help list in its three parts; the folded part opens with one tap and says what it holds. */
export function GroupedLines({ groups, ctx, words, note }: { groups: HelpGroups; ctx: TapContext; words: HelpMessages; note?: string | undefined }) {
  const p = words.panel;
  const w = { ...words.helpline, opens: words.opens };
  return (
    <>
      {groups.now.length > 0 && (
        <>
          <h2>{p.nowHeading}</h2>
          <HelplineList lines={groups.now} ctx={ctx} w={w} />
        </>
      )}
      {groups.closed.length > 0 && (
        <>
          <h2>{p.closedHeading}</h2>
          <HelplineList lines={groups.closed} ctx={ctx} w={w} />
        </>
      )}
      {groups.other.length > 0 && (
        <details class="other">
          <summary>
            {p.otherSummary}（{groups.other.length}）
          </summary>
          <p class="note">{p.otherLead}</p>
          {note !== undefined && <p class="note">{note}</p>}
          <HelplineList lines={groups.other} ctx={ctx} w={w} />
        </details>
      )}
    </>
  );
}
