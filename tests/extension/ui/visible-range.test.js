// Unit tests of extension/ui/visible-range.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { visibleRange } from '../../../extension/ui/visible-range.js';

test('at the top the first screenful and the overscan below are drawn', () => {
  assert.deepEqual(visibleRange({ scrollTop: 0, viewportHeight: 400, rowHeight: 40, count: 10000, overscan: 5 }),
    { start: 0, end: 16 });
});

test('scrolled down, rows above and below the viewport are drawn too', () => {
  assert.deepEqual(visibleRange({ scrollTop: 4000, viewportHeight: 400, rowHeight: 40, count: 10000, overscan: 5 }),
    { start: 95, end: 116 });
});

test('the range never passes the end of the list', () => {
  assert.deepEqual(visibleRange({ scrollTop: 1e9, viewportHeight: 400, rowHeight: 40, count: 30, overscan: 5 }),
    { start: 30, end: 30 });
  assert.deepEqual(visibleRange({ scrollTop: 0, viewportHeight: 400, rowHeight: 40, count: 3 }), { start: 0, end: 3 });
});

test('an empty list has an empty range', () => {
  assert.deepEqual(visibleRange({ scrollTop: 0, viewportHeight: 400, rowHeight: 40, count: 0 }), { start: 0, end: 0 });
});
