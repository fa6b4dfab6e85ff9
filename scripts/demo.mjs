#!/usr/bin/env node
// The demo: Consentry at work in a real browser, in a few seconds. It installs the built host
// into a throwaway profile, starts headless Chromium with the extension, visits a local shop page
// that sets a realistic mix of cookies (sessions, preferences, analytics, ads; first- and
// third-party; one partitioned), and prints what was kept and what was deleted, and why: the
// deletions from the host's deletion log, the verdicts from the host's own `decide`. Everything
// runs on 127.0.0.1 and is removed afterwards.
//
// Usage: node scripts/demo.mjs   (after `cmake -S . -B build && cmake --build build -j2`)
import { formatLifetime } from '../extension/lib/format/lifetime.js';
import { launchBrowser } from '../tests/e2e/harness/browser_session.mjs';
import { HostClient } from '../tests/e2e/harness/host_client.mjs';
import { waitFor } from '../tests/e2e/harness/poll.mjs';
import { COOKIE_MIX } from '../tests/e2e/site/cookie_mix.mjs';
import { TestSite } from '../tests/e2e/site/test_site.mjs';

const CATEGORY_ORDER = ['necessary', 'functional', 'performance', 'targeting'];
const isDemoCookie = (cookie) => COOKIE_MIX.some((c) => c.name === cookie.name);

// The page's cookies are settled once each is in the deletion log or live with a "keep" verdict.
async function settledCookies(session) {
  const live = (await session.cookieVerdicts()).filter(({ cookie }) => isDemoCookie(cookie));
  const deleted = (await session.ask('deletion-log', { limit: 100 })).entries.map((e) => e.cookie);
  const accounted = new Set([...live.map(({ cookie }) => cookie.name), ...deleted.map((c) => c.name)]);
  const done = COOKIE_MIX.every((c) => accounted.has(c.name)) && live.every(({ verdict }) => verdict.action === 'keep');
  return done && { kept: live.map(({ cookie }) => cookie), deleted };
}

// The host's verdict on each cookie, asked the way the extension asks: with the page that set
// them (every cookie of the demo, third parties too, was set while on that one page).
async function verdicts(dataDir, cookies, page) {
  const host = new HostClient(dataDir);
  try {
    return (await host.request('decide', { site: page, cookies })).results;
  } finally {
    await host.close();
  }
}

function party(cookie, firstPartyHost) {
  if (cookie.partitionKey?.topLevelSite) return '3rd party, partitioned';
  return cookie.domain.replace(/^\./, '') === firstPartyHost ? '1st party' : '3rd party';
}

// One line per cookie, and the host's reason (what the cookie is) indented beneath it.
function printReport(rows) {
  const widths = [0, 1, 2, 3, 4].map((i) => Math.max(...rows.map((r) => r.cells[i].length)));
  for (const { cells, reason } of rows) {
    console.log(cells.map((c, i) => (i < widths.length ? c.padEnd(widths[i]) : c)).join('  '));
    console.log(`${' '.repeat(widths[0] + 2)}${reason}`);
  }
}

async function run(site) {
  const session = await launchBrowser('chromium');
  try {
    await session.waitForHost();
    const { hello } = await session.ask('status');
    const { allowed } = await session.ask('preferences');
    const page = site.url('/');
    await session.openPage(page);
    const { kept, deleted } = await waitFor(() => settledCookies(session),
      { what: 'every cookie of the demo page to be kept or deleted' });

    const cookies = [...kept, ...deleted];
    const results = await verdicts(session.profile.dataDir, cookies, page);
    const rows = cookies.map((cookie, i) => ({
      cells: [i < kept.length ? 'kept' : 'DELETED', cookie.name, `${cookie.domain} (${party(cookie, site.hostOf('first'))})`,
        formatLifetime(cookie), results[i].category, results[i].why],
      reason: results[i].reason,
      order: [i < kept.length ? 0 : 1, CATEGORY_ORDER.indexOf(results[i].category)],
    })).sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1]);

    const choice = (on) => CATEGORY_ORDER.filter((k) => allowed[k] === on).join(', ') || 'none';
    console.log(`Consentry demo: headless Chromium with the extension and consentry-host ${hello.version}, visiting ${page}`);
    console.log(`Your defaults: allowed ${choice(true)}; refused ${choice(false)}; session cookies are left alone.\n`);
    printReport(rows);
    console.log(`\n${cookies.length} cookies: ${kept.length} kept, ${deleted.length} deleted.`);
  } finally {
    await session.close();
  }
}

const site = await new TestSite().start();
try {
  await run(site);
  console.log(`Done in ${process.uptime().toFixed(1)} s; the browser, its profile and the data directory are gone.`);
} catch (error) {
  console.error(`demo failed: ${error.message}`);
  process.exitCode = 1;
} finally {
  await site.stop();
}
