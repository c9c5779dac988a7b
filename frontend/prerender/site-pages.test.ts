/**
 * @module
 * The site's root and not-found pages are what a person meets after a
 * mistyped sticker address, possibly in crisis: they must offer tap-to-call
 * 119/110 and only 24 h lines we have verified and can connect to, lead to
 * the real municipalities (never a test tenant), and need no script.
 */
import { describe, expect, it } from 'vitest';
import { NATIONAL_HELPLINES, TEEN_HELPLINES } from '../../shared/helplines';
import { ja } from '../../shared/messages';
import { TENANTS } from '../../shared/tenants';
import { sitePage } from './html';
import { alwaysOpenLines, directoryBody, notFoundBody, sitePageData } from './site-pages';

const data = sitePageData(TENANTS);

describe('site pages', () => {
  it('offers only national lines open 24 h, verified and reachable', () => {
    const national = [...NATIONAL_HELPLINES, ...TEEN_HELPLINES];
    const chosen = alwaysOpenLines(national);
    expect(chosen.map((h) => h.id)).toEqual(['yorisoi-hotline', 'kodomo-sos-dial', 'jido-sodanjo-189']);
    // Left out, each for its own reason: unverified (#いのちSOS), no address to link (あなたのいばしょ), hours not always.
    for (const id of ['inochi-sos', 'anata-no-ibasho', 'inochi-no-denwa-free']) expect(chosen.map((h) => h.id)).not.toContain(id);
    expect(data.alwaysOpen.map((h) => h.id)).toEqual(['yorisoi-hotline', 'kodomo-sos-dial', 'jido-sodanjo-189']);
  });

  it('lists the real municipalities and never a test-only one', () => {
    expect(data.tenants).toEqual([{ id: 'matsudo', name: '松戸市', prefecture: '千葉県' }]);
  });

  it('writes tap-to-call links from the data, the municipality links and no script', () => {
    for (const body of [directoryBody(data, ja), notFoundBody(data, ja)]) {
      const html = sitePage({ lang: 'ja', title: 'x', css: 'a{}', stylePath: '/assets/later-x.css', body });
      expect(html).toContain('href="tel:119"');
      expect(html).toContain('href="tel:110"');
      expect(html).toContain('href="tel:0120078310"');
      expect(html).toContain('href="/t/matsudo/"');
      expect(html).not.toContain('sample-town');
      expect(html).toContain(ja.cantConnect);
      expect(html).not.toMatch(/<script/);
      // Its helpline cards' rules (h3, hours, actions) are in later.css, after the inlined style.
      expect(html).toMatch(/<style>a\{\}<\/style><link rel="stylesheet" href="\/assets\/later-x\.css"><\/head>/);
      expect(html).not.toMatch(/\son[a-z]+=/);
    }
    expect(notFoundBody(data, ja)).toContain('<h1>ページが見つかりません</h1>');
    expect(directoryBody(data, ja)).not.toContain('ページが見つかりません');
  });
});
