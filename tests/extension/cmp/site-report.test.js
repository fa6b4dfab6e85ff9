import { test } from 'node:test';
import assert from 'node:assert/strict';
import { siteReport } from '../../../extension/lib/cmp/site-report.js';

const live = (name, verdict) => ({ cookie: { name, domain: 'shop.example' }, verdict });
const declaration = { cmp: 'cookiebot', cookies: [{ name: '_ga', category: 'necessary' }, { name: 'cart', category: 'necessary' }, { name: '_hj*', pattern: true, category: 'necessary' }] };
const stored = [{ name: '_ga', declared: 'necessary', label: 'necessary', category: 'performance', reason: 'Google Analytics: ...' }];

test('a report lists undeclared cookies, contradictions and refused categories set anyway', () => {
  const report = siteReport({
    declared: { declaration, contradictions: stored },
    live: [
      live('_hjid', { category: 'performance', action: 'delete', reason: 'Hotjar', declared: { category: 'necessary', label: 'necessary', contradicts: true } }),
      live('_ga', { category: 'performance', action: 'delete', reason: 'Google Analytics', declared: { category: 'necessary', label: 'necessary', contradicts: true } }),
      live('cart', { category: 'necessary', action: 'keep', reason: 'declared', declared: { category: 'necessary', contradicts: false } }),
      live('mystery', { category: 'necessary', action: 'keep', reason: 'weak evidence' }),
      live('mystery', { category: 'necessary', action: 'keep', reason: 'weak evidence' }),
      live('broken', { error: 'bad cookie' }),
    ],
    entries: [{ category: 'targeting', cookie: { name: 'ads' } }, { category: 'targeting', cookie: { name: 'ads' } }],
  });
  assert.equal(report.declaredCount, 3);
  assert.deepEqual(report.undeclared, ['mystery']);
  assert.deepEqual(report.contradictions.map((c) => [c.name, c.declared, c.category]),
    [['_ga', 'necessary', 'performance'], ['_hjid', 'necessary', 'performance']]);
  assert.deepEqual(report.setAnyway, [{ category: 'performance', names: ['_ga', '_hjid'] }, { category: 'targeting', names: ['ads'] }]);
});

test("the host's contradictions show even when the cookie is gone from the jar", () => {
  const report = siteReport({ declared: { declaration, contradictions: stored }, live: [], entries: [] });
  assert.deepEqual(report.contradictions.map((c) => c.name), ['_ga']);
});

test('without a declaration nothing is "undeclared", and deletions still show', () => {
  const report = siteReport({ declared: { declaration: null, contradictions: [] }, live: [live('x', { category: 'necessary', action: 'keep' })], entries: [{ category: 'performance', cookie: { name: 'y' } }] });
  assert.equal(report.declaredCount, 0);
  assert.deepEqual(report.undeclared, []);
  assert.deepEqual(report.setAnyway, [{ category: 'performance', names: ['y'] }]);
});
