import { test } from 'node:test';
import assert from 'node:assert/strict';
import { siteReport } from '../../../extension/lib/cmp/site-report.js';

const live = (name, verdict) => ({ cookie: { name, domain: 'shop.example' }, verdict });
const declaration = { cmp: 'cookiebot', cookies: [{ name: '_ga', category: 'necessary' }, { name: 'cart', category: 'necessary' }] };

test('a report lists undeclared cookies, contradictions and refused categories set anyway', () => {
  const report = siteReport({
    declaration,
    live: [
      live('_ga', { category: 'performance', action: 'delete', reason: 'Google Analytics', declared: { category: 'necessary', label: 'necessary', contradicts: true, decided: false } }),
      live('cart', { category: 'necessary', action: 'keep', reason: 'declared', declared: { category: 'necessary', contradicts: false } }),
      live('mystery', { category: 'necessary', action: 'keep', reason: 'weak evidence' }),
      live('mystery', { category: 'necessary', action: 'keep', reason: 'weak evidence' }),
      live('broken', { error: 'bad cookie' }),
    ],
    entries: [{ category: 'targeting', cookie: { name: 'ads' } }, { category: 'targeting', cookie: { name: 'ads' } }],
  });
  assert.equal(report.declaredCount, 2);
  assert.deepEqual(report.undeclared, ['mystery']);
  assert.deepEqual(report.contradictions.map((c) => [c.name, c.declared.category, c.category]), [['_ga', 'necessary', 'performance']]);
  assert.deepEqual(report.setAnyway, [{ category: 'performance', names: ['_ga'] }, { category: 'targeting', names: ['ads'] }]);
});

test('without a declaration nothing is "undeclared", and deletions still show', () => {
  const report = siteReport({ declaration: null, live: [live('x', { category: 'necessary', action: 'keep' })], entries: [{ category: 'performance', cookie: { name: 'y' } }] });
  assert.equal(report.declaredCount, 0);
  assert.deepEqual(report.undeclared, []);
  assert.deepEqual(report.setAnyway, [{ category: 'performance', names: ['y'] }]);
});
