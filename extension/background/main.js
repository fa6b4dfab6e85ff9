// The background's wiring (Chromium service worker, Firefox event page). Every listener is added
// synchronously here so that the browser can wake the background for its events. On each start
// and every reconnection to the host, all cookie stores are swept.
import { api } from '../lib/browser-api.js';
import { Badge } from './badge.js';
import { watchCookieChanges } from './cookie-events.js';
import { CookieJar } from './cookie-jar.js';
import { Enforcer } from './enforcer.js';
import { HostPort } from './host-port.js';
import { PageContext } from './page-context.js';
import { servePageRequests } from './page-requests.js';
import { siteResolver } from './site-of.js';
import { Sweeper } from './sweeper.js';

const host = new HostPort(api.runtime);
const jar = new CookieJar(api.cookies);
const pages = new PageContext(api);
const siteOf = siteResolver(host);
const enforcer = new Enforcer(host, jar, pages);
const sweeper = new Sweeper(jar, enforcer, { pages, siteOf });
const badge = new Badge(api, host, pages);

pages.watch();
watchCookieChanges(api.cookies, { jar, pages, enforcer });
enforcer.onDeleted((deletedOn) => pages.noteDeletions(deletedOn));
badge.watch();
host.onStatusChange((status) => {
  if (status.state === 'connected') sweeper.sweepAll().catch(() => {}); // the sweeper logs failures
});
servePageRequests({ api, host, jar, pages, enforcer, sweeper, siteOf });
// Browser start and install only need to wake the background: connecting sweeps.
api.runtime.onStartup.addListener(() => {});
api.runtime.onInstalled.addListener(() => {});

pages.learnOpenTabs().catch((error) => console.warn('Consentry: open tabs not read:', error.message));
host.start();
