// Every page passes axe-core with no serious or critical violation, in light and (Chromium) dark
// mode, with real content: a visited site, its deletions, the log and the inspection view.
import assert from 'node:assert/strict';

import { seriousViolations } from './harness/axe.mjs';
import { removedAt } from './harness/cookie_events.mjs';
import { testInBrowsers } from './harness/in_browsers.mjs';
import { whenIdle } from './harness/page_state.mjs';
import { waitFor } from './harness/poll.mjs';
import { COOKIE_MIX } from './site/cookie_mix.mjs';

const LAST_REFUSED = COOKIE_MIX.find((c) => c.name === 'MUID');

// Each page in its own browser run (a Firefox test must stay under a minute).
const PAGES = {
  popup: (session, site) => session.openPopupFor(site.url('/')),
  options: (session) => session.openOptions(),
  inspect: (session) => session.openExtensionPage('inspect/inspect.html'),
  'first-run': (session) => session.openExtensionPage('welcome/welcome.html'),
};

for (const [name, open] of Object.entries(PAGES)) {
  testInBrowsers(`axe-core finds no serious or critical violation on the ${name} page`, {}, async (session, site) => {
    await session.waitForHost();
    await session.recordCookieEvents();
    await session.openPage(site.url('/'));
    await waitFor(async () => removedAt(await session.cookieEvents(), LAST_REFUSED.name, site.hostOf(LAST_REFUSED.party)),
      { what: 'the refused cookies to be deleted' });
    const page = await open(session, site);
    await whenIdle(page, `${name} to finish drawing`);
    const schemes = page.emulateMedia ? ['light', 'dark'] : ['light'];
    const found = [];
    for (const scheme of schemes) {
      if (page.emulateMedia) await page.emulateMedia({ colorScheme: scheme });
      for (const violation of await seriousViolations(page)) found.push(`${scheme}: ${violation}`);
    }
    assert.deepEqual(found, []);
  });
}
