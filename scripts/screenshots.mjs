#!/usr/bin/env node
// Screenshots of the popup, the first-run page, the options page and the inspection page, light
// and dark, for the README (docs/screenshots/PAGE-SCHEME.png). Real headless Chromium with the
// extension and the real built host, after a visit to the local test site (so there are kept
// and deleted cookies, a log and charts) and a restore from the log.
//
// Usage: node scripts/screenshots.mjs [OUT_DIR]   (after building consentry-host)
import fs from 'node:fs';
import path from 'node:path';

import { launchBrowser } from '../tests/e2e/harness/browser_session.mjs';
import { removedAt } from '../tests/e2e/harness/cookie_events.mjs';
import { whenIdle } from '../tests/e2e/harness/page_state.mjs';
import { REPO_ROOT } from '../tests/e2e/harness/paths.mjs';
import { waitFor } from '../tests/e2e/harness/poll.mjs';
import { TestSite } from '../tests/e2e/site/test_site.mjs';

const outDir = path.resolve(process.argv[2] ?? path.join(REPO_ROOT, 'docs/screenshots'));
const POPUP = { width: 400, height: 600 };
const PAGE = { width: 1100, height: 800 };

async function shoot(page, name, size, { fullPage }) {
  await page.setViewportSize(size);
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.evaluate(() => window.scrollTo(0, 0));
    const file = path.join(outDir, `${name}-${scheme}.png`);
    await page.screenshot({ path: file, fullPage });
    console.log(path.relative(REPO_ROOT, file));
  }
}

const site = new TestSite();
await site.start();
const session = await launchBrowser('chromium');
try {
  fs.mkdirSync(outDir, { recursive: true });
  await session.waitForHost();
  await session.recordCookieEvents();
  await session.openPage(site.url('/'));
  await waitFor(async () => removedAt(await session.cookieEvents(), 'MUID', site.hostOf('third')),
    { what: 'the test site\'s refused cookies to be deleted' });

  const popup = await session.openPopupFor(site.url('/'));
  await whenIdle(popup);
  await popup.click('details[data-category="targeting"] > summary'); // one group open, as a person looks
  // The toolbar popup is as tall as its content: shoot the whole of it.
  await shoot(popup, 'popup', POPUP, { fullPage: true });

  const welcome = await session.openExtensionPage('welcome/welcome.html');
  await whenIdle(welcome);
  await shoot(welcome, 'first-run', PAGE, { fullPage: true });

  const options = await session.openOptions();
  await whenIdle(options);
  await shoot(options, 'options', PAGE, { fullPage: true });

  const inspect = await session.openExtensionPage('inspect/inspect.html');
  await whenIdle(inspect);
  await shoot(inspect, 'inspect', PAGE, { fullPage: false });
} finally {
  await session.close();
  await site.stop();
}
