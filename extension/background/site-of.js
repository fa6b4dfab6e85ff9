// The site (registrable domain) of a page URL or host, as the host computes it: the extension has
// no public suffix list of its own, so it asks the host's `site` message (PROTOCOL.md). Answers
// are remembered per host name.
const MAX_REMEMBERED = 500;

function hostnameOf(urlOrHost) {
  const url = /^[a-z][a-z0-9+.-]*:\/\//i.test(urlOrHost) ? urlOrHost : `https://${urlOrHost}`;
  return new URL(url).hostname;
}

export function siteResolver(host) {
  const known = new Map();
  return async function siteOf(urlOrHost) {
    const hostname = hostnameOf(urlOrHost);
    if (!known.has(hostname)) {
      const { sites: [site] } = await host.request('site', { urls: [hostname] });
      if (site === null) throw new Error(`${hostname} has no site`);
      if (known.size >= MAX_REMEMBERED) known.clear();
      known.set(hostname, site);
    }
    return known.get(hostname);
  };
}
