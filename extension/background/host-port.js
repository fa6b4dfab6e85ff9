// The one connection to the native host (runtime.connectNative). Requests are matched to replies
// by id and every reply's shape is checked before it is returned. The connection counts as up
// only after a valid `hello`; when the host is missing, exits or crashes, pending requests fail,
// the browser's error text is kept for the pages to show, and a reconnect follows with
// exponential backoff, which starts over only after a connection that stayed up for a while (a
// host that crashes right after `hello` is not restarted in a tight loop). Listeners hear every
// status change.
import { Backoff } from '../lib/host/backoff.js';
import { HOST_NAME } from '../lib/host/host-install.js';
import { HostError } from '../lib/host/host-error.js';
import { PendingRequests } from '../lib/host/pending-requests.js';
import { validateReply } from '../lib/host/replies.js';

export const PROTOCOL_VERSION = 1;
const STABLE_CONNECTION_MS = 30_000;

export class HostPort {
  #port = null;
  #pending;
  #backoff;
  #retryTimer = null;
  #connectedAt = 0;
  #listeners = new Set();
  #status = { state: 'connecting', error: null, hello: null };

  constructor(runtime, { timeoutMs = 15_000, backoff = new Backoff() } = {}) {
    this.runtime = runtime;
    this.#pending = new PendingRequests({ timeoutMs });
    this.#backoff = backoff;
  }

  get status() {
    return this.#status;
  }

  get connected() {
    return this.#status.state === 'connected';
  }

  onStatusChange(listener) {
    this.#listeners.add(listener);
  }

  // Resolves with the status once the current connection attempt has succeeded or failed.
  whenSettled() {
    if (this.#status.state !== 'connecting') return Promise.resolve(this.#status);
    return new Promise((resolve) => {
      const listener = (status) => {
        if (status.state === 'connecting') return;
        this.#listeners.delete(listener);
        resolve(status);
      };
      this.#listeners.add(listener);
    });
  }

  start() {
    this.#connect();
  }

  // Skips the remaining backoff delay (the user says the host is installed now).
  reconnectNow() {
    if (this.connected || this.#port) return;
    clearTimeout(this.#retryTimer);
    this.#retryTimer = null;
    this.#connect();
  }

  // Sends {type, ...fields}; resolves with the validated reply, rejects with HostError.
  request(type, fields = {}) {
    if (!this.connected) {
      return Promise.reject(new HostError('unavailable', this.#status.error ?? 'the host is not connected'));
    }
    return this.#send(type, fields);
  }

  async #send(type, fields) {
    const { id, promise } = this.#pending.open(type);
    const message = { ...fields, type, id };
    try {
      this.#port.postMessage(message);
    } catch (error) {
      this.#pending.settle({ type: 'error', id, code: 'unavailable', message: error.message });
    }
    return validateReply(message, await promise);
  }

  #connect() {
    this.#setStatus({ state: 'connecting', error: this.#status.error, hello: null });
    let port;
    try {
      port = this.runtime.connectNative(HOST_NAME);
    } catch (error) {
      this.#lost(error.message);
      return;
    }
    this.#port = port;
    port.onMessage.addListener((message) => this.#pending.settle(message));
    port.onDisconnect.addListener((p) => {
      // Chromium reports why in runtime.lastError, Firefox in port.error.
      const why = this.runtime.lastError?.message ?? p?.error?.message ?? 'Native host has exited.';
      if (this.#port === port) this.#lost(why);
    });
    this.#greet(port);
  }

  async #greet(port) {
    try {
      const hello = await this.#send('hello', {});
      if (hello.protocol !== PROTOCOL_VERSION) {
        throw new Error(`the host speaks protocol ${hello.protocol}; this extension needs ${PROTOCOL_VERSION}`);
      }
      this.#connectedAt = Date.now();
      this.#setStatus({ state: 'connected', error: null, hello });
    } catch (error) {
      if (this.#port !== port) return; // onDisconnect already handled it
      port.disconnect();
      this.#lost(error.message);
    }
  }

  #lost(error) {
    if (this.connected && Date.now() - this.#connectedAt >= STABLE_CONNECTION_MS) this.#backoff.reset();
    this.#port = null;
    this.#pending.rejectAll(new HostError('unavailable', error));
    this.#setStatus({ state: 'disconnected', error, hello: null });
    clearTimeout(this.#retryTimer);
    this.#retryTimer = setTimeout(() => {
      this.#retryTimer = null;
      this.#connect();
    }, this.#backoff.next());
  }

  #setStatus(status) {
    this.#status = status;
    for (const listener of [...this.#listeners]) listener(status);
  }
}
