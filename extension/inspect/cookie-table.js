// Every cookie of the browser, by site (the sites with most cookies first), with the host's
// category and reason, lifetime, flags and store in plain words. Only the rows in view are
// drawn, so 10,000 cookies scroll and filter smoothly.
import { formatLifetime } from '../lib/format/lifetime.js';
import { storeName } from '../lib/format/store-name.js';
import { COOKIE_COLUMNS, cookieCells } from '../ui/cookie-columns.js';
import { h } from '../ui/dom.js';
import { virtualTable } from '../ui/virtual-table.js';

const FLAG_WORDS = { secure: 'Secure', httpOnly: 'HttpOnly', session: 'Session', partitioned: 'Partitioned', thirdParty: 'Third-party' };
const ROW_HEIGHT = 52;
const byName = new Intl.Collator('en', { numeric: true }); // pref_2 before pref_10; far faster than localeCompare

// Sites with most cookies first, then by name; within a site by cookie name. Grouping first
// leaves the collator only the names within each site to compare.
export function sortBySite(rows) {
  const perSite = new Map();
  for (const row of rows) {
    const siteRows = perSite.get(row.verdict.site);
    if (siteRows) siteRows.push(row);
    else perSite.set(row.verdict.site, [row]);
  }
  return [...perSite.entries()]
    .sort(([a, aRows], [b, bRows]) => bRows.length - aRows.length || byName.compare(a, b))
    .flatMap(([, siteRows]) => siteRows.sort((a, b) => byName.compare(a.cookie.name, b.cookie.name)));
}

export function cookieTable() {
  const now = Date.now() / 1000;
  return virtualTable({
    id: 'cookie-table',
    label: 'Cookies',
    rowHeight: ROW_HEIGHT,
    columns: [...COOKIE_COLUMNS,
      { title: 'Lifetime', width: '6rem' }, { title: 'Flags', width: 'minmax(6rem, 1fr)' }, { title: 'Store', width: '7rem' }],
    rowAttributes: ({ cookie, verdict }) => ({ dataset: { cookieName: cookie.name, site: verdict.site, category: verdict.category, action: verdict.action } }),
    cells: ({ cookie, verdict, flags }) => [
      ...cookieCells({
        name: cookie.name, domain: cookie.domain, site: verdict.site, category: verdict.category, reason: verdict.reason,
        note: verdict.action === 'delete' ? 'refused' : null, why: verdict.why ? `${verdict.reason}\n${verdict.why}` : verdict.reason,
      }),
      formatLifetime(cookie, now),
      h('span', { class: 'wrap' }, Object.keys(FLAG_WORDS).filter((f) => flags[f]).map((f) => h('span', { class: 'flag' }, FLAG_WORDS[f]))),
      storeName(cookie.storeId),
    ],
  });
}
