// A site's own consent-banner declaration, read from the page: in both browsers, under the default
// choices, unknown cookies the page's Cookiebot or OneTrust declares statistics or marketing are
// deleted as soon as the declaration appears (after the cookies), one it declares necessary is
// kept, a tracker it calls necessary is still deleted and the popup's site report shows the
// contradiction, and a restarted host still has the declaration.
import assert from 'node:assert/strict';

import { HostClient } from './harness/host_client.mjs';
import { testInBrowsers } from './harness/in_browsers.mjs';
import { whenIdle } from './harness/page_state.mjs';
import { waitFor } from './harness/poll.mjs';
import { CMP_KINDS, DECLARED_COOKIES, PLATFORM_NAMES } from './site/cmp_pages.mjs';
import { FIRST_PARTY_HOST } from './site/test_site.mjs';

const deleted = DECLARED_COOKIES.filter((c) => c.action === 'delete');
const kept = DECLARED_COOKIES.filter((c) => c.action === 'keep');
const onSite = (cookie) => cookie.domain.replace(/^\./, '') === FIRST_PARTY_HOST;

for (const kind of CMP_KINDS) {
  const platform = PLATFORM_NAMES[kind];
  testInBrowsers(`${platform}: the site's declaration decides for cookies no vendor documents`, {}, async (session, site) => {
    await session.waitForHost();
    await session.openPage(site.url(`/cmp?kind=${kind}`));
    await waitFor(async () => {
      const jar = (await session.cookies()).filter(onSite);
      return deleted.every((c) => !jar.some((cookie) => cookie.name === c.name)) && jar;
    }, { what: `${deleted.map((c) => c.name).join(', ')} to be deleted` });

    const jar = (await session.cookies()).filter(onSite);
    for (const c of kept) assert.ok(jar.some((cookie) => cookie.name === c.name), `${c.name}, declared ${c.declared}, was deleted`);
    const log = await session.ask('deletion-log', { site: FIRST_PARTY_HOST, limit: 100 });
    for (const c of deleted.filter((d) => !d.contradicts)) {
      const entry = log.entries.find((e) => e.cookie.name === c.name);
      assert.equal(entry?.category, c.declared, `the deletion log's category of ${c.name}`);
      assert.match(entry.reason, new RegExp(`^declared by this site's consent banner \\(${platform}\\)`), entry.reason);
    }

    const { cookies } = await session.ask('site-cookies', { url: site.url('/') });
    for (const c of kept) {
      const { verdict } = cookies.find(({ cookie }) => cookie.name === c.name);
      assert.deepEqual([verdict.category, verdict.action, verdict.declared?.decided], [c.declared, 'keep', true], JSON.stringify(verdict));
    }

    const popup = await session.openPopupFor(site.url('/'));
    await whenIdle(popup);
    const contradicted = DECLARED_COOKIES.filter((c) => c.contradicts).map((c) => c.name);
    const shown = await waitFor(() => popup.evaluate(() => [...document.querySelectorAll('.site-report .report-contradictions [data-cookie-name]')]
      .map((item) => item.dataset.cookieName)), { what: 'the site report to list contradictions' });
    assert.deepEqual(shown, contradicted);
    await session.screenshot(popup, `site-report-${kind}`);

    const restarted = new HostClient(session.profile.dataDir);
    try {
      const { declaration } = await restarted.request('declaration', { site: FIRST_PARTY_HOST });
      assert.equal(declaration?.cmp, kind, 'a new host process reads the stored declaration');
      const { results: [verdict] } = await restarted.request('decide', {
        cookies: [{ name: 'shop_q2', value: '1', domain: FIRST_PARTY_HOST, session: false, expirationDate: Date.now() / 1000 + 86400 }],
      });
      assert.deepEqual([verdict.category, verdict.action], ['targeting', 'delete']);
    } finally {
      await restarted.close();
    }
  });
}
