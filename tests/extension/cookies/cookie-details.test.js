// Unit tests of extension/lib/cookies/cookie-details.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cookieUrl, expiryDetails, isPartitioned, removalDetails, restoreDetails } from '../../../extension/lib/cookies/cookie-details.js';

const base = { name: '_ga', value: 'GA1.2.3.4', domain: '.example.com', path: '/', secure: false, storeId: '0' };

test('removal URL: scheme from secure, domain without leading dot, path', () => {
  assert.equal(cookieUrl(base), 'http://example.com/');
  assert.equal(cookieUrl({ ...base, secure: true, path: '/shop/cart' }), 'https://example.com/shop/cart');
  assert.equal(cookieUrl({ ...base, domain: 'www.example.com' }), 'http://www.example.com/');
});

test('removal URL puts IPv6 hosts in brackets and keeps IPv4 as is', () => {
  assert.equal(cookieUrl({ ...base, domain: '::1' }), 'http://[::1]/');
  assert.equal(cookieUrl({ ...base, domain: '[::1]' }), 'http://[::1]/');
  assert.equal(cookieUrl({ ...base, domain: '127.0.0.1' }), 'http://127.0.0.1/');
});

test('a missing or relative path becomes /', () => {
  assert.equal(cookieUrl({ ...base, path: undefined }), 'http://example.com/');
  assert.equal(cookieUrl({ ...base, path: '' }), 'http://example.com/');
});

test('removal details always carry the store and nothing else for a plain cookie', () => {
  assert.deepEqual(removalDetails({ ...base, storeId: 'firefox-container-2' }),
    { url: 'http://example.com/', name: '_ga', storeId: 'firefox-container-2' });
});

test('a partitioned cookie is removed with its own partition key', () => {
  const chips = { ...base, secure: true, partitionKey: { topLevelSite: 'https://news.example', hasCrossSiteAncestor: false } };
  assert.ok(isPartitioned(chips));
  assert.deepEqual(removalDetails(chips), {
    url: 'https://example.com/', name: '_ga', storeId: '0',
    partitionKey: { topLevelSite: 'https://news.example', hasCrossSiteAncestor: false },
  });
});

test('an empty or absent partition key means not partitioned', () => {
  assert.equal(isPartitioned({ ...base, partitionKey: {} }), false);
  assert.equal(isPartitioned({ ...base, partitionKey: null }), false);
  assert.equal('partitionKey' in removalDetails({ ...base, partitionKey: { topLevelSite: '' } }), false);
});

test('Firefox first-party domain is passed whenever the browser reported one, even empty', () => {
  assert.equal(removalDetails({ ...base, firstPartyDomain: 'example.org' }).firstPartyDomain, 'example.org');
  assert.equal(removalDetails({ ...base, firstPartyDomain: '' }).firstPartyDomain, '');
  assert.equal('firstPartyDomain' in removalDetails(base), false);
});

test('restore of a host-only session cookie omits domain and expiry, and the fields set() rejects', () => {
  const cookie = { ...base, domain: 'shop.example.com', hostOnly: true, session: true, httpOnly: true, sameSite: 'lax' };
  const details = restoreDetails(cookie, 'http://shop.example.com/');
  assert.deepEqual(details, {
    url: 'http://shop.example.com/', name: '_ga', value: 'GA1.2.3.4', path: '/', secure: false,
    httpOnly: true, storeId: '0', sameSite: 'lax',
  });
});

test('restore of a persistent domain cookie keeps domain and expiry', () => {
  const cookie = { ...base, hostOnly: false, session: false, expirationDate: 1893456000, sameSite: 'unspecified' };
  const details = restoreDetails(cookie, 'http://example.com/');
  assert.equal(details.domain, '.example.com');
  assert.equal(details.expirationDate, 1893456000);
  assert.equal('sameSite' in details, false, 'unspecified is left to the browser');
  assert.equal('hostOnly' in details || 'session' in details, false);
});

test('restore keeps the partition key and drops an empty store id', () => {
  const cookie = { ...base, storeId: '', session: false, expirationDate: 2e9, partitionKey: { topLevelSite: 'https://a.example' } };
  const details = restoreDetails(cookie, 'https://example.com/');
  assert.deepEqual(details.partitionKey, { topLevelSite: 'https://a.example' });
  assert.equal('storeId' in details, false);
});

// The expired set must name the cookie's key exactly (or it removes nothing, or another cookie)
// and carry the flags the browser demands of its name and SameSite (or it is refused).
const EXPIRED = 1;

test('expiring a host-only cookie sets no domain, on its own scheme and path', () => {
  const cookie = { ...base, domain: 'shop.example.com', path: '/cart', hostOnly: true, session: true, sameSite: 'lax' };
  assert.deepEqual(expiryDetails(cookie), {
    url: 'http://shop.example.com/cart', name: '_ga', value: 'GA1.2.3.4', path: '/cart', secure: false,
    httpOnly: false, storeId: '0', sameSite: 'lax', expirationDate: EXPIRED,
  });
});

test('expiring a domain cookie keeps its domain and replaces its expiry with one in the past', () => {
  const details = expiryDetails({ ...base, hostOnly: false, session: false, expirationDate: 2e9, sameSite: 'unspecified' });
  assert.equal(details.domain, '.example.com');
  assert.equal(details.expirationDate, EXPIRED);
  assert.equal('sameSite' in details, false, 'unspecified is left to the browser');
});

test('expiring a __Host- cookie: secure, path /, no domain', () => {
  const details = expiryDetails({ ...base, name: '__Host-sid', domain: 'example.com', hostOnly: true, secure: true, httpOnly: true });
  assert.equal(details.url, 'https://example.com/');
  assert.equal(details.secure, true);
  assert.equal(details.path, '/');
  assert.equal('domain' in details, false);
  assert.equal(details.httpOnly, true);
});

test('expiring a __Secure- SameSite=None cookie keeps it secure and SameSite=None', () => {
  const details = expiryDetails({ ...base, name: '__Secure-3PSID', hostOnly: false, secure: true, sameSite: 'no_restriction' });
  assert.equal(details.url, 'https://example.com/');
  assert.equal(details.secure, true);
  assert.equal(details.sameSite, 'no_restriction');
  assert.equal(details.domain, '.example.com');
});

test('expiring a partitioned cookie names its partition; a Firefox cookie its first-party domain and container', () => {
  const chips = { ...base, secure: true, hostOnly: true, partitionKey: { topLevelSite: 'https://news.example', hasCrossSiteAncestor: true } };
  assert.deepEqual(expiryDetails(chips).partitionKey, { topLevelSite: 'https://news.example', hasCrossSiteAncestor: true });
  const isolated = expiryDetails({ ...base, storeId: 'firefox-container-2', firstPartyDomain: 'news.example' });
  assert.equal(isolated.storeId, 'firefox-container-2');
  assert.equal(isolated.firstPartyDomain, 'news.example');
});
