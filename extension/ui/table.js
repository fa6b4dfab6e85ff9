// A data table with column headings; an empty heading becomes a hidden "Actions" label so every
// column stays named for screen readers.
import { h } from './dom.js';

export function table(id, headings, ...bodies) {
  return h('table', { id },
    h('thead', {}, h('tr', {}, headings.map((title) => h('th', { scope: 'col' },
      title || h('span', { class: 'visually-hidden' }, 'Actions'))))),
    ...bodies);
}
