// The deletion log grouped by cookie: one group per cookie (store, partition, domain, path,
// name) with how often it was deleted, when last, and where it is now: still deleted, back in
// the browser because it was restored (it is on the keep list), or back because the site set
// it again and it is allowed now. Only a deleted cookie can be restored; a restored one cannot
// be restored twice.
import { CATEGORY_LABELS } from '../lib/categories.js';
import { cookieKey } from '../lib/cookies/cookie-key.js';

export const LOG_STATE_WORDS = Object.freeze({ deleted: 'Deleted', restored: 'Restored · kept', back: 'In the browser again' });

// entries: deletion_log entries, newest first; liveKeys: cookieKeys of the cookies in the browser.
export function groupDeletions(entries, { liveKeys, keepList }) {
  const kept = new Set(keepList.map(({ site, name }) => JSON.stringify([site, name])));
  const groups = new Map();
  for (const entry of entries) {
    const key = cookieKey(entry.cookie);
    const group = groups.get(key);
    if (group) {
      group.count += 1;
      continue;
    }
    const live = liveKeys.has(key);
    const onKeepList = kept.has(JSON.stringify([entry.site, entry.cookie.name]));
    groups.set(key, {
      key,
      name: entry.cookie.name,
      domain: entry.cookie.domain,
      site: entry.site,
      category: entry.category,
      reason: entry.reason,
      count: 1,
      lastTime: entry.time,
      entryId: entry.id,
      state: !live ? 'deleted' : onKeepList ? 'restored' : 'back',
    });
  }
  return [...groups.values()];
}

// A group matches when every word of `query` is in its name, site, domain or category.
export function groupMatches(group, query) {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const text = `${group.name}\n${group.site}\n${group.domain}\n${CATEGORY_LABELS[group.category]}`.toLowerCase();
  return words.every((word) => text.includes(word));
}
