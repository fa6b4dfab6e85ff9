// A category's coloured dot and name, kept together on one line (the dot never wraps away).
import { CATEGORY_LABELS } from '../lib/categories.js';
import { h } from './dom.js';

export function categoryLabel(category) {
  return h('span', { class: 'category-label' },
    h('span', { class: 'category-mark', 'aria-hidden': 'true' }), CATEGORY_LABELS[category]);
}
