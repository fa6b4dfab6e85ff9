// Applies the host's verdicts: asks `decide` for a list of cookies (in requests of at most
// DECIDE_BATCH), each with the page that set it when that is known, removes the ones the host
// says to delete, and reports every removal to the host with the full cookie
// (`record_deletions`). Only the host decides; without a connected host nothing is removed.
// Both requests are coalesced (request-coalescer.js): a burst of new cookies, told a few at a
// time, is decided and recorded in a few large requests.
import { chunks } from '../lib/cookies/chunks.js';
import { condemned, deletionRecord } from '../lib/cookies/deletions.js';
import { RequestCoalescer } from './request-coalescer.js';

// A browser cookie holds at most 4 KiB of name and value, about 8 KiB once JSON-escaped, so
// 250 of them stay near 2 MiB: well inside the host's 4 MiB request limit (PROTOCOL.md).
export const DECIDE_BATCH = 250;

// The cookie as `decide` takes it: with `site`, the URL of the page that set it, when known.
const withPage = (cookie, page) => (page ? { ...cookie, site: page.url } : cookie);

export class Enforcer {
  #deletionListeners = new Set();
  #decisions;
  #records;

  // `pages.pageOf(cookie)` gives the page a cookie already in the jar was set on (or null).
  constructor(host, jar, pages) {
    this.host = host;
    this.jar = jar;
    this.pages = pages;
    this.#decisions = new RequestCoalescer(
      async (cookies) => (await host.request('decide', { cookies })).results,
      { maxItems: DECIDE_BATCH },
    );
    this.#records = new RequestCoalescer(async (deletions) => {
      await host.request('record_deletions', { deletions });
      return deletions;
    }, { maxItems: DECIDE_BATCH });
  }

  // Listeners get, after each batch that removed something, the pages the removed cookies were
  // set on (null where unknown), one per removal.
  onDeleted(listener) {
    this.#deletionListeners.add(listener);
  }

  // The host's verdict for each cookie, in order (see PROTOCOL.md `decide`). `pages` defaults to
  // what is known of each cookie's page.
  async classify(cookies, pages = cookies.map((cookie) => this.pages.pageOf(cookie))) {
    return this.#decisions.request(cookies.map((cookie, i) => withPage(cookie, pages[i])));
  }

  // Decides and removes; returns the deletions made. Does nothing while the host is away.
  async enforce(cookies, pages = cookies.map((cookie) => this.pages.pageOf(cookie))) {
    if (!this.host.connected || cookies.length === 0) return [];
    const batches = chunks(cookies.map((cookie, i) => ({ cookie, page: pages[i] })), DECIDE_BATCH);
    const deletions = await Promise.all(batches.map((batch) => this.#enforceBatch(batch)));
    return deletions.flat();
  }

  async #enforceBatch(items) {
    const cookies = items.map((item) => item.cookie);
    const verdicts = await this.classify(cookies, items.map((item) => item.page));
    const doomed = condemned(cookies, verdicts).map((entry) => ({ ...entry, page: items[entry.index].page }));
    const removed = await Promise.all(doomed.map(({ cookie }) => this.jar.remove(cookie)));
    const gone = doomed.filter((_, i) => removed[i]);
    if (gone.length === 0) return [];
    for (const listener of this.#deletionListeners) listener(gone.map((entry) => entry.page));
    const deletions = gone.map(deletionRecord);
    await this.#record(deletions);
    return deletions;
  }

  // The cookies are gone either way; a failed record only costs the chance to restore them.
  async #record(deletions) {
    try {
      await this.#records.request(deletions);
    } catch (error) {
      console.error('Consentry: the host did not record', deletions.length, 'deletions:', error.message);
    }
  }
}
