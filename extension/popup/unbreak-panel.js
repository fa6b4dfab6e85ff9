// "Site not working?": one click sets again every cookie deleted on this site since the page
// loaded (without a tab: in the last few minutes) and reloads the tab; then it says what it did and asks what to keep: just these
// cookies (they are on the keep list already, as every restored cookie), their categories on
// this site, or neither (they are deleted again).
import { CATEGORY_LABELS } from '../lib/categories.js';
import { plural } from '../lib/format/plural.js';
import { h } from '../ui/dom.js';

export const RECENT_SECONDS = 5 * 60;

function listOf(words) {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

// state: {step: 'offer', recent} | {step: 'ask', restored} | {step: 'done', text}
export function unbreakPanel(state, { onRestore, onKeep, onAllow, onUndo }) {
  if (state.step === 'offer') {
    if (state.recent === 0) return null;
    return h('div', { class: 'unbreak', id: 'unbreak' },
      h('button', { type: 'button', id: 'site-not-working', dataset: { focusKey: 'site-not-working' }, onclick: onRestore }, 'Site not working?'),
      h('p', { class: 'hint' }, `Brings back the ${plural(state.recent, 'cookie')} deleted here `
        + `${state.sincePageLoad ? 'since this page loaded' : 'in the last 5 minutes'} and reloads the page.`));
  }
  if (state.step === 'done') return h('div', { class: 'unbreak', id: 'unbreak', role: 'status' }, h('p', {}, state.text));
  const { restored } = state;
  const categories = [...new Set(restored.map((c) => c.category))];
  const names = listOf(restored.map((c) => c.name));
  return h('div', { class: 'unbreak', id: 'unbreak', role: 'status' },
    h('p', {}, `Restored ${plural(restored.length, 'cookie')} (${names}) and reloaded the page. `
      + 'They are on your keep list for now. Does the site work?'),
    h('div', { class: 'choices' },
      h('button', { type: 'button', id: 'unbreak-keep', dataset: { focusKey: 'unbreak-keep' }, onclick: onKeep }, 'Yes: keep these cookies'),
      categories.some((c) => c !== 'necessary')
        ? h('button', { type: 'button', id: 'unbreak-allow', dataset: { focusKey: 'unbreak-allow' }, onclick: () => onAllow(categories) },
          `Yes: allow ${listOf(categories.map((c) => CATEGORY_LABELS[c].toLowerCase()))} here`)
        : null,
      h('button', { type: 'button', id: 'unbreak-undo', dataset: { focusKey: 'unbreak-undo' }, onclick: onUndo }, 'No: delete them again')));
}
