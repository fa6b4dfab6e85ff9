// What the popup tells of one page: its own cookies by category, and its third parties, one group
// per third-party site, each cookie kept or deleted with the host's reason; and the header's
// counts ("12 kept, 7 deleted, 3 third parties"). A cookie's own site (`cookieSite`, from the
// host) tells the two apart; a cookie whose own site is not known counts as the page's own.
import { plural } from '../lib/format/plural.js';
import { byCategory, isKeptItem, siteItems } from './site-view.js';

function thirdPartyGroups(items) {
  const bySite = new Map();
  for (const item of items) {
    if (!bySite.has(item.cookieSite)) bySite.set(item.cookieSite, []);
    bySite.get(item.cookieSite).push(item);
  }
  return [...bySite.entries()]
    .map(([site, siteItemsOf]) => ({
      site,
      items: siteItemsOf.sort((a, b) => a.name.localeCompare(b.name) || a.domain.localeCompare(b.domain)),
      kept: siteItemsOf.filter(isKeptItem).length,
      deleted: siteItemsOf.filter((item) => !isKeptItem(item)).length,
    }))
    .sort((a, b) => b.items.length - a.items.length || a.site.localeCompare(b.site));
}

export function pageSummary({ kept, deleted, thirdPartyCount }) {
  return `${kept} kept, ${deleted} deleted, ${plural(thirdPartyCount, 'third party', 'third parties')}`;
}

// live: [{cookie, verdict, cookieSite}]; deleted: deletion log entries with their cookieSite.
export function buildPageStory({ site, live, deleted, keepList, nowSeconds }) {
  const items = siteItems({ site, live, entries: deleted, keepList, nowSeconds });
  const isThirdParty = (item) => Boolean(item.cookieSite) && item.cookieSite !== site;
  const thirdParties = thirdPartyGroups(items.filter(isThirdParty));
  const counts = {
    kept: items.filter(isKeptItem).length,
    deleted: items.filter((item) => !isKeptItem(item)).length,
    thirdPartyCount: thirdParties.length,
  };
  return {
    site,
    own: { groups: byCategory(items.filter((item) => !isThirdParty(item))) },
    thirdParties,
    ...counts,
    summary: pageSummary(counts),
    total: items.length,
  };
}
