// Unit tests of extension/inspect/inspect-filter.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flagsOf, indexRow, rowMatches } from '../../../extension/inspect/inspect-filter.js';

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

test('the third-party filter keeps the cookies set while on another site, and only those', () => {
  // verdict.site is the site of the page that set the cookie (the host's policy site).
  const rows = [
    row({ name: 'IDE', domain: '.ads.example' }, { site: 'news.example' }),
    row({ name: 'sid', domain: 'www.news.example' }, { site: 'news.example' }),
    row({ name: 'IDE', domain: '.ads.example' }, { site: 'ads.example' }), // set on the ad site itself
  ];
  const shown = rows.filter((r) => rowMatches(r, { flags: ['thirdParty'] }));
  assert.deepEqual(shown.map((r) => [r.cookie.name, r.verdict.site]), [['IDE', 'news.example']]);
});

test('an indexed row matches exactly as the row itself', () => {
  const plain = row({ name: '_fbp', secure: true });
  const indexed = indexRow(plain);
  for (const filter of [{ text: 'FBP' }, { text: 'google' }, { flags: ['secure'] }, { flags: ['httpOnly'] }, { category: 'targeting', text: 'meta' }]) {
    assert.equal(rowMatches(indexed, filter), rowMatches(plain, filter), JSON.stringify(filter));
  }
});
