// Cookies are judged in the context of the page that set them. A news page on one site
// (127.0.0.1) frames an ad server on another (localhost): with targeting allowed on the news
// site, the ad server's targeting cookies set there are kept, while a top-level visit to the ad
// server still loses them (its own choices: the defaults). The news site's popup lists the ad
// server's cookies as a third party, the inspection page's third-party filter finds them, and
// the tab's badge counts what was deleted on the page.
import assert from 'node:assert/strict';

import { removedAt } from './harness/cookie_events.mjs';
import { testInBrowsers } from './harness/in_browsers.mjs';
import { whenIdle } from './harness/page_state.mjs';
import { waitFor } from './harness/poll.mjs';
import { AD_COOKIES, FIRST_PARTY_HOST, THIRD_PARTY_HOST } from './site/test_site.mjs';

const targeting = AD_COOKIES.filter((c) => c.category === 'targeting');
const last = AD_COOKIES.filter((c) => c.last);
const onAdHost = (jar, c) => jar.some((cookie) => cookie.name === c.name && cookie.domain.replace(/^\./, '') === THIRD_PARTY_HOST);

async function whenJudged(session) {
  return waitFor(async () => {
    const events = await session.cookieEvents();
    return last.every((c) => removedAt(events, c.name, THIRD_PARTY_HOST)) && events;
  }, { what: `removal of ${last.map((c) => c.name).join(', ')}` });
}

testInBrowsers('a site\'s choices govern the third-party cookies set on its pages', {}, async (session, site) => {
  await session.waitForHost();
  await session.ask('set-site', { site: FIRST_PARTY_HOST, allowed: { targeting: true } });

  await session.recordCookieEvents();
  await session.openPage(site.url('/news'));
  const events = await whenJudged(session);
  for (const c of targeting) {
    assert.equal(removedAt(events, c.name, THIRD_PARTY_HOST), undefined, `${c.name} set on the news page was removed`);
    assert.ok(onAdHost(await session.cookies(), c), `${c.name} set on the news page is missing`);
  }

  const tabs = await session.inExtension(() => (globalThis.browser ?? globalThis.chrome).tabs.query({}));
  const newsTab = tabs.find((tab) => tab.url?.startsWith(site.url('/news')));
  await waitFor(async () => (await session.inExtension((tabId) => (globalThis.browser ?? globalThis.chrome)
    .action.getBadgeText({ tabId }), newsTab.id)) === String(last.length), { what: 'the news tab\'s badge to count its deletions' });

  const popup = await session.openPopupFor(site.url('/news'));
  await whenIdle(popup);
  const listed = await popup.evaluate((host) => [...document.querySelectorAll(`[data-third-party="${host}"] [data-cookie-name]`)]
    .map((item) => [item.dataset.cookieName, item.dataset.state]), THIRD_PARTY_HOST);
  for (const c of AD_COOKIES) {
    assert.deepEqual(listed.find(([name]) => name === c.name), [c.name, c.category === 'targeting' ? 'kept' : 'deleted'],
      `the news site's popup lists ${c.name} under ${THIRD_PARTY_HOST}`);
  }
  assert.match(await popup.evaluate(() => document.getElementById('host-status').textContent), /\d+ kept, \d+ deleted, 1 third party/);
  await session.screenshot(popup, 'popup-third-parties');

  const inspect = await session.openExtensionPage('inspect/inspect.html');
  await whenIdle(inspect);
  await inspect.click('input[name="flag"][value="thirdParty"]');
  const shown = () => inspect.evaluate(() => [...document.querySelectorAll('#cookie-table [data-cookie-name]')]
    .map((row) => [row.dataset.cookieName, row.dataset.site]));
  const thirdParty = await waitFor(async () => {
    const rows = await shown();
    return targeting.every((c) => rows.some(([name]) => name === c.name)) && rows;
  }, { what: 'the third-party filter to show the ad server\'s cookies' });
  assert.deepEqual(thirdParty.filter(([, rowSite]) => rowSite !== FIRST_PARTY_HOST), [],
    'only cookies set on the news site\'s page are third-party here');

  await session.recordCookieEvents();
  // New values: Firefox reports no change for a cookie set again exactly as it was.
  await session.openPage(site.url('/ad?round=2', THIRD_PARTY_HOST));
  await whenJudged(session);
  await waitFor(async () => {
    const seen = await session.cookieEvents();
    return targeting.every((c) => removedAt(seen, c.name, THIRD_PARTY_HOST));
  }, { what: 'the ad server\'s targeting cookies to be removed after a visit of its own' });
});
