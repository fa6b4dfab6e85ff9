// A cookie's identity as the browser sees it: two cookies with the same key are the same cookie
// (a later one replaces the earlier). Store, partition, first-party domain, domain, path, name.
export function cookieKey(cookie) {
  return JSON.stringify([
    cookie.storeId ?? '',
    cookie.partitionKey?.topLevelSite ?? '',
    cookie.firstPartyDomain ?? '',
    cookie.domain,
    cookie.path ?? '/',
    cookie.name,
  ]);
}
