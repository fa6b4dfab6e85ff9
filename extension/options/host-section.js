// The host's status: version, protocol, data directory and counts when connected; otherwise the
// explanation and the commands that install it. `counts` (optional) are fresher than the ones
// `hello` carried when the host connected.
import { h } from '../ui/dom.js';
import { hostHelp } from '../ui/host-help.js';
import { describeCounts } from './host-counts.js';

export function hostSection(status, { onRetry, counts: freshCounts }) {
  if (status.state !== 'connected') return hostHelp(status, { onRetry });
  const { hello } = status;
  const counts = describeCounts(freshCounts ?? hello.counts ?? {});
  return h('dl', { class: 'facts', id: 'host-facts' },
    h('dt', {}, 'Status'), h('dd', { id: 'host-state' }, 'Connected'),
    h('dt', {}, 'Version'), h('dd', { id: 'host-version' }, hello.version),
    h('dt', {}, 'Protocol'), h('dd', {}, String(hello.protocol)),
    h('dt', {}, 'Data directory'), h('dd', { class: 'mono', id: 'host-data-dir' }, hello.data_dir),
    counts ? [h('dt', {}, 'Counts'), h('dd', { id: 'host-counts' }, counts)] : null);
}
