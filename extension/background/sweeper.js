// Sweeps: runs every cookie of every store (or of one site) through the enforcer. Used on
// install, on every (re)connection to the host (cookies set while it was away were not judged),
// and right after the user changes what a site or the defaults allow. Sweeps run one at a time;
// a full sweep asked for while one is already waiting is not queued twice.
import { belongsToSite } from '../lib/cookies/site-membership.js';

export class Sweeper {
  #chain = Promise.resolve();
  #fullSweepWaiting = null;

  constructor(jar, enforcer) {
    this.jar = jar;
    this.enforcer = enforcer;
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

  #enqueue(job) {
    const run = this.#chain.then(job);
    this.#chain = run.catch((error) => console.error('Consentry: sweep failed:', error.message));
    return run;
  }

  async #sweep(wanted) {
    const deletions = [];
    for (const store of await this.jar.stores()) {
      const cookies = (await this.jar.list(store.id)).filter(wanted);
      deletions.push(...await this.enforcer.enforce(cookies));
    }
    return deletions;
  }
}
