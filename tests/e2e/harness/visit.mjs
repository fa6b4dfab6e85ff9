// The start most page tests share: the host connected, then one visit to the test site, settled
// once its last refused cookie (MUID, third party) is gone, so every refused cookie was decided.
import { removedAt } from './cookie_events.mjs';
import { waitFor } from './poll.mjs';
import { COOKIE_MIX } from '../site/cookie_mix.mjs';

const LAST_REFUSED = COOKIE_MIX.find((c) => c.name === 'MUID');

export async function visitTestSite(session, site, path = '/') {
  await session.waitForHost();
  await session.recordCookieEvents();
  await session.openPage(site.url(path));
  await waitFor(async () => removedAt(await session.cookieEvents(), LAST_REFUSED.name, site.hostOf(LAST_REFUSED.party)),
    { what: `the refused cookies of ${path} to be deleted` });
}
