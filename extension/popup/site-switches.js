// The category switches of one site: necessary shown always on, one switch per other category,
// and "Use my defaults" to drop the site's override. The switches show the site's override when
// it has one, else the global defaults.
import { CATEGORIES } from '../lib/categories.js';
import { categorySwitch } from '../ui/category-switch.js';
import { h } from '../ui/dom.js';

export function siteSwitches({ site, preferences, onToggle, onUseDefaults }) {
  const override = preferences.sites[site];
  const allowed = override?.allowed ?? preferences.allowed;
  return h('fieldset', { class: 'site-switches', id: 'site-switches', dataset: { focusFallback: '' } },
    h('legend', {}, 'Cookies this site may keep'),
    CATEGORIES.map((category) => categorySwitch({ id: `switch-${category}`, category, on: allowed[category], onToggle })),
    h('div', { class: 'switch-actions' },
      h('span', { class: 'override-note muted', id: 'override-note' },
        override ? 'Your own choice for this site.' : 'Following your defaults.'),
      h('button', {
        type: 'button', id: 'use-defaults', disabled: !override, dataset: { focusKey: 'use-defaults' },
        onclick: onUseDefaults,
      }, 'Use my defaults')));
}
