// Consentry deletes what the user refused and leaves the rest: on the test site, in both browsers,
// refused persistent cookies (first- and third-party, Set-Cookie and document.cookie, partitioned)
// are removed within a second of being stored; necessary, allowed and session cookies stay.
import assert from 'node:assert/strict';

import { removedAt, storedAt } from './harness/cookie_events.mjs';
import { testInBrowsers } from './harness/in_browsers.mjs';
import { whenIdle } from './harness/page_state.mjs';
import { waitFor } from './harness/poll.mjs';
import { COOKIE_MIX, isMixCookie, refusedCookies } from './site/cookie_mix.mjs';

const REMOVAL_LIMIT_MS = 1000;

testInBrowsers('refused persistent cookies disappear within a second; necessary and session cookies stay', {},
  async (session, site) => {
    await session.waitForHost();
    const { allowed } = await session.ask('preferences');
    const refused = refusedCookies(allowed);
    const staying = COOKIE_MIX.filter((c) => !refused.includes(c));
    assert.ok(refused.some((c) => c.party === 'third') && refused.some((c) => c.partitioned),
      'the default preferences refuse third-party and partitioned cookies of the mix');

    await session.recordCookieEvents();
    await session.openPage(site.url('/'));

    const events = await waitFor(async () => {
      const seen = await session.cookieEvents();
      return refused.every((c) => removedAt(seen, c.name, site.hostOf(c.party))) && seen;
    }, { what: `removal of ${refused.map((c) => c.name).join(', ')}` });
    for (const c of refused) {
      const host = site.hostOf(c.party);
      const delay = removedAt(events, c.name, host) - storedAt(events, c.name, host);
      assert.ok(delay <= REMOVAL_LIMIT_MS, `${c.name} (${c.category}) was removed ${delay} ms after it was stored`);
    }

    const jar = await session.cookies();
    for (const c of refused) {
      assert.ok(!jar.some((cookie) => isMixCookie(c, cookie, site)), `${c.name} (${c.category}) is still there`);
    }
    for (const c of staying) {
      assert.ok(jar.some((cookie) => isMixCookie(c, cookie, site)),
        `${c.name} (${c.category}${c.maxAge === null ? ', session' : ''}) was deleted`);
    }

    const log = await session.ask('deletion-log', { limit: 100 });
    const logged = new Map(log.entries.map((entry) => [entry.cookie.name, entry]));
    for (const c of refused) {
      assert.equal(logged.get(c.name)?.category, c.category, `the deletion log's category of ${c.name}`);
      assert.ok(logged.get(c.name).reason, `the deletion log gives a reason for ${c.name}`);
    }
    assert.deepEqual([...logged.keys()].filter((name) => staying.some((c) => c.name === name)), [],
      'cookies that stay are not in the deletion log');

    const inspect = await session.openExtensionPage('inspect/inspect.html');
    await whenIdle(inspect);
    await session.screenshot(inspect, 'inspect');
  });
