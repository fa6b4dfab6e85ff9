// The toolbar badge of each tab: how many cookies Consentry deleted on the tab's page since it
// loaded (counted by the page context), or a warning "!" while the host is not connected.
import { badgeText, WARNING_BADGE } from '../lib/format/badge-text.js';
import { plural } from '../lib/format/plural.js';

const COUNT_COLOR = '#364fc7';
const WARNING_COLOR = '#c92a2a';
const REDRAW_DELAY_MS = 100; // one redraw per burst of deletions
const isWebPage = (url) => /^https?:\/\//.test(url ?? '');

export class Badge {
  #redrawTimer = null;
  #tabsToRedraw = new Set();

  constructor({ action, tabs }, host, pages) {
    this.action = action;
    this.tabs = tabs;
    this.host = host;
    this.pages = pages;
  }

  watch() {
    this.tabs.onActivated.addListener(({ tabId }) => this.tabs.get(tabId).then((tab) => this.refreshTab(tab)));
    this.tabs.onUpdated.addListener((tabId, change, tab) => {
      if (change.url || change.status === 'complete') this.refreshTab(tab);
    });
    this.host.onStatusChange(() => this.refreshAll());
    this.pages.onDeletionsCounted((tabIds) => this.refreshSoon(tabIds));
  }

  // After deletions on these tabs' pages: redraw them, once per burst.
  refreshSoon(tabIds) {
    for (const tabId of tabIds) this.#tabsToRedraw.add(tabId);
    if (this.#redrawTimer !== null) return;
    this.#redrawTimer = setTimeout(() => {
      this.#redrawTimer = null;
      const tabIdsNow = [...this.#tabsToRedraw];
      this.#tabsToRedraw.clear();
      for (const tabId of tabIdsNow) this.tabs.get(tabId).then((tab) => this.refreshTab(tab), () => {});
    }, REDRAW_DELAY_MS);
  }

  async refreshAll() {
    const connected = this.host.connected;
    await this.#show(undefined, badgeText({ connected, deletions: 0 }), this.#title(null, 0));
    for (const tab of await this.tabs.query({})) await this.refreshTab(tab);
  }

  async refreshTab(tab) {
    try {
      const deletions = isWebPage(tab.url) ? this.pages.deletionsOn(tab.id) : 0;
      const text = badgeText({ connected: this.host.connected, deletions });
      await this.#show(tab.id, text, this.#title(tab.url, deletions));
    } catch (error) {
      // The tab closed meanwhile; the next status change redraws.
      console.debug('Consentry: badge not updated:', error.message);
    }
  }

  #title(url, deletions) {
    if (!this.host.connected) {
      return `Consentry: not protecting — ${this.host.status.error ?? 'the host is not connected'}`;
    }
    if (!isWebPage(url)) return 'Consentry';
    return `Consentry: ${plural(deletions, 'cookie')} deleted on this page since it loaded`;
  }

  async #show(tabId, text, title) {
    const target = tabId === undefined ? {} : { tabId };
    await this.action.setBadgeText({ ...target, text });
    await this.action.setBadgeBackgroundColor({ ...target, color: text === WARNING_BADGE ? WARNING_COLOR : COUNT_COLOR });
    await this.action.setTitle({ ...target, title });
  }
}
