import assert from 'node:assert/strict';
import { test } from 'node:test';

import { changes, merge, settingsOf, stamp, valuesOf, withoutOldTombstones } from '../../../extension/lib/sync/settings-merge.js';

const ALL = { necessary: true, functional: true, performance: true, targeting: true };
const DEFAULTS = { necessary: true, functional: true, performance: false, targeting: false };
const NONE = { necessary: true, functional: false, performance: false, targeting: false };

function settings({ allowed = DEFAULTS, sites = {}, keep = [], ...rest } = {}) {
  return {
    format: 'consentry-settings', version: 1, allowed, delete_session_cookies: false, ...rest,
    sites: Object.fromEntries(Object.entries(sites).map(([site, a]) => [site, { allowed: a }])),
    keep_list: keep.map(([site, name]) => ({ site, name })),
  };
}

// One browser's sync cycle as the background runs it: date the host's settings against the last
// merged state, merge with what sync holds, and hand back what both sides then hold.
function cycle(hostSettings, base, remote, now) {
  const merged = merge(stamp(hostSettings, base, now), remote);
  return { merged, settings: settingsOf(merged, hostSettings) };
}

test('a settings document round-trips through a state', () => {
  const doc = settings({ sites: { 'a.example': ALL }, keep: [['a.example', 'sid']], caution: 'strict' });
  assert.deepEqual(settingsOf(stamp(doc, null, 5), doc), doc);
  assert.deepEqual(valuesOf(doc).global, { allowed: DEFAULTS, delete_session_cookies: false, caution: 'strict' });
});

test('changes on different sites in two browsers both survive, whatever order they merge in', () => {
  const start = settings({ sites: { 'a.example': ALL } });
  const base = stamp(start, {}, 100);
  const inA = settings({ sites: { 'a.example': ALL, 'b.example': NONE } });
  const inB = settings({ sites: { 'a.example': ALL, 'c.example': ALL } });
  const a = stamp(inA, base, 200);
  const b = stamp(inB, base, 210);
  const expected = { 'a.example': ALL, 'b.example': NONE, 'c.example': ALL };
  assert.deepEqual(valuesOf(settingsOf(merge(a, b), start)).sites, expected);
  assert.deepEqual(valuesOf(settingsOf(merge(b, a), start)).sites, expected);
});

test('the same site changed in two browsers: the later change wins, in both orders', () => {
  const base = stamp(settings({ sites: { 'a.example': DEFAULTS } }), {}, 100);
  const a = stamp(settings({ sites: { 'a.example': ALL } }), base, 300);
  const b = stamp(settings({ sites: { 'a.example': NONE } }), base, 200);
  assert.deepEqual(settingsOf(merge(a, b), settings()).sites, { 'a.example': { allowed: ALL } });
  assert.deepEqual(settingsOf(merge(b, a), settings()).sites, { 'a.example': { allowed: ALL } });
});

test('a site reset in one browser is reset in the other, unless that one changed it later', () => {
  const base = stamp(settings({ sites: { 'a.example': ALL, 'b.example': ALL } }), {}, 100);
  const resetBoth = stamp(settings(), base, 200);
  const changedB = stamp(settings({ sites: { 'a.example': ALL, 'b.example': NONE } }), base, 300);
  const merged = merge(resetBoth, changedB);
  assert.deepEqual(merged.sites['a.example'], { v: null, t: 200 });
  assert.deepEqual(settingsOf(merged, settings()).sites, { 'b.example': { allowed: NONE } });
});

test('kept cookies merge one by one, and forgetting one travels as a tombstone', () => {
  const base = stamp(settings({ keep: [['a.example', 'x'], ['a.example', 'y']] }), {}, 100);
  const a = stamp(settings({ keep: [['a.example', 'y']] }), base, 200); // forgot x
  const b = stamp(settings({ keep: [['a.example', 'x'], ['a.example', 'y'], ['b.example', 'name with space']] }), base, 150);
  assert.deepEqual(settingsOf(merge(a, b), settings()).keep_list,
    [{ site: 'a.example', name: 'y' }, { site: 'b.example', name: 'name with space' }]);
});

test('global fields merge field by field', () => {
  const base = stamp(settings(), {}, 100);
  const a = stamp(settings({ allowed: ALL }), base, 200);
  const b = stamp({ ...settings(), delete_session_cookies: true }, base, 300);
  const merged = settingsOf(merge(a, b), settings());
  assert.deepEqual(merged.allowed, ALL);
  assert.equal(merged.delete_session_cookies, true);
});

test('an unchanged value keeps its time, so re-syncing an old browser does not win over newer changes', () => {
  const base = stamp(settings({ sites: { 'a.example': NONE } }), {}, 100);
  const again = stamp(settings({ sites: { 'a.example': NONE } }), base, 900);
  assert.equal(again.sites['a.example'].t, 100);
  const remote = stamp(settings({ sites: { 'a.example': ALL } }), base, 500);
  assert.deepEqual(merge(again, remote).sites['a.example'].v, ALL);
});

test('a browser that turns sync on takes what the account holds and adds what only it has', () => {
  const account = stamp(settings({ allowed: ALL, sites: { 'a.example': NONE } }), {}, 100);
  const fresh = settings({ sites: { 'a.example': ALL, 'z.example': NONE } });
  const { settings: result } = cycle(fresh, null, account, 5000);
  assert.deepEqual(result.allowed, ALL);
  assert.deepEqual(result.sites, { 'a.example': { allowed: NONE }, 'z.example': { allowed: NONE } });
});

test('equal times pick the same entry on every side', () => {
  const a = { global: {}, sites: { 's.example': { v: ALL, t: 7 } }, keep: {} };
  const b = { global: {}, sites: { 's.example': { v: NONE, t: 7 } }, keep: {} };
  assert.deepEqual(merge(a, b), merge(b, a));
});

test('changes() tells whether applying a state would change the settings', () => {
  const doc = settings({ sites: { 'a.example': ALL } });
  const state = stamp(doc, {}, 1);
  assert.equal(changes(state, doc), false);
  assert.equal(changes(merge(state, { global: {}, sites: { 'b.example': { v: NONE, t: 2 } }, keep: {} }), doc), true);
  assert.equal(changes(state, { ...doc, sites: {} }), true);
});

test('old tombstones are dropped, recent ones and live entries stay', () => {
  const state = {
    global: { allowed: { v: ALL, t: 1 } },
    sites: { old: { v: null, t: 1 }, recent: { v: null, t: 900 }, live: { v: ALL, t: 1 } },
    keep: { 'old x': { v: null, t: 1 } },
  };
  const pruned = withoutOldTombstones(state, 1000, 500);
  assert.deepEqual(Object.keys(pruned.sites).sort(), ['live', 'recent']);
  assert.deepEqual(pruned.keep, {});
  assert.deepEqual(pruned.global, state.global);
});
