// PageContext's memory kept in storage.session, so that it outlives a restart of the background
// (Chromium stops an idle service worker; Firefox unloads an idle event page) for as long as the
// browser runs. Stored compactly, each page once:
//   {version, nextPageId, pages: [[id, url, tabId, loadedAt]], cookies: [[cookieKey, page]],
//    tabs: [[tabId, page, deletions]]}
// where `page` is an index in `pages` and cookies run from the oldest to the newest. Writes are
// coalesced: one per SAVE_DELAY_MS at most, whatever the number of changes.
const STORAGE_KEY = 'pageMemory';
const VERSION = 1;
const SAVE_DELAY_MS = 1000;
// storage.session holds 10 MiB; the oldest cookies beyond this many characters are not stored
// (about 20,000 cookies of common names fit in 1.5 MB).
const MAX_STORED_CHARS = 2_000_000;

// {nextPageId, remembered: [[cookieKey, page]] oldest first, tabs: [{tabId, page, deletions}]}
// -> the stored value.
export function encodeMemory({ nextPageId, remembered, tabs }) {
  const pages = [];
  const indexOf = new Map(); // page -> index in pages
  let chars = 0;
  const pageIndex = (page) => {
    if (!indexOf.has(page)) {
      indexOf.set(page, pages.length);
      pages.push([page.id, page.url, page.tabId ?? null, page.loadedAt ?? null]);
      chars += page.url.length + 40;
    }
    return indexOf.get(page);
  };
  const tabRows = tabs.map(({ tabId, page, deletions }) => [tabId, pageIndex(page), deletions]);
  const cookies = [];
  for (let i = remembered.length - 1; i >= 0 && chars < MAX_STORED_CHARS; i--) {
    const [key, page] = remembered[i];
    cookies.push([key, pageIndex(page)]);
    chars += key.length + 20;
  }
  return { version: VERSION, nextPageId, pages, cookies: cookies.reverse(), tabs: tabRows };
}

const isCount = (value) => Number.isSafeInteger(value) && value >= 0;
const isTabId = (value) => value === null || Number.isSafeInteger(value);

function decodePage(row) {
  if (!Array.isArray(row) || row.length !== 4) throw new Error('a page is not [id, url, tabId, loadedAt]');
  const [id, url, tabId, loadedAt] = row;
  if (!isCount(id) || typeof url !== 'string' || !isTabId(tabId) || !(loadedAt === null || typeof loadedAt === 'number')) {
    throw new Error('a page has a field of the wrong type');
  }
  return loadedAt === null ? { id, url, tabId } : { id, url, tabId, loadedAt };
}

// The stored value -> {nextPageId, remembered, tabs} as encodeMemory took it; throws on anything
// else (a value written by another version, or damaged).
export function decodeMemory(value) {
  if (value?.version !== VERSION) throw new Error(`not version ${VERSION}`);
  const { nextPageId, pages, cookies, tabs } = value;
  if (!isCount(nextPageId) || ![pages, cookies, tabs].every(Array.isArray)) throw new Error('a field is missing');
  const decoded = pages.map(decodePage);
  const page = (index) => {
    if (!isCount(index) || index >= decoded.length) throw new Error('a page index is out of range');
    return decoded[index];
  };
  const remembered = cookies.map((row) => {
    if (!Array.isArray(row) || typeof row[0] !== 'string') throw new Error('a cookie is not [cookieKey, page]');
    return [row[0], page(row[1])];
  });
  const tabStates = tabs.map((row) => {
    if (!Array.isArray(row) || !Number.isSafeInteger(row[0]) || !isCount(row[2])) throw new Error('a tab is not [tabId, page, deletions]');
    return { tabId: row[0], page: page(row[1]), deletions: row[2] };
  });
  return { nextPageId, remembered, tabs: tabStates };
}

export class PageMemory {
  #area;
  #snapshot;
  #timer = null;
  #dirty = false;

  // `area`: storage.session; `snapshot()`: what to store, as encodeMemory takes it.
  constructor(area, snapshot) {
    this.#area = area;
    this.#snapshot = snapshot;
  }

  // What was stored, or null (nothing stored yet, or a value that is not ours: ignored).
  async load() {
    const stored = (await this.#area.get(STORAGE_KEY))[STORAGE_KEY];
    if (stored === undefined) return null;
    try {
      return decodeMemory(stored);
    } catch (error) {
      console.warn('Consentry: the pages remembered for cookies are ignored:', error.message);
      return null;
    }
  }

  // Something changed: stored within SAVE_DELAY_MS, with the changes that follow it.
  changed() {
    this.#dirty = true;
    this.#timer ??= setTimeout(() => this.flush(), SAVE_DELAY_MS);
  }

  // Stores the changes now, if any.
  async flush() {
    clearTimeout(this.#timer);
    this.#timer = null;
    if (!this.#dirty) return;
    this.#dirty = false;
    try {
      await this.#area.set({ [STORAGE_KEY]: encodeMemory(this.#snapshot()) });
    } catch (error) {
      console.warn('Consentry: the pages remembered for cookies were not stored:', error.message);
    }
  }
}
