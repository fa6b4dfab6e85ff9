// Unit tests of extension/lib/cookies/cookie-query.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cookieQueries } from '../../../extension/lib/cookies/cookie-query.js';

test('queries go from richest to plainest and all keep the filter', () => {
  const queries = cookieQueries({ storeId: 'firefox-private' });
  assert.deepEqual(queries, [
    { storeId: 'firefox-private', partitionKey: {}, firstPartyDomain: null },
    { storeId: 'firefox-private', partitionKey: {} },
    { storeId: 'firefox-private', firstPartyDomain: null },
    { storeId: 'firefox-private' },
  ]);
});

test('the first query that a browser accepts is the richest it supports', () => {
  // A Chromium-like browser: refuses firstPartyDomain, knows partitionKey.
  const accepts = (q) => !('firstPartyDomain' in q);
  assert.deepEqual(cookieQueries({}).find(accepts), { partitionKey: {} });
});
