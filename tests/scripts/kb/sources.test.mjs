import assert from 'node:assert/strict';
import test from 'node:test';

import { readCookieBlock } from '../../../scripts/kb/cookieblock.mjs';
import { categoryOf, readOpenCookieDatabase } from '../../../scripts/kb/open-cookie-database.mjs';
import { purposeFrom } from '../../../scripts/kb/purpose.mjs';
import { loadServices, readTarteaucitron } from '../../../scripts/kb/tarteaucitron.mjs';

const ocdEntry = (fields) => ({
  id: 'id-1', category: 'Functional', cookie: 'x', domain: '', description: '', privacyLink: '', wildcardMatch: '0', ...fields,
});

test('OCD categories: Functional is split into necessary and functional', () => {
  assert.equal(categoryOf(ocdEntry({ cookie: 'PHPSESSID' })), 'necessary');
  assert.equal(categoryOf(ocdEntry({ cookie: 'wpl_lang_pref', description: 'Remembers the language.' })), 'functional');
  assert.equal(categoryOf(ocdEntry({ category: 'Marketing', cookie: '_xyz_id' })), 'targeting');
  assert.equal(categoryOf(ocdEntry({ category: 'Analytics', cookie: '_xyz_id' })), 'performance');
  assert.equal(categoryOf(ocdEntry({ category: 'Security', cookie: '_xyz_id' })), 'necessary');
});

test('OCD entries: wildcards become prefixes, common names keep their domain, overrides win', () => {
  const database = {
    Acme: [
      ocdEntry({ id: '1', category: 'Marketing', cookie: 'acme_seg_', wildcardMatch: '1', privacyLink: 'https://acme.example/privacy' }),
      ocdEntry({ id: '2', category: 'Marketing', cookie: 'uid', domain: '.ads.acme.com (3rd party)' }),
      ocdEntry({ id: '3', category: 'Marketing', cookie: 'session' }),
      ocdEntry({ id: '4', category: 'Analytics', cookie: 'acme_stats' }),
    ],
  };
  const { rules, skipped } = readOpenCookieDatabase(database, { 4: { category: 'necessary', why: 'reviewed' } });
  assert.deepEqual(rules.map((r) => [r.name, r.match, r.domains, r.category]), [
    ['acme_seg_', 'prefix', [], 'targeting'],
    ['uid', 'exact', ['acme.com'], 'targeting'],
    ['acme_stats', 'exact', [], 'necessary'],
  ]);
  assert.equal(rules[0].vendor.source, 'https://acme.example/privacy');
  assert.equal(rules[0].from, 'open-cookie-database:1');
  assert.match(skipped[0], /session: a common name/);
});

test('tarteaucitron: a site setting in a name makes a prefix; disputed and necessary names stay out', () => {
  const services = loadServices(`
    tarteaucitron.services.a = {key: 'a', type: 'analytic', name: 'A', uri: 'https://a.example', cookies: ['acmevisit_id', 'acmetrk_' + tarteaucitron.user.aId, 'shared_name']};
    tarteaucitron.services.b = {key: 'b', type: 'ads', name: 'B', uri: '', cookies: ['shared_name', 'AWSALB', 'lang']};
  `);
  const { rules, skipped } = readTarteaucitron(services);
  assert.deepEqual(rules.map((r) => [r.name, r.match, r.category, r.from]), [
    ['acmevisit_id', 'exact', 'performance', 'tarteaucitron:a'],
    ['acmetrk_', 'prefix', 'performance', 'tarteaucitron:a'],
  ]);
  assert.equal(skipped.length, 3);
});

test('CookieBlock: names everywhere, on a domain, and on a family of domains', () => {
  const { rules } = readCookieBlock({
    name_match: { CookieConsent: 0 },
    domain_match: { 'www.acme.co.uk': { acme_theme: 1 } },
    domain_regex: { '^google\\..*': { NID: 0 } },
  });
  assert.deepEqual(rules.map((r) => [r.name, r.domains, r.category]), [
    ['CookieConsent', [], 'necessary'],
    ['acme_theme', ['acme.co.uk'], 'functional'],
    ['NID', ['google.com'], 'necessary'],
  ]);
});

test('purposes read inside a sentence', () => {
  assert.equal(purposeFrom('Registers the consent. More text.', 'f'), 'registers the consent');
  assert.equal(purposeFrom('Google uses it.', 'f'), 'described as: Google uses it');
  assert.equal(purposeFrom('', 'a cookie of Acme'), 'a cookie of Acme');
});

test('a description that says nothing gives the fallback purpose', () => {
  assert.equal(purposeFrom('Pending', 'a cookie of Acme'), 'a cookie of Acme');
  assert.equal(purposeFrom('\u200dIdentifier of the visitor.', 'f'), 'described as: Identifier of the visitor');
});
