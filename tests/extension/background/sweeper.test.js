// Unit tests of extension/background/sweeper.js: progress after each decided batch, one sweep at
// a time, idle() once all are done, which cookies a site's sweep takes. The jar, the enforcer
// and the page and site knowledge stand in for the browser and host.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DECIDE_BATCH } from '../../../extension/background/enforcer.js';
import { Sweeper } from '../../../extension/background/sweeper.js';

const cookiesNamed = (prefix, n) => Array.from({ length: n }, (_, i) => ({ name: `${prefix}${i}`, domain: 'example.com' }));

function jarOf(stores) {
  return {
    stores: async () => Object.keys(stores).map((id) => ({ id })),
    list: async (id) => stores[id],
  };
}

// Nothing known of any page: a site's sweep takes the cookies of the site's own domain.
const noPages = { pages: { pageOf: () => null }, siteOf: { many: async (urls) => urls.map(() => null) } };

// Deletes every cookie whose name starts with "x".
const enforcer = { enforce: async (batch) => batch.filter((c) => c.name.startsWith('x')) };

test('a sweep reports its progress after each batch, then once done', async () => {
  const sweeper = new Sweeper(jarOf({ 0: cookiesNamed('x', DECIDE_BATCH + 10), 1: cookiesNamed('k', 5) }), enforcer, noPages);
  const seen = [];
  sweeper.onProgress((progress) => seen.push(progress));
  const deletions = await sweeper.sweepAll();
  const total = DECIDE_BATCH + 15;
  assert.equal(deletions.length, DECIDE_BATCH + 10);
  assert.deepEqual(seen, [
    { checked: DECIDE_BATCH, total, deleted: DECIDE_BATCH, done: false },
    { checked: total, total, deleted: DECIDE_BATCH + 10, done: true },
  ]);
});

test('an empty jar still reports a finished sweep', async () => {
  const sweeper = new Sweeper(jarOf({ 0: [] }), enforcer, noPages);
  const seen = [];
  sweeper.onProgress((progress) => seen.push(progress));
  await sweeper.sweepAll();
  assert.deepEqual(seen, [{ checked: 0, total: 0, deleted: 0, done: true }]);
});

test('idle() waits for every sweep asked for, even a failed one', async () => {
  let release;
  const gate = new Promise((resolve) => { release = resolve; });
  const slow = { enforce: async (batch) => { await gate; return batch; } };
  const sweeper = new Sweeper(jarOf({ 0: cookiesNamed('x', 3) }), slow, noPages);
  const failing = new Sweeper({ stores: async () => { throw new Error('no stores'); } }, slow, noPages);
  await failing.sweepAll().catch(() => {});
  await failing.idle();
  let finished = false;
  sweeper.sweepSite('example.com');
  const idle = sweeper.idle().then(() => { finished = true; });
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(finished, false);
  release();
  await idle;
  assert.equal(finished, true);
});

const cookie = (name, domain, storeId = '0', extra = {}) => ({ name, domain, path: '/', storeId, value: 'v', ...extra });

const JAR = {
  0: [
    cookie('sid', 'www.news.example'),
    cookie('IDE', '.tracker.example'), // set while on news.example
    cookie('uid', '.tracker.example'), // set while on tracker.example itself
    cookie('old', '.tracker.example'), // page unknown
  ],
  1: [cookie('_ttp', 'ads.tracker.example', '1', { partitionKey: { topLevelSite: 'https://news.example' } })],
};
const PAGES = {
  IDE: { id: 1, url: 'https://www.news.example/today', tabId: 1 },
  uid: { id: 2, url: 'https://tracker.example/', tabId: 2 },
};

function setUp({ failFirstList = false } = {}) {
  const enforced = [];
  let lists = 0;
  const jar = {
    stores: async () => [{ id: '0' }, { id: '1' }],
    list: async (storeId) => {
      lists += 1;
      if (failFirstList && lists === 1) throw new Error('store gone');
      return JAR[storeId];
    },
  };
  const enforcer = {
    enforce: async (cookies) => {
      enforced.push(cookies.map((c) => c.name));
      return cookies.filter((c) => c.name !== 'sid').map((c) => ({ cookie: c }));
    },
  };
  const pages = { pageOf: (c) => PAGES[c.name] ?? (c.partitionKey ? { id: 0, url: c.partitionKey.topLevelSite, tabId: null } : null) };
  const siteOf = { many: async (urls) => urls.map((url) => new URL(url).hostname.split('.').slice(-2).join('.')) };
  return { sweeper: new Sweeper(jar, enforcer, { pages, siteOf }), enforced };
}

test('a full sweep sends every cookie of every store to the enforcer and returns the deletions', async () => {
  const { sweeper, enforced } = setUp();
  const deletions = await sweeper.sweepAll();
  assert.deepEqual(enforced, [['sid', 'IDE', 'uid', 'old', '_ttp']]);
  assert.deepEqual(deletions.map((d) => d.cookie.name), ['IDE', 'uid', 'old', '_ttp']);
});

test('a site\'s sweep takes the cookies set on its pages, and its own or partitioned under it when the page is unknown', async () => {
  const { sweeper, enforced } = setUp();
  await sweeper.sweepSite('news.example');
  assert.deepEqual(enforced, [['sid', 'IDE', '_ttp']]);
  enforced.length = 0;
  await sweeper.sweepSite('tracker.example');
  assert.deepEqual(enforced, [['uid', 'old']], 'IDE follows news.example, where it was set');
});

test('sweeps run one at a time, and a full sweep already waiting is not queued twice', async () => {
  const { sweeper, enforced } = setUp();
  const first = sweeper.sweepAll();
  const again = sweeper.sweepAll(); // the first has not started: the same sweep
  const site = sweeper.sweepSite('tracker.example');
  assert.equal(again, first);
  await first;
  const later = sweeper.sweepAll(); // waits for the site's sweep
  assert.notEqual(later, first);
  await Promise.all([site, later]);
  assert.deepEqual(enforced.map((names) => names.length), [5, 2, 5], 'the site\'s sweep ran second');
});

test('a failed sweep is reported to its caller and does not stop the next one', async (t) => {
  t.mock.method(console, 'error', () => {});
  const { sweeper } = setUp({ failFirstList: true });
  await assert.rejects(sweeper.sweepAll(), /store gone/);
  assert.equal((await sweeper.sweepAll()).length, 4);
});
