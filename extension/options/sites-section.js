// The sites whose choice differs from the defaults: a switch per switchable category, a link to
// the site's own panel, and Remove (the site follows the defaults again).
import { CATEGORY_LABELS, SWITCHABLE_CATEGORIES } from '../lib/categories.js';
import { h } from '../ui/dom.js';
import { table } from '../ui/table.js';

function siteRow(site, allowed, { onToggle, onRemove }) {
  return h('tr', { dataset: { site } },
    h('th', { scope: 'row', class: 'mono' }, site),
    SWITCHABLE_CATEGORIES.map((category) => h('td', { dataset: { category } },
      h('input', {
        type: 'checkbox', role: 'switch', checked: allowed[category],
        'aria-label': `${CATEGORY_LABELS[category]} cookies on ${site}`,
        dataset: { site, category, focusKey: `site:${site}:${category}` },
        onchange: (event) => onToggle(site, category, event.target.checked),
      }))),
    h('td', { class: 'actions' },
      h('a', { href: `../popup/popup.html?site=${encodeURIComponent(site)}`, target: '_blank' }, 'Cookies'),
      ' ',
      h('button', {
        type: 'button', 'aria-label': `Remove the choice for ${site}`, dataset: { action: 'remove-site', site },
        onclick: () => onRemove(site),
      }, 'Remove')));
}

export function sitesSection(preferences, handlers) {
  const sites = Object.keys(preferences.sites).sort();
  if (sites.length === 0) {
    return h('p', { class: 'muted', id: 'no-sites' },
      'No site has its own choice yet. Open the Consentry popup on a site to give it one.');
  }
  return table('site-table', ['Site', ...SWITCHABLE_CATEGORIES.map((category) => CATEGORY_LABELS[category]), ''],
    h('tbody', {}, sites.map((site) => siteRow(site, preferences.sites[site].allowed, handlers))));
}
