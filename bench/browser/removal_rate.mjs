// How fast Consentry removes refused cookies in one real headless Chromium, against the browser's
// own cookies.remove. Run by scripts/bench.sh (not by the tests); figures go in BENCHMARKS.md.
//
//   raw:   the bench page sets a round of session cookies, then removes them all at once with
//          cookies.remove in parallel (no host is installed yet, so the extension touches nothing)
//   burst: with the host installed, the page sets a round of persistent performance cookies
//          (refused by default) at once; time from the first cookies.set to the last removal
//   sweep: the same cookies set while performance is allowed, then the default switched off:
//          time of the `set-defaults` request, which returns once the sweep has removed them
//
// Chromium keeps at most 3,300 cookies (180 per site), so each figure is ROUNDS rounds of ROUND
// cookies on SITES sites. Usage: node bench/browser/removal_rate.mjs [total cookies, default 10000]
import { launchBrowser } from '../../tests/e2e/harness/browser_session.mjs';
import { waitFor } from '../../tests/e2e/harness/poll.mjs';

const TOTAL = Number(process.argv[2] ?? 10_000);
const ROUND = 2_500;
const SITES = 25;
const ROUNDS = Math.ceil(TOTAL / ROUND);
const PREFIX = '_ga_BENCH'; // GA4's per-property cookie: performance
const GIVE_UP_MS = 600_000;

// Runs in the extension page: sets `count` cookies named PREFIX<round>_<i> spread over SITES
// sites, all at once; persistent ones last a day. Resolves with the milliseconds the sets took.
function setCookies({ round, count, sites, prefix, persistent }) {
  const api = globalThis.browser ?? globalThis.chrome;
  const expirationDate = persistent ? Date.now() / 1000 + 86400 : undefined;
  const started = performance.now();
  return Promise.all(Array.from({ length: count }, (_, i) => api.cookies.set({
    url: `https://s${i % sites}-bench.test/`, name: `${prefix}${round}_${i}`, value: `v${i}`, expirationDate,
  }))).then(() => performance.now() - started);
}

// Runs in the extension page: the round's cookies as the browser holds them.
async function roundCookies({ round, prefix }) {
  const api = globalThis.browser ?? globalThis.chrome;
  const all = await api.cookies.getAll({});
  return all.filter((cookie) => cookie.name.startsWith(`${prefix}${round}_`));
}

async function rawRound(session, round) {
  await session.inExtension(setCookies, { round, count: ROUND, sites: SITES, prefix: PREFIX, persistent: false });
  return session.inExtension(async ({ round: r, prefix }) => {
    const api = globalThis.browser ?? globalThis.chrome;
    const cookies = (await api.cookies.getAll({})).filter((c) => c.name.startsWith(`${prefix}${r}_`));
    const started = performance.now();
    await Promise.all(cookies.map((c) => api.cookies.remove({
      url: `https://${c.domain.replace(/^\./, '')}${c.path}`, name: c.name, storeId: c.storeId,
    })));
    return { count: cookies.length, ms: performance.now() - started };
  }, { round, prefix: PREFIX });
}

// Sets the round's refused cookies and waits, in the page, for the extension to remove them all.
async function burstRound(session, round) {
  return session.inExtension(async (args) => {
    const api = globalThis.browser ?? globalThis.chrome;
    const wanted = `${args.prefix}${args.round}_`;
    let removed = 0;
    let done;
    const allRemoved = new Promise((resolve) => { done = resolve; });
    const listener = ({ removed: isRemoval, cause, cookie }) => {
      if (isRemoval && cause === 'explicit' && cookie.name.startsWith(wanted) && ++removed === args.count) done();
    };
    api.cookies.onChanged.addListener(listener);
    const started = performance.now();
    const expirationDate = Date.now() / 1000 + 86400;
    const setting = Promise.all(Array.from({ length: args.count }, (_, i) => api.cookies.set({
      url: `https://s${i % args.sites}-bench.test/`, name: `${wanted}${i}`, value: `v${i}`, expirationDate,
    }))).then(() => performance.now() - started);
    // A removal that never comes ends the round after args.giveUpMs, with the count so far.
    const [setMs] = await Promise.all([setting, Promise.race([allRemoved, new Promise((resolve) => { setTimeout(resolve, args.giveUpMs); })])]);
    api.cookies.onChanged.removeListener(listener);
    return { count: removed, setMs, ms: performance.now() - started };
  }, { round, count: ROUND, sites: SITES, prefix: `${PREFIX}B`, giveUpMs: GIVE_UP_MS });
}

async function sweepRound(session, round) {
  await session.ask('set-defaults', { allowed: { performance: true } });
  const prefix = `${PREFIX}S`;
  await session.inExtension(setCookies, { round, count: ROUND, sites: SITES, prefix, persistent: true });
  // The extension judges each new cookie (kept, performance is allowed) before the sweep starts.
  await waitFor(async () => (await session.inExtension(roundCookies, { round, prefix })).length === ROUND,
    { what: 'the sweep round\'s cookies to be stored' });
  const started = Date.now();
  await session.ask('set-defaults', { allowed: { performance: false } });
  const ms = Date.now() - started;
  const left = (await session.inExtension(roundCookies, { round, prefix })).length;
  return { count: ROUND - left, ms };
}

function summary(name, rounds) {
  const count = rounds.reduce((sum, r) => sum + r.count, 0);
  const ms = rounds.reduce((sum, r) => sum + r.ms, 0);
  const perRound = rounds.map((r) => `${(r.ms / 1000).toFixed(2)}`).join(' ');
  console.log(`${name.padEnd(34)} ${String(count).padStart(6)} cookies ${(ms / 1000).toFixed(2).padStart(7)} s ` +
    `${Math.round(count / (ms / 1000)).toLocaleString('en').padStart(7)} cookies/s   rounds (s): ${perRound}`);
  return count / (ms / 1000);
}

async function rounds(name, run) {
  const results = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    results.push(await run(round));
    console.error(`${name} round ${round}: ${JSON.stringify(results.at(-1))}`);
  }
  return results;
}

async function main() {
  const session = await launchBrowser('chromium', { host: false });
  try {
    const raw = await rounds('raw', (round) => rawRound(session, round));
    session.profile.installHost();
    await session.ask('reconnect');
    await session.waitForHost();
    const burst = await rounds('burst', (round) => burstRound(session, round));
    const sweep = await rounds('sweep', (round) => sweepRound(session, round));

    console.log(`Chromium, ${ROUNDS} rounds of ${ROUND} cookies on ${SITES} sites; load average ${(await import('node:os')).loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    const rawRate = summary('browser cookies.remove, parallel', raw);
    const burstRate = summary('Consentry, burst of new cookies', burst);
    const sweepRate = summary('Consentry, sweep', sweep);
    const setMs = burst.reduce((sum, r) => sum + r.setMs, 0);
    console.log(`(the burst's cookies.set calls alone took ${(setMs / 1000).toFixed(2)} s of the burst's time)`);
    for (const [name, rate] of [['burst', burstRate], ['sweep', sweepRate]]) {
      console.log(`${name}: ${(rate / rawRate).toFixed(2)} of the raw rate (target >= 0.67: ${rate / rawRate >= 2 / 3 ? 'met' : 'NOT met'})`);
    }
  } finally {
    await session.close().catch((error) => console.error('closing Chromium:', error.message));
  }
}

await main();
