import { test } from 'node:test';
import assert from 'node:assert/strict';
import { badgeText } from '../../extension/lib/badge-text.js';
import { browserOf, installCommand } from '../../extension/lib/host-install.js';
import { plural } from '../../extension/lib/plural.js';
import { storeIdForTab } from '../../extension/lib/store-for-tab.js';

test('badge: warning without host, count otherwise, nothing for zero, capped', () => {
  assert.equal(badgeText({ connected: false, deletions: 5 }), '!');
  assert.equal(badgeText({ connected: true, deletions: 0 }), '');
  assert.equal(badgeText({ connected: true, deletions: 7 }), '7');
  assert.equal(badgeText({ connected: true, deletions: 999 }), '999');
  assert.equal(badgeText({ connected: true, deletions: 1000 }), '999+');
});

test('install command names the browser the extension runs in', () => {
  assert.equal(browserOf('moz-extension://0b1e/'), 'firefox');
  assert.equal(browserOf('chrome-extension://bbknmoenegficbneloggpepccmghfhab/'), 'chromium');
  assert.match(installCommand('firefox'), /consentry-host install --browser firefox$/);
  assert.match(installCommand('chromium'), /consentry-host install --browser chromium$/);
});

test('store of a tab: Firefox says it, Chromium lists tabs per store', () => {
  const stores = [{ id: '0', tabIds: [1, 2] }, { id: '1', tabIds: [7] }];
  assert.equal(storeIdForTab(stores, { id: 7 }), '1');
  assert.equal(storeIdForTab(stores, { id: 2 }), '0');
  assert.equal(storeIdForTab(stores, { id: 9 }), null);
  assert.equal(storeIdForTab([], { id: 1, cookieStoreId: 'firefox-container-3' }), 'firefox-container-3');
});

test('plural adds an s except for exactly one', () => {
  assert.equal(plural(0, 'cookie'), '0 cookies');
  assert.equal(plural(1, 'cookie'), '1 cookie');
  assert.equal(plural(2, 'site'), '2 sites');
});
