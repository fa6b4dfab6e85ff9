// Fakes of the browser APIs the background talks to, for unit tests under node. Each keeps what
// the code under test did, so a test can check it, and answers as the browser documents.

// An event target in the shape of the WebExtension events (addListener and friends).
export class FakeEvent {
  listeners = [];
  addListener(listener) {
    this.listeners.push(listener);
  }
  removeListener(listener) {
    this.listeners = this.listeners.filter((l) => l !== listener);
  }
  fire(...args) {
    for (const listener of [...this.listeners]) listener(...args);
  }
}

// runtime.connectNative and the port it returns. `answer(message)` plays the host: it returns the
// reply to post back (or undefined for none). Ports are kept in `ports`, newest last.
export class FakeRuntime {
  ports = [];
  lastError = undefined;

  constructor(answer) {
    this.answer = answer;
  }

  connectNative(name) {
    const port = new FakePort(name, this.answer);
    this.ports.push(port);
    return port;
  }

  // The browser's side of a host exit: runtime.lastError is set only during onDisconnect.
  hostExits(port, message) {
    this.lastError = { message };
    port.onDisconnect.fire(port);
    this.lastError = undefined;
  }
}

export class FakePort {
  onMessage = new FakeEvent();
  onDisconnect = new FakeEvent();
  sent = [];
  disconnected = false;

  constructor(name, answer) {
    this.name = name;
    this.answer = answer;
  }

  postMessage(message) {
    if (this.disconnected) throw new Error('Attempting to use a disconnected port object');
    this.sent.push(message);
    const reply = this.answer(message);
    // The browser delivers a reply in a later task, never inside postMessage.
    if (reply !== undefined) queueMicrotask(() => this.onMessage.fire(reply));
  }

  disconnect() {
    this.disconnected = true;
  }
}

// The cookies API over an in-memory jar of cookies (the shape cookies.getAll returns).
// remove() takes the documented details {url, name, storeId, partitionKey?, firstPartyDomain?}
// and records them; it removes the cookie the details name.
export class FakeCookies {
  removals = [];

  constructor(jar) {
    this.jar = [...jar];
  }

  async getAll(filter) {
    return this.jar.filter((cookie) => ['name', 'storeId', 'firstPartyDomain'].every(
      (field) => filter[field] === undefined || filter[field] === cookie[field],
    ) && (filter.domain === undefined || cookie.domain.replace(/^\./, '').endsWith(filter.domain)));
  }

  async remove(details) {
    this.removals.push(details);
    const host = new URL(details.url).hostname;
    const index = this.jar.findIndex((cookie) => cookie.name === details.name
      && cookie.storeId === details.storeId
      && cookie.domain.replace(/^\./, '') === host
      && (cookie.partitionKey?.topLevelSite ?? null) === (details.partitionKey?.topLevelSite ?? null));
    if (index < 0) return null;
    const [removed] = this.jar.splice(index, 1);
    return { url: details.url, name: removed.name, storeId: removed.storeId };
  }
}
