import assert from 'node:assert/strict';
import test from 'node:test';

import { isGenericName } from '../../../scripts/kb/generic-name.mjs';
import { looksStrictlyNecessary, nameLooksNecessary } from '../../../scripts/kb/strictly-necessary.mjs';

test('common names are generic, vendor names are not', () => {
  for (const name of ['session', 'lang', 'user_id', 'userId', 'IDE', 'fr', 'uid', 'visitor_v2', '_ga', 'rsid']) {
    assert.equal(isGenericName(name), true, name);
  }
  for (const name of ['hubspotutk', '__utma', '_fbp', '_ttp', 'li_sugr', 'ABTasty', '_gat']) {
    assert.equal(isGenericName(name), false, name);
  }
});

test('strictly necessary by name', () => {
  for (const name of ['PHPSESSID', 'csrftoken', 'XSRF-TOKEN', 'AWSALBCORS', 'ARRAffinity', 'cart_ts', 'auth_token', 'cookielawinfo-checkbox-necessary', 'lb_route']) {
    assert.equal(nameLooksNecessary(name), true, name);
  }
  for (const name of ['_ga', 'theme', 'sp_landing', 'cookiePreferences']) {
    assert.equal(nameLooksNecessary(name), false, name);
  }
});

test('strictly necessary by description when the name says nothing', () => {
  assert.equal(looksStrictlyNecessary('x9', 'Used to keep the visitor logged in.'), true);
  assert.equal(looksStrictlyNecessary('x9', 'Balances the load between servers (load balancing).'), true);
  assert.equal(looksStrictlyNecessary('x9', 'Remembers the chosen language.'), false);
});
