// Unit tests of extension/background/enforcer.js with a fake host (answers `decide` by a rule
// per cookie name, records every request) and a fake jar (records removals).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DECIDE_BATCH, Enforcer } from '../../../extension/background/enforcer.js';

const cookie = (name, domain = '.tracker.example') => ({ name, domain, path: '/', storeId: '0', value: 'v' });

function fakeHost({ connected = true, refuse = (c) => c.name.startsWith('ad'), failRecord = false } = {}) {
  const requests = [];
  return {
    connected,
    requests,
    async request(type, fields) {
      requests.push({ type, fields });
      if (type === 'decide') {
        return {
          results: fields.cookies.map((c) => (c.name === 'broken' ? { error: 'invalid' } : {
            category: 'targeting', confidence: 0.9, reason: `reason ${c.name}`,
            site: c.site ?? c.domain.replace(/^\./, ''), action: refuse(c) ? 'delete' : 'keep',
          })),
        };
      }
      if (type === 'record_deletions' && failRecord) throw new Error('disk full');
      return { recorded: fields.deletions?.length ?? 0 };
    },
  };
}

function fakeJar({ gone = new Set() } = {}) {
  const removed = [];
  return { removed, async remove(c) { removed.push(c.name); return !gone.has(c.name); } };
}

const noPages = { pageOf: () => null };

test('each cookie goes to decide with the URL of the page that set it, when known', async () => {
  const host = fakeHost();
  const page = { id: 3, url: 'https://news.example/', tabId: 1 };
  const enforcer = new Enforcer(host, fakeJar(), noPages);
  await enforcer.enforce([cookie('ad1'), cookie('keep1')], [page, null]);
  const [decide] = host.requests;
  assert.equal(decide.type, 'decide');
  assert.equal(decide.fields.cookies[0].site, 'https://news.example/');
  assert.equal('site' in decide.fields.cookies[1], false, 'an unknown page is not guessed');
});

test('without given pages, the pages known for cookies in the jar are used', async () => {
  const host = fakeHost();
  const pages = { pageOf: (c) => (c.name === 'ad1' ? { id: 1, url: 'https://a.example/', tabId: 2 } : null) };
  await new Enforcer(host, fakeJar(), pages).classify([cookie('ad1'), cookie('ad2')]);
  assert.deepEqual(host.requests[0].fields.cookies.map((c) => c.site), ['https://a.example/', undefined]);
});

test('only the cookies the host condemns are removed, and each removal is recorded with its page\'s site', async () => {
  const host = fakeHost();
  const jar = fakeJar();
  const page = { id: 3, url: 'https://news.example/', tabId: 1 };
  const deletions = await new Enforcer(host, jar, noPages)
    .enforce([cookie('ad1'), cookie('keep1'), cookie('broken'), cookie('ad2')], [page, page, page, null]);
  assert.deepEqual(jar.removed, ['ad1', 'ad2']);
  assert.deepEqual(deletions.map((d) => [d.cookie.name, d.site]), [['ad1', 'https://news.example/'], ['ad2', 'tracker.example']]);
  const record = host.requests.find((r) => r.type === 'record_deletions');
  assert.equal(record.fields.deletions.length, 2);
  assert.equal(record.fields.deletions[0].cookie.site, undefined, 'the recorded cookie is the browser\'s, unchanged');
});

test('a cookie already gone is neither recorded nor reported', async () => {
  const host = fakeHost();
  const enforcer = new Enforcer(host, fakeJar({ gone: new Set(['ad1']) }), noPages);
  const heard = [];
  enforcer.onDeleted((pages) => heard.push(pages));
  const page = { id: 1, url: 'https://a.example/', tabId: 1 };
  const deletions = await enforcer.enforce([cookie('ad1'), cookie('ad2')], [page, page]);
  assert.deepEqual(deletions.map((d) => d.cookie.name), ['ad2']);
  assert.deepEqual(heard, [[page]]);
});

test('listeners hear nothing when nothing was removed', async () => {
  const enforcer = new Enforcer(fakeHost(), fakeJar(), noPages);
  let heard = 0;
  enforcer.onDeleted(() => { heard += 1; });
  await enforcer.enforce([cookie('keep1')]);
  assert.equal(heard, 0);
});

test('large lists are decided in batches of DECIDE_BATCH, all of them removed', async () => {
  const host = fakeHost();
  const jar = fakeJar();
  const cookies = Array.from({ length: DECIDE_BATCH * 2 + 1 }, (_, i) => cookie(`ad${i}`));
  const deletions = await new Enforcer(host, jar, noPages).enforce(cookies);
  const decides = host.requests.filter((r) => r.type === 'decide');
  assert.deepEqual(decides.map((r) => r.fields.cookies.length), [DECIDE_BATCH, DECIDE_BATCH, 1]);
  assert.equal(jar.removed.length, cookies.length);
  assert.equal(deletions.length, cookies.length);
});

test('without a connected host nothing is asked and nothing removed', async () => {
  const host = fakeHost({ connected: false });
  const jar = fakeJar();
  assert.deepEqual(await new Enforcer(host, jar, noPages).enforce([cookie('ad1')]), []);
  assert.deepEqual([host.requests, jar.removed], [[], []]);
});

test('a failed record keeps the deletions (the cookies are gone either way)', async (t) => {
  t.mock.method(console, 'error', () => {});
  const deletions = await new Enforcer(fakeHost({ failRecord: true }), fakeJar(), noPages).enforce([cookie('ad1')]);
  assert.equal(deletions.length, 1);
});

test('small lists enforced together are decided in one request and recorded in one', async () => {
  const host = fakeHost();
  const jar = fakeJar();
  const enforcer = new Enforcer(host, jar, noPages);
  const deletions = await Promise.all([['ad1', 'keep1'], ['ad2'], ['ad3']].map((names) => enforcer.enforce(names.map((n) => cookie(n)))));
  assert.deepEqual(deletions.map((list) => list.map((d) => d.cookie.name)), [['ad1'], ['ad2'], ['ad3']]);
  assert.deepEqual(host.requests.map((r) => [r.type, (r.fields.cookies ?? r.fields.deletions).length]), [['decide', 4], ['record_deletions', 3]]);
});
