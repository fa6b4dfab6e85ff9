// Applies the host's verdicts: asks `decide` for a list of cookies (in requests of at most
// DECIDE_BATCH), removes the ones the host says to delete, and reports every removal to the host
// with the full cookie (`record_deletions`). Only the host decides; without a connected host
// nothing is removed.
import { chunks } from '../lib/cookies/chunks.js';
import { condemned, deletionRecord } from '../lib/cookies/deletions.js';

// A browser cookie holds at most 4 KiB of name and value, about 8 KiB once JSON-escaped, so
// 250 of them stay near 2 MiB: well inside the host's 4 MiB request limit (PROTOCOL.md).
export const DECIDE_BATCH = 250;

export class Enforcer {
  #deletionListeners = new Set();

  constructor(host, jar) {
    this.host = host;
    this.jar = jar;
  }

  // Listeners get the deletions of each enforce() call that removed something.
  onDeleted(listener) {
    this.#deletionListeners.add(listener);
  }

  // The host's verdict for each cookie, in order (see PROTOCOL.md `decide`).
  async classify(cookies) {
    const verdicts = [];
    for (const batch of chunks(cookies, DECIDE_BATCH)) {
      const reply = await this.host.request('decide', { cookies: batch });
      verdicts.push(...reply.results);
    }
    return verdicts;
  }

  // Decides and removes; returns the deletions made. Does nothing while the host is away.
  async enforce(cookies) {
    if (!this.host.connected || cookies.length === 0) return [];
    const deletions = [];
    for (const batch of chunks(cookies, DECIDE_BATCH)) {
      deletions.push(...await this.#enforceBatch(batch));
    }
    if (deletions.length > 0) for (const listener of this.#deletionListeners) listener(deletions);
    return deletions;
  }

  async #enforceBatch(cookies) {
    const doomed = condemned(cookies, await this.classify(cookies));
    const removed = await Promise.all(doomed.map(({ cookie }) => this.jar.remove(cookie)));
    const deletions = doomed.filter((_, i) => removed[i]).map(deletionRecord);
    if (deletions.length > 0) await this.#record(deletions);
    return deletions;
  }

  // The cookies are gone either way; a failed record only costs the chance to restore them.
  async #record(deletions) {
    try {
      await this.host.request('record_deletions', { deletions });
    } catch (error) {
      console.error('Consentry: the host did not record', deletions.length, 'deletions:', error.message);
    }
  }
}
