import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readOneTrust } from '../../../extension/lib/cmp/onetrust.js';
import { byName, fixture } from './fixtures.js';

test('OneTrust standard group ids map to our categories, third parties and subgroups included', () => {
  assert.deepEqual(byName(readOneTrust(fixture('onetrust-en'))), {
    OptanonConsent: 'necessary',
    ot_cart: 'necessary',
    ot_visits: 'performance',
    _ga: 'performance',
    _hjid: 'performance',
    ot_theme: 'functional',
    ot_campaign: 'targeting',
    IDE: 'targeting',
    ot_share: 'targeting',  // social media counts as targeting
    ot_stack: 'targeting',  // a subgroup with its own id takes its parent's category
  });
});

test('groups numbered 1..8 map on their Spanish names, and keep them as labels', () => {
  const entries = readOneTrust(fixture('onetrust-es-numbered'));
  assert.deepEqual(byName(entries), {
    sesion_tienda: 'necessary',
    visitas: 'performance',
    idioma: 'functional',
    campania: 'targeting',
    compartir: 'targeting',
  });
  assert.equal(entries.find((e) => e.name === 'visitas').label, 'Cookies de rendimiento');
});

test('an older German banner (Cookies[], names in GroupLanguagePropertiesSets) maps on its names', () => {
  assert.deepEqual(byName(readOneTrust(fixture('onetrust-de-legacy'))), {
    sitzung: 'necessary',
    besuche: 'performance',
    sprache: 'functional',
    kampagne: 'targeting',
    // "Sonstiges" (other) says nothing about what its cookies are for
  });
});

test('a hostile or half-built GetDomainData declares nothing and does not throw', () => {
  for (const data of [undefined, null, 5, { Groups: 'x' }, { Groups: [null, 3, { FirstPartyCookies: 'x' }] },
    { Groups: [{ OptanonGroupId: 'C0004', FirstPartyCookies: [{ Name: 42 }, null], Hosts: [null, { Cookies: 'x' }] }] }]) {
    assert.deepEqual(readOneTrust(data), [], JSON.stringify(data));
  }
});
