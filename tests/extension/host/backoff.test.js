// Unit tests of extension/lib/host/backoff.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Backoff } from '../../../extension/lib/host/backoff.js';

test('delays double from the base up to the cap and stay there', () => {
  const backoff = new Backoff({ baseMs: 100, factor: 2, maxMs: 1000 });
  const delays = Array.from({ length: 7 }, () => backoff.next());
  assert.deepEqual(delays, [100, 200, 400, 800, 1000, 1000, 1000]);
});

test('reset starts again from the base', () => {
  const backoff = new Backoff({ baseMs: 50, factor: 3, maxMs: 10_000 });
  backoff.next();
  backoff.next();
  backoff.reset();
  assert.equal(backoff.next(), 50);
  assert.equal(backoff.next(), 150);
});

test('a delay never exceeds the cap even after many failures', () => {
  const backoff = new Backoff({ baseMs: 500, factor: 2, maxMs: 60_000 });
  for (let i = 0; i < 2000; i += 1) assert.ok(backoff.next() <= 60_000);
});

test('nonsense settings are refused', () => {
  assert.throws(() => new Backoff({ baseMs: 0 }), RangeError);
  assert.throws(() => new Backoff({ baseMs: 100, maxMs: 10 }), RangeError);
  assert.throws(() => new Backoff({ factor: 0.5 }), RangeError);
});
