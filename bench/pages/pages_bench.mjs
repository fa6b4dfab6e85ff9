#!/usr/bin/env node
// The extension's pages at scale, in real headless Chromium with the real host: the inspection
// view with a full cookie jar (Chromium keeps at most 3,300 cookies per profile, so 3,000 by
// default) and the options page's deletion log with 10,000 deletions. Prints the
// time from opening each page to its table drawn (performance.now() in the page: from navigation
// start) and the time each key press of a search takes to redraw (the input handler runs the
// whole filter and draw synchronously), p50 and max.
//
// Usage: node bench/pages/pages_bench.mjs [COOKIES] [DELETIONS]   (after building consentry-host)
import { launchBrowser } from '../../tests/e2e/harness/browser_session.mjs';
import { setManyCookies } from '../../tests/e2e/harness/many_cookies.mjs';
import { whenIdle } from '../../tests/e2e/harness/page_state.mjs';
import { waitFor } from '../../tests/e2e/harness/poll.mjs';

const COUNT = Number(process.argv[2] ?? 3000);
const DELETIONS = Number(process.argv[3] ?? 10000);
const LONG = { timeout: Number(process.env.BENCH_TIMEOUT_MS ?? 300_000), interval: 200 };

// Types `text` into `selector` one key at a time; returns each key's handling time in ms.
function timeKeys(page, selector, text) {
  return page.evaluate(([sel, typed]) => {
    const box = document.querySelector(sel);
    const times = [];
    for (let i = 1; i <= typed.length; i += 1) {
      box.value = typed.slice(0, i);
      const start = performance.now();
      box.dispatchEvent(new Event('input', { bubbles: true }));
      times.push(performance.now() - start);
    }
    return times;
  }, [selector, text]);
}

function summary(times) {
  const sorted = [...times].sort((a, b) => a - b);
  return `p50 ${sorted[Math.floor(sorted.length / 2)].toFixed(1)} ms, max ${sorted.at(-1).toFixed(1)} ms over ${times.length} keys`;
}

async function drawnAt(page, check, what, arg) {
  await waitFor(() => page.evaluate(check, arg), { ...LONG, what });
  return page.evaluate(() => performance.now());
}

const session = await launchBrowser('chromium');
try {
  await session.waitForHost();
  await setManyCookies(session, { count: COUNT, nameOf: (i) => `pref_${i}` });
  // Let the background judge the new cookies first: the page should not wait for that backlog.
  await waitFor(async () => (await session.ask('all-cookies')).length >= COUNT, { ...LONG, what: 'the jar to settle' });
  const inspect = await session.openExtensionPage('inspect/inspect.html');
  const inspectMs = await drawnAt(inspect, (n) => document.getElementById('summary').textContent.startsWith(`${n.toLocaleString('en')} cookies`)
    || Number(document.getElementById('cookie-table')?.getAttribute('aria-rowcount')) > n, 'the inspection table', COUNT);
  await whenIdle(inspect);
  const rows = await inspect.evaluate(() => document.getElementById('cookie-table').getAttribute('aria-rowcount') - 1);
  const drawn = await inspect.evaluate(() => document.querySelectorAll('#cookie-table .vt-body [role="row"]').length);
  console.log(`inspect: ${rows.toLocaleString('en')} cookies drawn in ${inspectMs.toFixed(0)} ms from navigation (${drawn} rows in the DOM)`);
  console.log(`inspect search: ${summary(await timeKeys(inspect, '#filter-text', `pref_${COUNT - 1} functional`))}`);

  // Deletions: cookies of a refused category (Google Analytics 4 session cookies), deleted as set.
  await setManyCookies(session, { count: DELETIONS, sites: 100, nameOf: (i) => `_ga_B${i}` });
  await waitFor(async () => (await session.ask('deletion-log', { limit: 1 })).total >= DELETIONS, { ...LONG, what: `${DELETIONS} deletions` });
  const options = await session.openOptions();
  const logMs = await drawnAt(options, () => /^[\d,]+ deletions of/.test(document.getElementById('log-summary')?.textContent ?? ''),
    'the deletion log');
  console.log(`options: deletion log of ${(await session.ask('deletion-log', { limit: 1 })).total.toLocaleString('en')} entries drawn in ${logMs.toFixed(0)} ms from navigation`);
  console.log(`log search: ${summary(await timeKeys(options, '#log-search', `_ga_B${DELETIONS - 1} performance`))}`);
} finally {
  await session.close();
}
