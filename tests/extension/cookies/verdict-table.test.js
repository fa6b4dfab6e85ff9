import assert from 'node:assert/strict';
import { test } from 'node:test';

import { joinVerdicts, packVerdicts } from '../../../extension/lib/cookies/verdict-table.js';

const cookie = (name, domain = 'shop.example') => ({ name, domain, path: '/', storeId: '0', value: 'v' });
const verdict = (category, extra = {}) => ({ category, action: category === 'targeting' ? 'delete' : 'keep', reason: `a ${category} cookie`, site: 'shop.example', ...extra });

test('a packed verdict reads back whole, joined to its cookie in order', () => {
  const cookies = [cookie('a'), cookie('b'), cookie('c', 'ads.example')];
  const verdicts = [verdict('necessary'), verdict('targeting', { declared: { category: 'performance', contradicts: true } }), verdict('targeting')];
  const rows = joinVerdicts(JSON.parse(JSON.stringify({ cookies, verdicts: packVerdicts(verdicts) })));
  assert.deepEqual(rows, cookies.map((c, i) => ({ cookie: c, verdict: verdicts[i] })));
});

test('each distinct value is packed once; a field one verdict lacks stays absent from it', () => {
  const many = Array.from({ length: 1000 }, () => verdict('functional', { declared: { category: 'functional' } }));
  assert.equal(packVerdicts(many).values.length, 5);
  const pair = [cookie('x'), cookie('y')];
  const rows = joinVerdicts({ cookies: pair, verdicts: packVerdicts([{ category: 'necessary', error: 'bad' }, { category: 'functional' }]) });
  assert.deepEqual(rows.map((row) => row.verdict), [{ category: 'necessary', error: 'bad' }, { category: 'functional' }]);
});
