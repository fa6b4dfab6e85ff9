// Unit tests of extension/popup/site-view.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSiteView, keepRequest } from '../../../extension/popup/site-view.js';

const now = 1_700_000_000;
const cookie = (name, extra = {}) => ({ name, value: 'v', domain: '.example.com', path: '/', storeId: '0', session: true, ...extra });
const verdict = (category, action, reason = `${category} reason`) => ({ category, action, reason, site: 'example.com', confidence: 0.9 });
const entry = (id, c, category, time) => ({ id, time, site: 'example.com', category, reason: `deleted ${c.name}`, cookie: c });

function groupOf(view, category) {
  return view.groups.find((g) => g.category === category);
}

test('live cookies are grouped by the host\'s category with their state', () => {
  const view = buildSiteView({
    site: 'example.com', nowSeconds: now, keepList: [], entries: [],
    live: [
      { cookie: cookie('sid'), verdict: verdict('necessary', 'keep') },
      { cookie: cookie('_ga', { session: false, expirationDate: now + 3 * 86400 }), verdict: verdict('performance', 'delete') },
    ],
  });
  assert.deepEqual(view.groups.map((g) => g.category), ['necessary', 'functional', 'performance', 'targeting']);
  assert.equal(groupOf(view, 'necessary').items[0].state, 'kept');
  const ga = groupOf(view, 'performance').items[0];
  assert.equal(ga.state, 'pending');
  assert.equal(ga.lifetime, '3 days');
  assert.deepEqual([groupOf(view, 'performance').kept, groupOf(view, 'performance').deleted], [0, 1]);
  assert.equal(view.total, 2);
});

test('a cookie deleted several times appears once, with the newest entry and the count', () => {
  const fbp = cookie('_fbp', { session: false, expirationDate: now + 86400 });
  const view = buildSiteView({
    site: 'example.com', nowSeconds: now, keepList: [], live: [],
    entries: [entry('d-3', fbp, 'targeting', 30), entry('d-2', fbp, 'targeting', 20), entry('d-1', cookie('_gcl_au'), 'targeting', 10)],
  });
  const items = groupOf(view, 'targeting').items;
  assert.deepEqual(items.map((i) => [i.name, i.deletions, i.entryId]), [['_fbp', 2, 'd-3'], ['_gcl_au', 1, 'd-1']]);
  assert.equal(groupOf(view, 'targeting').deleted, 2);
});

test('a cookie that is live again is shown as live only', () => {
  const prefs = cookie('prefs');
  const view = buildSiteView({
    site: 'example.com', nowSeconds: now, keepList: [{ site: 'example.com', name: 'prefs' }],
    live: [{ cookie: prefs, verdict: verdict('functional', 'keep') }],
    entries: [entry('d-1', prefs, 'functional', 1)],
  });
  const items = groupOf(view, 'functional').items;
  assert.equal(items.length, 1);
  assert.equal(items[0].state, 'kept');
  assert.equal(items[0].onKeepList, true);
});

test('the keep list is matched by this site and name only', () => {
  const view = buildSiteView({
    site: 'example.com', nowSeconds: now, entries: [],
    keepList: [{ site: 'other.com', name: 'a' }, { site: 'example.com', name: 'b' }],
    live: [{ cookie: cookie('a'), verdict: verdict('functional', 'keep') }, { cookie: cookie('b'), verdict: verdict('functional', 'keep') }],
  });
  assert.deepEqual(groupOf(view, 'functional').items.map((i) => [i.name, i.onKeepList]), [['a', false], ['b', true]]);
});

test('cookies the host could not judge are left out', () => {
  const view = buildSiteView({
    site: 'example.com', nowSeconds: now, entries: [], keepList: [],
    live: [{ cookie: cookie('bad'), verdict: { error: 'invalid' } }],
  });
  assert.equal(view.total, 0);
});

test('keeping a deleted cookie restores it; otherwise the keep list changes', () => {
  const deleted = { name: '_fbp', state: 'deleted', entryId: 'd-1-1' };
  assert.deepEqual(keepRequest(deleted, 'example.com', true), { type: 'restore', args: { entry_id: 'd-1-1' } });
  assert.deepEqual(keepRequest(deleted, 'example.com', false), { type: 'forget-cookie', args: { site: 'example.com', name: '_fbp' } });
  const live = { name: 'prefs', state: 'pending' };
  assert.deepEqual(keepRequest(live, 'example.com', true), { type: 'keep-cookie', args: { site: 'example.com', name: 'prefs' } });
});
