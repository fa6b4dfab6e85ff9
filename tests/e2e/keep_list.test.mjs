// "Always keep this cookie" in the popup wins over the site's categories: a refused cookie on the
// keep list is set again by the site and survives, while its refused neighbours are deleted.
import assert from 'node:assert/strict';

import { removedAt } from './harness/cookie_events.mjs';
import { testInBrowsers } from './harness/in_browsers.mjs';
import { showCookie, toggle, whenIdle } from './harness/page_state.mjs';
import { waitFor } from './harness/poll.mjs';
import { COOKIE_MIX, isMixCookie } from './site/cookie_mix.mjs';
import { FIRST_PARTY_HOST } from './site/test_site.mjs';

const KEPT = COOKIE_MIX.find((c) => c.name === '_fbp');
// A refused cookie the page sets after KEPT: once it is gone, KEPT was decided too.
const LAST_REFUSED = COOKIE_MIX.find((c) => c.name === 'MUID');

testInBrowsers('a cookie on the keep list survives', {}, async (session, site) => {
  await session.waitForHost();
  await session.recordCookieEvents();
  await session.openPage(site.url('/'));
  await waitFor(async () => removedAt(await session.cookieEvents(), KEPT.name, FIRST_PARTY_HOST),
    { what: `${KEPT.name} (${KEPT.category}) to be deleted before it is kept` });

  const popup = await session.openPopupFor(site.url('/'));
  await whenIdle(popup);
  await showCookie(popup, KEPT.name);
  await toggle(popup, `input[data-action="keep"][data-cookie-name="${KEPT.name}"]`, true);
  const { keep_list: keepList } = await session.ask('preferences');
  assert.deepEqual(keepList, [{ site: FIRST_PARTY_HOST, name: KEPT.name }]);

  await session.recordCookieEvents();
  await session.openPage(site.url('/?round=2'));
  const events = await waitFor(async () => {
    const seen = await session.cookieEvents();
    return removedAt(seen, LAST_REFUSED.name, site.hostOf(LAST_REFUSED.party)) && seen;
  }, { what: `${LAST_REFUSED.name} of the second visit to be deleted` });
  assert.equal(removedAt(events, KEPT.name, FIRST_PARTY_HOST), undefined, `${KEPT.name} was deleted although kept`);
  const jar = await session.cookies();
  assert.ok(jar.some((cookie) => isMixCookie(KEPT, cookie, site) && cookie.value === `${KEPT.value}-2`),
    `${KEPT.name} is in the jar`);
});
