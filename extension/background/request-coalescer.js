// Merges list requests to the host while one is in flight. Calls made together (in the same
// task) leave together at once; calls that come while they are answered wait for that answer,
// then all leave together. So a lone cookie is not delayed, and a burst of small calls (one per
// few cookies told by cookies.onChanged) becomes a few large requests: each request to the native
// host costs the browser more than the cookies in it. A merged list is sent in requests of at
// most `maxItems`, in parallel.
import { chunks } from '../lib/cookies/chunks.js';

export class RequestCoalescer {
  #waiting = []; // {items, resolve, reject}, in call order
  #inFlight = false;
  #scheduled = false;

  // `send(items)` resolves with one result per item, in order.
  constructor(send, { maxItems }) {
    this.send = send;
    this.maxItems = maxItems;
  }

  // Resolves with the results of `items`, in order; rejects with the error of any request that
  // carried one of them.
  request(items) {
    if (items.length === 0) return Promise.resolve([]);
    return new Promise((resolve, reject) => {
      this.#waiting.push({ items, resolve, reject });
      this.#schedule();
    });
  }

  #schedule() {
    if (this.#inFlight || this.#scheduled) return;
    this.#scheduled = true;
    queueMicrotask(() => {
      this.#scheduled = false;
      this.#sendWaiting();
    });
  }

  async #sendWaiting() {
    const calls = this.#waiting.splice(0);
    if (calls.length === 0) return;
    this.#inFlight = true;
    const slices = chunks(calls.flatMap((call) => call.items), this.maxItems);
    // async: a send that throws at once fails its calls, not the coalescer
    const answers = await Promise.allSettled(slices.map(async (slice) => this.send(slice)));
    this.#inFlight = false;
    this.#schedule();
    let start = 0;
    for (const call of calls) {
      const end = start + call.items.length;
      const touched = answers.slice(Math.floor(start / this.maxItems), Math.ceil(end / this.maxItems));
      const failed = touched.find((answer) => answer.status === 'rejected');
      if (failed) call.reject(failed.reason);
      else call.resolve(touched.flatMap((answer) => answer.value).slice(start % this.maxItems, start % this.maxItems + call.items.length));
      start = end;
    }
  }
}
