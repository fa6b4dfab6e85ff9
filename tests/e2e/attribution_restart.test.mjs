// The page that set each cookie outlives the background: Chromium stops an idle extension
// service worker, and the sweep after it starts again must still judge the ad server's cookies
// set on the news page by the news site's choices, not by the ad server's own.
import assert from 'node:assert/strict';

import { removedAt } from './harness/cookie_events.mjs';
import { testInBrowsers } from './harness/in_browsers.mjs';
import { waitFor } from './harness/poll.mjs';
import { AD_COOKIES, FIRST_PARTY_HOST, THIRD_PARTY_HOST } from './site/test_site.mjs';

const targeting = AD_COOKIES.filter((c) => c.category === 'targeting');
const last = AD_COOKIES.filter((c) => c.last);

// Only Chromium's background can be stopped from a test (a service worker, over CDP).
testInBrowsers('cookies set on a site\'s page keep its choices after the background restarts', { browsers: ['chromium'] }, async (session, site) => {
  await session.waitForHost();
  await session.ask('set-site', { site: FIRST_PARTY_HOST, allowed: { targeting: true } });

  await session.recordCookieEvents();
  await session.openPage(site.url('/news'));
  await waitFor(async () => {
    const events = await session.cookieEvents();
    return last.every((c) => removedAt(events, c.name, THIRD_PARTY_HOST));
  }, { what: `removal of ${last.map((c) => c.name).join(', ')}` });

  // The background stores what it learnt shortly after learning it, well before Chromium would
  // find it idle.
  await waitFor(async () => {
    const stored = JSON.stringify(await session.inExtension(() => (globalThis.browser ?? globalThis.chrome).storage.session.get()));
    return AD_COOKIES.every((c) => stored.includes(`\\"${c.name}\\"`));
  }, { what: 'the background to store the pages of the ad server\'s cookies' });
  await session.stopBackground();
  await session.waitForHost(); // the message wakes the background, which connects and sweeps
  const { deleted } = await session.ask('clean-site', { site: THIRD_PARTY_HOST });

  const events = await session.cookieEvents();
  for (const c of targeting) {
    assert.equal(removedAt(events, c.name, THIRD_PARTY_HOST), undefined, `${c.name} set on the news page was removed`);
    assert.ok(!deleted.some(({ name }) => name === c.name), `${c.name} set on the news page was swept`);
  }
  const jar = await session.cookies();
  for (const c of targeting) {
    assert.ok(jar.some((cookie) => cookie.name === c.name && cookie.domain.replace(/^\./, '') === THIRD_PARTY_HOST),
      `${c.name} set on the news page is missing`);
  }
});
