// The installed Debian package, as a user of Debian's chromium gets it: the extension loaded from
// the package's folder (/usr/share/chromium/extensions/consentry, the folder Debian's chromium
// wrapper loads; Playwright starts the browser binary directly, so the test passes the same
// --load-extension), no manifest in the user's or the profile's folders, and the host reached
// only through the package's system-wide manifest in /etc/chromium/native-messaging-hosts. Then
// a refused cookie of the test site is deleted by the packaged host.
//
// Run by scripts/test-package.sh with the package installed (CONSENTRY_EXTENSION_DIR names the
// package's extension folder).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

import { launchBrowser } from '../e2e/harness/browser_session.mjs';
import { removedAt } from '../e2e/harness/cookie_events.mjs';
import { EXTENSION_DIR } from '../e2e/harness/paths.mjs';
import { waitFor } from '../e2e/harness/poll.mjs';
import { refusedCookies } from '../e2e/site/cookie_mix.mjs';
import { TestSite } from '../e2e/site/test_site.mjs';

const SYSTEM_MANIFEST = '/etc/chromium/native-messaging-hosts/org.consentry.host.json';
const PACKAGED_EXTENSION = '/usr/share/chromium/extensions/consentry';

const site = new TestSite();
test.before(() => site.start());
test.after(() => site.stop());

test('chromium reaches the packaged host through the system manifest only', { timeout: 60_000 }, async () => {
  assert.equal(path.resolve(EXTENSION_DIR), PACKAGED_EXTENSION, 'the extension comes from the package\'s folder');
  const manifest = JSON.parse(fs.readFileSync(SYSTEM_MANIFEST, 'utf8'));
  assert.equal(manifest.path, '/usr/bin/consentry-host');

  const session = await launchBrowser('chromium', { host: false });
  try {
    const { profile } = session;
    // Chromium may create these folders itself; no manifest may be in them.
    for (const userDir of [path.join(profile.profileDir, 'NativeMessagingHosts'),
      path.join(profile.home, '.config', 'chromium', 'NativeMessagingHosts')]) {
      const userManifest = path.join(userDir, 'org.consentry.host.json');
      assert.equal(fs.existsSync(userManifest), false, `${userManifest} exists: the test must use the system manifest alone`);
    }
    await session.waitForHost();
    const status = await session.ask('status');
    assert.equal(status.hello.data_dir, profile.dataDir, 'the packaged host serves this run\'s data folder');

    const { allowed } = await session.ask('preferences');
    const refused = refusedCookies(allowed).filter((c) => c.party === 'first' && !c.partitioned);
    assert.ok(refused.length > 0, 'the defaults refuse some first-party cookies of the test site');
    await session.recordCookieEvents();
    await session.openPage(site.url('/'));
    await waitFor(async () => {
      const events = await session.cookieEvents();
      return refused.every((c) => removedAt(events, c.name, site.hostOf(c.party)));
    }, { what: `the packaged host to have ${refused.map((c) => c.name).join(', ')} deleted` });
  } finally {
    await session.close();
  }
});
