// The sync switch: whether the settings follow the browser account (storage.sync), and what the
// last sync did or why it could not.
import { plural } from '../lib/format/plural.js';
import { h } from '../ui/dom.js';

function describe(status) {
  if (!status.enabled) return 'Off: your settings stay on this computer.';
  if (status.state === 'synced') {
    const when = new Date(status.at).toLocaleString();
    const skipped = status.skipped ? ` Left out what could not be read: ${plural(status.skipped, 'setting')} from another browser.` : '';
    return `Synced ${when}: ${plural(status.sites, 'site')} with their own choice, ${plural(status.kept, 'kept cookie')}.${skipped}`;
  }
  return status.message ?? 'Not synced yet.';
}

export function syncSection(status, { onToggle }) {
  const problem = status.enabled && (status.state === 'error' || status.state === 'waiting');
  return h('div', {},
    h('div', { class: 'switch-row' },
      h('input', {
        type: 'checkbox', role: 'switch', id: 'sync-enabled', checked: status.enabled,
        'aria-describedby': 'sync-hint', dataset: { focusKey: 'sync-enabled' },
        onchange: (event) => onToggle(event.target.checked),
      }),
      h('label', { for: 'sync-enabled' }, 'Sync my settings through my browser account'),
      h('span', { class: 'hint', id: 'sync-hint' },
        'Your defaults, sites\' own choices and kept cookies follow you to this browser on your other computers. '
        + 'When two computers change the same site, the later change wins. The browser limits sync to 100 KB.')),
    h('p', { id: 'sync-status', class: problem ? 'message error' : 'muted', role: problem ? 'alert' : 'status' },
      describe(status)));
}
