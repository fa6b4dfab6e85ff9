// The toolbar badge of each tab: how many cookies Consentry deleted for the tab's site (the
// host's deletion log, counted by site), or a warning "!" while the host is not connected.
import { badgeText, WARNING_BADGE } from '../lib/format/badge-text.js';
import { plural } from '../lib/format/plural.js';

const COUNT_COLOR = '#364fc7';
const WARNING_COLOR = '#c92a2a';
const isWebPage = (url) => /^https?:\/\//.test(url ?? '');

export class Badge {
  #refreshTimer = null;

  constructor({ action, tabs }, host) {
    this.action = action;
    this.tabs = tabs;
    this.host = host;
  }

  watch() {
    this.tabs.onActivated.addListener(({ tabId }) => this.tabs.get(tabId).then((tab) => this.refreshTab(tab)));
    this.tabs.onUpdated.addListener((tabId, change, tab) => {
      if (change.url || change.status === 'complete') this.refreshTab(tab);
    });
    this.host.onStatusChange(() => this.refreshAll());
  }

  // After deletions: recount the visible tabs, once per burst.
  refreshSoon() {
    clearTimeout(this.#refreshTimer);
    this.#refreshTimer = setTimeout(() => {
      this.tabs.query({ active: true }).then((tabs) => tabs.forEach((tab) => this.refreshTab(tab)));
    }, 100);
  }

  async refreshAll() {
    const connected = this.host.connected;
    await this.#show(undefined, badgeText({ connected, deletions: 0 }), this.#title(null, 0));
    for (const tab of await this.tabs.query({})) await this.refreshTab(tab);
  }

  async refreshTab(tab) {
    try {
      const deletions = await this.#deletionsFor(tab.url);
      const text = badgeText({ connected: this.host.connected, deletions });
      await this.#show(tab.id, text, this.#title(tab.url, deletions));
    } catch (error) {
      // The tab closed or the host went away meanwhile; the next status change redraws.
      console.debug('Consentry: badge not updated:', error.message);
    }
  }

  async #deletionsFor(url) {
    if (!this.host.connected || !isWebPage(url)) return 0;
    const reply = await this.host.request('deletion_log', { site: url, limit: 1 });
    return reply.total;
  }

  #title(url, deletions) {
    if (!this.host.connected) {
      return `Consentry: not protecting — ${this.host.status.error ?? 'the host is not connected'}`;
    }
    if (!isWebPage(url)) return 'Consentry';
    return `Consentry: ${plural(deletions, 'cookie')} deleted on this site`;
  }

  async #show(tabId, text, title) {
    const target = tabId === undefined ? {} : { tabId };
    await this.action.setBadgeText({ ...target, text });
    await this.action.setBadgeBackgroundColor({ ...target, color: text === WARNING_BADGE ? WARNING_COLOR : COUNT_COLOR });
    await this.action.setTitle({ ...target, title });
  }
}
