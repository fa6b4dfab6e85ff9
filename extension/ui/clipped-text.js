// An identifier (site, domain, cookie name) on one line: a long one is cut with an ellipsis and
// shown whole in its tooltip, so table columns never break it mid-word.
import { h } from './dom.js';

export function clippedText(text) {
  return h('span', { class: 'clipped mono', title: text }, text);
}
