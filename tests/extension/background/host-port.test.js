// Unit tests of extension/background/host-port.js against a fake runtime.connectNative.
import { test, mock, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { HostPort, PROTOCOL_VERSION } from '../../../extension/background/host-port.js';
import { Backoff } from '../../../extension/lib/host/backoff.js';
import { FakeRuntime } from './fake-runtime.js';

afterEach(() => mock.timers.reset());

const HELLO = { version: '0.1.0', protocol: PROTOCOL_VERSION, data_dir: '/home/u/.config/consentry' };

// A host that greets and answers get_preferences.
function workingHost(message) {
  if (message.type === 'hello') return { type: 'hello', id: message.id, ...HELLO };
  if (message.type === 'keep_cookie') return { type: 'keep_cookie', id: message.id, keep_list: [] };
  return { type: 'error', id: message.id, code: 'unknown_type', message: `no ${message.type}` };
}

// Resolves with the status once the port reports `state`.
function statusOf(port, state) {
  return new Promise((resolve) => {
    port.onStatusChange((status) => {
      if (status.state === state) resolve(status);
    });
  });
}

test('the port counts as connected only after a valid hello', async () => {
  const runtime = new FakeRuntime(workingHost);
  const port = new HostPort(runtime);
  const connected = statusOf(port, 'connected');
  port.start();
  assert.equal(port.connected, false);
  assert.equal(runtime.ports[0].name, 'org.consentry.host');
  assert.deepEqual(runtime.ports[0].sent, [{ type: 'hello', id: 1 }]);
  const status = await connected;
  assert.equal(status.hello.version, '0.1.0');
  assert.equal(port.connected, true);
});

test('requests are sent with an id and resolve with the checked reply', async () => {
  const runtime = new FakeRuntime(workingHost);
  const port = new HostPort(runtime);
  port.start();
  await port.whenSettled();
  const reply = await port.request('keep_cookie', { site: 'example.com', name: 'prefs' });
  assert.deepEqual(reply.keep_list, []);
  assert.deepEqual(runtime.ports[0].sent.at(-1), { site: 'example.com', name: 'prefs', type: 'keep_cookie', id: 2 });
  await assert.rejects(port.request('frobnicate'), { code: 'unknown_type' });
});

test('a reply of the wrong shape is refused', async () => {
  const runtime = new FakeRuntime((message) => (message.type === 'hello'
    ? workingHost(message)
    : { type: 'keep_cookie', id: message.id, keep_list: 'all' }));
  const port = new HostPort(runtime);
  port.start();
  await port.whenSettled();
  await assert.rejects(port.request('keep_cookie', { site: 'example.com', name: 'x' }), { code: 'bad_reply' });
});

test('without a connection requests fail at once with the browser\'s reason', async () => {
  mock.timers.enable({ apis: ['setTimeout'] });
  const runtime = new FakeRuntime(() => undefined); // a host that never answers
  const port = new HostPort(runtime);
  const disconnected = statusOf(port, 'disconnected');
  port.start();
  const hello = runtime.ports[0];
  runtime.hostExits(hello, 'Specified native messaging host not found.');
  const status = await disconnected;
  assert.equal(status.error, 'Specified native messaging host not found.');
  await assert.rejects(port.request('get_preferences'),
    { code: 'unavailable', message: 'Specified native messaging host not found.' });
});

test('a lost host fails what was pending and is reconnected after the backoff delay', async () => {
  mock.timers.enable({ apis: ['setTimeout'] });
  let answering = true;
  const runtime = new FakeRuntime((message) => (answering || message.type === 'hello' ? workingHost(message) : undefined));
  const port = new HostPort(runtime, { backoff: new Backoff({ baseMs: 500 }) });
  port.start();
  await port.whenSettled();
  answering = false;
  const pending = port.request('keep_cookie', { site: 'example.com', name: 'x' });
  const disconnected = statusOf(port, 'disconnected');
  runtime.hostExits(runtime.ports[0], 'Native host has exited.');
  await assert.rejects(pending, { code: 'unavailable', message: 'Native host has exited.' });
  await disconnected;
  assert.equal(runtime.ports.length, 1);

  const reconnected = statusOf(port, 'connected');
  mock.timers.tick(499);
  assert.equal(runtime.ports.length, 1, 'no reconnection before the delay');
  mock.timers.tick(1);
  assert.equal(runtime.ports.length, 2);
  await reconnected;
  assert.equal(port.connected, true);
});

test('a host of another protocol version is disconnected with a reason', async () => {
  mock.timers.enable({ apis: ['setTimeout'] });
  const runtime = new FakeRuntime((message) => ({ type: 'hello', id: message.id, ...HELLO, protocol: PROTOCOL_VERSION + 1 }));
  const port = new HostPort(runtime);
  const disconnected = statusOf(port, 'disconnected');
  port.start();
  const status = await disconnected;
  assert.match(status.error, /speaks protocol 2; this extension needs 1/);
  assert.equal(runtime.ports[0].disconnected, true);
});

test('reconnectNow skips the remaining delay', async () => {
  mock.timers.enable({ apis: ['setTimeout'] });
  const runtime = new FakeRuntime(() => undefined);
  const port = new HostPort(runtime, { backoff: new Backoff({ baseMs: 60_000, maxMs: 60_000 }) });
  port.start();
  runtime.hostExits(runtime.ports[0], 'Specified native messaging host not found.');
  assert.equal(port.status.state, 'disconnected');
  port.reconnectNow();
  assert.equal(runtime.ports.length, 2);
  assert.equal(port.status.state, 'connecting');
});
