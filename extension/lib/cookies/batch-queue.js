// Gathers items that arrive in bursts (a page setting fifty cookies at once) and hands them on as
// one batch: `delayMs` after the first item of a batch, or at once when `maxItems` are waiting.
// Items with the same key replace each other, so a cookie updated twice is sent once, as its
// latest version. `flush` receives the batch in arrival order of the keys.
export class BatchQueue {
  #items = new Map();
  #timer = null;

  constructor(flush, { delayMs = 5, maxItems = 100, keyOf = (item) => item } = {}) {
    if (!(maxItems >= 1)) throw new RangeError('maxItems must be at least 1');
    this.flush = flush;
    this.delayMs = delayMs;
    this.maxItems = maxItems;
    this.keyOf = keyOf;
  }

  get size() {
    return this.#items.size;
  }

  add(item) {
    const key = this.keyOf(item);
    this.#items.delete(key); // a replaced item moves to the end: it is the newest
    this.#items.set(key, item);
    if (this.#items.size >= this.maxItems) this.flushNow();
    else this.#timer ??= setTimeout(() => this.flushNow(), this.delayMs);
  }

  // Hands on whatever is waiting now (nothing when empty).
  flushNow() {
    clearTimeout(this.#timer);
    this.#timer = null;
    if (this.#items.size === 0) return;
    const batch = [...this.#items.values()];
    this.#items.clear();
    this.flush(batch);
  }
}
