// Unit tests of extension/options/host-counts.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeCounts } from '../../../extension/options/host-counts.js';

test('one of each is singular', () => {
  assert.equal(describeCounts({ site_overrides: 1, keep_list: 1, deletions: 1, rules: 1, vendors: 1 }),
    '1 site with its own choice, 1 kept cookie, 1 logged deletion, 1 cookie rule, 1 vendor');
});

test('other counts are plural, with thousands grouped', () => {
  assert.equal(describeCounts({ site_overrides: 2, keep_list: 0, deletions: 10000 }),
    '2 sites with their own choice, 0 kept cookies, 10,000 logged deletions');
});

test('an unknown count is named after its key', () => {
  assert.equal(describeCounts({ new_things: 1 }), '1 new things');
});
