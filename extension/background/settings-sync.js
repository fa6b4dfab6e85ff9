// Settings sync through the browser's own sync (storage.sync): the user's defaults, per-site
// choices, keep list and other global settings follow the browser account to its other
// computers. Off until the user turns it on in the options page.
//
// The host stays the source of truth on each computer: a sync cycle reads the host's settings,
// dates what changed since the last cycle (kept in storage.local), merges with what sync holds
// (settings-merge.js: per entry, last writer wins), imports the result into the host when it
// differs, and writes back the sync items that changed. Cycles run when sync turns on, when the
// host connects, after a change made in the extension's pages, and when sync storage changes
// (another browser's write arriving). One runs at a time; requests meanwhile fold into one more.
import { canonical, changes, merge, settingsOf, stamp, withoutOldTombstones } from '../lib/sync/settings-merge.js';
import { checkQuota, decodeItems, encodeItems, PREFIX } from '../lib/sync/sync-items.js';

const TOMBSTONE_MAX_AGE_MS = 180 * 24 * 3600 * 1000;
const EMPTY_STATE = Object.freeze({ global: {}, sites: {}, keep: {} });
const KEYS = { enabled: 'syncEnabled', base: 'syncBase', status: 'syncStatus' };

const countLive = (entries) => Object.values(entries).filter((entry) => entry.v !== null).length;

export class SettingsSync {
  #storage;
  #host;
  #onImported;
  #now;
  #running = null;
  #again = false;

  constructor({ storage, host, onImported = () => {}, now = () => Date.now() }) {
    this.#storage = storage;
    this.#host = host;
    this.#onImported = onImported;
    this.#now = now;
  }

  // Listens for other browsers' writes arriving in sync storage.
  watch() {
    this.#storage.onChanged.addListener((changed, area) => {
      if (area === 'sync' && Object.keys(changed).some((key) => key.startsWith(PREFIX))) this.soon();
    });
  }

  async status() {
    const stored = await this.#storage.local.get([KEYS.enabled, KEYS.status]);
    return { enabled: stored[KEYS.enabled] === true, ...(stored[KEYS.status] ?? { state: 'off' }) };
  }

  // Turning sync off forgets the last merged state: turning it on again joins the account afresh
  // (what the account holds wins; what only this browser has is added).
  async setEnabled(enabled) {
    await this.#storage.local.set({ [KEYS.enabled]: enabled });
    if (enabled) {
      await this.syncNow();
    } else {
      await this.#storage.local.remove([KEYS.base]);
      await this.#storage.local.set({ [KEYS.status]: { state: 'off' } });
    }
    return this.status();
  }

  soon() {
    this.syncNow().catch(() => {}); // the outcome is in status()
  }

  // Runs a cycle now, or one more after the running one; resolves when that cycle is done.
  syncNow() {
    if (this.#running) {
      this.#again = true;
      return this.#running;
    }
    this.#running = (async () => {
      try {
        do {
          this.#again = false;
          await this.#cycleWithStatus();
        } while (this.#again);
      } finally {
        this.#running = null;
      }
    })();
    return this.#running;
  }

  async #cycleWithStatus() {
    let status;
    try {
      status = await this.#cycle();
    } catch (error) {
      status = { state: 'error', code: error.code ?? 'sync', message: error.message, at: this.#now() };
    }
    if (status) await this.#storage.local.set({ [KEYS.status]: status });
  }

  // One merge; returns the status to show, or null when sync is off.
  async #cycle() {
    const stored = await this.#storage.local.get([KEYS.enabled, KEYS.base]);
    if (stored[KEYS.enabled] !== true) return null;
    if (!this.#host.connected) {
      return { state: 'waiting', message: 'Waiting for the Consentry host: settings sync once it is connected.' };
    }
    const local = (await this.#host.request('export_settings')).settings;
    const snapshot = await this.#storage.sync.get(null);
    const remote = decodeItems(snapshot);
    if (remote.newer) {
      return {
        state: 'error', code: 'sync_newer', at: this.#now(),
        message: 'Your browser account holds settings from a newer Consentry: update this one to sync.',
      };
    }
    const accountEmpty = !Object.keys(snapshot).some((key) => key.startsWith(PREFIX));
    const base = stored[KEYS.base] ?? (accountEmpty ? EMPTY_STATE : null);
    const now = this.#now();
    const merged = withoutOldTombstones(merge(stamp(local, base, now), remote.state), now, TOMBSTONE_MAX_AGE_MS);

    const imported = changes(merged, local);
    if (imported) {
      await this.#host.request('import_settings', { settings: settingsOf(merged, local) });
      this.#onImported();
    }
    await this.#storage.local.set({ [KEYS.base]: merged });

    const items = encodeItems(merged);
    checkQuota(items, merged);
    await this.#writeChanged(snapshot, items);
    return {
      state: 'synced', at: now, imported, skipped: remote.skipped,
      sites: countLive(merged.sites), kept: countLive(merged.keep),
    };
  }

  // Writes only the items that differ (sync limits writes per minute and hour) and removes ours
  // that are no longer needed.
  async #writeChanged(snapshot, items) {
    const changed = Object.fromEntries(Object.entries(items)
      .filter(([key, value]) => snapshot[key] === undefined || canonical(snapshot[key]) !== canonical(value)));
    const stale = Object.keys(snapshot).filter((key) => key.startsWith(PREFIX) && !(key in items));
    if (Object.keys(changed).length > 0) await this.#storage.sync.set(changed);
    if (stale.length > 0) await this.#storage.sync.remove(stale);
  }
}
