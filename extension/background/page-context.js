// Which top-level page set each cookie: cookies.onChanged does not say, so the evidence is
// gathered here. For a cookie that just arrived, best first:
//   1. a Set-Cookie header of a response webRequest saw in a tab (the tab's page, or the
//      response's own URL for a page being loaded);
//   2. the frames of the open tabs (document.cookie; a frame is known from its document's
//      response or its commit): a frame whose host is the cookie's domain
//      or under it could have written it; a tab whose top frame could have written it wins, then
//      the most recently loaded page;
//   3. the cookie's partition (partitionKey.topLevelSite, Firefox's firstPartyDomain);
//   4. what was learnt the last time the cookie was set.
// A cookie already in the jar (a sweep, a listing) has only 4 then 3. Without any, the page is
// unknown (null) and the host judges the cookie by its own domain.
//
// A page is {id, url, tabId, loadedAt}. Each tab keeps its current page, its frames' hosts, the
// Set-Cookie headers not yet matched and the deletions made on the page since it loaded; all
// bounded per tab, and forgotten when the tab closes.
//
// What was learnt (4. above) and the tabs' pages with their deletions outlive a restart of the
// background (page-memory.js): restore() brings them back before anything judges a cookie.
import { bareDomain, isPartitioned } from '../lib/cookies/cookie-details.js';
import { cookieKey } from '../lib/cookies/cookie-key.js';
import { setCookiesOf } from '../lib/cookies/set-cookie.js';
import { domainWithinSite } from '../lib/cookies/site-membership.js';
import { PageMemory } from './page-memory.js';

const MAX_FRAMES_PER_TAB = 200;
const MAX_HEADERS_PER_TAB = 1000;
const MAX_REMEMBERED = 20_000;

function hostOf(url) {
  try {
    return new URL(url).hostname.replace(/^\[|\]$/g, '').toLowerCase();
  } catch {
    return '';
  }
}

// The host part of a partition or first-party domain, when the cookie has one.
function partitionHost(cookie) {
  if (isPartitioned(cookie)) return hostOf(cookie.partitionKey.topLevelSite);
  return cookie.firstPartyDomain ? cookie.firstPartyDomain.toLowerCase() : '';
}

// Keeps a Map within `max` entries by dropping the oldest.
function setBounded(map, key, value, max) {
  map.delete(key);
  map.set(key, value);
  if (map.size > max) map.delete(map.keys().next().value);
}

const headerKey = (name, host) => `${name}\n${host}`;

class TabState {
  constructor(tabId) {
    this.tabId = tabId;
  }

  page = null;
  frames = new Map(); // frameId -> host
  headers = new Map(); // headerKey -> {page, order}, Set-Cookie seen and not yet matched
  deletions = 0; // on the current page since it loaded
}

export class PageContext {
  #tabs = new Map();
  #remembered = new Map(); // cookieKey -> page
  #nextPageId = 1;
  #deletionListeners = new Set();
  #evidenceWaiters = new Set();
  #headerOrder = 0;
  #memory;

  constructor({ webRequest, webNavigation, tabs, storage }) {
    this.webRequest = webRequest;
    this.webNavigation = webNavigation;
    this.tabs = tabs;
    this.#memory = new PageMemory(storage.session, () => this.#snapshot());
  }

  // Adds the browser listeners (synchronously, so that the browser can wake the background).
  watch() {
    const filter = { urls: ['<all_urls>'] };
    const listener = (details) => this.responseSeen(details);
    try {
      // Chromium shows Set-Cookie only with extraHeaders; Firefox does not know that option.
      this.webRequest.onHeadersReceived.addListener(listener, filter, ['responseHeaders', 'extraHeaders']);
    } catch {
      this.webRequest.onHeadersReceived.addListener(listener, filter, ['responseHeaders']);
    }
    this.webNavigation.onCommitted.addListener((details) => this.frameCommitted(details));
    this.tabs.onRemoved.addListener((tabId) => {
      this.#tabs.delete(tabId);
      this.#memory.changed();
    });
  }

  // Brings back what the background knew before it last stopped, under what was learnt since it
  // started (newer). The pages started since then are renumbered after the restored ones, so
  // that a newer page still has a greater id.
  async restore() {
    const stored = await this.#memory.load();
    if (!stored) return;
    const open = new Set((await this.tabs.query({})).map((tab) => tab.id));
    for (const page of this.#pagesStartedHere()) page.id += stored.nextPageId - 1;
    this.#nextPageId += stored.nextPageId - 1;
    const learnt = [...this.#remembered];
    this.#remembered.clear();
    for (const [key, page] of [...stored.remembered, ...learnt]) setBounded(this.#remembered, key, page, MAX_REMEMBERED);
    for (const { tabId, page, deletions } of stored.tabs) {
      if (!open.has(tabId) || this.#tabs.get(tabId)?.page) continue; // closed, or moved on since
      const tab = this.#tab(tabId);
      tab.page = page;
      tab.frames.set(0, hostOf(page.url));
      tab.deletions = deletions;
    }
  }

  // Stores what changed now rather than shortly.
  flush() {
    return this.#memory.flush();
  }

  // The frames of the tabs that were open before the background started.
  async learnOpenTabs() {
    for (const tab of await this.tabs.query({})) {
      const frames = await this.webNavigation.getAllFrames({ tabId: tab.id }).catch(() => null);
      for (const frame of frames ?? []) this.frameCommitted({ tabId: tab.id, ...frame });
    }
  }

  // webRequest.onHeadersReceived: a page that starts loading, and the cookies its responses set.
  responseSeen({ tabId, frameId, type, url, responseHeaders }) {
    if (!(tabId >= 0)) return; // no tab (a service worker, the extension itself): page unknown
    const tab = this.#tab(tabId);
    if (type === 'main_frame') this.#startPage(tab, url);
    if (!tab.page) return;
    // A frame's document, known here before its scripts run; its commit may be told much later.
    if (type === 'sub_frame') setBounded(tab.frames, frameId, hostOf(url), MAX_FRAMES_PER_TAB);
    const cookies = setCookiesOf(responseHeaders, hostOf(url));
    for (const { name, host } of cookies) {
      setBounded(tab.headers, headerKey(name, host), { page: tab.page, order: this.#headerOrder++ }, MAX_HEADERS_PER_TAB);
    }
    if (cookies.length > 0) this.#evidenceArrived();
  }

  // webNavigation.onCommitted (and getAllFrames at start): a document in a tab's frame.
  frameCommitted({ tabId, frameId, url }) {
    if (!(tabId >= 0)) return;
    const tab = this.#tab(tabId);
    // Not already started by its response. (A started page's frames are not cleared again: a
    // subframe's commit, from another process, may be told before the top frame's.)
    if (frameId === 0 && tab.page?.url !== url) this.#startPage(tab, url);
    setBounded(tab.frames, frameId, hostOf(url), MAX_FRAMES_PER_TAB);
    this.#evidenceArrived();
  }

  // Resolves at the next Set-Cookie header or frame seen, or after `timeoutMs`.
  nextEvidence(timeoutMs) {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.#evidenceWaiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.#evidenceWaiters.add(done);
    });
  }

  // The page of each cookie that has just been set (cookies.onChanged), in order; remembered.
  // With `strongOnly`, a cookie gets a page only from strong evidence: its Set-Cookie header, or
  // a tab whose top frame is on the cookie's site. The weak rest (a third-party frame, the
  // partition, memory) may be wrong while a header or commit is still to be told: a cookie set by
  // a new top-level page can look like one set by an older page's frame of the same site.
  attribute(cookies, { strongOnly = false } = {}) {
    const pages = [];
    for (const cookie of cookies) {
      let page = this.#fromHeaders(cookie);
      if (!page) {
        const framed = this.#fromFrames(cookie);
        if (framed && (framed.topFrameOnSite || !strongOnly)) page = framed.page;
      }
      if (!page && !strongOnly) page = this.#fromPartition(cookie) ?? this.#remembered.get(cookieKey(cookie)) ?? null;
      if (page) this.remember(cookie, page);
      pages.push(page);
    }
    return pages;
  }

  // The page of a cookie already in the jar, or null when unknown.
  pageOf(cookie) {
    return this.#remembered.get(cookieKey(cookie)) ?? this.#fromPartition(cookie);
  }

  // The page now shown in a tab, or null.
  currentPage(tabId) {
    return this.#tabs.get(tabId)?.page ?? null;
  }

  // Deletions made on the tab's current page since it loaded.
  deletionsOn(tabId) {
    return this.#tabs.get(tabId)?.deletions ?? 0;
  }

  // Counts removals against the pages that set the cookies; listeners get the tabs whose count
  // changed.
  noteDeletions(pages) {
    const changed = new Set();
    for (const page of pages) {
      const tab = page ? this.#tabs.get(page.tabId) : undefined;
      if (!tab || tab.page?.id !== page.id) continue; // unknown page, or the tab has moved on
      tab.deletions += 1;
      changed.add(page.tabId);
    }
    if (changed.size === 0) return;
    this.#memory.changed();
    for (const listener of this.#deletionListeners) listener([...changed]);
  }

  onDeletionsCounted(listener) {
    this.#deletionListeners.add(listener);
  }

  // Says a cookie belongs to `page`: one just attributed, or one about to be set again (a restore).
  remember(cookie, page) {
    setBounded(this.#remembered, cookieKey(cookie), page, MAX_REMEMBERED);
    this.#memory.changed();
  }

  #snapshot() {
    const tabs = [...this.#tabs.values()].filter((tab) => tab.page)
      .map(({ tabId, page, deletions }) => ({ tabId, page, deletions }));
    return { nextPageId: this.#nextPageId, remembered: [...this.#remembered], tabs };
  }

  // The pages this background started (a partition's stand-in page has id 0).
  #pagesStartedHere() {
    const pages = new Set([...this.#remembered.values()].filter((page) => page.id > 0));
    for (const tab of this.#tabs.values()) {
      if (tab.page) pages.add(tab.page);
      for (const { page } of tab.headers.values()) pages.add(page);
    }
    return pages;
  }

  #evidenceArrived() {
    for (const done of [...this.#evidenceWaiters]) done();
  }

  #tab(tabId) {
    if (!this.#tabs.has(tabId)) this.#tabs.set(tabId, new TabState(tabId));
    return this.#tabs.get(tabId);
  }

  #startPage(tab, url) {
    tab.page = { id: this.#nextPageId++, url, tabId: tab.tabId, loadedAt: Date.now() / 1000 };
    tab.frames.clear();
    tab.frames.set(0, hostOf(url));
    tab.deletions = 0;
    this.#memory.changed();
  }

  #fromHeaders(cookie) {
    // The newest header wins: an older one may be left over from a header reported too late.
    const key = headerKey(cookie.name, bareDomain(cookie).toLowerCase());
    let newest = null;
    for (const tab of this.#tabs.values()) {
      const seen = tab.headers.get(key);
      if (seen && (!newest || seen.order > newest.seen.order)) newest = { tab, seen };
    }
    if (!newest) return null;
    newest.tab.headers.delete(key); // one header, one cookie: a later write needs its own evidence
    return newest.seen.page;
  }

  #fromFrames(cookie) {
    const domain = bareDomain(cookie).toLowerCase();
    const within = partitionHost(cookie);
    let best = null;
    for (const tab of this.#tabs.values()) {
      if (!tab.page) continue;
      if (within && !domainWithinSite(hostOf(tab.page.url), within)) continue; // another partition
      const hosts = [...tab.frames.values()];
      if (!hosts.some((host) => domainWithinSite(host, domain))) continue;
      const rank = [domainWithinSite(hostOf(tab.page.url), domain) ? 1 : 0, tab.page.id];
      if (!best || rank[0] > best.rank[0] || (rank[0] === best.rank[0] && rank[1] > best.rank[1])) {
        best = { rank, page: tab.page };
      }
    }
    return best && { page: best.page, topFrameOnSite: best.rank[0] === 1 };
  }

  // The partition names the top-level site, not the page: the newest page open on that site
  // (so that the tab's badge counts it even when the header's evidence comes late), else the
  // site itself.
  #fromPartition(cookie) {
    const site = partitionHost(cookie);
    if (!site) return null;
    let newest = null;
    for (const tab of this.#tabs.values()) {
      if (tab.page && domainWithinSite(hostOf(tab.page.url), site) && (!newest || tab.page.id > newest.id)) newest = tab.page;
    }
    return newest ?? { id: 0, url: isPartitioned(cookie) ? cookie.partitionKey.topLevelSite : cookie.firstPartyDomain, tabId: null };
  }
}
