import assert from 'node:assert/strict';
import test from 'node:test';

import { Precedence } from '../../../scripts/kb/precedence.mjs';

const rule = (name, category, from, extra = {}) => ({ name, match: 'exact', domains: [], category, from, ...extra });

test('a higher tier speaks for a name; a disagreement is recorded', () => {
  const precedence = new Precedence();
  precedence.addTier([rule('_ga', 'performance', 'reviewed:ga'), rule('_hj', 'performance', 'reviewed:hj', { match: 'prefix' })]);
  const kept = precedence.addTier([
    rule('_ga', 'targeting', 'ocd:1'),
    rule('_hjSession_1', 'necessary', 'ocd:2'),
    rule('_hjSession_2', 'performance', 'ocd:3'),
    rule('fresh', 'functional', 'ocd:4'),
  ]);
  assert.deepEqual(kept.map((r) => r.from), ['ocd:4']);
  assert.deepEqual(precedence.conflicts, [
    { name: '_ga', kept: 'reviewed:ga (performance)', dropped: 'ocd:1 says targeting' },
    { name: '_hjSession_1', kept: 'reviewed:hj (performance)', dropped: 'ocd:2 says necessary' },
  ]);
});

test('a rule scoped to other domains does not speak for a name elsewhere', () => {
  const precedence = new Precedence();
  precedence.addTier([rule('NID', 'targeting', 'reviewed:google', { domains: ['google.com'] })]);
  const kept = precedence.addTier([rule('NID', 'necessary', 'cookieblock', { domains: ['example.com'] })]);
  assert.equal(kept.length, 1);
  assert.deepEqual(precedence.conflicts, []);
});

test('a shorter prefix of a higher tier catches a longer one; not the other way round', () => {
  const precedence = new Precedence();
  precedence.addTier([rule('_vwo_', 'performance', 'reviewed:vwo', { match: 'prefix' })]);
  const kept = precedence.addTier([
    rule('_vwo_x', 'performance', 'ocd:1', { match: 'prefix' }),
    rule('_vw', 'targeting', 'ocd:2', { match: 'prefix' }),
  ]);
  assert.deepEqual(kept.map((r) => r.from), ['ocd:2']);
});

test('within a tier, twins that agree are kept once and twins that disagree both go', () => {
  const precedence = new Precedence();
  const kept = precedence.addTier([
    rule('a', 'targeting', 'ocd:1'),
    rule('a', 'targeting', 'ocd:2'),
    rule('b', 'targeting', 'ocd:3'),
    rule('b', 'performance', 'ocd:4'),
  ]);
  assert.deepEqual(kept.map((r) => r.from), ['ocd:1']);
  assert.equal(precedence.conflicts.length, 1);
  assert.equal(precedence.conflicts[0].kept, 'neither');
});

test('a pattern of a higher tier catches the names it matches', () => {
  const precedence = new Precedence();
  precedence.addTier([rule('_ga_[A-Z0-9]+', 'performance', 'reviewed:ga', { match: 'regex' })]);
  assert.equal(precedence.addTier([rule('_ga_ABC123', 'targeting', 'ocd:1')]).length, 0);
});

test('a prefix that would leave a higher tier pattern nothing is left out', () => {
  const precedence = new Precedence();
  precedence.addTier([rule('prism_[0-9]+', 'necessary', 'reviewed:ac', { match: 'regex' })]);
  const kept = precedence.addTier([
    rule('prism_', 'targeting', 'ocd:1', { match: 'prefix' }),
    rule('pri', 'targeting', 'ocd:2', { match: 'prefix' }),
    rule('prism_1', 'targeting', 'ocd:3', { match: 'prefix' }),
    rule('other_', 'targeting', 'ocd:4', { match: 'prefix' }),
  ]);
  assert.deepEqual(kept.map((r) => r.from), ['ocd:3', 'ocd:4']);
  assert.equal(precedence.conflicts.length, 2);
});
