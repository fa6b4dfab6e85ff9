import assert from 'node:assert/strict';
import { test } from 'node:test';

import { sortBySite } from '../../../extension/inspect/cookie-table.js';

const row = (site, name) => ({ cookie: { name }, verdict: { site } });

test('the sites with most cookies come first, then by name; within a site cookies by name, numbers in order', () => {
  const rows = [row('b.example', 'x'), row('a.example', 'pref_10'), row('c.example', 'z'), row('a.example', 'pref_2'),
    row('c.example', 'y'), row('d.example', 'w')];
  assert.deepEqual(sortBySite(rows).map((r) => `${r.verdict.site} ${r.cookie.name}`), [
    'a.example pref_2', 'a.example pref_10', 'c.example y', 'c.example z', 'b.example x', 'd.example w',
  ]);
  assert.equal(rows[0].cookie.name, 'x', 'the given list is left as it was');
});
