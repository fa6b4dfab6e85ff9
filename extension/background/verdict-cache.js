// The host's verdicts on live cookies, remembered so that the pages can show every cookie's
// verdict without asking the host again for the ones it already judged. An entry holds for one
// cookie (cookieKey) with exactly the fields `decide` reads and the page it was judged for; a
// cookie set again differently, or judged for another page, misses. Whatever may change verdicts
// (settings, a site's declaration, a new host process) clears the whole cache: `generation()`
// taken before asking the host and given back to `remember` keeps an answer that was under way
// during a clear from being stored. At most `maxEntries`, the oldest dropped first.
import { cookieKey } from '../lib/cookies/cookie-key.js';

export const VERDICT_CACHE_ENTRIES = 50_000;

// The fields besides the identity that `decide` reads (PROTOCOL.md), and the page.
const judgedAs = (cookie, page) => JSON.stringify([
  cookie.value, cookie.expirationDate, cookie.session, cookie.secure, cookie.httpOnly,
  cookie.hostOnly, cookie.sameSite, page?.url ?? null,
]);

export class VerdictCache {
  #entries = new Map(); // cookieKey → {judged, verdict}, oldest first
  #generation = 0;

  constructor({ maxEntries = VERDICT_CACHE_ENTRIES } = {}) {
    this.maxEntries = maxEntries;
  }

  get size() {
    return this.#entries.size;
  }

  generation() {
    return this.#generation;
  }

  // The remembered verdict of `cookie` judged for `page`, or undefined.
  lookup(cookie, page) {
    const entry = this.#entries.get(cookieKey(cookie));
    return entry?.judged === judgedAs(cookie, page) ? entry.verdict : undefined;
  }

  // Verdicts that failed (`error`) are not remembered: the host is asked again next time.
  remember(generation, cookies, pages, verdicts) {
    if (generation !== this.#generation) return;
    cookies.forEach((cookie, i) => {
      if (!verdicts[i] || verdicts[i].error) return;
      const key = cookieKey(cookie);
      this.#entries.delete(key);
      this.#entries.set(key, { judged: judgedAs(cookie, pages[i]), verdict: verdicts[i] });
      if (this.#entries.size > this.maxEntries) this.#entries.delete(this.#entries.keys().next().value);
    });
  }

  // Every change of the host's connection clears: a new host process may judge differently (its
  // knowledge base, its settings). Called before anything that judges on connection listens.
  watchHost(host) {
    host.onStatusChange(() => this.clear());
  }

  forget(cookie) {
    this.#entries.delete(cookieKey(cookie));
  }

  clear() {
    this.#entries.clear();
    this.#generation += 1;
  }
}
