// Unit tests of extension/lib/cookies/batch-queue.js.
import { test, mock, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { BatchQueue } from '../../../extension/lib/cookies/batch-queue.js';

afterEach(() => mock.timers.reset());

function collecting(options) {
  const batches = [];
  const queue = new BatchQueue((batch) => batches.push(batch), options);
  return { queue, batches };
}

test('a burst is handed on as one batch after the delay', () => {
  mock.timers.enable({ apis: ['setTimeout'] });
  const { queue, batches } = collecting({ delayMs: 5, maxItems: 100 });
  for (let i = 0; i < 40; i += 1) queue.add(i);
  mock.timers.tick(4);
  assert.equal(batches.length, 0);
  mock.timers.tick(1);
  assert.equal(batches.length, 1);
  assert.deepEqual(batches[0], Array.from({ length: 40 }, (_, i) => i));
});

test('a full batch is handed on at once, the rest after the delay', () => {
  mock.timers.enable({ apis: ['setTimeout'] });
  const { queue, batches } = collecting({ delayMs: 5, maxItems: 100 });
  for (let i = 0; i < 250; i += 1) queue.add(i);
  assert.deepEqual(batches.map((b) => b.length), [100, 100]);
  mock.timers.tick(5);
  assert.deepEqual(batches.map((b) => b.length), [100, 100, 50]);
  mock.timers.tick(100);
  assert.equal(batches.length, 3, 'nothing more without new items');
});

test('items with the same key replace each other, keeping the newest', () => {
  mock.timers.enable({ apis: ['setTimeout'] });
  const { queue, batches } = collecting({ keyOf: (item) => item.name });
  queue.add({ name: 'a', value: 1 });
  queue.add({ name: 'b', value: 1 });
  queue.add({ name: 'a', value: 2 });
  mock.timers.tick(5);
  assert.deepEqual(batches, [[{ name: 'b', value: 1 }, { name: 'a', value: 2 }]]);
});

test('flushNow hands on what waits and nothing when empty', () => {
  const { queue, batches } = collecting({ delayMs: 1000 });
  queue.flushNow();
  assert.equal(batches.length, 0);
  queue.add('x');
  assert.equal(queue.size, 1);
  queue.flushNow();
  assert.deepEqual(batches, [['x']]);
  assert.equal(queue.size, 0);
});
