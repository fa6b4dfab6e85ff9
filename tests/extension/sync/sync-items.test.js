import assert from 'node:assert/strict';
import { test } from 'node:test';

import { checkQuota, decodeItems, encodeItems, PREFIX, QUOTA, SyncQuotaError } from '../../../extension/lib/sync/sync-items.js';

const ALL = { necessary: true, functional: true, performance: true, targeting: true };
const NONE = { necessary: true, functional: false, performance: false, targeting: false };

const STATE = {
  global: { allowed: { v: NONE, t: 10 }, delete_session_cookies: { v: true, t: 11 }, caution: { v: 'strict', t: 12 } },
  sites: { 'a.example': { v: ALL, t: 20 }, 'b.example': { v: null, t: 21 } },
  keep: { 'a.example sid': { v: true, t: 30 }, 'a.example gone': { v: null, t: 31 } },
};

test('a state survives encoding to items and back', () => {
  const items = encodeItems(STATE);
  assert.equal(items[`${PREFIX}v`], 1);
  assert.deepEqual(decodeItems(items), { state: STATE, skipped: 0, newer: false });
});

test('sites are spread over items by site, and a site\'s kept cookies sit with it in one item', () => {
  const items = encodeItems(STATE);
  const siteItem = Object.keys(items).find((key) => items[key]['a.example']);
  const keepItem = Object.keys(items).find((key) => items[key]['a.example sid']);
  assert.equal(siteItem.slice(-2), keepItem.slice(-2));
  assert.match(siteItem, /^consentry\.s\d\d$/);
});

test('malformed entries from another browser are skipped and counted, the rest is read', () => {
  const items = encodeItems(STATE);
  const siteItem = Object.keys(items).find((key) => items[key]['a.example']);
  items[siteItem]['bad.example'] = ['0100', 5]; // necessary refused: never valid
  items[siteItem]['worse.example'] = ['1111', -1];
  items[siteItem]['two words'] = ['1111', 5];
  items[`${PREFIX}g`].broken = 'not an entry';
  items['unrelated.key'] = { 'x.example': ['1111', 1] };
  const { state, skipped } = decodeItems(items);
  assert.equal(skipped, 4);
  assert.deepEqual(state, STATE);
});

test('a newer layout is recognised and nothing of it is read', () => {
  const items = { ...encodeItems(STATE), [`${PREFIX}v`]: 2 };
  const { state, newer } = decodeItems(items);
  assert.equal(newer, true);
  assert.deepEqual(state, { global: {}, sites: {}, keep: {} });
});

test('empty sync storage reads as an empty state', () => {
  assert.deepEqual(decodeItems({}), { state: { global: {}, sites: {}, keep: {} }, skipped: 0, newer: false });
});

function stateWithSites(count) {
  const sites = {};
  for (let i = 0; i < count; i += 1) sites[`site-number-${i}.example`] = { v: ALL, t: 1_733_000_000_000 + i };
  return { global: STATE.global, sites, keep: {} };
}

test('a thousand sites fit the quotas', () => {
  const state = stateWithSites(1000);
  assert.doesNotThrow(() => checkQuota(encodeItems(state), state));
});

test('too many sites for the total quota get a clear message', () => {
  const state = stateWithSites(3000);
  assert.throws(() => checkQuota(encodeItems(state), state), (error) => {
    assert.ok(error instanceof SyncQuotaError);
    assert.match(error.message, /holds 100 KB per extension and your 3000 sites with their own choice and 0 kept cookies need \d+ KB/);
    assert.match(error.message, /stay as they are on this computer/);
    return true;
  });
});

test('one item over 8 KB is refused even when the total fits', () => {
  const state = { global: { allowed: { v: 'x'.repeat(QUOTA.bytesPerItem), t: 1 } }, sites: {}, keep: {} };
  assert.throws(() => checkQuota(encodeItems(state), state), /8 KB per item/);
});
