// Unit tests of extension/background/verdict-cache.js: what is remembered, what misses, what
// clears it, and its bound.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { VerdictCache } from '../../../extension/background/verdict-cache.js';
import { fakeEvent } from './fake-events.js';

const cookie = (name, fields = {}) => ({ name, domain: '.a.example', path: '/', storeId: '0', value: 'v', expirationDate: 2e9, ...fields });
const page = { id: 1, url: 'https://news.example/', tabId: 1 };
const verdict = (name) => ({ category: 'targeting', action: 'delete', reason: `reason ${name}`, site: 'news.example' });

function holding(names, options) {
  const cache = new VerdictCache(options);
  const cookies = names.map((name) => cookie(name));
  cache.remember(cache.generation(), cookies, cookies.map(() => page), names.map(verdict));
  return cache;
}

test('a remembered verdict is found for the same cookie judged for the same page', () => {
  const cache = holding(['ad']);
  assert.deepEqual(cache.lookup(cookie('ad'), page), verdict('ad'));
  assert.equal(cache.lookup(cookie('other'), page), undefined);
});

test('a cookie set again with another value or expiry, or judged for another page, misses', () => {
  const cache = holding(['ad']);
  assert.equal(cache.lookup(cookie('ad', { value: 'w' }), page), undefined);
  assert.equal(cache.lookup(cookie('ad', { expirationDate: 3e9 }), page), undefined);
  assert.equal(cache.lookup(cookie('ad'), { ...page, url: 'https://other.example/' }), undefined);
  assert.equal(cache.lookup(cookie('ad'), null), undefined);
});

test('a forgotten cookie misses, the others stay', () => {
  const cache = holding(['ad', 'keep']);
  cache.forget(cookie('ad', { value: 'anything' }));
  assert.equal(cache.lookup(cookie('ad'), page), undefined);
  assert.deepEqual(cache.lookup(cookie('keep'), page), verdict('keep'));
});

test('clear forgets everything, and an answer asked for before the clear is not stored', () => {
  const cache = holding(['ad']);
  const asked = cache.generation();
  cache.clear();
  assert.equal(cache.size, 0);
  cache.remember(asked, [cookie('late')], [page], [verdict('late')]);
  assert.equal(cache.lookup(cookie('late'), page), undefined);
});

test('verdicts that failed are not remembered', () => {
  const cache = new VerdictCache();
  cache.remember(cache.generation(), [cookie('bad')], [page], [{ error: 'invalid' }]);
  assert.equal(cache.size, 0);
});

test('every change of the host connection clears', () => {
  const cache = holding(['ad']);
  const onStatusChange = fakeEvent();
  cache.watchHost({ onStatusChange: onStatusChange.addListener });
  onStatusChange.fire({ state: 'connected' });
  assert.equal(cache.lookup(cookie('ad'), page), undefined);
});

test('at most maxEntries are kept, the oldest dropped first', () => {
  const cache = holding(['a', 'b', 'c'], { maxEntries: 2 });
  assert.equal(cache.size, 2);
  assert.equal(cache.lookup(cookie('a'), page), undefined);
  assert.deepEqual(cache.lookup(cookie('c'), page), verdict('c'));
  cache.remember(cache.generation(), [cookie('b')], [page], [verdict('b')]); // b is now the newest
  cache.remember(cache.generation(), [cookie('d')], [page], [verdict('d')]);
  assert.deepEqual([cache.lookup(cookie('b'), page), cache.lookup(cookie('c'), page)], [verdict('b'), undefined]);
});
