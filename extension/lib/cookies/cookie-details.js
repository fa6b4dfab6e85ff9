// The exact arguments cookies.remove and cookies.set need for a cookie the browser reported.
// Removal URL: http(s) by `secure`, the domain without its leading dot (IPv6 in brackets), the
// path. storeId always; partitionKey only for partitioned (CHIPS) cookies, which cannot be
// removed without it; firstPartyDomain whenever Firefox reported one (first-party isolation).

export function bareDomain(cookie) {
  return cookie.domain.startsWith('.') ? cookie.domain.slice(1) : cookie.domain;
}

export function cookieUrl(cookie) {
  const host = bareDomain(cookie);
  const bracketed = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  const path = cookie.path?.startsWith('/') ? cookie.path : '/';
  return `http${cookie.secure ? 's' : ''}://${bracketed}${path}`;
}

export function isPartitioned(cookie) {
  return typeof cookie.partitionKey?.topLevelSite === 'string' && cookie.partitionKey.topLevelSite !== '';
}

// The partition and isolation fields shared by remove and set.
function scopeOf(cookie) {
  const scope = { storeId: cookie.storeId };
  if (isPartitioned(cookie)) {
    scope.partitionKey = { topLevelSite: cookie.partitionKey.topLevelSite };
    if (typeof cookie.partitionKey.hasCrossSiteAncestor === 'boolean') {
      scope.partitionKey.hasCrossSiteAncestor = cookie.partitionKey.hasCrossSiteAncestor;
    }
  }
  if (typeof cookie.firstPartyDomain === 'string') scope.firstPartyDomain = cookie.firstPartyDomain;
  return scope;
}

export function removalDetails(cookie) {
  return { url: cookieUrl(cookie), name: cookie.name, ...scopeOf(cookie) };
}

// For cookies.set when restoring: it rejects hostOnly and session, so a host-only cookie is set
// without `domain` and a session cookie without `expirationDate`; "unspecified" sameSite is
// left out because Firefox does not accept it.
export function restoreDetails(cookie, url) {
  const details = {
    url,
    name: cookie.name,
    value: cookie.value ?? '',
    path: cookie.path || '/',
    secure: Boolean(cookie.secure),
    httpOnly: Boolean(cookie.httpOnly),
    ...scopeOf(cookie),
  };
  if (!cookie.hostOnly) details.domain = cookie.domain;
  if (!cookie.session && typeof cookie.expirationDate === 'number') {
    details.expirationDate = cookie.expirationDate;
  }
  if (cookie.sameSite && cookie.sameSite !== 'unspecified') details.sameSite = cookie.sameSite;
  if (details.storeId === undefined || details.storeId === '') delete details.storeId;
  return details;
}

// For cookies.set removing the cookie: what restores it, with an expiry in the past. The browser
// replaces the cookie of the same key (store, partition, domain, path, name); the same flags keep
// __Host-, __Secure- and SameSite=None cookies acceptable. Chromium finds that cookie by its
// domain, where cookies.remove checks every cookie of the store.
export function expiryDetails(cookie) {
  return { ...restoreDetails(cookie, cookieUrl(cookie)), expirationDate: 1 };
}
