/**
 * The landing offers the municipality's modes, and only those: in the
 * prerendered page (the same render the build writes) and in the page data
 * the script reads.
 */
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { ja } from '../../../shared/messages';
import { MODES } from '../../../shared/modes';
import { MATSUDO } from '../../../shared/tenants/matsudo';
import { offeredModes, pageData } from '../../data';
import { App } from '../App';
import { neverLater } from '../later';
import { landingFrom } from './Landing';

const landing = (tenant: typeof MATSUDO) => {
  const data = pageData(tenant, '/x.json');
  const env = { tenant: data, messages: { ...ja, ...data.words }, Landing: landingFrom(ja.landing, offeredModes(tenant)), later: neverLater, events: { send: () => undefined }, now: () => new Date(0), exitUrl: '/', exit: () => undefined };
  return { data, html: renderToString(<App env={env} />) };
};
const choices = (html: string) => [...html.matchAll(/class="mode"[^>]*data-tap="([a-z]+)"/g)].map((m) => m[1]);

describe('landing', () => {
  it('offers every mode of the registry by default, in its order', () => {
    const { html } = landing(MATSUDO);
    expect(choices(html)).toEqual(MODES);
  });

  it('lists the offered modes in registry order whatever the tenant’s order, and the page data lists none (its buttons are the list)', () => {
    expect(offeredModes({ modes: ['family', 'self'] })).toEqual(['self', 'family']);
    expect(landing({ ...MATSUDO, modes: ['self'] }).data).not.toHaveProperty('modes');
  });

  it('shows a tenant offering only 本人 no 10代 choice, and carries no 10代 words', () => {
    const { data, html } = landing({ ...MATSUDO, modes: ['self'] });
    // The page data carries no landing words at all: they are in the prerendered HTML only.
    expect(data.words).not.toHaveProperty('landing');
    expect(choices(html)).toEqual(['self']);
    expect(html).not.toContain(ja.landing.modes.teen.hint);
    expect(html).toContain(ja.landing.modes.self.hint);
  });
});
