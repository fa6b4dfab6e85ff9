// The options page as a person uses it: a change of defaults shows the sweep's progress with the
// controls held and then says what it deleted; the log has one row per cookie, Restore brings
// one back and the row then says it was restored (no second Restore); counts read correctly.
import assert from 'node:assert/strict';

import { removedAt } from './harness/cookie_events.mjs';
import { testInBrowsers } from './harness/in_browsers.mjs';
import { visitTestSite } from './harness/visit.mjs';
import { toggle, whenIdle } from './harness/page_state.mjs';
import { waitFor } from './harness/poll.mjs';
import { COOKIE_MIX, isMixCookie, refusedCookies } from './site/cookie_mix.mjs';
import { FIRST_PARTY_HOST } from './site/test_site.mjs';

const GA = COOKIE_MIX.find((c) => c.name === '_ga');
const LAST_REFUSED = COOKIE_MIX.find((c) => c.name === 'MUID');
const logRow = (name) => `#log-table [role="row"][data-cookie-name="${name}"][data-site="${FIRST_PARTY_HOST}"]`;

testInBrowsers('options: sweep progress with controls held, log grouped by cookie, restore shown once', {},
  async (session, site) => {
    await visitTestSite(session, site);
    const defaults = await session.ask('preferences');

    const options = await session.openOptions();
    await whenIdle(options);
    // Settings come first, the host's facts last.
    const order = await options.evaluate(() => [...document.querySelectorAll('main > section')].map((s) => s.id));
    assert.deepEqual(order, ['defaults', 'sites', 'keep', 'log', 'file', 'sync', 'host']);

    // Allow performance, visit again (its cookies stay), then refuse it: the sweep deletes them.
    await toggle(options, '#default-performance', true);
    await session.recordCookieEvents();
    await session.openPage(site.url('/?round=2'));
    await waitFor(async () => removedAt(await session.cookieEvents(), LAST_REFUSED.name, site.hostOf(LAST_REFUSED.party)),
      { what: 'the second visit to be decided' });
    const performance = refusedCookies(defaults.allowed).filter((c) => c.category === 'performance' && c.party === 'first');
    const during = await options.evaluate(() => {
      document.getElementById('default-performance').click();
      const progress = document.getElementById('sweep-progress');
      return {
        progressShown: !progress.hidden && progress.textContent.length > 0,
        enabledControls: [...document.querySelectorAll('main input, main button')].filter((c) => !c.disabled).length,
      };
    });
    assert.ok(during.progressShown, 'the change shows its progress at once');
    assert.equal(during.enabledControls, 0, 'every control is held while the sweep runs');
    const done = await waitFor(() => options.evaluate(() => {
      const text = document.getElementById('sweep-progress').textContent;
      return document.querySelector('main').getAttribute('aria-busy') === 'false' && text.startsWith('Done') && text;
    }), { what: 'the sweep to finish' });
    assert.match(done, new RegExp(`deleted ${performance.length}\\.$`));
    assert.ok(await options.evaluate(() => !document.getElementById('default-performance').disabled), 'controls are back');

    // The log: one row for _ga although it was deleted twice.
    await waitFor(() => options.evaluate((sel) => document.querySelectorAll(sel).length === 1, logRow(GA.name)),
      { what: `the log to show one row for ${GA.name}` });
    assert.match(await options.evaluate((sel) => document.querySelector(sel).textContent, logRow(GA.name)), /2 times/);
    await options.type('#log-search', `${GA.name} performance`);
    await waitFor(() => options.evaluate(() => [...document.querySelectorAll('#log-table [role="row"][data-cookie-name]')]
      .every((row) => row.dataset.cookieName === '_ga')), { what: 'the search to narrow the log' });

    await options.click(`${logRow(GA.name)} button[data-action="restore"]`);
    await waitFor(() => options.evaluate((sel) => document.querySelector(sel)?.dataset.state === 'restored', logRow(GA.name)),
      { what: `the log to show ${GA.name} restored` });
    const row = await options.evaluate((sel) => ({
      text: document.querySelector(sel).textContent,
      restoreButtons: document.querySelectorAll(`${sel} button[data-action="restore"]`).length,
      focused: document.activeElement?.closest('[role="row"]')?.dataset.cookieName ?? document.activeElement?.tagName,
    }), logRow(GA.name));
    assert.match(row.text, /Restored · kept/);
    assert.equal(row.restoreButtons, 0, 'a restored cookie offers no second restore');
    assert.equal(row.focused, GA.name, 'focus stays on the restored row');
    assert.ok((await session.cookies()).some((cookie) => isMixCookie(GA, cookie, site)), `${GA.name} is back`);

    await waitFor(() => options.evaluate(() => /\b1 kept cookie\b/.test(document.getElementById('host-counts')?.textContent ?? '')),
      { what: 'the host counts to say "1 kept cookie"' });
    await session.screenshot(options, 'options');
  });
