import { test } from 'node:test';
import assert from 'node:assert/strict';
import { globOfRegex } from '../../../extension/lib/cmp/glob.js';

test('simple name expressions become patterns', () => {
  assert.equal(globOfRegex('^_ga_[A-Z0-9]+$'), '_ga_*');
  assert.equal(globOfRegex('_hjSession_\\d+'), '_hjSession_*');
  assert.equal(globOfRegex('^_pk_id\\.\\d+\\.[0-9a-f]+$'), '_pk_id.*.*');
  assert.equal(globOfRegex('^wp-settings-.*'), 'wp-settings-*');
  assert.equal(globOfRegex('^_gat_UA-\\d{6,10}-\\d{1,2}$'), '_gat_UA-*-*');
  assert.equal(globOfRegex('plain'), 'plain');
});

test('anything beyond simple runs is not converted', () => {
  for (const regex of ['^a(b|c)$', 'a?b', 'x|y', '(?i)abc', 'a\\sb', 'doubleclick.net<br/>x.com', '', 42, null, 'a'.repeat(600)]) {
    assert.equal(globOfRegex(regex), undefined, String(regex));
  }
});
