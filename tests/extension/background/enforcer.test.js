// Unit tests of extension/background/enforcer.js with a fake host (answers `decide` by a rule
// per cookie name, records every request) and a fake jar (records removals).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DECIDE_BATCH, Enforcer } from '../../../extension/background/enforcer.js';
import { VerdictCache } from '../../../extension/background/verdict-cache.js';

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
  const enforcer = new Enforcer(host, fakeJar(), noPages, new VerdictCache());
  await enforcer.enforce([cookie('ad1'), cookie('keep1')], [page, null]);
  const [decide] = host.requests;
  assert.equal(decide.type, 'decide');
  assert.equal(decide.fields.cookies[0].site, 'https://news.example/');
  assert.equal('site' in decide.fields.cookies[1], false, 'an unknown page is not guessed');
});

test('without given pages, the pages known for cookies in the jar are used', async () => {
  const host = fakeHost();
  const pages = { pageOf: (c) => (c.name === 'ad1' ? { id: 1, url: 'https://a.example/', tabId: 2 } : null) };
  await new Enforcer(host, fakeJar(), pages, new VerdictCache()).classify([cookie('ad1'), cookie('ad2')]);
  assert.deepEqual(host.requests[0].fields.cookies.map((c) => c.site), ['https://a.example/', undefined]);
});

test('only the cookies the host condemns are removed, and each removal is recorded with its page\'s site', async () => {
  const host = fakeHost();
  const jar = fakeJar();
  const page = { id: 3, url: 'https://news.example/', tabId: 1 };
  const deletions = await new Enforcer(host, jar, noPages, new VerdictCache())
    .enforce([cookie('ad1'), cookie('keep1'), cookie('broken'), cookie('ad2')], [page, page, page, null]);
  assert.deepEqual(jar.removed, ['ad1', 'ad2']);
  assert.deepEqual(deletions.map((d) => [d.cookie.name, d.site]), [['ad1', 'https://news.example/'], ['ad2', 'tracker.example']]);
  const record = host.requests.find((r) => r.type === 'record_deletions');
  assert.equal(record.fields.deletions.length, 2);
  assert.equal(record.fields.deletions[0].cookie.site, undefined, 'the recorded cookie is the browser\'s, unchanged');
});

test('a cookie already gone is neither recorded nor reported', async () => {
  const host = fakeHost();
  const enforcer = new Enforcer(host, fakeJar({ gone: new Set(['ad1']) }), noPages, new VerdictCache());
  const heard = [];
  enforcer.onDeleted((pages) => heard.push(pages));
  const page = { id: 1, url: 'https://a.example/', tabId: 1 };
  const deletions = await enforcer.enforce([cookie('ad1'), cookie('ad2')], [page, page]);
  assert.deepEqual(deletions.map((d) => d.cookie.name), ['ad2']);
  assert.deepEqual(heard, [[page]]);
});

test('listeners hear nothing when nothing was removed', async () => {
  const enforcer = new Enforcer(fakeHost(), fakeJar(), noPages, new VerdictCache());
  let heard = 0;
  enforcer.onDeleted(() => { heard += 1; });
  await enforcer.enforce([cookie('keep1')]);
  assert.equal(heard, 0);
});

test('large lists are decided in batches of DECIDE_BATCH, all of them removed', async () => {
  const host = fakeHost();
  const jar = fakeJar();
  const cookies = Array.from({ length: DECIDE_BATCH * 2 + 1 }, (_, i) => cookie(`ad${i}`));
  const deletions = await new Enforcer(host, jar, noPages, new VerdictCache()).enforce(cookies);
  const decides = host.requests.filter((r) => r.type === 'decide');
  assert.deepEqual(decides.map((r) => r.fields.cookies.length), [DECIDE_BATCH, DECIDE_BATCH, 1]);
  assert.equal(jar.removed.length, cookies.length);
  assert.equal(deletions.length, cookies.length);
});

test('without a connected host nothing is asked and nothing removed', async () => {
  const host = fakeHost({ connected: false });
  const jar = fakeJar();
  assert.deepEqual(await new Enforcer(host, jar, noPages, new VerdictCache()).enforce([cookie('ad1')]), []);
  assert.deepEqual([host.requests, jar.removed], [[], []]);
});

test('a failed record keeps the deletions (the cookies are gone either way)', async (t) => {
  t.mock.method(console, 'error', () => {});
  const deletions = await new Enforcer(fakeHost({ failRecord: true }), fakeJar(), noPages, new VerdictCache()).enforce([cookie('ad1')]);
  assert.equal(deletions.length, 1);
});

test('small lists enforced together are decided in one request and recorded in one', async () => {
  const host = fakeHost();
  const jar = fakeJar();
  const enforcer = new Enforcer(host, jar, noPages, new VerdictCache());
  const deletions = await Promise.all([['ad1', 'keep1'], ['ad2'], ['ad3']].map((names) => enforcer.enforce(names.map((n) => cookie(n)))));
  assert.deepEqual(deletions.map((list) => list.map((d) => d.cookie.name)), [['ad1'], ['ad2'], ['ad3']]);
  assert.deepEqual(host.requests.map((r) => [r.type, (r.fields.cookies ?? r.fields.deletions).length]), [['decide', 4], ['record_deletions', 3]]);
});

test('verdicts are shown from those remembered for cookies judged as they are, for the same page', async () => {
  const host = fakeHost();
  const page = { id: 3, url: 'https://news.example/', tabId: 1 };
  const pages = { pageOf: (c) => (c.value === 'elsewhere' ? null : page) };
  const enforcer = new Enforcer(host, fakeJar(), pages, new VerdictCache());
  const first = await enforcer.classify([cookie('keep1'), cookie('keep2')]);
  const shown = await enforcer.verdictsOf([cookie('keep1'), cookie('keep3'), cookie('keep2'), { ...cookie('keep1'), value: 'elsewhere' }]);
  assert.deepEqual([shown[0], shown[2]], first);
  assert.deepEqual(shown.map((v) => v.reason), ['reason keep1', 'reason keep3', 'reason keep2', 'reason keep1']);
  const decides = host.requests.filter((r) => r.type === 'decide');
  assert.deepEqual(decides.map((r) => r.fields.cookies.map((c) => [c.name, c.site])),
    [[['keep1', page.url], ['keep2', page.url]], [['keep3', page.url], ['keep1', undefined]]]);
});

test('enforcing asks the host every time: the settings may have changed behind the extension\'s back', async () => {
  const host = fakeHost();
  const enforcer = new Enforcer(host, fakeJar(), noPages, new VerdictCache());
  await enforcer.enforce([cookie('keep1')]);
  await enforcer.enforce([cookie('keep1')]);
  await enforcer.verdictsOf([cookie('keep1')]);
  assert.equal(host.requests.filter((r) => r.type === 'decide').length, 2);
});

test('after the cache is cleared every cookie goes to the host again', async () => {
  const host = fakeHost();
  const verdicts = new VerdictCache();
  const enforcer = new Enforcer(host, fakeJar(), noPages, verdicts);
  await enforcer.verdictsOf([cookie('keep1')]);
  verdicts.clear();
  await enforcer.verdictsOf([cookie('keep1')]);
  assert.equal(host.requests.filter((r) => r.type === 'decide').length, 2);
});

test('many cookies not judged before go to the host in parallel batches of DECIDE_BATCH', async () => {
  const host = fakeHost();
  const enforcer = new Enforcer(host, fakeJar(), noPages, new VerdictCache());
  const cookies = Array.from({ length: DECIDE_BATCH * 3 }, (_, i) => cookie(`keep${i}`));
  await enforcer.verdictsOf(cookies.slice(0, DECIDE_BATCH));
  let inFlight = 0;
  let most = 0;
  const request = host.request.bind(host);
  host.request = async (type, fields) => {
    inFlight += 1;
    most = Math.max(most, inFlight);
    await Promise.resolve();
    try { return await request(type, fields); } finally { inFlight -= 1; }
  };
  await enforcer.verdictsOf(cookies);
  const decides = host.requests.filter((r) => r.type === 'decide');
  assert.deepEqual(decides.map((r) => r.fields.cookies.length), [DECIDE_BATCH, DECIDE_BATCH, DECIDE_BATCH]);
  assert.equal(decides[1].fields.cookies[0].name, `keep${DECIDE_BATCH}`);
  assert.equal(most, 2, 'the two batches of misses are asked together');
});
