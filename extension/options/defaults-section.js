// The global defaults: a switch per category (necessary always on), whether session cookies
// of refused categories are deleted too, and the caution: how sure the host must be of a
// cookie's category before it is deleted (the host applies it; this only chooses).
import { CATEGORIES } from '../lib/categories.js';
import { categorySwitch } from '../ui/category-switch.js';
import { h } from '../ui/dom.js';

const CAUTIONS = [
  ['careful', 'quite sure (careful, the default)'],
  ['balanced', 'fairly sure (balanced)'],
  ['strict', 'more sure than not (strict)'],
];

export function defaultsSection(preferences, { onChange }) {
  return h('div', {},
    h('fieldset', { class: 'plain', id: 'default-switches' },
      h('legend', { class: 'visually-hidden' }, 'Categories allowed by default'),
      CATEGORIES.map((category) => categorySwitch({
        id: `default-${category}`, category, on: preferences.allowed[category],
        onToggle: (c, on) => onChange({ allowed: { [c]: on } }),
      }))),
    h('div', { class: 'switch-row' },
      h('input', {
        type: 'checkbox', role: 'switch', id: 'delete-session-cookies', checked: preferences.delete_session_cookies,
        'aria-describedby': 'delete-session-cookies-hint', dataset: { focusKey: 'delete-session-cookies' },
        onchange: (event) => onChange({ delete_session_cookies: event.target.checked }),
      }),
      h('label', { for: 'delete-session-cookies' }, 'Also delete session cookies of refused categories'),
      h('span', { class: 'hint', id: 'delete-session-cookies-hint' },
        'Session cookies end when the browser closes; by default they are left alone.')),
    h('div', { class: 'switch-row' },
      h('label', { for: 'caution' }, 'Delete a refused cookie when Consentry is'),
      h('select', {
        id: 'caution', 'aria-describedby': 'caution-hint', dataset: { focusKey: 'caution' },
        onchange: (event) => onChange({ caution: event.target.value }),
      }, CAUTIONS.map(([value, label]) => h('option', { value, selected: preferences.caution === value }, label))),
      h('span', { class: 'hint', id: 'caution-hint' },
        'Cookies nobody documents are judged on weaker evidence; below this level a refused one is kept, and its reason says so.')));
}

