/**
 * @module
 * Whether the page can connect a resident to a helpline: a phone channel with
 * a confirmed number, or a chat/LINE/web channel with a confirmed link. A
 * visit-only window or one whose number is still unconfirmed is not reachable
 * from the page. Used by routing (order) and the production check (refusal).
 */
import type { Channel } from '../helplines/schema';

export const isReachableChannel = (c: Channel): boolean =>
  c.type === 'phone' ? c.number !== undefined : c.type !== 'visit' && c.url !== undefined;

export const isReachable = (h: { channels: readonly Channel[] }): boolean => h.channels.some(isReachableChannel);
