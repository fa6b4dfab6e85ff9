// The site (registrable domain) of a page URL or host, as the host computes it: the extension has
// no public suffix list of its own. It asks `decide` about a cookie of the page's own host (no
// side effects) and takes the verdict's site. Answers are remembered per host name.
const MAX_REMEMBERED = 500;

function hostnameOf(urlOrHost) {
  const url = /^[a-z][a-z0-9+.-]*:\/\//i.test(urlOrHost) ? urlOrHost : `https://${urlOrHost}`;
  return new URL(url).hostname;
}

export function siteResolver(enforcer) {
  const known = new Map();
  return async function siteOf(urlOrHost) {
    const hostname = hostnameOf(urlOrHost);
    if (!known.has(hostname)) {
      const [verdict] = await enforcer.classify([{ name: 'consentry-site-probe', domain: hostname, path: '/' }]);
      if ('error' in verdict) throw new Error(`no site for ${hostname}: ${verdict.error}`);
      if (known.size >= MAX_REMEMBERED) known.clear();
      known.set(hostname, verdict.site);
    }
    return known.get(hostname);
  };
}
