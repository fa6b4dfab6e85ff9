import assert from 'node:assert/strict';
import test from 'node:test';

import { domainsOf, registrableDomain } from '../../../scripts/kb/domains.mjs';

test('registrable domains of hosts', () => {
  assert.equal(registrableDomain('.ads.yieldmo.com'), 'yieldmo.com');
  assert.equal(registrableDomain('www.rdstation.com.br'), 'rdstation.com.br');
  assert.equal(registrableDomain('news.bbc.co.uk'), 'bbc.co.uk');
  assert.equal(registrableDomain('t.co'), 't.co');
  assert.equal(registrableDomain('id5-sync'), null);
  assert.equal(registrableDomain('not a host'), null);
});

test('domains named in a free-text field', () => {
  assert.deepEqual(domainsOf('adform.net (3rd party)'), ['adform.net']);
  assert.deepEqual(domainsOf('.bing.com (3rd party) or .microsoft.com (3rd party)'), ['bing.com', 'microsoft.com']);
  assert.deepEqual(domainsOf('or demdex.net (3rd party)'), ['demdex.net']);
  assert.deepEqual(domainsOf('ads-[account].adhese.com'), ['adhese.com']);
  assert.deepEqual(domainsOf('.commander1.com\u200b'), ['commander1.com']);
  assert.deepEqual(domainsOf(''), []);
});
