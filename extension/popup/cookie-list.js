// The site's cookies by category, summary first: one row per category with its counts and the
// site's switch; the row opens on demand to list its cookies. Each cookie shows its name, state
// (kept, deleted, about to be deleted) and the host's reason; "Details" opens its value, domain,
// lifetime and the host's decision; "Delete now" removes a live one; "Always keep" appears only
// where it changes something. The page's third parties follow, one group per site (their
// cookies follow the page's choices, so they have no switch of their own). A search opens the
// groups that have matches.
import { CATEGORY_LABELS } from '../lib/categories.js';
import { storeName } from '../lib/format/store-name.js';
import { categorySwitch } from '../ui/category-switch.js';
import { h } from '../ui/dom.js';
import { itemMatches, offersKeep } from './site-view.js';

const STATE_WORDS = { kept: 'Kept', deleted: 'Deleted', pending: 'To delete' };

function detailsOf(item) {
  const { cookie } = item;
  const facts = [
    ['Value', cookie.value || '(empty)'], ['Domain', cookie.domain], ['Path', cookie.path ?? '/'],
    ['Lifetime', item.lifetime], ['Store', storeName(cookie.storeId)],
    ['Flags', ['secure', 'httpOnly'].filter((f) => cookie[f]).join(', ') || 'none'],
    ['Decision', item.why || (item.state === 'deleted' ? 'deleted by your choices' : '')],
  ];
  return h('details', { class: 'cookie-details' },
    h('summary', {}, 'Details'),
    h('dl', {}, facts.filter(([, value]) => value).flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value)])));
}

function cookieItem(item, index, { onKeep, onDelete }) {
  const nameId = `cookie-${index}-name`;
  const times = item.deletions > 1 ? ` ${item.deletions}×` : '';
  const keepId = `keep-${index}`;
  return h('li', { class: 'cookie', dataset: { cookieName: item.name, state: item.state, category: item.category } },
    h('div', { class: 'cookie-head' },
      h('span', { class: 'cookie-name', id: nameId }, item.name),
      h('span', { class: `state ${item.state}` }, STATE_WORDS[item.state] + times)),
    h('p', { class: 'cookie-reason' }, item.reason),
    h('div', { class: 'cookie-actions' },
      detailsOf(item),
      item.state !== 'deleted' ? h('button', {
        type: 'button', dataset: { action: 'delete', cookieName: item.name, focusKey: `delete:${item.key}` }, 'aria-describedby': nameId,
        onclick: () => onDelete(item),
      }, 'Delete now') : null,
      offersKeep(item) ? h('label', { class: 'keep-toggle', for: keepId },
        h('input', {
          type: 'checkbox', id: keepId, checked: item.onKeepList, 'aria-describedby': nameId,
          dataset: { action: 'keep', cookieName: item.name, focusKey: `keep:${item.key}` },
          onchange: (event) => onKeep(item, event.target.checked),
        }),
        'Always keep') : null));
}

function categoryGroup(group, items, { startIndex, open, handlers, allowed }) {
  const countText = `${group.kept} kept · ${group.deleted} deleted`;
  return h('div', { class: 'category', dataset: { category: group.category } },
    h('details', { open, dataset: { category: group.category } },
      h('summary', { class: 'category-summary' },
        h('span', { class: 'category-mark', 'aria-hidden': 'true' }),
        CATEGORY_LABELS[group.category],
        h('span', { class: 'counts', dataset: { testid: `count-${group.category}` } }, countText)),
      items.length === 0
        ? h('p', { class: 'empty' }, group.items.length === 0 ? 'None on this site.' : 'None matches the search.')
        : h('ul', { class: 'cookies' }, items.map((item, i) => cookieItem(item, startIndex + i, handlers)))),
    categorySwitch({
      id: `switch-${group.category}`, category: group.category, on: allowed[group.category], compact: true,
      label: `${CATEGORY_LABELS[group.category]} cookies allowed on this site`, onToggle: handlers.onToggle,
    }));
}

function thirdPartyGroup(group, items, { startIndex, open, handlers }) {
  return h('div', { class: 'category third-party' },
    h('details', { open, dataset: { thirdParty: group.site } },
      h('summary', { class: 'category-summary' },
        h('span', { class: 'clipped' }, group.site),
        h('span', { class: 'counts' }, `${group.kept} kept · ${group.deleted} deleted`)),
      items.length === 0
        ? h('p', { class: 'empty' }, 'None matches the search.')
        : h('ul', { class: 'cookies' }, items.map((item, i) => cookieItem(item, startIndex + i, handlers)))));
}

// story: page-story.js's buildPageStory. `opened`: the groups the user has opened (kept across
// redraws: categories by name, third parties by site); `query`: the search.
export function cookieList(story, { allowed, query = '', opened = new Set(), handlers }) {
  let index = 0;
  const draw = (group, key, make, extra = {}) => {
    const items = group.items.filter((item) => itemMatches(item, query));
    const open = opened.has(key) || (query !== '' && items.length > 0);
    const element = make(group, items, { startIndex: index, open, handlers, ...extra });
    index += group.items.length;
    return element;
  };
  return [
    ...story.own.groups.map((group) => draw(group, group.category, categoryGroup, { allowed })),
    story.thirdParties.length === 0 ? null : h('h2', { class: 'third-parties-heading' }, 'Third parties on this page'),
    ...story.thirdParties.map((group) => draw(group, group.site, thirdPartyGroup)),
  ];
}
