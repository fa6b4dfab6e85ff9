// Serves the extension's own pages (popup, options, inspection). Only messages from this
// extension's pages are answered (content scripts are heard by declarations.js alone, no external
// connections are allowed); each request is checked by parseUiRequest and mapped to host requests here.
// Replies are {ok: true, value} or {ok: false, error: {code, message}}.
import { browserOf } from '../lib/host/host-install.js';
import { belongsToSite } from '../lib/cookies/site-membership.js';
import { storeIdForTab } from '../lib/cookies/store-for-tab.js';
import { parseUiRequest } from '../lib/host/ui-requests.js';

const STATUS_WAIT_MS = 3000;

function within(ms, promise) {
  return Promise.race([promise, new Promise((resolve) => { setTimeout(resolve, ms); })]);
}

function handlersFor({ api, host, jar, enforcer, sweeper, badge, siteOf }) {
  const status = async () => {
    await within(STATUS_WAIT_MS, host.whenSettled());
    return { ...host.status, browser: browserOf(api.runtime.getURL('')) };
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

  return {
    status,
    reconnect: () => {
      host.reconnectNow();
      return status();
    },
    preferences: async () => (await host.request('get_preferences')).preferences,
    'site-cookies': async ({ url, tabId }) => {
      const site = await siteOf(url);
      const storeId = await storeOfTab(tabId);
      const cookies = (await jar.list(storeId)).filter((cookie) => belongsToSite(cookie, site));
      return { site, storeId, cookies: await withVerdicts(cookies) };
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
      const reply = await host.request('restore', { entry_id: entryId });
      await jar.restore(reply.cookie, reply.url);
      badge.refreshSoon();
      return { cookie: reply.cookie, kept: reply.kept === true };
    },
    'export-settings': async () => (await host.request('export_settings')).settings,
    'import-settings': async ({ settings }) => {
      const { preferences } = await host.request('import_settings', { settings });
      await sweeper.sweepAll();
      return preferences;
    },
    'all-cookies': async () => withVerdicts(await jar.listAll()),
    'site-declaration': async ({ site }) => {
      const { platform, declaration, contradictions } = await host.request('declaration', { site });
      return { platform, declaration, contradictions };
    },
  };
}

export function servePageRequests(services) {
  const { runtime } = services.api;
  const handlers = handlersFor(services);
  const ownPages = runtime.getURL('');
  runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (sender.id !== runtime.id || !String(sender.url ?? '').startsWith(ownPages)) return false;
    Promise.resolve()
      .then(() => {
        const { type, args } = parseUiRequest(message);
        return handlers[type](args);
      })
      .then(
        (value) => sendResponse({ ok: true, value }),
        (error) => sendResponse({ ok: false, error: { code: error.code ?? 'invalid_request', message: error.message } }),
      );
    return true; // the answer comes asynchronously
  });
}
