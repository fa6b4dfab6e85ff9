// Unit tests of extension/background/site-of.js. The host is reduced to the one call the resolver
// makes; it answers like host/handlers/site_of.cpp for the names used here and records each request.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { siteResolver } from '../../extension/background/site-of.js';

function recordingHost(answers) {
  const requests = [];
  return {
    requests,
    request: async (type, fields) => {
      requests.push({ type, fields });
      return { type, sites: fields.urls.map((url) => answers[url] ?? null) };
    },
  };
}

test('asks the host for the site of the page\'s host name', async () => {
  const host = recordingHost({ 'shop.example.co.uk': 'example.co.uk' });
  const siteOf = siteResolver(host);
  assert.equal(await siteOf('https://shop.example.co.uk:8443/cart?x=1'), 'example.co.uk');
  assert.deepEqual(host.requests, [{ type: 'site', fields: { urls: ['shop.example.co.uk'] } }]);
});

test('a bare host name is asked about as it is', async () => {
  const host = recordingHost({ 'a.github.io': 'a.github.io' });
  assert.equal(await siteResolver(host)('a.github.io'), 'a.github.io');
  assert.deepEqual(host.requests[0].fields, { urls: ['a.github.io'] });
});

test('each host name is asked about once', async () => {
  const host = recordingHost({ 'www.example.com': 'example.com', 'example.com': 'example.com' });
  const siteOf = siteResolver(host);
  for (const url of ['https://www.example.com/a', 'http://www.example.com/b', 'www.example.com', 'example.com']) {
    assert.equal(await siteOf(url), 'example.com');
  }
  assert.deepEqual(host.requests.map(({ fields }) => fields.urls[0]), ['www.example.com', 'example.com']);
});

test('a page without a site is an error, and is not remembered', async () => {
  const host = recordingHost({});
  const siteOf = siteResolver(host);
  await assert.rejects(siteOf('file:///home/u/page.html'), /has no site/);
  await assert.rejects(siteOf('file:///home/u/other.html'), /has no site/);
  assert.equal(host.requests.length, 2);
});

test('a host failure reaches the caller', async () => {
  const siteOf = siteResolver({ request: async () => { throw new Error('the host is not connected'); } });
  await assert.rejects(siteOf('https://example.com/'), /not connected/);
});

test('many pages are answered in order with one request for the host names not yet known', async () => {
  const host = recordingHost({ 'www.example.com': 'example.com', 'ads.tracker.net': 'tracker.net' });
  const siteOf = siteResolver(host);
  await siteOf('https://www.example.com/');
  const sites = await siteOf.many(['https://ads.tracker.net/x', 'www.example.com', 'file:///x', 'ads.tracker.net']);
  assert.deepEqual(sites, ['tracker.net', 'example.com', null, 'tracker.net']);
  assert.deepEqual(host.requests.map(({ fields }) => fields.urls), [['www.example.com'], ['ads.tracker.net', '']]);
});
