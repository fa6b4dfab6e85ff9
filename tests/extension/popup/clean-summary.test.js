// Unit tests of extension/popup/clean-summary.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanProgress, cleanSummary } from '../../../extension/popup/clean-summary.js';

const cookies = (...categories) => categories.map((category, i) => ({ name: `c${i}`, category }));

test('nothing deleted says every cookie is allowed', () => {
  assert.equal(cleanSummary([]), 'Nothing to clean: every cookie here is allowed.');
});

test('one cookie is singular', () => {
  assert.equal(cleanSummary(cookies('targeting')), 'Deleted 1 cookie: 1 targeting.');
});

test('categories go from most to fewest, with the total plural', () => {
  assert.equal(cleanSummary(cookies('performance', 'targeting', 'targeting', 'targeting')),
    'Deleted 4 cookies: 3 targeting, 1 performance.');
});

test('equal counts keep the display order of categories', () => {
  assert.equal(cleanSummary(cookies('targeting', 'functional', 'performance')),
    'Deleted 3 cookies: 1 functional, 1 performance, 1 targeting.');
});

test('while it runs: the site\'s cookie count first, then how many were checked of them and deleted', () => {
  assert.equal(cleanProgress({ total: 1 }), 'Cleaning: checking 1 cookie…');
  assert.equal(cleanProgress({ checked: 250, total: 1200, deleted: 1000, done: false }),
    'Cleaning: checked 250 of 1,200 cookies, 1,000 deleted so far…');
});
