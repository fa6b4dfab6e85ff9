// Unit tests of extension/lib/cookies/deletions.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { condemned, deletionRecord } from '../../../extension/lib/cookies/deletions.js';

const cookies = ['sid', '_ga', 'bad', '_fbp'].map((name) => ({ name, domain: '.example.com', value: name }));
const verdicts = [
  { category: 'necessary', action: 'keep', site: 'example.com', reason: 'session' },
  { category: 'performance', action: 'delete', site: 'example.com', reason: 'Google Analytics' },
  { error: 'missing "domain"' },
  { category: 'targeting', action: 'delete', site: 'example.com', reason: 'Meta Pixel' },
];

test('only cookies the host says to delete are condemned, in order, with their verdicts', () => {
  assert.deepEqual(condemned(cookies, verdicts).map(({ cookie, verdict }) => [cookie.name, verdict.category]),
    [['_ga', 'performance'], ['_fbp', 'targeting']]);
});

test('a cookie without a verdict is not condemned', () => {
  assert.deepEqual(condemned(cookies, verdicts.slice(0, 1)), []);
});

test('the deletion record carries the full cookie and the host\'s site, category and reason', () => {
  const [first] = condemned(cookies, verdicts);
  assert.deepEqual(deletionRecord(first), {
    cookie: { name: '_ga', domain: '.example.com', value: '_ga' },
    site: 'example.com', category: 'performance', reason: 'Google Analytics',
  });
});
