// Unit tests of extension/background/request-coalescer.js with a fake `send` whose answers the
// test releases one request at a time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RequestCoalescer } from '../../../extension/background/request-coalescer.js';

// Answers each item with its double, once the test releases the request (or fails it).
function heldSend() {
  const sent = [];
  const send = (items) => new Promise((resolve, reject) => {
    sent.push({ items, answer: () => resolve(items.map((n) => n * 2)), fail: reject });
  });
  return { sent, send };
}

const settled = () => new Promise((resolve) => { setImmediate(resolve); });

test('a lone call is sent at once', async () => {
  const { sent, send } = heldSend();
  const results = new RequestCoalescer(send, { maxItems: 10 }).request([1, 2]);
  await settled();
  assert.deepEqual(sent.map((r) => r.items), [[1, 2]]);
  sent[0].answer();
  assert.deepEqual(await results, [2, 4]);
});

test('calls made together leave in one request, each gets its own results', async () => {
  const { sent, send } = heldSend();
  const coalescer = new RequestCoalescer(send, { maxItems: 10 });
  const first = coalescer.request([1]);
  const second = coalescer.request([2, 3]);
  await settled();
  assert.deepEqual(sent.map((r) => r.items), [[1, 2, 3]]);
  sent[0].answer();
  assert.deepEqual([await first, await second], [[2], [4, 6]]);
});

test('calls made while a request is answered wait for it, then leave together', async () => {
  const { sent, send } = heldSend();
  const coalescer = new RequestCoalescer(send, { maxItems: 10 });
  const first = coalescer.request([1]);
  await settled();
  const later = [coalescer.request([2]), coalescer.request([3]), coalescer.request([4])];
  await settled();
  assert.equal(sent.length, 1, 'nothing more is sent while the first request is out');
  sent[0].answer();
  assert.deepEqual(await first, [2]);
  await settled();
  assert.deepEqual(sent.map((r) => r.items), [[1], [2, 3, 4]]);
  sent[1].answer();
  assert.deepEqual(await Promise.all(later), [[4], [6], [8]]);
});

test('a merged list goes in parallel requests of at most maxItems; a call across two gets both parts', async () => {
  const { sent, send } = heldSend();
  const coalescer = new RequestCoalescer(send, { maxItems: 2 });
  const first = coalescer.request([1]);
  const across = coalescer.request([2, 3, 4]);
  await settled();
  assert.deepEqual(sent.map((r) => r.items), [[1, 2], [3, 4]]);
  sent[1].answer();
  sent[0].answer();
  assert.deepEqual([await first, await across], [[2], [4, 6, 8]]);
});

test('a failed request fails only the calls it carried, and later calls are still sent', async () => {
  const { sent, send } = heldSend();
  const coalescer = new RequestCoalescer(send, { maxItems: 2 });
  const inFailed = coalescer.request([1, 2]);
  const inAnswered = coalescer.request([3]);
  await settled();
  sent[0].fail(new Error('host gone'));
  sent[1].answer();
  await assert.rejects(inFailed, /host gone/);
  assert.deepEqual(await inAnswered, [6]);
  const after = coalescer.request([5]);
  await settled();
  sent[2].answer();
  assert.deepEqual(await after, [10]);
});

test('a send that throws at once fails its calls, and later calls are still sent', async () => {
  let calls = 0;
  const coalescer = new RequestCoalescer((items) => {
    calls += 1;
    if (calls === 1) throw new Error('not connected');
    return Promise.resolve(items);
  }, { maxItems: 2 });
  await assert.rejects(coalescer.request([1]), /not connected/);
  assert.deepEqual(await coalescer.request([2]), [2]);
});

test('an empty call sends nothing', async () => {
  const { sent, send } = heldSend();
  assert.deepEqual(await new RequestCoalescer(send, { maxItems: 2 }).request([]), []);
  await settled();
  assert.equal(sent.length, 0);
});
