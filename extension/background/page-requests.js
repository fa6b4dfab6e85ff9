// Serves the extension's own pages (popup, options, inspection). Only messages from this
// extension's pages are answered (content scripts are heard by declarations.js alone, no external
// connections are allowed); each request is checked by parseUiRequest and mapped to host requests here.
// Replies are {ok: true, json} (the value as one JSON string: Firefox copies a message object by
// object, so 10,000 cookies took a second, while one string crosses at once) or
// {ok: false, error: {code, message}}.
import { currentBrowser } from '../lib/host/host-install.js';
import { bareDomain } from '../lib/cookies/cookie-details.js';
import { cookieKey } from '../lib/cookies/cookie-key.js';
import { deletionRecord } from '../lib/cookies/deletions.js';
import { newestPerCookie } from '../lib/cookies/recent-deletions.js';
import { packVerdicts } from '../lib/cookies/verdict-table.js';
import { storeIdForTab } from '../lib/cookies/store-for-tab.js';
import { parseUiRequest } from '../lib/host/ui-requests.js';
import { cookiesGovernedBy } from './governed-cookies.js';

const STATUS_WAIT_MS = 3000;
const LOG_LIMIT = 500; // log entries a page's story, or "Site not working?", takes at most

function within(ms, promise) {
  return Promise.race([promise, new Promise((resolve) => { setTimeout(resolve, ms); })]);
}

function handlersFor({ api, host, jar, pages, enforcer, sweeper, settingsSync, siteOf }) {
  const status = async () => {
    await within(STATUS_WAIT_MS, host.whenSettled());
    return { ...host.status, browser: currentBrowser(api.runtime.getURL('')) };
  };
  const setPreferences = async (fields) => (await host.request('set_preferences', fields)).preferences;
  const withVerdicts = async (cookies) => {
    const verdicts = await enforcer.classify(cookies);
    return cookies.map((cookie, i) => ({ cookie, verdict: verdicts[i] }));
  };
  const storeOfTab = async (tabId) => {
    const stores = await jar.stores();
    if (tabId === undefined) return stores[0].id;
    return storeIdForTab(stores, await api.tabs.get(tabId)) ?? stores[0].id;
  };

  const restoreEntry = async (entryId) => {
    const reply = await host.request('restore', { entry_id: entryId });
    pages.remember(reply.cookie, { id: 0, url: reply.site, tabId: null }); // judged by the site it was deleted on
    await jar.restore(reply.cookie, reply.url);
    return reply;
  };

  return {
    status,
    // Answers once the sweep that follows a connection is over, so the page redraws what it did.
    reconnect: async () => {
      host.reconnectNow();
      const now = await status();
      if (now.state === 'connected') await sweeper.idle();
      return now;
    },
    preferences: async () => (await host.request('get_preferences')).preferences,
    // A page's story: the cookies its site's choices govern, live with their verdicts, and those
    // deleted there (since the tab's page loaded; for a site without a tab, ever), each with its
    // own site, so the popup can tell the page's own cookies from its third parties.
    'site-cookies': async ({ url, tabId }) => {
      const site = await siteOf(url);
      const storeId = await storeOfTab(tabId);
      const page = tabId === undefined ? null : pages.currentPage(tabId);
      const since = page ? Math.floor(page.loadedAt) : undefined;
      const [live, log] = await Promise.all([
        jar.list(storeId).then((cookies) => cookiesGovernedBy(cookies, site, { pages, siteOf })).then(withVerdicts),
        host.request('deletion_log', { site, since, limit: LOG_LIMIT }),
      ]);
      const cookieSites = await siteOf.many([...live.map((row) => row.cookie), ...log.entries.map((entry) => entry.cookie)].map(bareDomain));
      return {
        site,
        storeId,
        loadedAt: page?.loadedAt ?? null,
        cookies: live.map((row, i) => ({ ...row, cookieSite: cookieSites[i] })),
        deleted: log.entries.map((entry, i) => ({ ...entry, cookieSite: cookieSites[live.length + i] })),
        deletedTotal: log.total,
      };
    },
    'set-defaults': async (fields) => {
      const preferences = await setPreferences(fields);
      await sweeper.sweepAll();
      return preferences;
    },
    'set-site': async ({ site, allowed }) => {
      const preferences = await setPreferences({ site, allowed });
      await sweeper.sweepSite(await siteOf(site));
      return preferences;
    },
    'reset-site': async ({ site }) => {
      const preferences = await setPreferences({ site, reset: true });
      await sweeper.sweepSite(await siteOf(site));
      return preferences;
    },
    'keep-cookie': async ({ site, name }) => (await host.request('keep_cookie', { site, name })).keep_list,
    'forget-cookie': async ({ site, name }) => {
      const { keep_list: keepList } = await host.request('forget_cookie', { site, name });
      await sweeper.sweepSite(await siteOf(site));
      return keepList;
    },
    'deletion-log': (filters) => host.request('deletion_log', filters),
    restore: async ({ entry_id: entryId }) => {
      const reply = await restoreEntry(entryId);
      return { cookie: reply.cookie, kept: reply.kept === true };
    },
    // "Delete now" on one cookie of the page: removed, and logged so it can be restored.
    'delete-cookie': async ({ tabId, key }) => {
      const cookie = (await jar.list(await storeOfTab(tabId))).find((candidate) => cookieKey(candidate) === key);
      if (!cookie) throw new Error('that cookie is no longer in the browser');
      const [verdict] = await enforcer.classify([cookie]);
      if (!(await jar.remove(cookie))) throw new Error('the browser did not remove the cookie');
      await host.request('record_deletions', { deletions: [deletionRecord({ cookie, verdict })] });
      return { removed: true };
    },
    // "Clean this site now": the sweep that follows a choice change, run on demand; each cookie
    // the host refuses is removed and logged (so it can be restored). Answers what went.
    'clean-site': async ({ site }) => {
      const deletions = await sweeper.sweepSite(await siteOf(site));
      return { deleted: deletions.map(({ cookie, category }) => ({ name: cookie.name, category })) };
    },
    // "Site not working?": every cookie deleted on the site since `since` is set again (and kept
    // by the host, as any restore), then the tab is reloaded.
    'restore-recent': async ({ site, since, tabId }) => {
      const log = await host.request('deletion_log', { site, since, limit: LOG_LIMIT });
      const restored = [];
      for (const entry of newestPerCookie(log.entries)) {
        await restoreEntry(entry.id);
        restored.push({ name: entry.cookie.name, category: entry.category, site: entry.site });
      }
      if (tabId !== undefined && restored.length > 0) await api.tabs.reload(tabId);
      return { restored };
    },
    'export-settings': async () => (await host.request('export_settings')).settings,
    'import-settings': async ({ settings }) => {
      const { preferences } = await host.request('import_settings', { settings });
      await sweeper.sweepAll();
      return preferences;
    },
    // Every cookie with its verdict, packed (verdict-table.js).
    'cookie-verdicts': async () => {
      const cookies = await jar.listAll();
      return { cookies, verdicts: packVerdicts(await enforcer.verdictsOf(cookies)) };
    },
    'sync-status': () => settingsSync.status(),
    'set-sync': ({ enabled }) => settingsSync.setEnabled(enabled),
    'site-declaration': async ({ site }) => {
      const { platform, declaration, contradictions } = await host.request('declaration', { site });
      return { platform, declaration, contradictions };
    },
  };
}

// Requests after which the settings may differ from what sync holds, and verdicts from those
// remembered: the cache is cleared as such a request leaves (the host answers in request order,
// so a verdict asked for later is judged under the new settings).
const CHANGES_SETTINGS = new Set(['set-defaults', 'set-site', 'reset-site', 'keep-cookie', 'forget-cookie', 'restore', 'import-settings']);

export function servePageRequests(services) {
  const { runtime } = services.api;
  const handlers = handlersFor(services);
  const ownPages = runtime.getURL('');
  runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (sender.id !== runtime.id || !String(sender.url ?? '').startsWith(ownPages)) return false;
    Promise.resolve()
      .then(() => {
        const { type, args } = parseUiRequest(message);
        if (!CHANGES_SETTINGS.has(type)) return handlers[type](args);
        services.verdicts.clear();
        const result = handlers[type](args);
        Promise.resolve(result).then(() => services.settingsSync.soon(), () => {});
        return result;
      })
      .then(
        (value) => sendResponse({ ok: true, json: JSON.stringify(value ?? null) }),
        (error) => sendResponse({ ok: false, error: { code: error.code ?? 'invalid_request', message: error.message } }),
      );
    return true; // the answer comes asynchronously
  });
}
