// Unit tests of extension/popup/page-story.js: a page's own cookies and its third parties.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPageStory } from '../../../extension/popup/page-story.js';

const now = 1_700_000_000;
const cookie = (name, domain) => ({ name, value: 'v', domain, path: '/', storeId: '0', session: false, expirationDate: now + 86400 });
const row = (name, domain, cookieSite, category, action) => ({
  cookie: cookie(name, domain), cookieSite,
  verdict: { category, action, reason: `${name} reason`, why: `${category} on news.example`, site: 'news.example', confidence: 0.9 },
});
const entry = (name, domain, cookieSite) => ({
  id: `d-${name}`, time: now - 5, site: 'news.example', category: 'targeting', reason: `${name} deleted`, cookie: cookie(name, domain), cookieSite,
});

const story = buildPageStory({
  site: 'news.example',
  nowSeconds: now,
  keepList: [{ site: 'news.example', name: 'IDE' }],
  live: [
    row('sid', 'www.news.example', 'news.example', 'necessary', 'keep'),
    row('_ga', '.news.example', 'news.example', 'performance', 'delete'),
    row('IDE', '.doubleclick.example', 'doubleclick.example', 'targeting', 'keep'),
    row('test_cookie', '.doubleclick.example', 'doubleclick.example', 'targeting', 'delete'),
  ],
  deleted: [entry('MUID', '.bing.example', 'bing.example'), entry('_fbp', '.news.example', 'news.example')],
});

test('the page\'s own cookies are grouped by category', () => {
  const names = story.own.groups.map((g) => [g.category, g.items.map((i) => i.name)]);
  assert.deepEqual(names, [['necessary', ['sid']], ['functional', []], ['performance', ['_ga']], ['targeting', ['_fbp']]]);
});

test('third parties are grouped by their site, largest first, each cookie kept or deleted with its reason', () => {
  assert.deepEqual(story.thirdParties.map((g) => [g.site, g.items.map((i) => [i.name, i.state, i.reason])]), [
    ['doubleclick.example', [['IDE', 'kept', 'IDE reason'], ['test_cookie', 'pending', 'test_cookie reason']]],
    ['bing.example', [['MUID', 'deleted', 'MUID deleted']]],
  ]);
  assert.deepEqual(story.thirdParties.map((g) => [g.kept, g.deleted]), [[1, 1], [0, 1]]);
  assert.equal(story.thirdParties[0].items[0].onKeepList, true, 'the keep list is the page\'s site\'s');
});

test('the header counts kept and deleted cookies and third parties', () => {
  assert.deepEqual([story.kept, story.deleted, story.thirdParties.length], [2, 4, 2]);
  assert.equal(story.summary, '2 kept, 4 deleted, 2 third parties');
});

test('a cookie whose own site is not known counts as the page\'s own', () => {
  const unknown = buildPageStory({ site: 'news.example', nowSeconds: now, keepList: [], deleted: [],
    live: [row('x', '.odd.example', null, 'functional', 'keep')] });
  assert.equal(unknown.thirdParties.length, 0);
  assert.equal(unknown.summary, '1 kept, 0 deleted, 0 third parties');
});
