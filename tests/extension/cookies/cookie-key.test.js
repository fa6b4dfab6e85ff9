// Unit tests of extension/lib/cookies/cookie-key.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cookieKey } from '../../../extension/lib/cookies/cookie-key.js';

const cookie = { name: 'id', value: 'a', domain: '.example.com', path: '/', storeId: '0' };

test('the value does not change a cookie\'s identity', () => {
  assert.equal(cookieKey(cookie), cookieKey({ ...cookie, value: 'b', expirationDate: 5 }));
});

test('store, partition, first-party domain, domain, path and name each tell cookies apart', () => {
  const variants = [
    { storeId: '1' },
    { partitionKey: { topLevelSite: 'https://other.example' } },
    { firstPartyDomain: 'other.example' },
    { domain: 'example.com' },
    { path: '/a' },
    { name: 'ID' },
  ];
  const keys = new Set([cookieKey(cookie), ...variants.map((v) => cookieKey({ ...cookie, ...v }))]);
  assert.equal(keys.size, variants.length + 1);
});

test('names containing separators cannot collide with other fields', () => {
  assert.notEqual(cookieKey({ ...cookie, name: 'a","b' }), cookieKey({ ...cookie, name: 'a', path: 'b' }));
});
