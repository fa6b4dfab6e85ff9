// The inspection page at scale: thousands of cookies are listed with only the rows in view drawn
// (scrolling draws the rest), the filter narrows them as you type, stores are named in plain
// words, and the charts show deletions by category and by site.
import assert from 'node:assert/strict';

import { removedAt } from './harness/cookie_events.mjs';
import { testInBrowsers } from './harness/in_browsers.mjs';
import { setManyCookies } from './harness/many_cookies.mjs';
import { whenIdle } from './harness/page_state.mjs';
import { waitFor } from './harness/poll.mjs';
import { COOKIE_MIX } from './site/cookie_mix.mjs';
import { FIRST_PARTY_HOST } from './site/test_site.mjs';

const MANY = 2000;
const LAST_REFUSED = COOKIE_MIX.find((c) => c.name === 'MUID');

testInBrowsers(`inspect: ${MANY} cookies drawn as they scroll into view, filtered as you type, charts by category and site`, {},
  async (session, site) => {
    await session.waitForHost();
    await session.recordCookieEvents();
    await session.openPage(site.url('/'));
    await waitFor(async () => removedAt(await session.cookieEvents(), LAST_REFUSED.name, site.hostOf(LAST_REFUSED.party)),
      { what: 'the refused cookies to be deleted' });
    await setManyCookies(session, { count: MANY });

    const page = await session.openExtensionPage('inspect/inspect.html');
    await whenIdle(page);
    const first = await page.evaluate(() => ({
      summary: document.getElementById('summary').textContent,
      rowCount: Number(document.getElementById('cookie-table').getAttribute('aria-rowcount')),
      drawn: document.querySelectorAll('#cookie-table .vt-body [role="row"]').length,
      store: document.querySelector('#cookie-table .vt-body [role="row"] [role="cell"]:last-child').textContent,
    }));
    assert.match(first.summary, /^2,0\d\d cookies on \d+ sites/);
    assert.ok(first.rowCount > MANY, 'every cookie is counted as a row');
    assert.ok(first.drawn > 0 && first.drawn < 100, `only the rows in view are drawn (${first.drawn})`);
    assert.equal(first.store, 'Profile');

    await page.evaluate(() => { const table = document.getElementById('cookie-table'); table.scrollTop = table.scrollHeight; });
    await waitFor(() => page.evaluate(() => {
      const last = Number(document.getElementById('cookie-table').getAttribute('aria-rowcount'));
      return document.querySelector(`#cookie-table [aria-rowindex="${last}"]`) !== null;
    }), { what: 'scrolling to the end to draw the last row' });

    await page.type('#filter-text', 'pref_1999');
    await waitFor(() => page.evaluate(() => {
      const rows = [...document.querySelectorAll('#cookie-table .vt-body [role="row"]')];
      return rows.length === 1 && rows[0].dataset.cookieName === 'pref_1999';
    }), { what: 'the filter to leave one cookie' });

    const charts = await page.evaluate(() => ({
      columns: document.querySelectorAll('#deletion-columns rect[class^="bar-"]').length,
      sites: document.getElementById('site-bars')?.getAttribute('aria-label') ?? '',
    }));
    assert.ok(charts.columns > 0, 'deletions by category are drawn');
    assert.match(charts.sites, new RegExp(FIRST_PARTY_HOST.replace(/\./g, '\\.')));
    await page.evaluate(() => { document.getElementById('filter-text').value = ''; document.getElementById('filters').dispatchEvent(new Event('input')); });
    await session.screenshot(page, 'inspect');
  });
