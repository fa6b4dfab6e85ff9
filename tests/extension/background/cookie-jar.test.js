// Unit tests of CookieJar.remove (extension/background/cookie-jar.js) with a fake cookies API
// that records removals.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CookieJar } from '../../../extension/background/cookie-jar.js';

const cookie = (value, extra = {}) => ({ name: '_ga', value, domain: '.example.com', path: '/', secure: true, storeId: '0', ...extra });

function fakeCookies({ fail = false } = {}) {
  const removed = [];
  return {
    removed,
    async remove(details) {
      await Promise.resolve();
      if (fail) throw new Error('no host permission');
      removed.push(details);
      return details;
    },
  };
}

test('a cookie is removed exactly as reported: URL, name, store and partition', async () => {
  const cookies = fakeCookies();
  const jar = new CookieJar(cookies);
  const chips = cookie('a', { partitionKey: { topLevelSite: 'https://news.example' } });
  assert.equal(await jar.remove(chips), true);
  assert.deepEqual(cookies.removed, [{ url: 'https://example.com/', name: '_ga', storeId: '0', partitionKey: { topLevelSite: 'https://news.example' } }]);
});

test('two verdicts about one cookie remove it once', async () => {
  const cookies = fakeCookies();
  const jar = new CookieJar(cookies);
  jar.noteChange({ removed: false, cookie: cookie('a') });
  const results = await Promise.all([jar.remove(cookie('a')), jar.remove(cookie('a'))]);
  assert.deepEqual(results, [true, false]);
  assert.equal(cookies.removed.length, 1);
});

test('a verdict about an older value does not remove a newer one the browser reported', async () => {
  const cookies = fakeCookies();
  const jar = new CookieJar(cookies);
  jar.noteChange({ removed: false, cookie: cookie('old') });
  jar.noteChange({ removed: true, cookie: cookie('old') });
  jar.noteChange({ removed: false, cookie: cookie('new') });
  assert.equal(await jar.remove(cookie('old')), false);
  assert.equal(await jar.remove(cookie('new')), true);
  assert.equal(cookies.removed.length, 1);
});

test('a cookie removed by someone else is not removed again; one set again is', async () => {
  const cookies = fakeCookies();
  const jar = new CookieJar(cookies);
  jar.noteChange({ removed: true, cookie: cookie('a') });
  assert.equal(await jar.remove(cookie('a')), false);
  jar.noteChange({ removed: false, cookie: cookie('a') });
  assert.equal(await jar.remove(cookie('a')), true);
});

test('a cookie listed by a sweep, never reported by an event, is removed', async () => {
  const jar = new CookieJar(fakeCookies());
  assert.equal(await jar.remove(cookie('listed')), true);
});

test('a removal the browser refuses is false, and logged', async (t) => {
  const warn = t.mock.method(console, 'warn', () => {});
  const jar = new CookieJar(fakeCookies({ fail: true }));
  assert.equal(await jar.remove(cookie('a')), false);
  assert.equal(warn.mock.callCount(), 1);
});
