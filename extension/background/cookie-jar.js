// The browser's cookies, every store of them (normal, incognito, Firefox containers): list them
// with the richest getAll query this browser accepts (partitioned cookies, first-party
// isolation), remove one exactly as reported, set one back.
import { cookieQueries } from '../lib/cookie-query.js';
import { removalDetails, restoreDetails } from '../lib/cookie-details.js';

export class CookieJar {
  #acceptedQuery = null; // index into cookieQueries(): the first variant this browser took

  constructor(cookies) {
    this.cookies = cookies;
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

  // True when the browser removed it (it may already be gone, or its store closed).
  async remove(cookie) {
    try {
      return Boolean(await this.cookies.remove(removalDetails(cookie)));
    } catch (error) {
      console.warn('Consentry: could not remove cookie', cookie.name, cookie.domain, error.message);
      return false;
    }
  }

  async restore(cookie, url) {
    return this.cookies.set(restoreDetails(cookie, url));
  }
}
