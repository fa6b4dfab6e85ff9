// The user's keep list: cookies (site + name) that are never deleted, each with a Forget button.
import { h } from '../ui/dom.js';
import { table } from '../ui/table.js';

export function keepSection(keepList, { onForget }) {
  if (keepList.length === 0) {
    return h('p', { class: 'muted', id: 'no-kept' },
      'None yet. Tick "Always keep this cookie" in the popup, or restore a deleted cookie.');
  }
  return table('keep-table', ['Site', 'Cookie', ''],
    h('tbody', {}, keepList.map(({ site, name }) => h('tr', { dataset: { site, cookieName: name } },
      h('td', { class: 'mono' }, site),
      h('td', { class: 'mono' }, name),
      h('td', { class: 'actions' }, h('button', {
        type: 'button', 'aria-label': `Stop always keeping ${name} on ${site}`, dataset: { action: 'forget' },
        onclick: () => onForget(site, name),
      }, 'Forget'))))));
}
