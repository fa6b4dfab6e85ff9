// Unit tests of extension/lib/cookies/chunks.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chunks } from '../../../extension/lib/cookies/chunks.js';

test('splits into slices of at most the given size, in order', () => {
  const items = Array.from({ length: 1201 }, (_, i) => i);
  const slices = chunks(items, 500);
  assert.deepEqual(slices.map((s) => s.length), [500, 500, 201]);
  assert.deepEqual(slices.flat(), items);
});

test('an empty list gives no slices; an exact multiple gives no empty slice', () => {
  assert.deepEqual(chunks([], 10), []);
  assert.deepEqual(chunks([1, 2, 3, 4], 2), [[1, 2], [3, 4]]);
});

test('a size below one is refused', () => {
  assert.throws(() => chunks([1], 0), RangeError);
  assert.throws(() => chunks([1], 1.5), RangeError);
});
