// Unit tests of extension/lib/format/sweep-text.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sweepText } from '../../../extension/lib/format/sweep-text.js';

test('a running sweep says how far it is', () => {
  assert.equal(sweepText({ checked: 250, total: 1200, deleted: 1, done: false }),
    'Applying your change: checked 250 of 1,200 cookies, 1 deleted so far…');
});

test('a finished sweep says what it deleted', () => {
  assert.equal(sweepText({ checked: 1200, total: 1200, deleted: 900, done: true }), 'Done: checked 1,200 cookies and deleted 900.');
  assert.equal(sweepText({ checked: 1, total: 1, deleted: 0, done: true }), 'Done: checked 1 cookie, none needed deleting.');
});
