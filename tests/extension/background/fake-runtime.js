// runtime.connectNative and the port it returns, for unit tests of the host port under node.
// `answer(message)` plays the host: it returns the reply to post back (or undefined for none).
// Ports are kept in `ports`, newest last, with what was sent on each.
import { fakeEvent } from './fake-events.js';

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

class FakePort {
  onMessage = fakeEvent();
  onDisconnect = fakeEvent();
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
    // The browser delivers a reply later, never inside postMessage.
    if (reply !== undefined) queueMicrotask(() => this.onMessage.fire(reply));
  }

  disconnect() {
    this.disconnected = true;
  }
}
