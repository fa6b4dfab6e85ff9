// The background's wiring (Chromium service worker, Firefox event page). Every listener is added
// synchronously here so that the browser can wake the background for its events. On each start
// and every reconnection to the host, all cookie stores are swept; a site's cookies are swept
// again when its consent banner's declaration reaches the host.
import { api } from '../lib/browser-api.js';
import { currentBrowser } from '../lib/host/host-install.js';
import { Badge } from './badge.js';
import { watchCookieChanges } from './cookie-events.js';
import { CookieJar } from './cookie-jar.js';
import { watchDeclarations } from './declarations.js';
import { Enforcer } from './enforcer.js';
import { HostPort } from './host-port.js';
import { PageContext } from './page-context.js';
import { servePageRequests } from './page-requests.js';
import { SettingsSync } from './settings-sync.js';
import { siteResolver } from './site-of.js';
import { Sweeper } from './sweeper.js';
import { VerdictCache } from './verdict-cache.js';

const host = new HostPort(api.runtime);
const jar = new CookieJar(api.cookies, { removeByExpiry: currentBrowser(api.runtime.getURL('')) !== 'firefox' });
const pages = new PageContext(api);
const siteOf = siteResolver(host);
const verdicts = new VerdictCache();
verdicts.watchHost(host);
const enforcer = new Enforcer(host, jar, pages, verdicts);
const sweeper = new Sweeper(jar, enforcer, { pages, siteOf });
const badge = new Badge(api, host, pages);
const settingsSync = new SettingsSync({ storage: api.storage, host, onImported: () => {
  verdicts.clear();
  sweeper.sweepAll().catch(() => {});
} });

pages.watch();
watchCookieChanges(api.cookies, { jar, pages, enforcer, verdicts });
enforcer.onDeleted((deletedOn) => pages.noteDeletions(deletedOn));
// Open extension pages show a running sweep; with none open there is nobody to tell.
sweeper.onProgress((progress) => api.runtime.sendMessage({ event: 'sweep-progress', progress }).catch(() => {}));
badge.watch();
settingsSync.watch();
host.onStatusChange((status) => {
  if (status.state !== 'connected') return;
  sweeper.sweepAll().catch(() => {}); // the sweeper logs failures
  settingsSync.soon();
});
watchDeclarations({ api, host, sweeper, verdicts });
servePageRequests({ api, host, jar, pages, enforcer, sweeper, settingsSync, siteOf, verdicts });
// Browser start only needs to wake the background: connecting sweeps. A first install also opens
// the first-run page, where the user meets the categories and chooses the defaults.
api.runtime.onStartup.addListener(() => {});
api.runtime.onInstalled.addListener(({ reason }) => {
  if (reason === 'install') api.tabs.create({ url: api.runtime.getURL('welcome/welcome.html') }).catch(() => {});
});

// What the background knew before it was last stopped comes back before the first sweep (which
// follows the connection) and before the open tabs are read (their pages keep their deletions).
pages.restore()
  .catch((error) => console.warn('Consentry: the pages remembered for cookies not read:', error.message))
  .then(() => {
    pages.learnOpenTabs().catch((error) => console.warn('Consentry: open tabs not read:', error.message));
    host.start();
  });
