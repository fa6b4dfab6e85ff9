// Sweeps: runs every cookie of every store (or of one site) through the enforcer. Used on
// install, on every (re)connection to the host (cookies set while it was away were not judged),
// and right after the user changes what a site or the defaults allow. Sweeps run one at a time;
// a full sweep asked for while one is already waiting is not queued twice.
import { cookiesGovernedBy } from './governed-cookies.js';

export class Sweeper {
  #chain = Promise.resolve();
  #fullSweepWaiting = null;

  // `context` is {pages, siteOf}, as cookiesGovernedBy takes it.
  constructor(jar, enforcer, context) {
    this.jar = jar;
    this.enforcer = enforcer;
    this.context = context;
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

  #enqueue(job) {
    const run = this.#chain.then(job);
    this.#chain = run.catch((error) => console.error('Consentry: sweep failed:', error.message));
    return run;
  }

  async #sweep(select) {
    const stores = await this.jar.stores();
    const perStore = await Promise.all(stores.map(async (store) => this.enforcer.enforce(await select(await this.jar.list(store.id)))));
    return perStore.flat();
  }
}
