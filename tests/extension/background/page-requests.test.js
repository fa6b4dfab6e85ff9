// Unit tests of extension/background/page-requests.js around the verdict cache: `cookie-verdicts`
// answers from it, and every request that changes settings clears it. Fakes: the extension's
// runtime, a host that answers `decide` (counting the cookies asked) and settings requests, a jar.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Enforcer } from '../../../extension/background/enforcer.js';
import { servePageRequests } from '../../../extension/background/page-requests.js';
import { VerdictCache } from '../../../extension/background/verdict-cache.js';
import { joinVerdicts } from '../../../extension/lib/cookies/verdict-table.js';
import { fakeEvent } from './fake-events.js';

const cookie = (name) => ({ name, domain: '.a.example', path: '/', storeId: '0', value: 'v' });
const PAGE = 'moz-extension://consentry/inspect/inspect.html';

function background(cookies) {
  const decided = [];
  const host = {
    connected: true,
    async request(type, fields) {
      if (type === 'decide') {
        decided.push(...fields.cookies.map((c) => c.name));
        return { results: fields.cookies.map((c) => ({ category: 'targeting', action: 'keep', reason: `reason ${c.name}`, site: 'a.example' })) };
      }
      if (type === 'restore') return { cookie: cookie('a'), site: 'https://a.example/', url: 'https://a.example/' };
      return { preferences: {}, keep_list: [] };
    },
  };
  const runtime = { id: 'consentry', getURL: (path) => `moz-extension://consentry/${path}`, onMessage: fakeEvent() };
  const verdicts = new VerdictCache();
  const pages = { pageOf: () => null };
  servePageRequests({
    api: { runtime },
    host,
    jar: { listAll: async () => cookies, restore: async () => {} },
    pages: { ...pages, remember() {} },
    enforcer: new Enforcer(host, {}, pages, verdicts),
    sweeper: { sweepAll: async () => [], sweepSite: async () => [] },
    settingsSync: { soon() {} },
    siteOf: async (site) => site,
    verdicts,
  });
  const ask = (type, args) => new Promise((resolve) => {
    runtime.onMessage.fire({ type, args }, { id: 'consentry', url: PAGE }, resolve);
  });
  return { ask, decided, verdicts };
}

test('cookie-verdicts asks the host only for cookies whose verdict is not remembered', async () => {
  const cookies = [cookie('a'), cookie('b')];
  const { ask, decided } = background(cookies);
  const first = await ask('cookie-verdicts');
  cookies.push(cookie('c'));
  const second = await ask('cookie-verdicts');
  assert.deepEqual(decided, ['a', 'b', 'c']);
  assert.equal(first.ok && second.ok, true);
  assert.deepEqual(joinVerdicts(JSON.parse(second.json)).map((row) => [row.cookie.name, row.verdict.reason]),
    [['a', 'reason a'], ['b', 'reason b'], ['c', 'reason c']]);
});

test('every request that changes settings clears the remembered verdicts', async () => {
  const requests = [
    ['set-defaults', { caution: 'careful' }], ['set-site', { site: 'a.example', allowed: { targeting: false } }],
    ['reset-site', { site: 'a.example' }], ['keep-cookie', { site: 'a.example', name: 'a' }],
    ['forget-cookie', { site: 'a.example', name: 'a' }], ['import-settings', { settings: {} }], ['restore', { entry_id: '7' }],
  ];
  for (const [type, args] of requests) {
    const { ask, decided } = background([cookie('a')]);
    await ask('cookie-verdicts');
    assert.equal((await ask(type, args)).ok, true, type);
    await ask('cookie-verdicts');
    assert.deepEqual(decided, ['a', 'a'], type);
  }
});

test('requests that change nothing keep the remembered verdicts', async () => {
  const { ask, decided } = background([cookie('a')]);
  await ask('cookie-verdicts');
  await ask('preferences');
  await ask('cookie-verdicts');
  assert.deepEqual(decided, ['a']);
});
