// The background's wiring (Chromium service worker, Firefox event page). Every listener is added
// synchronously here so that the browser can wake the background for its events. On each start
// and every reconnection to the host, all cookie stores are swept; a site's cookies are swept
// again when its consent banner's declaration reaches the host.
import { api } from '../lib/browser-api.js';
import { Badge } from './badge.js';
import { watchCookieChanges } from './cookie-events.js';
import { CookieJar } from './cookie-jar.js';
import { watchDeclarations } from './declarations.js';
import { Enforcer } from './enforcer.js';
import { HostPort } from './host-port.js';
import { servePageRequests } from './page-requests.js';
import { siteResolver } from './site-of.js';
import { Sweeper } from './sweeper.js';

const host = new HostPort(api.runtime);
const jar = new CookieJar(api.cookies);
const enforcer = new Enforcer(host, jar);
const sweeper = new Sweeper(jar, enforcer);
const badge = new Badge(api, host);

watchCookieChanges(api.cookies, enforcer);
enforcer.onDeleted(() => badge.refreshSoon());
badge.watch();
host.onStatusChange((status) => {
  if (status.state === 'connected') sweeper.sweepAll().catch(() => {}); // the sweeper logs failures
});
watchDeclarations({ api, host, sweeper });
servePageRequests({ api, host, jar, enforcer, sweeper, badge, siteOf: siteResolver(host) });
// Browser start and install only need to wake the background: connecting sweeps.
api.runtime.onStartup.addListener(() => {});
api.runtime.onInstalled.addListener(() => {});

host.start();
