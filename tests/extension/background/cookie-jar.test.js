// Unit tests of CookieJar.remove (extension/background/cookie-jar.js) with a fake cookies API
// that records removals: sets of an expired cookie, and cookies.remove calls.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CookieJar } from '../../../extension/background/cookie-jar.js';

const cookie = (value, extra = {}) => ({ name: '_ga', value, domain: '.example.com', path: '/', secure: true, storeId: '0', ...extra });

// `refuse` names the calls that throw: 'set', 'remove' or both.
function fakeCookies({ refuse = [] } = {}) {
  const expired = [];
  const removed = [];
  const call = (method, calls) => async (details) => {
    await Promise.resolve();
    if (refuse.includes(method)) throw new Error(`${method} refused`);
    calls.push(details);
  };
  return { expired, removed, set: call('set', expired), remove: call('remove', removed), get count() { return expired.length + removed.length; } };
}

const BY_EXPIRY = { removeByExpiry: true };

test('a cookie is removed with cookies.remove exactly as reported: URL, name, store and partition', async () => {
  const cookies = fakeCookies();
  const jar = new CookieJar(cookies);
  const chips = cookie('a', { partitionKey: { topLevelSite: 'https://news.example' } });
  assert.equal(await jar.remove(chips), true);
  assert.deepEqual(cookies.removed, [{ url: 'https://example.com/', name: '_ga', storeId: '0', partitionKey: { topLevelSite: 'https://news.example' } }]);
  assert.deepEqual(cookies.expired, []);
});

test('removing by expiry sets the cookie expired, exactly as reported: URL, name, store, partition and flags', async () => {
  const cookies = fakeCookies();
  const jar = new CookieJar(cookies, BY_EXPIRY);
  const chips = cookie('a', { hostOnly: false, httpOnly: true, sameSite: 'no_restriction', partitionKey: { topLevelSite: 'https://news.example' } });
  assert.equal(await jar.remove(chips), true);
  assert.deepEqual(cookies.expired, [{
    url: 'https://example.com/', name: '_ga', value: 'a', domain: '.example.com', path: '/', secure: true, httpOnly: true,
    sameSite: 'no_restriction', storeId: '0', partitionKey: { topLevelSite: 'https://news.example' }, expirationDate: 1,
  }]);
  assert.deepEqual(cookies.removed, []);
});

test('a cookie the browser will not set expired is removed with cookies.remove', async () => {
  const cookies = fakeCookies({ refuse: ['set'] });
  const jar = new CookieJar(cookies, BY_EXPIRY);
  assert.equal(await jar.remove(cookie('a')), true);
  assert.deepEqual(cookies.removed, [{ url: 'https://example.com/', name: '_ga', storeId: '0' }]);
});

test('two verdicts about one cookie remove it once', async () => {
  const cookies = fakeCookies();
  const jar = new CookieJar(cookies, BY_EXPIRY);
  jar.noteChange({ removed: false, cookie: cookie('a') });
  const results = await Promise.all([jar.remove(cookie('a')), jar.remove(cookie('a'))]);
  assert.deepEqual(results, [true, false]);
  assert.equal(cookies.count, 1);
});

test('a verdict about an older value does not remove a newer one the browser reported', async () => {
  const cookies = fakeCookies();
  const jar = new CookieJar(cookies);
  jar.noteChange({ removed: false, cookie: cookie('old') });
  jar.noteChange({ removed: true, cookie: cookie('old') });
  jar.noteChange({ removed: false, cookie: cookie('new') });
  assert.equal(await jar.remove(cookie('old')), false);
  assert.equal(await jar.remove(cookie('new')), true);
  assert.equal(cookies.count, 1);
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

test('a removal the browser refuses both ways is false, and logged', async (t) => {
  const warn = t.mock.method(console, 'warn', () => {});
  const jar = new CookieJar(fakeCookies({ refuse: ['set', 'remove'] }), BY_EXPIRY);
  assert.equal(await jar.remove(cookie('a')), false);
  assert.equal(warn.mock.callCount(), 1);
});
