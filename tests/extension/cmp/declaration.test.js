import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LIMITS, declarationFrom } from '../../../extension/lib/cmp/declaration.js';
import { fixture } from './fixtures.js';

const cookiebot = (rows) => ({ cmp: 'cookiebot', data: { cookieTableAdvertising: rows } });
const row = (name) => [name, 'shop.example', '', '1 year', 'HTTP', '1'];

test('a page object becomes a declaration for the host', () => {
  const declaration = declarationFrom({ cmp: 'onetrust', data: fixture('onetrust-en') });
  assert.equal(declaration.cmp, 'onetrust');
  assert.deepEqual(declaration.cookies[0], { name: 'OptanonConsent', pattern: false, category: 'necessary', label: 'Strictly Necessary Cookies' });
});

test('unknown platforms, unusable data and empty declarations are nothing', () => {
  for (const message of [undefined, null, {}, { cmp: 'evil', data: {} }, { cmp: 'toString', data: {} },
    { cmp: 'cookiebot', data: null }, cookiebot([]), { cmp: 'onetrust', data: { Groups: [] } }]) {
    assert.equal(declarationFrom(message), null, JSON.stringify(message));
  }
});

test('entries a page could abuse are dropped, the rest kept', () => {
  const declaration = declarationFrom(cookiebot([
    row('ok'), row(''), row('x'.repeat(LIMITS.nameBytes + 1)), row('é'.repeat(129)), row('a\u0000b'),
    row('#'), row('a#'), row('#a#b#c#d#e#'), row('ok'), row('_ga_#'),
  ]));
  assert.deepEqual(declaration.cookies.map((e) => `${e.pattern ? '~' : ''}${e.name}`), ['ok', '~_ga_*']);
});

test('counts are bounded: entries, then patterns', () => {
  const many = Array.from({ length: LIMITS.cookies + 10 }, (_, i) => row(`c${i}`));
  assert.equal(declarationFrom(cookiebot(many)).cookies.length, LIMITS.cookies);
  const patterns = Array.from({ length: LIMITS.patterns + 10 }, (_, i) => row(`p${i}_#`));
  assert.equal(declarationFrom(cookiebot(patterns)).cookies.length, LIMITS.patterns);
});

test('labels are cleaned and cut to the byte limit on a character boundary', () => {
  const long = { cmp: 'onetrust', data: { Groups: [{ OptanonGroupId: 'C0004', GroupName: `Wer\nbung ${'ü'.repeat(80)}`, FirstPartyCookies: [{ Name: 'a1' }] }] } };
  const [entry] = declarationFrom(long).cookies;
  assert.ok(new TextEncoder().encode(entry.label).length <= LIMITS.labelBytes);
  assert.match(entry.label, /^Wer bung ü+$/);
});

test('a reader that throws on a hostile object declares nothing', () => {
  const data = { get cookieTableNecessary() { throw new Error('boom'); } };
  assert.equal(declarationFrom({ cmp: 'cookiebot', data }), null);
});
