// The columns every cookie table starts with (the log and the inspection view): the cookie with
// its domain, its site, its category and the host's reason. columns() gives their headings and
// widths for virtualTable; cells() their content for one cookie.
import { categoryLabel } from './category-label.js';
import { h } from './dom.js';

export const COOKIE_COLUMNS = Object.freeze([
  { title: 'Cookie', width: 'minmax(8rem, 1.2fr)' }, { title: 'Site', width: 'minmax(6rem, 1fr)' },
  { title: 'Category', width: '7.5rem' }, { title: 'Why', width: 'minmax(10rem, 2.2fr)' },
]);

// `note` (optional) is a second line under the category, such as "refused"; `why` the tooltip.
export function cookieCells({ name, domain, site, category, reason, note = null, why = reason }) {
  return [
    [h('span', { class: 'mono', title: name }, name), h('span', { class: 'hint', title: domain }, domain)],
    h('span', { class: 'mono', title: site }, site),
    [h('span', { dataset: { category } }, categoryLabel(category)), note ? h('span', { class: 'hint' }, note) : null],
    h('span', { class: 'wrap', title: why }, reason),
  ];
}
