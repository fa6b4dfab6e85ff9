#!/usr/bin/env node
// The extension's pages at scale, in a real headless browser with the real host: the inspection
// view with 10,000 cookies and the options page's deletion log with 10,000 deletions (judged by
// the host and recorded as the extension records its deletions, in the data folder the
// browser's host reads, so every page reads them through the real host). Firefox by
// default, with its cookie limits raised (Chromium keeps at most 3,300 cookies per profile, so
// there use 3,000 or fewer). Prints, for each page, the time from navigation start to the whole
// table drawn (the page's own performance mark, set once every row is in the table with its
// verdict) and, for a search typed one key at a time, each key's latency: the input handler
// (filter and draw) with the style and layout it forces, and to the next frame drawn. p50 and max.
//
// Usage: node bench/pages/pages_bench.mjs [COOKIES] [DELETIONS] [firefox|chromium]
//        (after building consentry-host, or with CONSENTRY_HOST set)
import { deletionRecord } from '../../extension/lib/cookies/deletions.js';
import { DECIDE_BATCH } from '../../extension/background/enforcer.js';
import { launchBrowser } from '../../tests/e2e/harness/browser_session.mjs';
import { HostClient } from '../../tests/e2e/harness/host_client.mjs';
import { FIREFOX_COOKIE_LIMITS, setManyCookies } from '../../tests/e2e/harness/many_cookies.mjs';
import { whenIdle } from '../../tests/e2e/harness/page_state.mjs';
import { waitFor } from '../../tests/e2e/harness/poll.mjs';

const COUNT = Number(process.argv[2] ?? 10_000);
const DELETIONS = Number(process.argv[3] ?? 10_000);
const BROWSER = process.argv[4] ?? 'firefox';
const LONG = { timeout: Number(process.env.BENCH_TIMEOUT_MS ?? 600_000), interval: 200 };

// Types `text` into `selector` one key at a time, as a person does; for each key, the handler's
// time with the layout it forces, and the time until the next frame is drawn.
function timeKeys(page, selector, text) {
  return page.evaluate(async ([sel, typed]) => {
    const box = document.querySelector(sel);
    const handled = [];
    const painted = [];
    for (let i = 1; i <= typed.length; i += 1) {
      await new Promise((resolve) => { requestAnimationFrame(() => setTimeout(resolve, 0)); });
      box.value = typed.slice(0, i);
      const start = performance.now();
      box.dispatchEvent(new Event('input', { bubbles: true }));
      void document.body.offsetHeight; // style and layout of what the handler drew
      handled.push(performance.now() - start);
      await new Promise((resolve) => { requestAnimationFrame(() => setTimeout(resolve, 0)); });
      painted.push(performance.now() - start);
    }
    return { handled, painted };
  }, [selector, text]);
}

function stats(times) {
  const sorted = [...times].sort((a, b) => a - b);
  return `p50 ${sorted[Math.floor(sorted.length / 2)].toFixed(1)} ms, max ${sorted.at(-1).toFixed(1)} ms`;
}

async function printSearch(label, page, selector, text) {
  const { handled, painted } = await timeKeys(page, selector, text);
  const shown = await page.evaluate(() => document.querySelector('[role="status"], .hint')?.textContent);
  console.log(`${label} "${text}" (${text.length} keys): handler+layout ${stats(handled)}; to next frame ${stats(painted)}`);
  return shown;
}

// Google Analytics 4 cookies (performance, refused by default) on 100 sites: each judged by the
// host (`decide`) and recorded with `record_deletions`, as the extension does after a removal.
async function recordDeletions(dataDir, count, storeId) {
  const expirationDate = Math.floor(Date.now() / 1000) + 365 * 86400;
  const host = new HostClient(dataDir);
  try {
    for (let start = 0; start < count; start += DECIDE_BATCH) {
      const cookies = Array.from({ length: Math.min(DECIDE_BATCH, count - start) }, (_, k) => ({
        name: `_ga_B${start + k}`, value: `GS1.1.${1700000000 + start + k}.1.0`, domain: `site${(start + k) % 100}.example`, path: '/',
        secure: true, httpOnly: false, hostOnly: true, session: false, sameSite: 'lax', expirationDate, storeId,
      }));
      const { results } = await host.request('decide', { cookies });
      await host.request('record_deletions', { deletions: cookies.map((cookie, i) => deletionRecord({ cookie, verdict: results[i] })) });
    }
  } finally {
    await host.close();
  }
}

async function markTime(page, mark, what) {
  return waitFor(() => page.evaluate((name) => performance.getEntriesByName(name)[0]?.startTime, mark), { ...LONG, what });
}

const session = await launchBrowser(BROWSER, { firefoxPrefs: FIREFOX_COOKIE_LIMITS });
try {
  await session.waitForHost();
  await setManyCookies(session, { count: COUNT, sites: 50, nameOf: (i) => `pref_${i}` });
  // Let the background judge the new cookies first: the page should not wait for that backlog.
  await waitFor(async () => (await session.cookieVerdicts()).length >= COUNT, { ...LONG, what: 'the jar to settle' });
  for (let run = 1; run <= 3; run += 1) {
    const inspect = await session.openExtensionPage('inspect/inspect.html');
    const drawnMs = await markTime(inspect, 'cookies-drawn', 'the inspection table');
    await whenIdle(inspect);
    const rows = await inspect.evaluate(() => document.getElementById('cookie-table').getAttribute('aria-rowcount') - 1);
    console.log(`inspect (${BROWSER}), run ${run}: ${rows.toLocaleString('en')} cookies with verdicts drawn ${drawnMs.toFixed(0)} ms from navigation start`);
    if (run === 3) await printSearch('inspect search by name', inspect, '#filter-text', `pref_${COUNT - 1}`);
    await inspect.close();
  }

  await recordDeletions(session.profile.dataDir, DELETIONS, (await session.cookies())[0].storeId);
  await waitFor(async () => (await session.ask('deletion-log', { limit: 1 })).total >= DELETIONS, { ...LONG, what: `${DELETIONS} deletions` });
  const total = (await session.ask('deletion-log', { limit: 1 })).total;
  for (let run = 1; run <= 3; run += 1) {
    const options = await session.openOptions();
    const drawnMs = await markTime(options, 'log-drawn', 'the deletion log');
    const summary = await options.evaluate(() => document.getElementById('log-summary').textContent);
    console.log(`deletion log (${BROWSER}), run ${run}: ${total.toLocaleString('en')} entries ("${summary}") drawn ${drawnMs.toFixed(0)} ms from navigation start`);
    if (run === 3) {
      await printSearch('log search by name', options, '#log-search', `_ga_B${DELETIONS - 1}`);
      await printSearch('log search by site', options, '#log-search', 'site42.example');
    }
    await options.close();
  }
} finally {
  await session.close();
}
