// One real browser with the unpacked extension loaded, in a TempProfile, behind one interface for
// Chromium (playwright-core, persistent context) and Firefox ESR (puppeteer-core over WebDriver
// BiDi). Tests are written once against it and run in both browsers.
//
// Both browsers are set to accept third-party cookies, the hardest case for a cookie cleaner and
// the only one where an unpartitioned third-party cookie exists at all.
import fs from 'node:fs';
import path from 'node:path';

import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';

import { joinVerdicts } from '../../../extension/lib/cookies/verdict-table.js';
import { chromiumExtensionId, geckoId, optionsPath, popupPath } from './extension_identity.mjs';
import { ARTIFACTS_DIR, CHROMIUM_PATH, EXTENSION_DIR, FIREFOX_PATH } from './paths.mjs';
import { waitFor } from './poll.mjs';
import { TempProfile } from './temp_profile.mjs';

export const BROWSERS = ['chromium', 'firefox'];

// Firefox gives a temporary add-on a random internal UUID; this pref fixes it so tests can open
// moz-extension://FIREFOX_UUID/... pages.
const FIREFOX_UUID = 'c0e5e47a-0000-4000-8000-000000000001';

// Browsers open the toolbar popup at its content's size, at most 800 x 600.
const POPUP_VIEWPORT = { width: 400, height: 600 };
const PAGE_VIEWPORT = { width: 1100, height: 800 };

class BrowserSession {
  #apiPage;

  constructor(name, profile) {
    this.name = name;
    this.profile = profile;
  }

  // A tab showing `url`, once loaded.
  async openPage(url) {
    const page = await this.newPage();
    await page.goto(url, { waitUntil: 'load' });
    return page;
  }

  // A tab showing an extension page (path relative to extension/), once its DOM is ready.
  async openExtensionPage(relativePath) {
    const page = await this.newPage();
    const url = this.extensionUrl(relativePath);
    await this.navigateToExtensionPage(page, url);
    await waitFor(() => page.evaluate(() => document.readyState !== 'loading').catch(() => false),
      { what: `${url} to load` });
    return page;
  }

  // The toolbar popup, showing `siteUrl` as if it were the current tab's page.
  async openPopupFor(siteUrl) {
    const page = await this.openExtensionPage(`${popupPath()}?site=${encodeURIComponent(siteUrl)}`);
    await this.resize(page, POPUP_VIEWPORT);
    return page;
  }

  async openOptions() {
    const page = await this.openExtensionPage(optionsPath());
    await this.resize(page, PAGE_VIEWPORT);
    return page;
  }

  // The URLs of every open tab, as the extension's tabs API sees them (puppeteer's page list
  // leaves out tabs that Firefox's extensions opened).
  openUrls() {
    return this.inExtension(async () => (await (globalThis.browser ?? globalThis.chrome).tabs.query({})).map((tab) => tab.url));
  }

  // Saves the whole page as tests/e2e/artifacts/BROWSER-NAME.png for a person to look at.
  async screenshot(page, name) {
    fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
    const file = path.join(ARTIFACTS_DIR, `${this.name}-${name}.png`);
    // From the top, so a sticky header is drawn where a person sees it.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: file, fullPage: true });
    return file;
  }

  // Every cookie in every store, as the extension API sees it (partitioned ones included).
  async cookies() {
    const page = await this.extensionApiPage();
    return page.evaluate(async () => {
      const api = globalThis.browser ?? globalThis.chrome;
      const stores = await api.cookies.getAllCookieStores();
      const lists = await Promise.all(stores.map((s) => api.cookies.getAll({ storeId: s.id, partitionKey: {} })));
      return lists.flat();
    });
  }

  // [{cookie, verdict}]: every cookie with the host's verdict, joined as the inspection page does.
  async cookieVerdicts() {
    return joinVerdicts(await this.ask('cookie-verdicts'));
  }

  // Runs `fn(arg)` in an extension page, with the full extension API.
  async inExtension(fn, arg) {
    return (await this.extensionApiPage()).evaluate(fn, arg);
  }

  // Sends a request to the extension's background as its own pages do ({type, args} ->
  // {ok, json} | {ok: false, error}); returns the value or throws the error.
  async ask(type, args = {}) {
    const reply = await this.inExtension((message) => (globalThis.browser ?? globalThis.chrome).runtime.sendMessage(message),
      { type, args });
    if (!reply?.ok) throw new Error(`${type}: ${reply?.error?.message ?? 'no answer from the background'}`);
    return JSON.parse(reply.json);
  }

  // Resolves once the extension has had the host's first reply: before that it deletes nothing.
  async waitForHost() {
    await waitFor(async () => (await this.ask('status')).state === 'connected',
      { what: `${this.name}'s extension to connect to consentry-host` });
  }

  // From now on (forgetting what was recorded before), records every cookies.onChanged event with
  // the time it arrived (Date.now(), the same clock as the test site's), for cookieEvents().
  async recordCookieEvents() {
    await this.inExtension(() => {
      globalThis.consentryTestEvents = [];
      if (globalThis.consentryTestListening) return;
      globalThis.consentryTestListening = true;
      (globalThis.browser ?? globalThis.chrome).cookies.onChanged.addListener(({ removed, cookie, cause }) => {
        globalThis.consentryTestEvents.push({ removed, cause, name: cookie.name, domain: cookie.domain, value: cookie.value, at: Date.now() });
      });
    });
  }

  cookieEvents() { return this.inExtension(() => globalThis.consentryTestEvents); }

  async close() {
    try {
      await this.closeBrowser();
    } finally {
      this.profile.remove();
    }
  }

  async extensionApiPage() {
    this.#apiPage ??= await this.openExtensionPage(this.apiPagePath);
    return this.#apiPage;
  }
}

class ChromiumSession extends BrowserSession {
  extensionUrl(relativePath) { return `chrome-extension://${this.extensionId}/${relativePath}`; }
  newPage() { return this.context.newPage(); }
  resize(page, size) { return page.setViewportSize(size); }
  navigateToExtensionPage(page, url) { return page.goto(url); }
  closeBrowser() { return this.context.close(); }

  // Stops the extension's service worker, as Chromium does after it has been idle for a while;
  // the next event (a message from an extension page) starts it again.
  async stopBackground() {
    const cdp = await this.context.newCDPSession(await this.extensionApiPage());
    try {
      const stopped = new Promise((resolve) => cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        const ours = versions.filter((version) => version.scriptURL.startsWith(this.extensionUrl('')));
        if (ours.length > 0 && ours.every((version) => version.runningStatus === 'stopped')) resolve();
      }));
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await stopped;
    } finally {
      await cdp.detach();
    }
  }

  async launch() {
    this.extensionId = chromiumExtensionId();
    // profile.cookie_controls_mode 0: allow third-party cookies (the Settings page's choice).
    fs.mkdirSync(path.join(this.profile.profileDir, 'Default'), { recursive: true });
    fs.writeFileSync(path.join(this.profile.profileDir, 'Default', 'Preferences'),
      JSON.stringify({ profile: { cookie_controls_mode: 0, block_third_party_cookies: false } }));
    this.context = await chromium.launchPersistentContext(this.profile.profileDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      env: this.profile.env,
      ignoreDefaultArgs: ['--disable-extensions'],
      args: [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`],
    });
    // The extension's service worker running means Chromium accepted the unpacked extension.
    if (this.context.serviceWorkers().length === 0) {
      await this.context.waitForEvent('serviceworker', { timeout: 15_000 }).catch(() => {
        throw new Error(`Chromium did not start the extension in ${EXTENSION_DIR}: is its manifest valid and every file it names there?`);
      });
    }
  }
}

class FirefoxSession extends BrowserSession {
  extensionUrl(relativePath) { return `moz-extension://${FIREFOX_UUID}/${relativePath}`; }
  newPage() { return this.browser.newPage(); }
  resize(page, size) { return page.setViewport(size); }
  // Over BiDi, goto of a moz-extension:// page never resolves: start it, then wait for content.
  navigateToExtensionPage(page, url) {
    page.goto(url).catch(() => {});
    return waitFor(() => page.evaluate(() => location.href).then((href) => href === url),
      { what: `navigation to ${url}` });
  }
  closeBrowser() { return this.browser.close(); }

  async launch() {
    const addonId = geckoId();
    this.browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      env: this.profile.env,
      // lets the remote agent open moz-extension:// pages
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [addonId]: FIREFOX_UUID }),
        'network.cookie.cookieBehavior': 0,
        ...this.firefoxPrefs,
      },
    });
    await this.browser.installExtension(EXTENSION_DIR);
  }
}

// Launches `name` ('chromium' or 'firefox') with the extension. With `host: false` no host
// manifest is written, as on a machine where the host was never installed. `firefoxPrefs` adds
// Firefox preferences (such as larger cookie limits).
export async function launchBrowser(name, { host = true, apiPagePath, firefoxPrefs = {} } = {}) {
  const profile = new TempProfile(name);
  const session = name === 'chromium' ? new ChromiumSession(name, profile) : new FirefoxSession(name, profile);
  session.apiPagePath = apiPagePath ?? popupPath();
  session.firefoxPrefs = firefoxPrefs;
  try {
    if (host) profile.installHost();
    await session.launch();
  } catch (error) {
    await session.close().catch(() => {});
    throw error;
  }
  return session;
}
