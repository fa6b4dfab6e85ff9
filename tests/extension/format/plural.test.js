// Unit tests of extension/lib/format/plural.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plural } from '../../../extension/lib/format/plural.js';

test('plural adds an s except for exactly one', () => {
  assert.equal(plural(0, 'cookie'), '0 cookies');
  assert.equal(plural(1, 'cookie'), '1 cookie');
  assert.equal(plural(2, 'site'), '2 sites');
});

test('plural takes an irregular plural phrase', () => {
  assert.equal(plural(1, 'site with its own choice', 'sites with their own choice'), '1 site with its own choice');
  assert.equal(plural(3, 'site with its own choice', 'sites with their own choice'), '3 sites with their own choice');
});

test('plural groups thousands', () => {
  assert.equal(plural(10000, 'deletion'), '10,000 deletions');
});
