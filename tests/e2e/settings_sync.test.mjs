// Settings sync between two browsers of one account, each with its own Consentry host.
//
// What is real here: two browser profiles, each with the extension and its own consentry-host and
// data folder; the options page's sync switch; the extension's whole sync path (storage.sync of
// the browser, storage.onChanged waking the background, the merge, import_settings into the host,
// the write-back). What is not: the browser's sync service. Headless profiles without an account
// do not sync, so the test carries the items from one profile's storage.sync to the other's, item
// by item, as the service does (the last write of an item wins there too).
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { BROWSERS, launchBrowser } from './harness/browser_session.mjs';
import { toggle, whenIdle } from './harness/page_state.mjs';
import { waitFor } from './harness/poll.mjs';

// Two browsers start and run here: twice the single-browser budget of a loaded 2-core machine.
const TEST_TIMEOUT_MS = 150_000;

const syncItems = (session) => session.inExtension(() => (globalThis.browser ?? globalThis.chrome).storage.sync.get(null));
const putSyncItems = (session, items) => session.inExtension(
  (values) => (globalThis.browser ?? globalThis.chrome).storage.sync.set(values), items);

// The sync service's part: what `from` holds arrives in `to`.
async function carry(from, to) {
  await putSyncItems(to, await syncItems(from));
}

const sitesOf = async (session) => (await session.ask('preferences')).sites;
const targetingOn = (sites, site) => sites[site]?.allowed?.targeting === true;

for (const browser of BROWSERS) {
  test(`${browser}: settings follow the account to a second browser, and concurrent changes to different sites both survive`,
    { timeout: TEST_TIMEOUT_MS }, async () => {
      const first = await launchBrowser(browser);
      let second;
      try {
        second = await launchBrowser(browser);
        await Promise.all([first.waitForHost(), second.waitForHost()]);

        // The first browser: the user's own defaults, a site's choice and a kept cookie, then sync on
        // with the options page's switch.
        await first.ask('set-defaults', { allowed: { performance: true } });
        await first.ask('set-site', { site: 'shop.example', allowed: { targeting: true } });
        await first.ask('keep-cookie', { site: 'shop.example', name: 'cart' });
        const options = await first.openOptions();
        await whenIdle(options);
        await toggle(options, '#sync-enabled', true);
        await waitFor(() => options.evaluate(() => document.querySelector('#sync-status')?.textContent.startsWith('Synced')),
          { what: 'the options page to say the settings synced' });
        await first.screenshot(options, 'options-sync-on');

        // The second browser joins the account: what the account holds wins over its first-run defaults.
        await carry(first, second);
        const joined = await second.ask('set-sync', { enabled: true });
        assert.equal(joined.state, 'synced', JSON.stringify(joined));
        const prefs = await second.ask('preferences');
        assert.equal(prefs.allowed.performance, true, 'the defaults came along');
        assert.ok(targetingOn(prefs.sites, 'shop.example'), 'the site\'s choice came along');
        assert.deepEqual(prefs.keep_list, [{ site: 'shop.example', name: 'cart' }]);

        // Both change something before either hears of the other; the second changes shop.example later.
        await first.ask('set-site', { site: 'first-only.example', allowed: { targeting: true } });
        await second.ask('set-site', { site: 'second-only.example', allowed: { targeting: true } });
        await second.ask('set-site', { site: 'shop.example', allowed: { targeting: false } });
        // Each browser's own write-back of its change (a cycle follows every change).
        for (const [session, site] of [[first, 'first-only.example'], [second, 'second-only.example']]) {
          await waitFor(async () => JSON.stringify(await syncItems(session)).includes(site),
            { what: `${session.name} to write ${site} to its sync storage` });
        }

        // The service delivers each side's items to the other at once.
        const [fromFirst, fromSecond] = await Promise.all([syncItems(first), syncItems(second)]);
        await Promise.all([putSyncItems(second, fromFirst), putSyncItems(first, fromSecond)]);
        // Then both keep syncing until they hold the same: carry back and forth until each host agrees.
        // Each carry wakes both backgrounds, merges and writes back; two Firefox instances doing so on
        // a loaded 2-core machine took over 20 s once, so this waits up to a minute.
        await waitFor(async () => {
          await carry(first, second);
          await carry(second, first);
          const [a, b] = await Promise.all([sitesOf(first), sitesOf(second)]);
          return JSON.stringify(a) === JSON.stringify(b) && a['first-only.example'] && a['second-only.example'] && a;
        }, { what: 'both hosts to hold the same merged settings', interval: 250, timeout: 60_000 });

        for (const session of [first, second]) {
          const sites = await sitesOf(session);
          assert.ok(targetingOn(sites, 'first-only.example'), `${session.name}: the first browser's new site`);
          assert.ok(targetingOn(sites, 'second-only.example'), `${session.name}: the second browser's new site`);
          assert.equal(sites['shop.example']?.allowed?.targeting, false, 'the later change to shop.example won');
        }

        // Removing a site's choice travels too.
        await first.ask('reset-site', { site: 'first-only.example' });
        await waitFor(async () => {
          await carry(first, second);
          return !(await sitesOf(second))['first-only.example'];
        }, { what: 'the reset of first-only.example to reach the second browser', interval: 250 });
      } finally {
        await second?.close();
        await first.close();
      }
    });
}
