// How long a refused cookie lives in real Chromium: from the test site's Set-Cookie to the
// extension's removal, median over BURST_SIZE cookies set one request after another. Printed, not
// asserted (speed is read from the output; the target is a median of at most 50 ms).
import assert from 'node:assert/strict';

import { removedAt, storedAt } from './harness/cookie_events.mjs';
import { testInBrowsers } from './harness/in_browsers.mjs';
import { waitFor } from './harness/poll.mjs';
import { FIRST_PARTY_HOST } from './site/test_site.mjs';

const BURST_SIZE = 120;
// GA4's per-property cookie (_ga_<container id>): performance, refused by default.
const PREFIX = '_ga_E2E';

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

testInBrowsers('time from Set-Cookie to the removal of a refused cookie', { browsers: ['chromium'] }, async (session, site) => {
  await session.waitForHost();
  await session.recordCookieEvents();
  const names = Array.from({ length: BURST_SIZE }, (_, i) => `${PREFIX}${i}`);
  await session.openPage(site.url(`/burst?prefix=${PREFIX}&n=${BURST_SIZE}`));

  const events = await waitFor(async () => {
    const seen = await session.cookieEvents();
    return names.every((name) => removedAt(seen, name, FIRST_PARTY_HOST)) && seen;
  }, { what: `removal of ${BURST_SIZE} ${PREFIX}* cookies` });

  const removal = (name) => removedAt(events, name, FIRST_PARTY_HOST);
  const fromSetCookie = names.map((name) => removal(name) - site.sentAt.get(name)).sort((a, b) => a - b);
  const fromStored = names.map((name) => removal(name) - storedAt(events, name, FIRST_PARTY_HOST)).sort((a, b) => a - b);
  assert.equal(fromSetCookie.filter(Number.isFinite).length, BURST_SIZE);
  console.log(`${session.name}: Set-Cookie -> removal over ${BURST_SIZE} cookies: ` +
    `median ${quantile(fromSetCookie, 0.5)} ms, p90 ${quantile(fromSetCookie, 0.9)} ms, max ${fromSetCookie.at(-1)} ms ` +
    `(target: median <= 50 ms); stored -> removal: median ${quantile(fromStored, 0.5)} ms`);
});
