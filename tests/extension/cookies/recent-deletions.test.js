// Unit tests of extension/lib/cookies/recent-deletions.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newestPerCookie } from '../../../extension/lib/cookies/recent-deletions.js';

const cookie = (name, value) => ({ name, value, domain: '.shop.example', path: '/', storeId: '0' });

test('each cookie once, its newest deletion, in the log order', () => {
  const entries = [
    { id: 'd-3', cookie: cookie('_ga', 'new') },
    { id: 'd-2', cookie: cookie('_fbp', 'x') },
    { id: 'd-1', cookie: cookie('_ga', 'old') },
  ];
  assert.deepEqual(newestPerCookie(entries).map((e) => e.id), ['d-3', 'd-2']);
  assert.deepEqual(newestPerCookie([]), []);
});
