// Unit tests of extension/lib/host/pending-requests.js.
import { test, mock, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { PendingRequests } from '../../../extension/lib/host/pending-requests.js';
import { HostError } from '../../../extension/lib/host/host-error.js';

afterEach(() => mock.timers.reset());

test('each request gets its own id and the reply with that id settles it', async () => {
  const pending = new PendingRequests();
  const first = pending.open('hello');
  const second = pending.open('decide');
  assert.notEqual(first.id, second.id);
  assert.equal(pending.settle({ type: 'decide', id: second.id, results: [] }), true);
  assert.equal(pending.settle({ type: 'hello', id: first.id, version: '1' }), true);
  assert.deepEqual(await second.promise, { type: 'decide', id: second.id, results: [] });
  assert.equal((await first.promise).version, '1');
  assert.equal(pending.size, 0);
});

test('replies with unknown ids, repeated ids or no object are ignored', async () => {
  const pending = new PendingRequests();
  const { id, promise } = pending.open('hello');
  assert.equal(pending.settle({ type: 'hello', id: id + 100 }), false);
  assert.equal(pending.settle(null), false);
  assert.equal(pending.settle('hello'), false);
  assert.equal(pending.settle({ type: 'hello', id }), true);
  assert.equal(pending.settle({ type: 'hello', id }), false);
  await promise;
});

test('an error reply rejects with the host\'s code and message', async () => {
  const pending = new PendingRequests();
  const { id, promise } = pending.open('set_preferences');
  pending.settle({ type: 'error', id, code: 'invalid_request', message: 'necessary cannot be refused' });
  await assert.rejects(promise, (error) => error instanceof HostError
    && error.code === 'invalid_request' && error.message === 'necessary cannot be refused');
});

test('a reply of another type than the request is refused', async () => {
  const pending = new PendingRequests();
  const { id, promise } = pending.open('decide');
  pending.settle({ type: 'restore', id, cookie: {}, url: 'https://evil.example/' });
  await assert.rejects(promise, { code: 'bad_reply' });
});

test('a request without a reply times out', async () => {
  mock.timers.enable({ apis: ['setTimeout'] });
  const pending = new PendingRequests({ timeoutMs: 1000 });
  const { id, promise } = pending.open('decide');
  mock.timers.tick(999);
  assert.equal(pending.size, 1);
  mock.timers.tick(1);
  await assert.rejects(promise, { code: 'timeout' });
  assert.equal(pending.settle({ type: 'decide', id, results: [] }), false, 'a late reply finds nobody');
});

test('rejectAll fails every waiting request with the given error', async () => {
  const pending = new PendingRequests();
  const requests = [pending.open('hello'), pending.open('decide')];
  pending.rejectAll(new HostError('unavailable', 'Native host has exited.'));
  for (const { promise } of requests) await assert.rejects(promise, { code: 'unavailable', message: 'Native host has exited.' });
  assert.equal(pending.size, 0);
});
