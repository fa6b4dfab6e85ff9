// The deletion log, one row per cookie (how often, when last, where it is now), searchable by
// cookie name, site or category. The whole log (at most 10,000 entries) is read once and
// searched in memory; rows are drawn as they scroll into view. A deleted cookie has Restore: the
// host hands it back, the background sets it again and the host keeps it from then on; the row
// then says so and offers no second restore.
import { CookieJar } from '../background/cookie-jar.js';
import { api } from '../lib/browser-api.js';
import { cookieKey } from '../lib/cookies/cookie-key.js';
import { plural } from '../lib/format/plural.js';
import { ask } from '../ui/ask.js';
import { COOKIE_COLUMNS, cookieCells } from '../ui/cookie-columns.js';
import { fill, h } from '../ui/dom.js';
import { readLog } from '../ui/read-log.js';
import { virtualTable } from '../ui/virtual-table.js';
import { groupDeletions, groupMatches, LOG_STATE_WORDS } from './log-groups.js';

const ROW_HEIGHT = 52;

function when(seconds) {
  return new Date(seconds * 1000).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function createLogSection(container, { onRestored }) {
  let groups = [];
  const message = h('p', { class: 'message', id: 'log-message', role: 'status', hidden: true });
  const summary = h('p', { class: 'hint', id: 'log-summary', 'aria-live': 'polite' });
  const search = h('input', {
    type: 'search', id: 'log-search', placeholder: 'cookie name, site or category', 'aria-describedby': 'log-summary',
    oninput: () => show(),
  });

  function say(text, isError = false) {
    message.hidden = !text;
    message.textContent = text;
    message.classList.toggle('error', isError);
  }

  function stateCell(group) {
    const focusKey = `log:${group.key}`;
    if (group.state !== 'deleted') {
      return h('span', { class: `state ${group.state === 'restored' ? 'kept' : 'pending'}`, tabindex: '-1', dataset: { focusKey } },
        LOG_STATE_WORDS[group.state]);
    }
    return h('button', {
      type: 'button', dataset: { action: 'restore', focusKey }, 'aria-label': `Restore ${group.name} on ${group.site}`,
      onclick: () => restore(group),
    }, 'Restore');
  }

  const rows = virtualTable({
    id: 'log-table',
    label: 'Deleted cookies',
    rowHeight: ROW_HEIGHT,
    columns: [...COOKIE_COLUMNS, { title: 'Deleted', width: '9.5rem' }, { title: '', width: '8.5rem' }],
    rowAttributes: (group) => ({ dataset: { site: group.site, cookieName: group.name, category: group.category, state: group.state } }),
    cells: (group) => [
      ...cookieCells(group),
      [h('span', {}, group.count > 1 ? `${group.count} times` : 'once'), h('span', { class: 'hint' }, when(group.lastTime))],
      stateCell(group),
    ],
  });

  function show({ keepScroll = false } = {}) {
    const query = search.value.trim();
    const matching = groups.filter((group) => groupMatches(group, query));
    rows.setItems(matching, { keepScroll });
    const deletions = groups.reduce((sum, group) => sum + group.count, 0);
    if (groups.length === 0) summary.textContent = 'No deletions recorded yet.';
    else if (matching.length === 0) summary.textContent = `No deleted cookie matches "${query}".`;
    else {
      summary.textContent = `${plural(deletions, 'deletion')} of ${plural(groups.length, 'cookie')}`
        + (query ? `; ${matching.length} match "${query}".` : '.');
    }
  }

  async function load({ keepScroll = false } = {}) {
    try {
      const [entries, live, preferences] = await Promise.all([readLog(), new CookieJar(api.cookies).listAll(), ask('preferences')]);
      groups = groupDeletions(entries, { liveKeys: new Set(live.map(cookieKey)), keepList: preferences.keep_list });
      show({ keepScroll });
      performance.mark('log-drawn'); // read by bench/pages
    } catch (error) {
      say(`Could not read the log: ${error.message}`, true);
    }
  }

  async function restore(group) {
    try {
      await ask('restore', { entry_id: group.entryId });
      say(`Restored ${group.name} on ${group.site}; it is now on your keep list.`);
      await load({ keepScroll: true });
      container.querySelector(`[data-focus-key="${CSS.escape(`log:${group.key}`)}"]`)?.focus();
      onRestored();
    } catch (error) {
      say(`Could not restore ${group.name}: ${error.message}`, true);
    }
  }

  fill(container,
    h('div', { class: 'toolbar' }, h('label', { for: 'log-search' }, 'Search deleted cookies'), search),
    message,
    summary,
    rows.element);
  return { reload: () => load({ keepScroll: true }) };
}
