// Unit tests of extension/background/cookie-jar.js's remove against a fake cookies API.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CookieJar } from '../../../extension/background/cookie-jar.js';
import { FakeCookies } from './fakes.js';

const tracker = {
  name: '_ga', value: 'GA1.2.3', domain: '.shop.example', path: '/', secure: true, storeId: '0', hostOnly: false,
};
const partitioned = {
  name: 'chips', value: 'v', domain: 'widget.example', path: '/', secure: true, storeId: '0', hostOnly: true,
  partitionKey: { topLevelSite: 'https://shop.example' },
};

test('remove calls cookies.remove with the exact removal details and reports it', async () => {
  const cookies = new FakeCookies([tracker, partitioned]);
  const jar = new CookieJar(cookies);
  assert.equal(await jar.remove(tracker), true);
  assert.equal(await jar.remove(partitioned), true);
  assert.deepEqual(cookies.removals, [
    { url: 'https://shop.example/', name: '_ga', storeId: '0' },
    { url: 'https://widget.example/', name: 'chips', storeId: '0', partitionKey: { topLevelSite: 'https://shop.example' } },
  ]);
  assert.deepEqual(cookies.jar, []);
});

test('a cookie already gone, or holding a newer value, is not removed', async () => {
  const cookies = new FakeCookies([{ ...tracker, value: 'newer' }]);
  const jar = new CookieJar(cookies);
  assert.equal(await jar.remove(tracker), false);
  assert.deepEqual(cookies.removals, []);
  assert.equal(await jar.remove({ ...tracker, name: 'gone' }), false);
  assert.equal(cookies.jar.length, 1);
});

test('two removals of one cookie run in turn and only the first reports it', async () => {
  const cookies = new FakeCookies([tracker]);
  const jar = new CookieJar(cookies);
  const results = await Promise.all([jar.remove(tracker), jar.remove({ ...tracker })]);
  assert.deepEqual(results, [true, false]);
  assert.equal(cookies.removals.length, 1);
});

test('a failing cookies.remove reports false instead of throwing', async () => {
  const cookies = new FakeCookies([tracker]);
  cookies.remove = async () => { throw new Error('No host permission'); };
  const jar = new CookieJar(cookies);
  const warn = console.warn;
  console.warn = () => {};
  try {
    assert.equal(await jar.remove(tracker), false);
  } finally {
    console.warn = warn;
  }
});
