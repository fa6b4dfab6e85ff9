// The site (registrable domain) of a page URL or host, as the host computes it: the extension has
// no public suffix list of its own, so it asks the host's `site` message (PROTOCOL.md). Answers
// are remembered per host name. `siteOf(url)` answers one (an error when it has no site);
// `siteOf.many(urls)` answers a list in order (null for no site), asking about every host name
// not yet known in one request per SITE_BATCH.
import { chunks } from '../lib/cookies/chunks.js';

const MAX_REMEMBERED = 500;
const SITE_BATCH = 1000; // the host's limit per `site` request

function hostnameOf(urlOrHost) {
  const url = /^[a-z][a-z0-9+.-]*:\/\//i.test(urlOrHost) ? urlOrHost : `https://${urlOrHost}`;
  try {
    return new URL(url).hostname;
  } catch {
    return urlOrHost;
  }
}

export function siteResolver(host) {
  const known = new Map();
  const learn = async (hostnames) => {
    const unknown = [...new Set(hostnames)].filter((hostname) => !known.has(hostname));
    for (const batch of chunks(unknown, SITE_BATCH)) {
      const { sites } = await host.request('site', { urls: batch });
      if (known.size + batch.length > MAX_REMEMBERED) known.clear();
      batch.forEach((hostname, i) => { if (sites[i] !== null) known.set(hostname, sites[i]); });
    }
  };
  async function siteOf(urlOrHost) {
    const hostname = hostnameOf(urlOrHost);
    if (!known.has(hostname)) await learn([hostname]);
    if (!known.has(hostname)) throw new Error(`${hostname} has no site`);
    return known.get(hostname);
  }
  siteOf.many = async (urlsOrHosts) => {
    const hostnames = urlsOrHosts.map(hostnameOf);
    await learn(hostnames);
    return hostnames.map((hostname) => known.get(hostname) ?? null);
  };
  return siteOf;
}
