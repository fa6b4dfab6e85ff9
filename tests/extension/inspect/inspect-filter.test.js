// Unit tests of extension/inspect/inspect-filter.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flagsOf, rowMatches } from '../../../extension/inspect/inspect-filter.js';

const row = (cookie, verdict) => ({
  cookie: { name: 'id', domain: '.example.com', secure: false, httpOnly: false, session: false, ...cookie },
  verdict: { category: 'targeting', action: 'delete', reason: 'Meta Pixel: ads', site: 'example.com', ...verdict },
});

test('flags are read from the cookie; third party means outside the site it belongs to', () => {
  assert.deepEqual(flagsOf({ domain: '.ads.example', secure: true, httpOnly: true, session: true }, 'news.example'), {
    secure: true, httpOnly: true, session: true, partitioned: false, thirdParty: true,
  });
  assert.equal(flagsOf({ domain: 'www.news.example', partitionKey: { topLevelSite: 'https://news.example' } }, 'news.example').thirdParty, false);
});

test('text matches site, domain, name or reason regardless of case', () => {
  assert.ok(rowMatches(row(), { text: 'EXAMPLE' }));
  assert.ok(rowMatches(row({ name: '_fbp' }), { text: 'fbp' }));
  assert.ok(rowMatches(row(), { text: 'meta pixel' }));
  assert.ok(!rowMatches(row(), { text: 'google' }));
  assert.ok(rowMatches(row(), { text: '   ' }));
});

test('category, action and flags must all hold', () => {
  assert.ok(rowMatches(row(), { category: 'targeting', action: 'delete' }));
  assert.ok(!rowMatches(row(), { category: 'necessary' }));
  assert.ok(!rowMatches(row(), { action: 'keep' }));
  assert.ok(!rowMatches(row(), { flags: ['secure'] }));
  assert.ok(rowMatches(row({ secure: true, httpOnly: true }), { flags: ['secure', 'httpOnly'] }));
  assert.ok(!rowMatches(row({ secure: true }), { flags: ['secure', 'httpOnly'] }));
});
