// Unit tests of extension/lib/cookies/store-for-tab.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { storeIdForTab } from '../../../extension/lib/cookies/store-for-tab.js';

test('store of a tab: Firefox says it, Chromium lists tabs per store', () => {
  const stores = [{ id: '0', tabIds: [1, 2] }, { id: '1', tabIds: [7] }];
  assert.equal(storeIdForTab(stores, { id: 7 }), '1');
  assert.equal(storeIdForTab(stores, { id: 2 }), '0');
  assert.equal(storeIdForTab(stores, { id: 9 }), null);
  assert.equal(storeIdForTab([], { id: 1, cookieStoreId: 'firefox-container-3' }), 'firefox-container-3');
});
