// Reconnect delays that grow exponentially (base, base*factor, ...) up to a cap, so a missing
// host is retried quickly at first and then rarely. reset() after a successful connection.
export class Backoff {
  #attempt = 0;

  constructor({ baseMs = 500, factor = 2, maxMs = 60_000 } = {}) {
    if (!(baseMs > 0 && factor >= 1 && maxMs >= baseMs)) {
      throw new RangeError('Backoff needs baseMs > 0, factor >= 1 and maxMs >= baseMs');
    }
    this.baseMs = baseMs;
    this.factor = factor;
    this.maxMs = maxMs;
  }

  // The delay before the next attempt; each call moves one step further.
  next() {
    const delay = Math.min(this.maxMs, this.baseMs * this.factor ** this.#attempt);
    if (delay < this.maxMs) this.#attempt += 1;
    return delay;
  }

  reset() {
    this.#attempt = 0;
  }
}
