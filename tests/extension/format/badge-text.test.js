// Unit tests of extension/lib/format/badge-text.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { badgeText } from '../../../extension/lib/format/badge-text.js';

test('badge: warning without host, count otherwise, nothing for zero, capped', () => {
  assert.equal(badgeText({ connected: false, deletions: 5 }), '!');
  assert.equal(badgeText({ connected: true, deletions: 0 }), '');
  assert.equal(badgeText({ connected: true, deletions: 7 }), '7');
  assert.equal(badgeText({ connected: true, deletions: 999 }), '999');
  assert.equal(badgeText({ connected: true, deletions: 1000 }), '999+');
});
