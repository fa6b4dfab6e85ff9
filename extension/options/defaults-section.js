// The global defaults: a switch per category (necessary always on) and whether session cookies
// of refused categories are deleted too.
import { CATEGORIES } from '../lib/categories.js';
import { categorySwitch } from '../ui/category-switch.js';
import { h } from '../ui/dom.js';

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
        'Session cookies end when the browser closes; by default they are left alone.')));
}
