// Sweeps: runs every cookie of every store (or of one site) through the enforcer. Used on
// install, on every (re)connection to the host (cookies set while it was away were not judged),
// and right after the user changes what a site or the defaults allow. Sweeps run one at a time;
// a full sweep asked for while one is already waiting is not queued twice. Listeners hear each
// sweep's progress ({checked, total, deleted, done}) after every batch the host decided, so a
// page can show a long sweep as it goes.
import { chunks } from '../lib/cookies/chunks.js';
import { belongsToSite } from '../lib/cookies/site-membership.js';
import { DECIDE_BATCH } from './enforcer.js';

export class Sweeper {
  #chain = Promise.resolve();
  #fullSweepWaiting = null;
  #progressListeners = new Set();

  constructor(jar, enforcer) {
    this.jar = jar;
    this.enforcer = enforcer;
  }

  onProgress(listener) {
    this.#progressListeners.add(listener);
  }

  sweepAll() {
    this.#fullSweepWaiting ??= this.#enqueue(() => {
      this.#fullSweepWaiting = null;
      return this.#sweep(() => true);
    });
    return this.#fullSweepWaiting;
  }

  // `site` is a registrable domain as the host computes it.
  sweepSite(site) {
    return this.#enqueue(() => this.#sweep((cookie) => belongsToSite(cookie, site)));
  }

  // Resolves once every sweep asked for so far has finished (failed ones included).
  idle() {
    return this.#chain;
  }

  #enqueue(job) {
    const run = this.#chain.then(job);
    this.#chain = run.then(() => {}, (error) => console.error('Consentry: sweep failed:', error.message));
    return run;
  }

  async #sweep(wanted) {
    const cookies = [];
    for (const store of await this.jar.stores()) cookies.push(...(await this.jar.list(store.id)).filter(wanted));
    const deletions = [];
    const progress = { checked: 0, total: cookies.length, deleted: 0, done: false };
    for (const batch of chunks(cookies, DECIDE_BATCH)) {
      deletions.push(...await this.enforcer.enforce(batch));
      Object.assign(progress, { checked: progress.checked + batch.length, deleted: deletions.length });
      if (progress.checked < progress.total) this.#report(progress);
    }
    this.#report({ ...progress, done: true });
    return deletions;
  }

  #report(progress) {
    for (const listener of this.#progressListeners) listener({ ...progress });
  }
}
