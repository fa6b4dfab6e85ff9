// The merge state (settings-merge.js) as storage.sync items, within the browsers' sync quotas
// (Chrome and Firefox alike: 8,192 bytes per item counting its key, 102,400 bytes in all, 512
// items). Sites and kept cookies are spread over a fixed number of items by a hash of the site,
// so one browser's write of one item never replaces another item's entries, and a change to one
// site rewrites one item only (the write rate is limited too).
//
// Items: "consentry.v" (this layout's version), "consentry.g" (global fields), "consentry.sNN"
// and "consentry.kNN" (sites, kept cookies). An entry is [value, time]; a site's allowed
// categories are written as "1100" (necessary, functional, performance, targeting), a kept cookie
// as 1, a tombstone as 0. Items come from other browsers and versions: a malformed entry is
// skipped and counted, never trusted.
import { CATEGORIES } from '../categories.js';

export const PREFIX = 'consentry.';
export const LAYOUT_VERSION = 1;
export const BUCKETS = 16;
export const QUOTA = Object.freeze({ bytesPerItem: 8192, bytes: 102_400, items: 512 });

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const isTime = (t) => Number.isSafeInteger(t) && t >= 0;
const byteLength = (text) => new TextEncoder().encode(text).length;

// A small stable string hash (FNV-1a); only its spread matters.
function bucketOf(site) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < site.length; i += 1) hash = Math.imul(hash ^ site.charCodeAt(i), 0x01000193) >>> 0;
  return String(hash % BUCKETS).padStart(2, '0');
}

const encodeAllowed = (allowed) => CATEGORIES.map((c) => (allowed[c] ? '1' : '0')).join('');
function decodeAllowed(bits) {
  if (typeof bits !== 'string' || !/^1[01]{3}$/.test(bits)) return undefined;
  return Object.fromEntries(CATEGORIES.map((c, i) => [c, bits[i] === '1']));
}

const CODECS = {
  sites: {
    letter: 's',
    encode: (v) => (v === null ? 0 : encodeAllowed(v)),
    decode: (x) => (x === 0 ? null : decodeAllowed(x)),
    siteOf: (key) => key,
  },
  keep: {
    letter: 'k',
    encode: (v) => (v === null ? 0 : 1),
    decode: (x) => (x === 0 ? null : x === 1 ? true : undefined),
    siteOf: (key) => key.slice(0, key.indexOf(' ')),
  },
};

// The items that hold `state`, keyed as storage.sync keys them.
export function encodeItems(state) {
  const items = { [`${PREFIX}v`]: LAYOUT_VERSION, [`${PREFIX}g`]: {} };
  for (const [field, { v, t }] of Object.entries(state.global)) items[`${PREFIX}g`][field] = [v, t];
  for (const [kind, codec] of Object.entries(CODECS)) {
    for (const [key, { v, t }] of Object.entries(state[kind])) {
      const item = `${PREFIX}${codec.letter}${bucketOf(codec.siteOf(key))}`;
      items[item] ??= {};
      items[item][key] = [codec.encode(v), t];
    }
  }
  return items;
}

// Reads every consentry item of a storage.sync snapshot into a state; `skipped` counts the
// entries that were not understood. `newer` is true for a layout this version does not know
// (nothing is read then, and nothing should be written over it).
export function decodeItems(items) {
  const state = { global: {}, sites: {}, keep: {} };
  let skipped = 0;
  const version = items[`${PREFIX}v`];
  if (version !== undefined && version !== LAYOUT_VERSION) return { state, skipped, newer: true };
  const entries = (item) => (isObject(items[item]) ? Object.entries(items[item]) : []);
  for (const [field, entry] of entries(`${PREFIX}g`)) {
    if (Array.isArray(entry) && entry.length === 2 && isTime(entry[1]) && entry[0] !== undefined) {
      state.global[field] = { v: entry[0], t: entry[1] };
    } else skipped += 1;
  }
  for (const [item] of Object.entries(items)) {
    for (const [kind, codec] of Object.entries(CODECS)) {
      if (!item.startsWith(`${PREFIX}${codec.letter}`) || item.length !== PREFIX.length + 3) continue;
      for (const [key, entry] of entries(item)) {
        const v = Array.isArray(entry) && entry.length === 2 && isTime(entry[1]) ? codec.decode(entry[0]) : undefined;
        const wellKeyed = kind === 'sites' ? !key.includes(' ') && key !== '' : /^[^ ]+ ./.test(key);
        if (v === undefined || !wellKeyed) skipped += 1;
        else state[kind][key] = { v, t: entry[1] };
      }
    }
  }
  return { state, skipped, newer: false };
}

// Thrown when the items do not fit the browser's sync quotas; the message says what to do.
export class SyncQuotaError extends Error {
  constructor(message) {
    super(message);
    this.name = 'SyncQuotaError';
    this.code = 'sync_quota';
  }
}

const kb = (bytes) => `${Math.ceil(bytes / 1024)} KB`;

// Throws SyncQuotaError when `items` would not fit; counts as the browsers do (key + JSON value).
export function checkQuota(items, state) {
  const sizes = Object.entries(items).map(([key, value]) => byteLength(key) + byteLength(JSON.stringify(value)));
  const total = sizes.reduce((a, b) => a + b, 0);
  const largest = Math.max(...sizes);
  const sites = Object.values(state.sites).filter((e) => e.v !== null).length;
  const kept = Object.values(state.keep).filter((e) => e.v !== null).length;
  const what = `your ${sites} sites with their own choice and ${kept} kept cookies`;
  const after = 'Your settings stay as they are on this computer; remove some sites\' own choices or kept cookies to sync again.';
  if (total > QUOTA.bytes) {
    throw new SyncQuotaError(`The browser's sync holds ${kb(QUOTA.bytes)} per extension and ${what} need ${kb(total)}. ${after}`);
  }
  if (largest > QUOTA.bytesPerItem) {
    throw new SyncQuotaError(`The browser's sync holds ${kb(QUOTA.bytesPerItem)} per item and ${what} need ${kb(largest)} in one item. ${after}`);
  }
  if (sizes.length > QUOTA.items) {
    throw new SyncQuotaError(`The browser's sync holds ${QUOTA.items} items and ${what} need ${sizes.length}. ${after}`);
  }
}
