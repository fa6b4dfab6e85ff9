// "Clean this site now" in the popup, from the keyboard: on a page whose refused cookies are
// already gone it says there is nothing to clean; once the site's choices refuse more (changed
// behind the extension's back, so no sweep ran), it deletes exactly those and says what went.
import assert from 'node:assert/strict';

import { HostClient } from './harness/host_client.mjs';
import { testInBrowsers } from './harness/in_browsers.mjs';
import { visitTestSite } from './harness/visit.mjs';
import { whenIdle } from './harness/page_state.mjs';
import { waitFor } from './harness/poll.mjs';
import { COOKIE_MIX, isMixCookie } from './site/cookie_mix.mjs';
import { FIRST_PARTY_HOST } from './site/test_site.mjs';

const FUNCTIONAL = COOKIE_MIX.filter((c) => c.category === 'functional');

async function cleanFromKeyboard(popup) {
  await popup.evaluate(() => { document.getElementById('clean-result').textContent = ''; });
  await popup.focus('#clean-site');
  await popup.keyboard.press('Enter');
  return waitFor(() => popup.evaluate(() => document.getElementById('content').getAttribute('aria-busy') === 'false'
    && document.getElementById('clean-result')?.textContent), { what: '"Clean this site now" to answer' });
}

const inJar = async (session, site, cookie) => (await session.cookies()).some((c) => isMixCookie(cookie, c, site));

testInBrowsers('popup: "Clean this site now" deletes what the choices refuse and says so', { browsers: ['chromium'] },
  async (session, site) => {
    await visitTestSite(session, site);
    await waitFor(async () => (await Promise.all(FUNCTIONAL.map((c) => inJar(session, site, c)))).every(Boolean),
      { what: 'the functional cookies (allowed by default) to be set' });

    const popup = await session.openPopupFor(site.url('/'));
    await whenIdle(popup);
    assert.equal(await popup.evaluate(() => document.getElementById('clean-site').textContent), 'Clean this site now');
    assert.equal(await cleanFromKeyboard(popup), 'Nothing to clean: every cookie here is allowed');
    assert.equal(await popup.evaluate(() => document.activeElement?.id), 'clean-site', 'focus stays on the button');

    const host = new HostClient(session.profile.dataDir);
    try {
      await host.request('set_preferences', { site: FIRST_PARTY_HOST, allowed: { functional: false } });
    } finally {
      await host.close();
    }
    assert.equal(await cleanFromKeyboard(popup), `Deleted ${FUNCTIONAL.length} cookies: ${FUNCTIONAL.length} functional`);
    for (const cookie of FUNCTIONAL) assert.equal(await inJar(session, site, cookie), false, `${cookie.name} is gone`);
    const log = await session.ask('deletion-log', { site: FIRST_PARTY_HOST });
    for (const cookie of FUNCTIONAL) {
      assert.ok(log.entries.some((entry) => entry.cookie.name === cookie.name), `${cookie.name} is logged, so it can be restored`);
    }
  });
