// Sweeps: runs every cookie of every store (or of one site) through the enforcer. Used on
// install, on every (re)connection to the host (cookies set while it was away were not judged),
// and right after the user changes what a site or the defaults allow. Sweeps run one at a time;
// a full sweep asked for while one is already waiting is not queued twice. Listeners hear each
// sweep's progress ({checked, total, deleted, done}) after every batch the host decided, so a
// page can show a long sweep as it goes.
import { chunks } from '../lib/cookies/chunks.js';
import { DECIDE_BATCH } from './enforcer.js';
import { cookiesGovernedBy } from './governed-cookies.js';

export class Sweeper {
  #chain = Promise.resolve();
  #fullSweepWaiting = null;
  #progressListeners = new Set();

  // `context` is {pages, siteOf}, as cookiesGovernedBy takes it.
  constructor(jar, enforcer, context) {
    this.jar = jar;
    this.enforcer = enforcer;
    this.context = context;
  }

  onProgress(listener) {
    this.#progressListeners.add(listener);
  }

  sweepAll() {
    this.#fullSweepWaiting ??= this.#enqueue(() => {
      this.#fullSweepWaiting = null;
      return this.#sweep(async (cookies) => cookies);
    });
    return this.#fullSweepWaiting;
  }

  // The cookies `site`'s choices govern (governed-cookies.js), after they changed.
  sweepSite(site) {
    return this.#enqueue(() => this.#sweep((cookies) => cookiesGovernedBy(cookies, site, this.context)));
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

  async #sweep(select) {
    const cookies = [];
    for (const store of await this.jar.stores()) cookies.push(...await select(await this.jar.list(store.id)));
    const progress = { checked: 0, total: cookies.length, deleted: 0, done: false };
    // All batches at once: the browser's removals set the pace, and they should never wait for
    // the host's answer about the next batch.
    const perBatch = await Promise.all(chunks(cookies, DECIDE_BATCH).map(async (batch) => {
      const deletions = await this.enforcer.enforce(batch);
      progress.checked += batch.length;
      progress.deleted += deletions.length;
      if (progress.checked < progress.total) this.#report(progress);
      return deletions;
    }));
    this.#report({ ...progress, done: true });
    return perBatch.flat();
  }

  #report(progress) {
    for (const listener of this.#progressListeners) listener({ ...progress });
  }
}
