// How fast Consentry removes refused cookies in one real headless browser (Chromium unless
// asked for Firefox), against the browser's own cookies.remove doing the same removals. Run by
// scripts/bench.sh (not by the tests); figures go in BENCHMARKS.md.
//
//   raw removal: the bench page sets a round of persistent cookies, then removes them all at once
//          with cookies.remove in parallel (no host is installed yet, so the extension touches
//          nothing): the baseline of the sweep
//   raw expiry: the same, removing each cookie the way Consentry does in Chromium (set expired):
//          not a baseline of the target, it shows what Consentry adds to its own way of removing
//   raw burst: the page sets a round of persistent cookies at once and removes each itself as
//          soon as cookies.onChanged reports it, as an extension that spent no time deciding
//          would; time from the first cookies.set to the last removal: the baseline of the burst
//   burst: with the host installed, the page sets a round of persistent performance cookies
//          (refused by default) at once; time from the first cookies.set to the last removal
//   sweep: the same cookies set while performance is allowed and judged (kept), then the default
//          switched off: time of the `set-defaults` request, which returns once the sweep has
//          removed them
//
// Both baselines remove with cookies.remove, as an extension would by default; Consentry removes
// by setting each cookie expired in Chromium (extension/background/cookie-jar.js), which Chromium
// does without checking the whole store, and with cookies.remove in Firefox. All five are
// measured in the same browser, one after the other. A burst's time includes the browser storing the cookies, so it is compared with the raw
// burst; it is also printed against the raw removal, which leaves the storing out.
//
// Chromium keeps at most 3,300 cookies (180 per site), so each figure is ROUNDS rounds of ROUND
// cookies on SITES sites. Usage: node bench/browser/removal_rate.mjs [total cookies, default 10000]
// [chromium|firefox, default chromium]
import { launchBrowser } from '../../tests/e2e/harness/browser_session.mjs';

const TOTAL = Number(process.argv[2] ?? 10_000);
const BROWSER = process.argv[3] ?? 'chromium';
const ROUND = 2_500;
const SITES = 25;
const ROUNDS = Math.ceil(TOTAL / ROUND);
const PREFIX = '_ga_BENCH'; // GA4's per-property cookie: performance
const GIVE_UP_MS = 600_000;
// How cookies.onChanged reports a removal: "explicit" for cookies.remove; Consentry sets the
// cookie expired instead, which Chromium reports as "expired_overwrite".
const REMOVAL_CAUSES = ['explicit', 'expired_overwrite'];

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

// Removes a round at once, in parallel: with cookies.remove, or `byExpiry` as Consentry does in
// Chromium (the extension's own expiryDetails), for comparison.
async function rawRound(session, round, { prefix, byExpiry }) {
  await session.inExtension(setCookies, { round, count: ROUND, sites: SITES, prefix, persistent: true });
  return session.inExtension(async ({ round: r, prefix: p, byExpiry: expire }) => {
    const api = globalThis.browser ?? globalThis.chrome;
    const { expiryDetails, removalDetails } = await import(api.runtime.getURL('lib/cookies/cookie-details.js'));
    const cookies = (await api.cookies.getAll({})).filter((c) => c.name.startsWith(`${p}${r}_`));
    const started = performance.now();
    await Promise.all(cookies.map((c) => (expire ? api.cookies.set(expiryDetails(c)) : api.cookies.remove(removalDetails(c)))));
    const ms = performance.now() - started;
    const left = (await api.cookies.getAll({})).filter((c) => c.name.startsWith(`${p}${r}_`)).length;
    return { count: cookies.length - left, ms };
  }, { round, prefix, byExpiry });
}

// Sets a round of persistent cookies at once and waits, in the page, until every one has been
// removed: by the extension (refused cookies), or with `removeItself` by the page, as soon as the
// browser reports each one stored.
async function burstRound(session, round, { prefix, removeItself }) {
  return session.inExtension(async (args) => {
    const api = globalThis.browser ?? globalThis.chrome;
    const { removalDetails } = await import(api.runtime.getURL('lib/cookies/cookie-details.js'));
    const wanted = `${args.prefix}${args.round}_`;
    let removed = 0;
    let done;
    const allRemoved = new Promise((resolve) => { done = resolve; });
    const listener = ({ removed: isRemoval, cause, cookie }) => {
      if (!cookie.name.startsWith(wanted)) return;
      if (!isRemoval && args.removeItself) {
        api.cookies.remove(removalDetails(cookie));
      }
      if (isRemoval && args.causes.includes(cause) && ++removed === args.count) done();
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
  }, { round, count: ROUND, sites: SITES, prefix, removeItself, causes: REMOVAL_CAUSES, giveUpMs: GIVE_UP_MS });
}

// Runs in the extension page: sets one refused cookie and resolves once the extension removed it
// (false if that did not come within `giveUpMs`).
function refusedCookieRemoved({ name, causes, giveUpMs }) {
  const api = globalThis.browser ?? globalThis.chrome;
  return new Promise((resolve) => {
    const listener = ({ removed, cause, cookie }) => {
      if (removed && causes.includes(cause) && cookie.name === name) finish(true);
    };
    const timer = setTimeout(() => finish(false), giveUpMs);
    function finish(seen) {
      clearTimeout(timer);
      api.cookies.onChanged.removeListener(listener);
      resolve(seen);
    }
    api.cookies.onChanged.addListener(listener);
    api.cookies.set({ url: 'https://marker-bench.test/', name, value: '1', expirationDate: Date.now() / 1000 + 86400 });
  });
}

async function sweepRound(session, round) {
  await session.ask('set-defaults', { allowed: { performance: true } });
  const prefix = `${PREFIX}S`;
  await session.inExtension(setCookies, { round, count: ROUND, sites: SITES, prefix, persistent: true });
  // The extension judges new cookies in the order they come, so once a refused cookie (`_fbp`,
  // targeting) set after the round's is removed, it has judged (and kept) all of them: the sweep
  // is timed alone.
  if (!await session.inExtension(refusedCookieRemoved, { name: '_fbp', causes: REMOVAL_CAUSES, giveUpMs: GIVE_UP_MS })) {
    throw new Error('the extension did not remove the refused cookie set after the sweep round\'s');
  }
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

function ratio(name, rate, baseline, baselineName) {
  const share = rate / baseline;
  console.log(`${name}: ${share.toFixed(2)} of the ${baselineName} rate (target >= 0.67: ${share >= 2 / 3 ? 'met' : 'NOT met'})`);
}

async function main() {
  const session = await launchBrowser(BROWSER, { host: false });
  try {
    const raw = await rounds('raw removal', (round) => rawRound(session, round, { prefix: PREFIX, byExpiry: false }));
    const rawExpiry = await rounds('raw expiry', (round) => rawRound(session, round, { prefix: `${PREFIX}E`, byExpiry: true }));
    const rawBurst = await rounds('raw burst', (round) => burstRound(session, round, { prefix: `${PREFIX}R`, removeItself: true }));
    session.profile.installHost();
    await session.ask('reconnect');
    await session.waitForHost();
    const burst = await rounds('burst', (round) => burstRound(session, round, { prefix: `${PREFIX}B`, removeItself: false }));
    const sweep = await rounds('sweep', (round) => sweepRound(session, round));

    console.log(`${BROWSER}, ${ROUNDS} rounds of ${ROUND} cookies on ${SITES} sites; load average ${(await import('node:os')).loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    const rawRate = summary('browser cookies.remove, parallel', raw);
    const rawExpiryRate = summary('browser, set expired, parallel', rawExpiry);
    const rawBurstRate = summary('browser, burst removed by the page', rawBurst);
    const burstRate = summary('Consentry, burst of new cookies', burst);
    const sweepRate = summary('Consentry, sweep', sweep);
    const setMs = (runs) => `${(runs.reduce((sum, r) => sum + r.setMs, 0) / 1000).toFixed(2)} s`;
    console.log(`(the cookies.set calls alone took ${setMs(rawBurst)} of the raw burst's time, ${setMs(burst)} of Consentry's)`);
    ratio('burst', burstRate, rawBurstRate, 'raw burst');
    ratio('sweep', sweepRate, rawRate, 'raw removal');
    ratio('burst (storing included)', burstRate, rawRate, 'raw removal');
    console.log(`sweep: ${(sweepRate / rawExpiryRate).toFixed(2)} of the raw expiry rate (Consentry's way of removing in Chromium)`);
  } finally {
    await session.close().catch((error) => console.error('closing Chromium:', error.message));
  }
}

await main();
