// What "Clean this site now" tells: while it runs, how far it is ("Cleaning: checked 250 of 600
// cookies, 40 deleted so far…"); once done, "Deleted 4 cookies: 3 targeting, 1 performance.",
// or "Nothing to clean: every cookie here is allowed." Categories go from most to fewest
// deletions, ties in display order.
import { CATEGORIES } from '../lib/categories.js';
import { plural } from '../lib/format/plural.js';

// Before the first report only the number of the site's cookies is known: {total}.
export function cleanProgress({ checked, total, deleted }) {
  if (checked === undefined) return `Cleaning: checking ${plural(total, 'cookie')}…`;
  return `Cleaning: checked ${checked.toLocaleString('en')} of ${plural(total, 'cookie')}, ${deleted.toLocaleString('en')} deleted so far…`;
}

// deleted: [{name, category}], as the background's clean-site answer lists them.
export function cleanSummary(deleted) {
  if (deleted.length === 0) return 'Nothing to clean: every cookie here is allowed.';
  const counts = new Map();
  for (const { category } of deleted) counts.set(category, (counts.get(category) ?? 0) + 1);
  const rank = (category) => (CATEGORIES.includes(category) ? CATEGORIES.indexOf(category) : CATEGORIES.length);
  const parts = [...counts.entries()]
    .sort(([a, n], [b, m]) => m - n || rank(a) - rank(b))
    .map(([category, n]) => `${n.toLocaleString('en')} ${category}`);
  return `Deleted ${plural(deleted.length, 'cookie')}: ${parts.join(', ')}.`;
}
