// Unit tests of extension/options/log-groups.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cookieKey } from '../../../extension/lib/cookies/cookie-key.js';
import { groupDeletions, groupMatches } from '../../../extension/options/log-groups.js';

const cookie = (name, domain = '.shop.example') => ({ name, value: 'v', domain, path: '/', storeId: '0' });
const entry = (id, c, time, category = 'targeting', site = 'shop.example') => ({ id, time, site, category, reason: `why ${c.name}`, cookie: c });

const ga = cookie('_ga');
const fbp = cookie('_fbp');
const uet = cookie('_uetvid', '.ads.example');
const log = [
  entry('d-3', ga, 300, 'performance'),
  entry('d-2', fbp, 200),
  entry('d-1', ga, 100, 'performance'),
  entry('d-0', uet, 50, 'targeting', 'ads.example'),
];

test('one group per cookie, with its count, newest time and newest entry', () => {
  const groups = groupDeletions(log, { liveKeys: new Set(), keepList: [] });
  assert.deepEqual(groups.map((g) => [g.name, g.count, g.lastTime, g.entryId, g.state]), [
    ['_ga', 2, 300, 'd-3', 'deleted'],
    ['_fbp', 1, 200, 'd-2', 'deleted'],
    ['_uetvid', 1, 50, 'd-0', 'deleted'],
  ]);
});

test('a cookie back in the browser is restored when kept, else back; neither offers Restore', () => {
  const groups = groupDeletions(log, {
    liveKeys: new Set([cookieKey(ga), cookieKey(fbp)]),
    keepList: [{ site: 'shop.example', name: '_ga' }],
  });
  assert.deepEqual(groups.map((g) => [g.name, g.state]), [['_ga', 'restored'], ['_fbp', 'back'], ['_uetvid', 'deleted']]);
});

test('the same name on another domain is another cookie', () => {
  const other = cookie('_ga', '.other.example');
  const groups = groupDeletions([entry('d-9', other, 400, 'performance', 'other.example'), ...log],
    { liveKeys: new Set([cookieKey(ga)]), keepList: [] });
  assert.deepEqual(groups.filter((g) => g.name === '_ga').map((g) => [g.domain, g.state]),
    [['.other.example', 'deleted'], ['.shop.example', 'back']]);
});

test('search matches name, site, domain or category, every word', () => {
  const [gaGroup, fbpGroup, uetGroup] = groupDeletions(log, { liveKeys: new Set(), keepList: [] });
  assert.ok(groupMatches(gaGroup, ''));
  assert.ok(groupMatches(gaGroup, '_GA'));
  assert.ok(groupMatches(uetGroup, 'ads.example'));
  assert.ok(groupMatches(gaGroup, 'performance shop'));
  assert.ok(!groupMatches(fbpGroup, 'performance'));
  assert.ok(groupMatches(fbpGroup, 'targeting'));
});
