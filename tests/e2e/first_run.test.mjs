// Installing Consentry opens the first-run page: the host's status, the four kinds of cookies and
// persistent versus session cookies in plain words, and the defaults, which take effect at once.
import assert from 'node:assert/strict';

import { testInBrowsers } from './harness/in_browsers.mjs';
import { toggle, whenIdle } from './harness/page_state.mjs';
import { waitFor } from './harness/poll.mjs';

const WELCOME = 'welcome/welcome.html';

testInBrowsers('the first-run page opens on install and sets the defaults', {}, async (session) => {
  await waitFor(async () => (await session.openUrls()).some((url) => url.endsWith(WELCOME)),
    { what: 'the first-run page to open on install' });
  await session.waitForHost();
  const page = await session.openExtensionPage(WELCOME);
  await whenIdle(page);
  const text = await page.evaluate(() => document.querySelector('main').innerText);
  for (const words of ['Strictly necessary', 'Functional', 'Performance', 'Targeting', 'persistent cookie', 'session cookie', 'Connected']) {
    assert.ok(text.includes(words), `the page explains "${words}"`);
  }
  await toggle(page, '#default-performance', true);
  assert.equal((await session.ask('preferences')).allowed.performance, true, 'the host stored the new default');
  await waitFor(() => page.evaluate(() => document.getElementById('sweep-progress').textContent.startsWith('Done')),
    { what: 'the page to say the change is applied' });
  await session.screenshot(page, 'first-run');
});

testInBrowsers('without the host the first-run page says how to install it', { host: false, browsers: ['chromium'] }, async (session) => {
  const page = await session.openExtensionPage(WELCOME);
  const text = await waitFor(() => page.evaluate(() => document.getElementById('host-help')?.innerText),
    { what: 'the install help' });
  assert.match(text, /consentry-host install --browser chromium/);
});
