import { afterEach, describe, expect, it, vi } from 'vitest';
import { countingEvent } from '../../shared/events';
import { createEventSender, srcFrom } from './send';

afterEach(() => vi.unstubAllGlobals());

describe('srcFrom', () => {
  it('keeps a valid outreach tag and drops anything else', () => {
    expect(srcFrom('?src=sticker-cityhall')).toBe('sticker-cityhall');
    expect(srcFrom('?src=Sticker<script>')).toBeUndefined();
    expect(srcFrom('')).toBeUndefined();
  });
});

describe('createEventSender', () => {
  it('beacons a schema-valid event with a fresh id to the tenant endpoint', async () => {
    const sent: [string, Blob][] = [];
    vi.stubGlobal('navigator', { sendBeacon: (url: string, blob: Blob) => (sent.push([url, blob]), true) });
    const sender = createEventSender('matsudo');
    sender.send({ type: 'start', mode: 'teen', src: 'school-a' });
    sender.send({ type: 'start', mode: 'teen', src: 'school-a' });
    expect(sent.map(([url]) => url)).toEqual(['/api/t/matsudo/events', '/api/t/matsudo/events']);
    const bodies = await Promise.all(sent.map(([, b]) => b.text().then((s) => JSON.parse(s) as unknown)));
    const parsed = bodies.map((b) => countingEvent.parse(b));
    expect(parsed[0]?.id).not.toBe(parsed[1]?.id);
  });

  it('swallows every failure so the check goes on', () => {
    vi.stubGlobal('navigator', {
      sendBeacon: () => {
        throw new Error('blocked');
      },
    });
    expect(() => createEventSender('matsudo').send({ type: 'view' })).not.toThrow();
    vi.stubGlobal('navigator', { sendBeacon: () => false });
    vi.stubGlobal('fetch', () => Promise.reject(new Error('offline')));
    expect(() => createEventSender('matsudo').send({ type: 'view' })).not.toThrow();
  });
});
