// "Clean this site now" in the popup, from the keyboard: on a page whose refused cookies are
// already gone it says there is nothing to clean; once the site's choices refuse more (changed
// behind the extension's back, so no sweep ran), it deletes exactly those and says what went.
// On a site with hundreds of cookies it says how far it is as it goes, with every control held.
import assert from 'node:assert/strict';

import { DECIDE_BATCH } from '../../extension/background/enforcer.js';
import { removedAt } from './harness/cookie_events.mjs';
import { HostClient } from './harness/host_client.mjs';
import { FIREFOX_COOKIE_LIMITS, setManyCookies } from './harness/many_cookies.mjs';
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
    assert.equal(await cleanFromKeyboard(popup), 'Nothing to clean: every cookie here is allowed.');
    assert.equal(await popup.evaluate(() => document.activeElement?.id), 'clean-site', 'focus stays on the button');

    const host = new HostClient(session.profile.dataDir);
    try {
      await host.request('set_preferences', { site: FIRST_PARTY_HOST, allowed: { functional: false } });
    } finally {
      await host.close();
    }
    assert.equal(await cleanFromKeyboard(popup), `Deleted ${FUNCTIONAL.length} cookies: ${FUNCTIONAL.length} functional.`);
    for (const cookie of FUNCTIONAL) assert.equal(await inJar(session, site, cookie), false, `${cookie.name} is gone`);
    const log = await session.ask('deletion-log', { site: FIRST_PARTY_HOST });
    for (const cookie of FUNCTIONAL) {
      assert.ok(log.entries.some((entry) => entry.cookie.name === cookie.name), `${cookie.name} is logged, so it can be restored`);
    }
  });

// Chromium keeps at most 180 cookies per site: one batch for the host, so no report before the
// end. Firefox, its limits lifted, holds more than one batch on one site.
const ON_ONE_SITE = { chromium: 150, firefox: DECIDE_BATCH + 50 };

testInBrowsers('popup: "Clean this site now" shows how far it is while every control is held, then one sentence',
  { firefoxPrefs: FIREFOX_COOKIE_LIMITS }, async (session) => {
    await session.waitForHost();
    const count = ON_ONE_SITE[session.name];
    // Google Analytics 4 cookies (performance, which the site allows for now), then refused behind
    // the extension's back, so no sweep ran.
    const allowPerformance = async (allowed) => {
      const host = new HostClient(session.profile.dataDir);
      try {
        await host.request('set_preferences', { site: 'site0.example', allowed: { performance: allowed } });
      } finally {
        await host.close();
      }
    };
    await allowPerformance(true);
    await setManyCookies(session, { count, sites: 1, nameOf: (i) => `_ga_C${i}` });
    // The extension judges new cookies in the order they come: once a refused cookie set after
    // them is removed, it has judged (and kept) all of them, and may be refused them behind its back.
    await session.recordCookieEvents();
    await session.inExtension(() => (globalThis.browser ?? globalThis.chrome).cookies.set({
      url: 'https://later.example/', name: '_fbp', value: 'fb.1.1732370000.1', secure: true,
      expirationDate: Math.floor(Date.now() / 1000) + 86400,
    }));
    await waitFor(async () => removedAt(await session.cookieEvents(), '_fbp', 'later.example'),
      { what: `${count} performance cookies on site0.example judged and kept, a refused cookie after them removed` });
    await allowPerformance(false);

    const popup = await session.openPopupFor('https://site0.example/');
    await whenIdle(popup);
    // Every text the status line shows, with whether the controls were held at that moment.
    await popup.evaluate(() => {
      globalThis.cleanLines = [];
      new MutationObserver((records) => {
        for (const record of records) {
          if (record.target.id !== 'clean-result') continue;
          const held = ['clean-site', 'cookie-search', 'switch-functional'].every((id) => document.getElementById(id).disabled);
          globalThis.cleanLines.push({ text: record.target.textContent, held });
        }
      }).observe(document.getElementById('content'), { childList: true, subtree: true });
    });
    await popup.focus('#clean-site');
    await popup.keyboard.press('Enter');
    const lines = await waitFor(() => popup.evaluate(() => document.getElementById('content').getAttribute('aria-busy') === 'false'
      && !/^Cleaning/.test(document.getElementById('clean-result')?.textContent) && globalThis.cleanLines), { what: 'the clean to finish' });

    const total = count.toLocaleString('en');
    assert.deepEqual(lines[0], { text: `Cleaning: checking ${total} cookies…`, held: true });
    const progress = lines.filter((line) => line.text.startsWith('Cleaning: checked'));
    if (count > DECIDE_BATCH) {
      assert.ok(progress.length > 0, `a report before the end: ${lines.map((line) => line.text).join(' | ')}`);
      for (const line of progress) {
        assert.match(line.text, new RegExp(`^Cleaning: checked [\\d,]+ of ${total} cookies, [\\d,]+ deleted so far…$`));
        assert.equal(line.held, true, 'controls stay held while it runs');
      }
    }
    assert.equal(lines.at(-1).text, `Deleted ${total} cookies: ${total} performance.`);
    assert.equal(await popup.evaluate(() => document.getElementById('clean-site').disabled), false, 'controls are released');
    assert.equal((await session.cookies()).filter((c) => c.domain === 'site0.example').length, 0);
  });
