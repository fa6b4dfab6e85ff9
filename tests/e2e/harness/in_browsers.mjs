// Declares one end-to-end test per browser: each run gets the shared local test site and a
// freshly launched browser that is always closed afterwards (temp profile removed), so a failing
// test leaves no browser or folder behind.
import { after, before, test } from 'node:test';

import { TestSite } from '../site/test_site.mjs';
import { BROWSERS, launchBrowser } from './browser_session.mjs';

// Each test must stay under a minute on a loaded 2-core machine.
const TEST_TIMEOUT_MS = 60_000;

// body(session, site); `host: false` runs without the host manifest; `browsers` narrows the list;
// `firefoxPrefs` as launchBrowser takes them.
export function testInBrowsers(title, { host = true, browsers = BROWSERS, firefoxPrefs } = {}, body) {
  const site = new TestSite();
  before(() => site.start());
  after(() => site.stop());
  for (const browserName of browsers) {
    test(`${browserName}: ${title}`, { timeout: TEST_TIMEOUT_MS }, async () => {
      const session = await launchBrowser(browserName, { host, firefoxPrefs });
      try {
        await body(session, site);
      } finally {
        await session.close();
      }
    });
  }
}
