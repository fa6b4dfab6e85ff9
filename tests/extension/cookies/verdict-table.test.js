import assert from 'node:assert/strict';
import { test } from 'node:test';

import { joinVerdicts, packVerdicts } from '../../../extension/lib/cookies/verdict-table.js';

const cookie = (name, domain = 'shop.example') => ({ name, domain, path: '/', storeId: '0', value: 'v' });
const verdict = (category, extra = {}) => ({ category, action: category === 'targeting' ? 'delete' : 'keep', reason: `a ${category} cookie`, site: 'shop.example', ...extra });

test('a packed verdict reads back whole, joined to its cookie by key', () => {
  const cookies = [cookie('a'), cookie('b'), cookie('c', 'ads.example')];
  const verdicts = [verdict('necessary'), verdict('targeting', { declared: { category: 'performance', contradicts: true } }), verdict('targeting')];
  const rows = joinVerdicts([...cookies].reverse(), packVerdicts(cookies, verdicts));
  assert.deepEqual(rows, [{ cookie: cookies[2], verdict: verdicts[2] }, { cookie: cookies[1], verdict: verdicts[1] }, { cookie: cookies[0], verdict: verdicts[0] }]);
});

test('each distinct value is packed once; a field one verdict lacks stays absent from it', () => {
  const many = Array.from({ length: 1000 }, (_, i) => cookie(`pref_${i}`));
  assert.equal(packVerdicts(many, many.map(() => verdict('functional'))).values.length, 4);
  const pair = [cookie('x'), cookie('y')];
  const rows = joinVerdicts(pair, packVerdicts(pair, [{ category: 'necessary', error: 'bad' }, { category: 'functional' }]));
  assert.deepEqual(rows.map((row) => row.verdict), [{ category: 'necessary', error: 'bad' }, { category: 'functional' }]);
});

test('a cookie the background did not judge (set since) is left out', () => {
  const packed = packVerdicts([cookie('a')], [verdict('necessary')]);
  assert.deepEqual(joinVerdicts([cookie('new'), cookie('a')], packed).map((row) => row.cookie.name), ['a']);
});
