// The popup's actions as a person meets them: "Always keep this cookie" on a deleted cookie
// brings it back and shows it kept; "Use my defaults" pressed from the keyboard leaves focus on
// the switches (not on the page's body); a ?site= that is no web address says so instead of
// "Connecting…" forever.
import assert from 'node:assert/strict';

import { removedAt } from './harness/cookie_events.mjs';
import { testInBrowsers } from './harness/in_browsers.mjs';
import { whenIdle } from './harness/page_state.mjs';
import { waitFor } from './harness/poll.mjs';
import { COOKIE_MIX, isMixCookie } from './site/cookie_mix.mjs';
import { FIRST_PARTY_HOST } from './site/test_site.mjs';

const KEPT = COOKIE_MIX.find((c) => c.name === '_fbp');
const LAST_REFUSED = COOKIE_MIX.find((c) => c.name === 'MUID');
const card = `li.cookie[data-cookie-name="${KEPT.name}"]`;

testInBrowsers('popup: keep a deleted cookie, keyboard focus after "Use my defaults", a bad ?site=', {}, async (session, site) => {
  await session.waitForHost();
  await session.recordCookieEvents();
  await session.openPage(site.url('/'));
  await waitFor(async () => removedAt(await session.cookieEvents(), LAST_REFUSED.name, site.hostOf(LAST_REFUSED.party)),
    { what: 'the refused cookies to be deleted' });

  const popup = await session.openPopupFor(site.url('/'));
  await whenIdle(popup);
  assert.equal(await popup.evaluate((sel) => document.querySelector(sel)?.dataset.state, card), 'deleted');
  await popup.click(`${card} input[data-action="keep"]`);
  const shown = await waitFor(() => popup.evaluate((sel) => {
    const item = document.querySelector(sel);
    const box = item?.querySelector('input[data-action="keep"]');
    const idle = document.getElementById('content').getAttribute('aria-busy') === 'false';
    return idle && item?.dataset.state === 'kept' && { checked: box.checked, text: item.textContent };
  }, card), { what: `${KEPT.name} to show as kept` });
  assert.equal(shown.checked, true);
  assert.doesNotMatch(shown.text, /Deleted/);
  assert.ok((await session.cookies()).some((cookie) => isMixCookie(KEPT, cookie, site)), `${KEPT.name} is back in the jar`);
  const { keep_list: keepList } = await session.ask('preferences');
  assert.deepEqual(keepList, [{ site: FIRST_PARTY_HOST, name: KEPT.name }]);

  // Keyboard only: give the site its own choice, then drop it with "Use my defaults".
  await popup.focus('#switch-performance');
  await popup.keyboard.press(' ');
  await waitFor(() => popup.evaluate(() => document.getElementById('use-defaults')?.disabled === false
    && document.getElementById('content').getAttribute('aria-busy') === 'false'), { what: 'the site to have its own choice' });
  await popup.focus('#use-defaults');
  await popup.keyboard.press('Enter');
  const focused = await waitFor(() => popup.evaluate(() => {
    const idle = document.getElementById('content').getAttribute('aria-busy') === 'false';
    const done = document.getElementById('use-defaults')?.disabled === true;
    return idle && done && (document.activeElement?.id || document.activeElement?.tagName);
  }), { what: '"Use my defaults" to finish' });
  assert.equal(focused, 'switch-functional', 'focus moves to the first switch, not to <body>');

  const bad = await session.openPopupFor('%%% not a site');
  const status = await waitFor(() => bad.evaluate(() => document.getElementById('error') && document.getElementById('host-status').textContent),
    { what: 'the popup to explain a bad ?site=' });
  assert.notEqual(status, 'Connecting…');
  assert.match(await bad.evaluate(() => document.getElementById('error').textContent), /not a web page address/);
});
