// Unit tests of extension/background/sweeper.js: progress after each decided batch, one sweep at
// a time, idle() once all are done. The jar and the enforcer stand in for the browser and host.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DECIDE_BATCH } from '../../../extension/background/enforcer.js';
import { Sweeper } from '../../../extension/background/sweeper.js';

const cookiesNamed = (prefix, n) => Array.from({ length: n }, (_, i) => ({ name: `${prefix}${i}`, domain: 'example.com' }));

function jarOf(stores) {
  return {
    stores: async () => Object.keys(stores).map((id) => ({ id })),
    list: async (id) => stores[id],
  };
}

// Deletes every cookie whose name starts with "x".
const enforcer = { enforce: async (batch) => batch.filter((c) => c.name.startsWith('x')) };

test('a sweep reports its progress after each batch, then once done', async () => {
  const sweeper = new Sweeper(jarOf({ 0: cookiesNamed('x', DECIDE_BATCH + 10), 1: cookiesNamed('k', 5) }), enforcer);
  const seen = [];
  sweeper.onProgress((progress) => seen.push(progress));
  const deletions = await sweeper.sweepAll();
  const total = DECIDE_BATCH + 15;
  assert.equal(deletions.length, DECIDE_BATCH + 10);
  assert.deepEqual(seen, [
    { checked: DECIDE_BATCH, total, deleted: DECIDE_BATCH, done: false },
    { checked: total, total, deleted: DECIDE_BATCH + 10, done: true },
  ]);
});

test('an empty jar still reports a finished sweep', async () => {
  const sweeper = new Sweeper(jarOf({ 0: [] }), enforcer);
  const seen = [];
  sweeper.onProgress((progress) => seen.push(progress));
  await sweeper.sweepAll();
  assert.deepEqual(seen, [{ checked: 0, total: 0, deleted: 0, done: true }]);
});

test('idle() waits for every sweep asked for, even a failed one', async () => {
  let release;
  const gate = new Promise((resolve) => { release = resolve; });
  const slow = { enforce: async (batch) => { await gate; return batch; } };
  const sweeper = new Sweeper(jarOf({ 0: cookiesNamed('x', 3) }), slow);
  const failing = new Sweeper({ stores: async () => { throw new Error('no stores'); } }, slow);
  await failing.sweepAll().catch(() => {});
  await failing.idle();
  let finished = false;
  sweeper.sweepSite('example.com');
  const idle = sweeper.idle().then(() => { finished = true; });
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(finished, false);
  release();
  await idle;
  assert.equal(finished, true);
});
