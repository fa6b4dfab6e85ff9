// The page's cookies: its own by category (a collapsible group per category with its counts),
// then one group per third-party site; per cookie its name, domain, lifetime, state (kept, deleted, about to be deleted), the host's
// reason (what the cookie is) and decision (why it is kept or deleted), and an "Always keep this
// cookie" checkbox.
import { CATEGORY_LABELS } from '../lib/categories.js';
import { h } from '../ui/dom.js';

const STATE_WORDS = { kept: 'Kept', deleted: 'Deleted', pending: 'To delete' };

function cookieItem(item, index, onKeep) {
  const keepId = `keep-${index}`;
  const nameId = `cookie-${index}-name`;
  const times = item.deletions > 1 ? ` ${item.deletions}×` : '';
  return h('li', { class: 'cookie', dataset: { cookieName: item.name, state: item.state, category: item.category } },
    h('div', { class: 'cookie-head' },
      h('span', { class: 'cookie-name', id: nameId }, item.name),
      h('span', { class: `state ${item.state}` }, STATE_WORDS[item.state] + times)),
    h('div', { class: 'cookie-meta' }, `${item.domain} · ${item.lifetime}`),
    h('p', { class: 'cookie-reason' }, item.reason),
    item.why ? h('p', { class: 'cookie-why' }, item.why) : null,
    h('label', { class: 'keep-toggle', for: keepId },
      h('input', {
        type: 'checkbox', id: keepId, checked: item.onKeepList, 'aria-describedby': nameId,
        dataset: { action: 'keep', cookieName: item.name, focusKey: `keep:${item.key}` },
        onchange: (event) => onKeep(item, event.target.checked),
      }),
      'Always keep this cookie'));
}

function categoryGroup(group, startIndex, onKeep) {
  const countText = `${group.kept} kept · ${group.deleted} deleted`;
  return h('details', { class: 'category', open: group.items.length > 0, dataset: { category: group.category } },
    h('summary', {},
      h('span', { class: 'category-mark', 'aria-hidden': 'true' }),
      CATEGORY_LABELS[group.category],
      h('span', { class: 'counts', dataset: { testid: `count-${group.category}` } }, countText)),
    group.items.length === 0
      ? h('p', { class: 'empty' }, 'None on this site.')
      : h('ul', { class: 'cookies' }, group.items.map((item, i) => cookieItem(item, startIndex + i, onKeep))));
}

function thirdPartyGroup(group, startIndex, onKeep) {
  return h('details', { class: 'category third-party', open: true, dataset: { thirdParty: group.site } },
    h('summary', {},
      group.site,
      h('span', { class: 'counts' }, `${group.kept} kept · ${group.deleted} deleted`)),
    h('ul', { class: 'cookies' }, group.items.map((item, i) => cookieItem(item, startIndex + i, onKeep))));
}

// story: page-story.js's buildPageStory.
export function cookieList(story, { onKeep }) {
  let index = 0;
  const numbered = (draw) => (group) => {
    const element = draw(group, index, onKeep);
    index += group.items.length;
    return element;
  };
  return h('div', { id: 'cookie-list' },
    story.own.groups.map(numbered(categoryGroup)),
    story.thirdParties.length === 0 ? null : h('h2', { class: 'third-parties-heading' }, 'Third parties on this page'),
    story.thirdParties.map(numbered(thirdPartyGroup)));
}
