import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readCookiebot } from '../../../extension/lib/cmp/cookiebot.js';
import { byName, fixture } from './fixtures.js';

test('Cookiebot tables map to our categories; local storage, pixels and unclassified rows declare nothing', () => {
  assert.deepEqual(byName(readCookiebot(fixture('cookiebot-dialog'))), {
    CookieConsent: 'necessary',
    cb_cart: 'necessary',
    lang_pref: 'functional',
    _ga: 'performance',
    '~_ga_*': 'performance',
    '~_hjSession_*': 'performance',
    cb_visits: 'performance',
    IDE: 'targeting',
    cb_campaign: 'targeting',
    ads_sessionid_track: 'targeting',  // its regex has an alternation: the name as shown
  });
});

test("Cookiebot's labels are its own category words", () => {
  const labels = Object.fromEntries(readCookiebot(fixture('cookiebot-dialog')).map((e) => [e.name, e.label]));
  assert.equal(labels.cb_cart, 'necessary');
  assert.equal(labels.lang_pref, 'preferences');
  assert.equal(labels.cb_visits, 'statistics');
  assert.equal(labels.cb_campaign, 'marketing');
});

test('a name pattern from the regex column is read where the name shows no #', () => {
  const entries = readCookiebot({ cookieTableStatistics: [['_pk_id', 'shop.example', '', '1 year', 'HTTP', '1', '^_pk_id\\.\\d+\\.[0-9a-f]+$']] });
  assert.deepEqual(entries, [{ name: '_pk_id.*.*', pattern: true, category: 'performance', label: 'statistics' }]);
});

test('rows of the wrong shape are skipped, not fatal', () => {
  const entries = readCookiebot({
    cookieTableAdvertising: [null, 'x', [42, 'a'], { 0: 'obj' }, ['ok_name', 'p', '', '', 'HTTP']],
    cookieTableStatistics: 'not a table',
  });
  assert.deepEqual(byName(entries), { ok_name: 'targeting' });
  assert.deepEqual(readCookiebot(undefined), []);
});
