// Without the host Consentry must fail safe: nothing is deleted (it cannot know what a cookie is),
// and the popup and the options page say why and how to install the host. Once it is installed,
// Retry in the popup connects, and the popup then shows what the first sweep deleted.
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

import { isRemoval } from './harness/cookie_events.mjs';
import { testInBrowsers } from './harness/in_browsers.mjs';
import { waitFor } from './harness/poll.mjs';
import { COOKIE_MIX, isMixCookie } from './site/cookie_mix.mjs';

// Removal takes milliseconds when the host is there (see enforcement.test.mjs); after this much
// longer, a cookie still present was not going to be deleted.
const NO_DELETION_GRACE_MS = 2000;

testInBrowsers('with the host missing nothing is deleted and the popup says why', { host: false }, async (session, site) => {
  const status = await waitFor(async () => {
    const s = await session.ask('status');
    return s.state === 'disconnected' && s;
  }, { what: 'the extension to give up on the missing host' });
  assert.ok(status.error, 'the status carries the browser\'s error');

  await session.recordCookieEvents();
  await session.openPage(site.url('/'));
  await waitFor(async () => {
    const jar = await session.cookies();
    return COOKIE_MIX.every((c) => jar.some((cookie) => isMixCookie(c, cookie, site)));
  }, { what: 'every cookie of the test site to be stored' });
  await sleep(NO_DELETION_GRACE_MS);
  const removals = (await session.cookieEvents()).filter(isRemoval);
  assert.deepEqual(removals.map((e) => e.name), [], 'cookies removed without a host');

  const installCommand = `consentry-host install --browser ${session.name}`;
  const popup = await session.openPopupFor(site.url('/'));
  const text = await waitFor(async () => {
    const body = await popup.evaluate(() => document.body.innerText);
    return body.includes(installCommand) && body;
  }, { what: 'the popup to show how to install the host' });
  assert.match(text, /deletes nothing/i);
  await session.screenshot(popup, 'popup-host-missing');

  const options = await session.openOptions();
  await waitFor(() => options.evaluate((command) => document.body.innerText.includes(command), installCommand),
    { what: 'the options page to show how to install the host' });
  await session.screenshot(options, 'options-host-missing');

  session.profile.installHost();
  await popup.click('#host-retry');
  const line = await waitFor(() => popup.evaluate(() => {
    const text = document.getElementById('host-status').textContent;
    return document.getElementById('content').getAttribute('aria-busy') === 'false' && /deleted/.test(text) && text;
  }), { what: 'the popup to show the site once Retry connected' });
  const { total } = await session.ask('deletion-log', { site: site.url('/') });
  assert.ok(total > 0, 'the sweep after connecting deleted the refused cookies');
  assert.match(line, new RegExp(`\\b${total} deleted`), 'the popup counts what the sweep deleted');
});
