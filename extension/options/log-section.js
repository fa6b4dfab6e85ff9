// The deletion log, newest first, searchable by site (any part of the site name) and paged;
// each entry has a Restore button: the host hands the cookie back, the background sets it again
// and the host puts it on the keep list.
import { ask } from '../ui/ask.js';
import { categoryLabel } from '../ui/category-label.js';
import { clippedText } from '../ui/clipped-text.js';
import { fill, h } from '../ui/dom.js';
import { table } from '../ui/table.js';

const PAGE_SIZE = 50;

function entryRow(entry, onRestore) {
  return h('tr', { dataset: { entryId: entry.id, site: entry.site, cookieName: entry.cookie.name, category: entry.category } },
    h('td', { class: 'nowrap' }, new Date(entry.time * 1000).toLocaleString()),
    h('td', {}, clippedText(entry.site)),
    h('td', {}, clippedText(entry.cookie.name), h('div', { class: 'hint' }, clippedText(entry.cookie.domain))),
    h('td', { dataset: { category: entry.category } }, categoryLabel(entry.category)),
    h('td', { class: 'reason' }, entry.reason),
    h('td', { class: 'actions' }, h('button', {
      type: 'button', dataset: { action: 'restore' }, 'aria-label': `Restore ${entry.cookie.name} on ${entry.site}`,
      onclick: () => onRestore(entry),
    }, 'Restore')));
}

export function createLogSection(container, { onRestored }) {
  let query = '';
  let shown = [];
  let total = 0;
  const message = h('p', { class: 'message', id: 'log-message', role: 'status', hidden: true });
  const entries = h('tbody', { id: 'log-entries' });
  const summary = h('p', { class: 'hint', id: 'log-summary' });
  const more = h('button', { type: 'button', id: 'log-more', onclick: () => load(false) }, 'Show more');
  let searchTimer = null;
  const search = h('input', {
    type: 'search', id: 'log-search', placeholder: 'example.com', 'aria-label': 'Search the log by site',
    oninput: () => {
      clearTimeout(searchTimer);
      searchTimer = setTimeout(() => { query = search.value.trim(); load(true); }, 250);
    },
  });

  function say(text, isError = false) {
    message.hidden = !text;
    message.textContent = text;
    message.classList.toggle('error', isError);
  }

  async function restore(entry) {
    try {
      await ask('restore', { entry_id: entry.id });
      say(`Restored ${entry.cookie.name} on ${entry.site}; it is now on your keep list.`);
      onRestored();
    } catch (error) {
      say(`Could not restore ${entry.cookie.name}: ${error.message}`, true);
    }
  }

  async function load(fromStart) {
    const filters = { offset: fromStart ? 0 : shown.length, limit: PAGE_SIZE };
    if (query) Object.assign(filters, { site: query, site_contains: true });
    try {
      const page = await ask('deletion-log', filters);
      shown = fromStart ? page.entries : [...shown, ...page.entries];
      total = page.total;
      fill(entries, shown.map((entry) => entryRow(entry, restore)));
      const none = query ? `No deletion on a site matching "${query}".` : 'No deletions recorded yet.';
      summary.textContent = total === 0 ? none : `Showing ${shown.length} of ${total}.`;
      more.hidden = shown.length >= total;
    } catch (error) {
      say(`Could not read the log: ${error.message}`, true);
    }
  }

  fill(container,
    h('div', { class: 'toolbar' }, h('label', { for: 'log-search' }, 'Site'), search),
    message,
    table('log-table', ['Time', 'Site', 'Cookie', 'Category', 'Why', ''], entries),
    summary,
    more);
  return { reload: () => load(true) };
}
