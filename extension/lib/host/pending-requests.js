// Matches host replies to requests by id. Each request gets a fresh integer id and a promise that
// settles when the reply with that id arrives (an `error` reply rejects it), when `timeoutMs`
// passes, or when the connection is lost (rejectAll). A reply nobody waits for is ignored.
import { HostError } from './host-error.js';

export class PendingRequests {
  #nextId = 1;
  #waiting = new Map();

  constructor({ timeoutMs = 15_000 } = {}) {
    this.timeoutMs = timeoutMs;
  }

  get size() {
    return this.#waiting.size;
  }

  // Registers a request of `type`; returns its id and the promise of its reply.
  open(type) {
    const id = this.#nextId++;
    const promise = new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#waiting.delete(id);
        reject(new HostError('timeout', `the host did not answer "${type}" within ${this.timeoutMs} ms`));
      }, this.timeoutMs);
      this.#waiting.set(id, { type, resolve, reject, timer });
    });
    return { id, promise };
  }

  // Hands a reply to the request it answers. Returns false when no request has its id.
  settle(reply) {
    const entry = reply !== null && typeof reply === 'object' ? this.#waiting.get(reply.id) : undefined;
    if (!entry) return false;
    this.#waiting.delete(reply.id);
    clearTimeout(entry.timer);
    if (reply.type === 'error') {
      entry.reject(new HostError(String(reply.code ?? 'internal'), String(reply.message ?? 'host error')));
    } else if (reply.type !== entry.type) {
      entry.reject(new HostError('bad_reply', `expected a "${entry.type}" reply, got "${reply.type}"`));
    } else {
      entry.resolve(reply);
    }
    return true;
  }

  rejectAll(error) {
    for (const entry of this.#waiting.values()) {
      clearTimeout(entry.timer);
      entry.reject(error);
    }
    this.#waiting.clear();
  }
}
