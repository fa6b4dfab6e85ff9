// What the popup shows for one site: the live cookies with the host's verdicts and the cookies
// deleted there (from the host's deletion log), grouped by category with counts. A cookie that
// is live again is shown once, as live; a cookie deleted many times is shown once, with a count.
import { CATEGORIES } from '../lib/categories.js';
import { cookieKey } from '../lib/cookies/cookie-key.js';
import { formatLifetime } from '../lib/format/lifetime.js';

function isKept(keepList, site, name) {
  return keepList.some((entry) => entry.site === site && entry.name === name);
}

function itemOf(cookie, fields, context) {
  return {
    key: cookieKey(cookie),
    name: cookie.name,
    domain: cookie.domain,
    lifetime: formatLifetime(cookie, context.nowSeconds),
    onKeepList: isKept(context.keepList, context.site, cookie.name),
    ...fields,
  };
}

function liveItems(live, context) {
  return live
    .filter(({ verdict }) => !('error' in verdict))
    .map(({ cookie, verdict, cookieSite }) => itemOf(cookie, {
      cookieSite,
      category: verdict.category,
      state: verdict.action === 'delete' ? 'pending' : 'kept',
      reason: verdict.reason,
      why: verdict.why ?? '',
    }, context));
}

// Log entries come newest first; the first of each cookie stands for all its deletions.
function deletedItems(entries, liveKeys, context) {
  const byKey = new Map();
  for (const entry of entries) {
    const key = cookieKey(entry.cookie);
    if (liveKeys.has(key)) continue;
    const seen = byKey.get(key);
    if (seen) seen.deletions += 1;
    else {
      byKey.set(key, itemOf(entry.cookie, {
        cookieSite: entry.cookieSite,
        category: entry.category, state: 'deleted', reason: entry.reason, why: '',
        entryId: entry.id, deletedAt: entry.time, deletions: 1,
      }, context));
    }
  }
  return [...byKey.values()];
}

// Every cookie of the view once: live ones, then deleted ones that are not live again. Each item
// keeps the `cookieSite` (the cookie's own site) it was given, when it was given one.
export function siteItems({ site, live, entries, keepList, nowSeconds = Date.now() / 1000 }) {
  const context = { site, keepList, nowSeconds };
  const current = liveItems(live, context);
  return [...current, ...deletedItems(entries, new Set(current.map((i) => i.key)), context)];
}

export const isKeptItem = (item) => item.state === 'kept';

export function byCategory(items) {
  return CATEGORIES.map((category) => {
    const inCategory = items
      .filter((item) => item.category === category)
      .sort((a, b) => a.name.localeCompare(b.name) || a.domain.localeCompare(b.domain));
    return {
      category,
      items: inCategory,
      kept: inCategory.filter(isKeptItem).length,
      deleted: inCategory.filter((item) => !isKeptItem(item)).length,
    };
  });
}

export function buildSiteView(input) {
  const items = siteItems(input);
  return { site: input.site, groups: byCategory(items), total: items.length };
}

// What "Always keep this cookie" asks for: on a deleted cookie, its restore (the host keeps it
// and the background sets it again, so it is kept and present); else the keep list change.
export function keepRequest(item, site, keep) {
  if (keep && item.state === 'deleted' && item.entryId) return { type: 'restore', args: { entry_id: item.entryId } };
  return { type: keep ? 'keep-cookie' : 'forget-cookie', args: { site, name: item.name } };
}
