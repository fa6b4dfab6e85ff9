// Unit tests of extension/lib/format/store-name.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { storeName } from '../../../extension/lib/format/store-name.js';

test('the profile and private windows are named as people know them, in both browsers', () => {
  assert.equal(storeName('0'), 'Profile');
  assert.equal(storeName('firefox-default'), 'Profile');
  assert.equal(storeName(undefined), 'Profile');
  assert.equal(storeName('1'), 'Private window');
  assert.equal(storeName('firefox-private'), 'Private window');
});

test('containers by number, or by their own name when known', () => {
  assert.equal(storeName('firefox-container-3'), 'Container 3');
  assert.equal(storeName('firefox-container-3', { 'firefox-container-3': 'Work' }), 'Container "Work"');
  assert.equal(storeName('weird'), 'Store weird');
});
