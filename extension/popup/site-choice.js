// Whether the site follows your defaults or has its own choice, and "Use my defaults" to drop
// its own choice (disabled when there is none). The switches themselves sit in the category rows.
import { h } from '../ui/dom.js';

export function siteChoice({ override, onUseDefaults }) {
  return h('div', { class: 'switch-actions' },
    h('span', { class: 'override-note muted', id: 'override-note' },
      override ? 'Your own choice for this site.' : 'Following your defaults.'),
    h('button', {
      type: 'button', id: 'use-defaults', disabled: !override, dataset: { focusKey: 'use-defaults' },
      onclick: onUseDefaults,
    }, 'Use my defaults'));
}
