/**
 * @module
 * How a helpline is shown: name, what it is for, hours and whether it is open
 * right now, then a tap-to-call or chat link. A line whose number we have not
 * confirmed shows no number at all, only a plain notice — never a guess.
 * Every tap is counted (fire-and-forget) as a measure of "connected to help".
 */
import type { Band, Mode } from '../../../shared/domain';
import type { Channel } from '../../../shared/helplines/schema';
import { isReachableChannel } from '../../../shared/routing/reach';
import type { PageMessages } from '../../../shared/messages';
import type { CallLine, CardLine, Placed } from '../../data/types';
import { useEnv } from '../context';

interface TapContext {
  mode: Mode | undefined;
  band?: Band;
}

function useTap(helpline: CallLine, ctx: TapContext) {
  const { events } = useEnv();
  return () =>
    events.send({ type: 'helpline_tap', helplineId: helpline.id, mode: ctx.mode ?? 'self', ...(ctx.band ? { band: ctx.band } : {}) });
}

function ChannelLink({ channel, onTap }: { channel: Channel; onTap: () => void }) {
  const { messages: m } = useEnv();
  if (channel.type === 'phone') {
    if (channel.number === undefined) return null;
    return (
      <a class="action call" href={`tel:${channel.number.replace(/-/g, '')}`} onClick={onTap}>
        {m.helpline.call(channel.number)}
      </a>
    );
  }
  if (channel.type === 'visit') return <span class="tag">{m.helpline.channels.visit}</span>;
  if (channel.url === undefined) return null;
  return (
    <a class="action" href={channel.url} target="_blank" rel="noopener noreferrer" onClick={onTap}>
      {m.helpline.channels[channel.type]}
    </a>
  );
}

const hasNumberlessPhone = (h: CardLine) => h.channels.some((c) => c.type === 'phone' && c.number === undefined);
/** A chat, LINE or web line we know by name only: no confirmed address, so no link. */
const isOnlineWithoutAddress = (h: CardLine) => h.channels.some((c) => c.type !== 'phone' && c.type !== 'visit' && c.url === undefined) && !h.channels.some(isReachableChannel);

/** Which notice a line needs: no number known, no address known, or a number whose other details are unconfirmed. */
function notice(h: CardLine, m: PageMessages): string | undefined {
  if (hasNumberlessPhone(h) || (h.unverified && !h.channels.some(isReachableChannel))) return m.helpline.unverified;
  if (isOnlineWithoutAddress(h)) return m.helpline.findByName(h.name);
  return h.unverified ? m.helpline.unverifiedDetails : undefined;
}

export function HelplineCard({ ranked, ctx }: { ranked: Placed; ctx: TapContext }) {
  const { messages: m } = useEnv();
  const { helpline: h, openNow } = ranked;
  const onTap = useTap(h, ctx);
  const note = notice(h, m);
  return (
    <li class="line">
      <h3>{h.name}</h3>
      <p class="desc">{h.description}</p>
      <p class="hours">
        {openNow === true && <strong class="open">{m.helpline.openNow}</strong>}
        {openNow === false && <span class="closed">{m.helpline.closedNow}</span>}
        <span>{h.hoursText}</span>
      </p>
      {h.hoursNote !== undefined && <p class="note">{h.hoursNote}</p>}
      {note !== undefined && <p class="unverified">{note}</p>}
      <div class="actions">
        {h.channels.map((c, i) => (
          <ChannelLink key={i} channel={c} onTap={onTap} />
        ))}
      </div>
    </li>
  );
}

export function HelplineList({ lines, ctx }: { lines: readonly Placed[]; ctx: TapContext }) {
  return (
    <ul class="lines">
      {lines.map((r) => (
        <HelplineCard key={r.helpline.id} ranked={r} ctx={ctx} />
      ))}
    </ul>
  );
}

/** 119 / 110: big call buttons, always first when life is at risk. */
export function EmergencyCalls({ lines, ctx }: { lines: readonly CallLine[]; ctx: TapContext }) {
  return (
    <ul class="emergency">
      {lines.map((h) => (
        <EmergencyCall key={h.id} helpline={h} ctx={ctx} />
      ))}
    </ul>
  );
}

function EmergencyCall({ helpline, ctx }: { helpline: CallLine; ctx: TapContext }) {
  const onTap = useTap(helpline, ctx);
  const phone = helpline.channels.find((c) => c.type === 'phone');
  if (phone?.type !== 'phone' || phone.number === undefined) return null;
  return (
    <li>
      <a class="action call big" href={`tel:${phone.number}`} onClick={onTap}>
        <strong>{phone.number}</strong> <span>{helpline.name}</span>
      </a>
    </li>
  );
}
