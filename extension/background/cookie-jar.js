// The browser's cookies, every store of them (normal, incognito, Firefox containers): list them
// with the richest getAll query this browser accepts (partitioned cookies, first-party
// isolation), remove one exactly as reported, set one back.
import { expiryDetails, removalDetails, restoreDetails } from '../lib/cookies/cookie-details.js';
import { cookieKey } from '../lib/cookies/cookie-key.js';
import { cookieQueries } from '../lib/cookies/cookie-query.js';

const MAX_LAST_SEEN = 20_000;

export class CookieJar {
  #acceptedQuery = null; // index into cookieQueries(): the first variant this browser took
  #removals = new Map(); // cookieKey -> the last removal queued for that cookie
  #lastSeen = new Map(); // cookieKey -> value, or null when removed (noteChange)
  #removeByExpiry;

  // `removeByExpiry`: remove cookies by setting them expired (see #delete); for Chromium.
  constructor(cookies, { removeByExpiry = false } = {}) {
    this.cookies = cookies;
    this.#removeByExpiry = removeByExpiry;
  }

  async stores() {
    return this.cookies.getAllCookieStores();
  }

  // Every cookie of one store, partitioned ones included where the browser supports them.
  async list(storeId) {
    const queries = cookieQueries({ storeId });
    let lastError = null;
    for (let i = this.#acceptedQuery ?? 0; i < queries.length; i += 1) {
      try {
        const cookies = await this.cookies.getAll(queries[i]);
        this.#acceptedQuery = i;
        return cookies;
      } catch (error) {
        lastError = error; // this browser does not know a field of this variant: try a plainer one
      }
    }
    throw lastError;
  }

  async listAll() {
    const perStore = await Promise.all((await this.stores()).map((store) => this.list(store.id)));
    return perStore.flat();
  }

  // What cookies.onChanged said last of each cookie: its value, or null once removed. Bounded:
  // the oldest entries are forgotten first.
  noteChange({ removed, cookie }) {
    const key = cookieKey(cookie);
    this.#lastSeen.delete(key);
    this.#lastSeen.set(key, removed ? null : cookie.value);
    if (this.#lastSeen.size > MAX_LAST_SEEN) this.#lastSeen.delete(this.#lastSeen.keys().next().value);
  }

  // Removes the cookie unless the browser has since reported it removed or set to another value
  // (that value gets its own verdict); true only when this call removed it. Removals of one
  // cookie run one after the other, so when a sweep and an event both judge it, the second
  // finds it gone: each removal is reported once, and a verdict about an older value never
  // removes a newer one that was reported. Nothing is read back from the browser before the
  // removal: that doubled the cost of every removal.
  remove(cookie) {
    const key = cookieKey(cookie);
    const run = (this.#removals.get(key) ?? Promise.resolve()).then(() => this.#removeIfCurrent(key, cookie));
    this.#removals.set(key, run);
    run.then(() => {
      if (this.#removals.get(key) === run) this.#removals.delete(key);
    });
    return run;
  }

  async restore(cookie, url) {
    return this.cookies.set(restoreDetails(cookie, url));
  }

  async #removeIfCurrent(key, cookie) {
    const lastSeen = this.#lastSeen.get(key);
    if (lastSeen === null || (lastSeen !== undefined && lastSeen !== cookie.value)) return false;
    try {
      await this.#delete(cookie);
      this.#lastSeen.set(key, null);
      return true;
    } catch (error) {
      console.warn('Consentry: could not remove cookie', cookie.name, cookie.domain, error.message);
      return false;
    }
  }

  // Chromium's cookies.remove checks every cookie of the store against the one removed, so its
  // cost grows with the store; setting the cookie expired replaces it by its key, and Chromium
  // reports that removal as "expired_overwrite". Where the browser refuses the set,
  // cookies.remove does it. Firefox finds a cookie by its host either way, and removes faster
  // with cookies.remove (bench/browser/removal_rate.mjs).
  async #delete(cookie) {
    if (this.#removeByExpiry) {
      try {
        await this.cookies.set(expiryDetails(cookie));
        return;
      } catch {
        // refused: cookies.remove below
      }
    }
    await this.cookies.remove(removalDetails(cookie));
  }
}
