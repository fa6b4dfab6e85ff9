import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readCookieYes } from '../../../extension/lib/cmp/cookieyes.js';
import { byName, fixture } from './fixtures.js';

test('CookieYes slugs map to our categories; "other" declares nothing', () => {
  const entries = readCookieYes(fixture('cookieyes-config'));
  assert.deepEqual(byName(entries), {
    'cookieyes-consent': 'necessary',
    cy_lang: 'functional',
    cy_visits: 'performance',
    _ga: 'performance',
    cy_speed: 'performance',
    cy_ads: 'targeting',
  });
  assert.equal(entries.find((e) => e.name === 'cy_lang').label, 'Functional');  // a {language: name} object
});

test('a malformed _ckyConfig declares nothing', () => {
  for (const config of [undefined, {}, { _categories: {} }, { _categories: [{ slug: 'analytics', cookies: [{ cookieID: 1 }] }] }]) {
    assert.deepEqual(readCookieYes(config), []);
  }
});
