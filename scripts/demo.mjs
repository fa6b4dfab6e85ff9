#!/usr/bin/env node
// The demo: Consentry at work in a real browser, in about ten seconds. It installs the built host
// into a throwaway profile, starts headless Chromium with the extension, visits a local shop page
// that sets a realistic mix of cookies (analytics, ads, sessions, preferences; first- and
// third-party; one partitioned), and prints what was kept and what was deleted, and why, from the
// host's own verdicts and deletion log. Everything runs on 127.0.0.1 and is removed afterwards.
//
// Usage: node scripts/demo.mjs   (after `cmake -S . -B build && cmake --build build -j2`)
import { launchBrowser } from '../tests/e2e/harness/browser_session.mjs';
import { waitFor } from '../tests/e2e/harness/poll.mjs';
import { COOKIE_MIX } from '../tests/e2e/site/cookie_mix.mjs';
import { TestSite } from '../tests/e2e/site/test_site.mjs';

const started = Date.now();

// The page's cookies are settled once each is either deleted (in the log) or kept by the host.
function settled(live, log) {
  const deleted = new Set(log.entries.map((e) => e.cookie.name));
  const liveNames = new Set(live.map(({ cookie }) => cookie.name));
  const allSeen = COOKIE_MIX.every((c) => deleted.has(c.name) || liveNames.has(c.name));
  return allSeen && live.every(({ verdict }) => verdict.action !== 'delete');
}

function lifetime(cookie) {
  if (cookie.session || cookie.expirationDate === undefined) return 'session';
  const days = Math.round((cookie.expirationDate - Date.now() / 1000) / 86400);
  return days >= 365 ? `${Math.round(days / 365)} y` : `${days} d`;
}

function setBy(cookie, firstPartyHost) {
  const domain = cookie.domain.replace(/^\./, '');
  if (cookie.partitionKey?.topLevelSite) return `${domain} (3rd party, partitioned)`;
  return domain === firstPartyHost ? domain : `${domain} (3rd party)`;
}

function printTable(rows) {
  const headers = ['', 'cookie', 'set by', 'lifetime', 'category', 'why'];
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
  console.log(line(headers));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of rows) console.log(line(row));
}

const site = await new TestSite().start();
let session;
try {
  session = await launchBrowser('chromium');
  await session.waitForHost();
  const { hello } = await session.ask('status');
  const { allowed } = await session.ask('preferences');
  const page = site.url('/');
  await session.openPage(page);

  const { live, log } = await waitFor(async () => {
    const state = { live: await session.ask('all-cookies'), log: await session.ask('deletion-log', { limit: 100 }) };
    return settled(state.live, state.log) && state;
  }, { what: 'every cookie of the demo page to be kept or deleted' });

  const firstParty = site.hostOf('first');
  const rows = [
    ...live.filter(({ cookie }) => COOKIE_MIX.some((c) => c.name === cookie.name)).map(({ cookie, verdict }) =>
      ['kept', cookie.name, setBy(cookie, firstParty), lifetime(cookie), verdict.category, `${verdict.why}: ${verdict.reason}`]),
    ...log.entries.map((entry) =>
      ['DELETED', entry.cookie.name, setBy(entry.cookie, firstParty), lifetime(entry.cookie), entry.category, entry.reason]),
  ];
  const onOff = (on) => Object.keys(allowed).filter((k) => allowed[k] === on).join(', ') || 'none';
  console.log(`Consentry demo: headless Chromium with the extension and consentry-host ${hello.version}, visiting ${page}`);
  console.log(`Your defaults: allowed ${onOff(true)}; refused ${onOff(false)} (session cookies are left alone)\n`);
  printTable(rows);
  const deletedCount = rows.filter((r) => r[0] === 'DELETED').length;
  console.log(`\n${rows.length} cookies: ${rows.length - deletedCount} kept, ${deletedCount} deleted ` +
    `(demo took ${((Date.now() - started) / 1000).toFixed(1)} s; nothing left behind)`);
} catch (error) {
  console.error(`demo failed: ${error.message}`);
  process.exitCode = 1;
} finally {
  await session?.close();
  await site.stop();
}
