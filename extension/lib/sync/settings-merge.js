// Merging the user's settings between browsers (storage.sync) without a server: every setting is
// an entry with the time it last changed, and a merge keeps, entry by entry, the newer one (last
// writer wins per global field, per site and per kept cookie, never per document, so two browsers
// that changed different sites both keep their change). A removed site or kept cookie stays as a
// dated tombstone (`v: null`) so that the removal, too, reaches the other browsers.
//
// A state is {global: {FIELD: {v, t}}, sites: {SITE: {v, t}}, keep: {"SITE NAME": {v, t}}} with
// t in milliseconds since the epoch. The host's settings document (export_settings) converts to
// and from it; fields of the document this module does not know are carried as global fields.
const DOCUMENT_FIELDS = new Set(['format', 'version', 'sites', 'keep_list']);
const KINDS = ['global', 'sites', 'keep'];

const keepKey = ({ site, name }) => `${site} ${name}`;
export function splitKeepKey(key) {
  const space = key.indexOf(' ');
  return { site: key.slice(0, space), name: key.slice(space + 1) };
}

// Canonical JSON (sorted keys): equal values give equal text, whatever their key order.
export function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
const same = (a, b) => canonical(a) === canonical(b);

// The values a settings document holds, without times: {global, sites, keep}, each FIELD -> v.
export function valuesOf(settings) {
  const global = {};
  for (const [field, v] of Object.entries(settings)) if (!DOCUMENT_FIELDS.has(field)) global[field] = v;
  const sites = {};
  for (const [site, override] of Object.entries(settings.sites ?? {})) sites[site] = override.allowed;
  const keep = {};
  for (const entry of settings.keep_list ?? []) keep[keepKey(entry)] = true;
  return { global, sites, keep };
}

// Dates the document's values against `base`, the state of the last sync: an unchanged value keeps
// its time, a new or changed one gets `now`, and a site or kept cookie gone since becomes a
// tombstone at `now`. Without a base (sync just turned on here) every value is dated 0, so what
// the account already holds wins over this browser's settings, and what only this browser has
// is added.
export function stamp(settings, base, now) {
  const values = valuesOf(settings);
  const when = base ? now : 0;
  const state = { global: {}, sites: {}, keep: {} };
  for (const kind of KINDS) {
    const before = base?.[kind] ?? {};
    for (const [key, v] of Object.entries(values[kind])) {
      state[kind][key] = before[key] && same(before[key].v, v) ? before[key] : { v, t: when };
    }
    for (const [key, entry] of Object.entries(before)) {
      if (key in state[kind]) continue;
      // A global field never disappears from the document; a site or kept cookie can.
      state[kind][key] = kind === 'global' || entry.v === null ? entry : { v: null, t: now };
    }
  }
  return state;
}

// The newer of two entries; equal times fall to the larger canonical value, so every browser
// picks the same one.
function newer(a, b) {
  if (!a) return b;
  if (!b) return a;
  if (a.t !== b.t) return a.t > b.t ? a : b;
  return canonical(a.v) >= canonical(b.v) ? a : b;
}

export function merge(a, b) {
  const state = { global: {}, sites: {}, keep: {} };
  for (const kind of KINDS) {
    const keys = new Set([...Object.keys(a?.[kind] ?? {}), ...Object.keys(b?.[kind] ?? {})]);
    for (const key of keys) state[kind][key] = newer(a?.[kind]?.[key], b?.[kind]?.[key]);
  }
  return state;
}

// The settings document a state stands for, in the shape of `template` (the host's own document:
// its format and version are kept).
export function settingsOf(state, template) {
  const settings = { ...template };
  for (const [field, entry] of Object.entries(state.global)) settings[field] = entry.v;
  settings.sites = {};
  for (const site of Object.keys(state.sites).sort()) {
    const allowed = state.sites[site].v;
    if (allowed !== null) settings.sites[site] = { allowed };
  }
  settings.keep_list = Object.keys(state.keep).sort()
    .filter((key) => state.keep[key].v !== null)
    .map(splitKeepKey);
  return settings;
}

// Whether the state, applied, would change the document's settings.
export function changes(state, settings) {
  return !same(valuesOf(settingsOf(state, settings)), valuesOf(settings));
}

// The state without tombstones older than `maxAgeMs` before `now` (they have had time to reach
// every browser; a browser offline for longer may bring such an entry back).
export function withoutOldTombstones(state, now, maxAgeMs) {
  const pruned = { global: { ...state.global }, sites: {}, keep: {} };
  for (const kind of ['sites', 'keep']) {
    for (const [key, entry] of Object.entries(state[kind])) {
      if (entry.v !== null || now - entry.t <= maxAgeMs) pruned[kind][key] = entry;
    }
  }
  return pruned;
}
