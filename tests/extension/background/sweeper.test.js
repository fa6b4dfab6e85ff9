// Unit tests of extension/background/sweeper.js with a fake jar (two stores), a fake enforcer
// (records what it is given) and fake page and site knowledge.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Sweeper } from '../../../extension/background/sweeper.js';

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
  assert.deepEqual(enforced, [['sid', 'IDE', 'uid', 'old'], ['_ttp']]);
  assert.deepEqual(deletions.map((d) => d.cookie.name), ['IDE', 'uid', 'old', '_ttp']);
});

test('a site\'s sweep takes the cookies set on its pages, and its own or partitioned under it when the page is unknown', async () => {
  const { sweeper, enforced } = setUp();
  await sweeper.sweepSite('news.example');
  assert.deepEqual(enforced, [['sid', 'IDE'], ['_ttp']]);
  enforced.length = 0;
  await sweeper.sweepSite('tracker.example');
  assert.deepEqual(enforced, [['uid', 'old'], []], 'IDE follows news.example, where it was set');
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
  assert.deepEqual(enforced.map((names) => names.length).sort(), [0, 1, 1, 2, 4, 4]);
  assert.deepEqual(enforced.slice(2, 4).map((names) => names.length).sort(), [0, 2], 'the site\'s sweep ran second');
});

test('a failed sweep is reported to its caller and does not stop the next one', async (t) => {
  t.mock.method(console, 'error', () => {});
  const { sweeper } = setUp({ failFirstList: true });
  await assert.rejects(sweeper.sweepAll(), /store gone/);
  assert.equal((await sweeper.sweepAll()).length, 4);
});
