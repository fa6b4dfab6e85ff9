// Restore in the options page's deletion log brings a deleted cookie back as it was, and keeps it:
// the host puts it on the keep list, so it is not deleted again.
import assert from 'node:assert/strict';

import { removedAt } from './harness/cookie_events.mjs';
import { testInBrowsers } from './harness/in_browsers.mjs';
import { waitFor } from './harness/poll.mjs';
import { COOKIE_MIX, isMixCookie } from './site/cookie_mix.mjs';
import { FIRST_PARTY_HOST } from './site/test_site.mjs';

const RESTORED = COOKIE_MIX.find((c) => c.name === '_ga');
const RESTORE_BUTTON = `#log-table [role="row"][data-cookie-name="${RESTORED.name}"][data-site="${FIRST_PARTY_HOST}"] button[data-action="restore"]`;

testInBrowsers('restore brings a deleted cookie back', {}, async (session, site) => {
  await session.waitForHost();
  await session.recordCookieEvents();
  await session.openPage(site.url('/'));
  await waitFor(async () => removedAt(await session.cookieEvents(), RESTORED.name, FIRST_PARTY_HOST),
    { what: `${RESTORED.name} (${RESTORED.category}) to be deleted` });

  const options = await session.openOptions();
  await waitFor(() => options.evaluate((sel) => document.querySelector(sel) !== null, RESTORE_BUTTON),
    { what: `the deletion log to list ${RESTORED.name}` });
  await options.click(RESTORE_BUTTON);
  await waitFor(() => options.evaluate(() => document.getElementById('log-message')?.textContent.startsWith('Restored')),
    { what: 'the options page to confirm the restore' });
  await session.screenshot(options, 'options');

  const restored = await waitFor(async () => (await session.cookies()).find((cookie) => isMixCookie(RESTORED, cookie, site)),
    { what: `${RESTORED.name} to be back in the cookie jar` });
  assert.equal(restored.value, RESTORED.value);
  assert.equal(restored.session, false, 'restored with its expiry');
  const { keep_list: keepList } = await session.ask('preferences');
  assert.ok(keepList.some((e) => e.site === FIRST_PARTY_HOST && e.name === RESTORED.name), 'the restored cookie is kept');
  const { cookies } = await session.ask('site-cookies', { url: site.url('/') });
  assert.equal(cookies.find(({ cookie }) => cookie.name === RESTORED.name)?.verdict.action, 'keep',
    'the host no longer deletes the restored cookie');
});
