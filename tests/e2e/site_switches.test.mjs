// Per-site choices made in the popup take effect at once: switching a category on for the site
// keeps that category's new cookies there; switching it off deletes them straight away.
import assert from 'node:assert/strict';

import { removedAt } from './harness/cookie_events.mjs';
import { testInBrowsers } from './harness/in_browsers.mjs';
import { toggle, whenIdle } from './harness/page_state.mjs';
import { waitFor } from './harness/poll.mjs';
import { COOKIE_MIX, isMixCookie } from './site/cookie_mix.mjs';
import { FIRST_PARTY_HOST } from './site/test_site.mjs';

const CATEGORY = 'performance';
// The persistent first-party cookies of the category: the site's switch governs them.
const governed = COOKIE_MIX.filter((c) => c.category === CATEGORY && c.party === 'first' && c.maxAge !== null);
// A refused cookie the page sets after the governed ones: once it is gone, they were decided.
const LAST_REFUSED = COOKIE_MIX.find((c) => c.name === 'MUID');

testInBrowsers(`switching ${CATEGORY} on for the site keeps its new cookies; switching it off deletes them`, {},
  async (session, site) => {
    const present = (jar, c, value) => jar.some((cookie) => isMixCookie(c, cookie, site) && cookie.value === value);
    await session.waitForHost();
    const { allowed } = await session.ask('preferences');
    assert.equal(allowed[CATEGORY], false, `${CATEGORY} is refused by default`);
    await session.openPage(site.url('/'));
    await waitFor(async () => {
      const jar = await session.cookies();
      return governed.every((c) => !present(jar, c, c.value));
    }, { what: `the ${CATEGORY} cookies to be deleted under the defaults` });

    const popup = await session.openPopupFor(site.url('/'));
    await whenIdle(popup);
    await toggle(popup, `#switch-${CATEGORY}`, true);
    const { sites } = await session.ask('preferences');
    assert.equal(sites[FIRST_PARTY_HOST]?.allowed?.[CATEGORY], true, 'the host stored the site\'s choice');
    await session.screenshot(popup, 'popup');

    await session.recordCookieEvents();
    await session.openPage(site.url('/?round=2'));
    await waitFor(async () => removedAt(await session.cookieEvents(), LAST_REFUSED.name, site.hostOf(LAST_REFUSED.party)),
      { what: `${LAST_REFUSED.name} of the second visit to be deleted` });
    const jar = await session.cookies();
    for (const c of governed) assert.ok(present(jar, c, `${c.value}-2`), `${c.name} set after switching ${CATEGORY} on was deleted`);

    await toggle(popup, `#switch-${CATEGORY}`, false);
    await waitFor(async () => {
      const cookies = await session.cookies();
      return governed.every((c) => !present(cookies, c, `${c.value}-2`));
    }, { what: `switching ${CATEGORY} off to delete ${governed.map((c) => c.name).join(', ')}` });
  });
