// One labelled switch for a category (a native checkbox with role="switch"), with its hint as
// description. Necessary is shown always on and cannot be changed. `compact` keeps only the
// switch in sight (its label for readers alone), for rows that already name the category.
import { CATEGORY_HINTS, CATEGORY_LABELS } from '../lib/categories.js';
import { h } from './dom.js';

export function categorySwitch({ id, category, on, onToggle, label = CATEGORY_LABELS[category], compact = false }) {
  const necessary = category === 'necessary';
  const hint = necessary ? 'Always allowed: sites break without them.' : CATEGORY_HINTS[category];
  return h('div', { class: compact ? 'switch-compact' : 'switch-row', dataset: { category } },
    h('input', {
      type: 'checkbox', role: 'switch', id, checked: necessary || on, disabled: necessary,
      'aria-describedby': `${id}-hint`, dataset: { category, focusKey: id },
      onchange: (event) => onToggle(category, event.target.checked),
    }),
    h('label', { for: id, class: compact ? 'visually-hidden' : null },
      h('span', { class: 'category-mark', 'aria-hidden': 'true' }), label),
    h('span', { class: compact ? 'visually-hidden' : 'hint', id: `${id}-hint` }, hint));
}
