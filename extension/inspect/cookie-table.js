// Every cookie of the browser grouped by the site it belongs to (most cookies first), with the
// host's category and reason, lifetime, flags and store.
import { flagsOf } from './inspect-filter.js';
import { formatLifetime } from '../lib/format/lifetime.js';
import { plural } from '../lib/format/plural.js';
import { categoryLabel } from '../ui/category-label.js';
import { clippedText } from '../ui/clipped-text.js';
import { h } from '../ui/dom.js';
import { table } from '../ui/table.js';

const FLAG_WORDS = { secure: 'Secure', httpOnly: 'HttpOnly', session: 'Session', partitioned: 'Partitioned', thirdParty: 'Third-party' };

function bySite(rows) {
  const groups = new Map();
  for (const row of rows) {
    const site = row.verdict.site;
    if (!groups.has(site)) groups.set(site, []);
    groups.get(site).push(row);
  }
  return [...groups.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
}

function cookieRow({ cookie, verdict }) {
  const flags = flagsOf(cookie, verdict.site);
  return h('tr', { dataset: { cookieName: cookie.name, category: verdict.category, action: verdict.action } },
    h('td', {}, clippedText(cookie.name)),
    h('td', {}, clippedText(cookie.domain)),
    h('td', { dataset: { category: verdict.category } }, categoryLabel(verdict.category),
      verdict.action === 'delete' ? h('div', { class: 'hint' }, 'refused') : null),
    h('td', { class: 'reason' }, verdict.reason, verdict.why ? h('div', { class: 'hint' }, verdict.why) : null),
    h('td', { class: 'nowrap' }, formatLifetime(cookie)),
    h('td', { class: 'flags' }, Object.keys(FLAG_WORDS).filter((f) => flags[f]).map((f) => h('span', { class: 'flag' }, FLAG_WORDS[f]))),
    h('td', { class: 'mono' }, cookie.storeId ?? ''));
}

export function cookieTable(rows) {
  if (rows.length === 0) return h('p', { class: 'muted', id: 'no-cookies' }, 'No cookie matches.');
  return table('cookie-table', ['Name', 'Domain', 'Category', 'Why', 'Lifetime', 'Flags', 'Store'],
    ...bySite(rows).map(([site, siteRows]) => h('tbody', { dataset: { site } },
      h('tr', { class: 'site-row' }, h('th', { scope: 'rowgroup', colspan: 7 },
        clippedText(site), h('span', { class: 'hint' }, ` · ${plural(siteRows.length, 'cookie')}`))),
      siteRows.map(cookieRow))));
}
