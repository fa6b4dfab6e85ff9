// Whether a cookie belongs to a site (a registrable domain, as the host computes it) under the
// host's policy: a partitioned cookie belongs to its partition's top-level site, any other
// cookie to the site its own domain lies in.
import { isPartitioned } from './cookie-details.js';

function hostOfSite(topLevelSite) {
  try {
    return new URL(topLevelSite).hostname.replace(/^\[|\]$/g, '');
  } catch {
    return topLevelSite;
  }
}

export function domainWithinSite(domain, site) {
  const bare = (domain.startsWith('.') ? domain.slice(1) : domain).toLowerCase();
  return bare === site || bare.endsWith(`.${site}`);
}

export function belongsToSite(cookie, site) {
  if (!site) return false;
  if (isPartitioned(cookie)) return domainWithinSite(hostOfSite(cookie.partitionKey.topLevelSite), site);
  return domainWithinSite(cookie.domain, site);
}
