// "Site not working?" in the popup: one click sets again the cookies deleted on the site a moment
// ago and says so; "allow their categories here" gives the site its own choice and takes them
// off the keep list again, and the cookies stay.
import assert from 'node:assert/strict';

import { testInBrowsers } from './harness/in_browsers.mjs';
import { visitTestSite } from './harness/visit.mjs';
import { whenIdle } from './harness/page_state.mjs';
import { waitFor } from './harness/poll.mjs';
import { COOKIE_MIX, isMixCookie } from './site/cookie_mix.mjs';
import { FIRST_PARTY_HOST } from './site/test_site.mjs';

const FIRST_PARTY_REFUSED = COOKIE_MIX.filter((c) => c.party === 'first' && c.maxAge !== null && ['performance', 'targeting'].includes(c.category));

testInBrowsers('Site not working? restores the recent deletions and can allow their categories', {}, async (session, site) => {
  await visitTestSite(session, site);

  const { total: deletedHere } = await session.ask('deletion-log', { site: site.url('/') });
  const popup = await session.openPopupFor(site.url('/'));
  await whenIdle(popup);
  await popup.click('#site-not-working');
  const said = await waitFor(() => popup.evaluate(() => document.getElementById('unbreak-allow') && document.getElementById('unbreak').textContent),
    { what: 'the popup to say what it restored' });
  assert.match(said, new RegExp(`^Restored ${deletedHere} cookies .* and reloaded the page`));
  const jar = await session.cookies();
  for (const c of FIRST_PARTY_REFUSED) assert.ok(jar.some((cookie) => isMixCookie(c, cookie, site)), `${c.name} is back`);
  assert.equal(await popup.evaluate(() => document.activeElement?.id), 'unbreak-keep', 'focus moves to the question');

  await popup.click('#unbreak-allow');
  await waitFor(() => popup.evaluate(() => /^Done: /.test(document.getElementById('unbreak')?.textContent ?? '')),
    { what: 'the popup to confirm the categories are allowed' });
  const preferences = await session.ask('preferences');
  assert.deepEqual(preferences.sites[FIRST_PARTY_HOST]?.allowed, { necessary: true, functional: true, performance: true, targeting: true });
  assert.deepEqual(preferences.keep_list, [], 'the restored cookies left the keep list: their categories are allowed now');
  const after = await session.cookies();
  for (const c of FIRST_PARTY_REFUSED) assert.ok(after.some((cookie) => isMixCookie(c, cookie, site)), `${c.name} stays`);
});
