// The first-run page, opened once when Consentry is installed: whether the host is there (and how
// to install it when not), what the kinds of cookies are, and the defaults to choose. A change
// of defaults sweeps at once; its progress is shown as on the options page.
import { ask } from '../ui/ask.js';
import { changeRunner } from '../ui/change-runner.js';
import { fill, h } from '../ui/dom.js';
import { hostHelp } from '../ui/host-help.js';
import { watchSweeps } from '../ui/sweep-progress.js';
import { defaultsSection } from '../options/defaults-section.js';
import { cookieKinds } from './cookie-kinds.js';

const main = document.querySelector('main');
const body = (name) => document.getElementById(`${name}-body`);
const change = changeRunner({
  root: main,
  sweeps: watchSweeps(document.getElementById('sweep-progress'), main),
  redraw: () => draw(),
  onError: (error) => fill(body('defaults'), h('p', { class: 'message error', role: 'alert' }, error.message)),
});

function hostStatus(status) {
  if (status.state !== 'connected') return hostHelp(status, { onRetry: () => change('reconnect') });
  return h('p', { id: 'host-ok' }, h('span', { class: 'connected' }, '✓ Connected'),
    ` to Consentry host ${status.hello.version}. It knows ${status.hello.counts?.rules?.toLocaleString('en') ?? 'its'} cookie rules `
    + 'and decides about every cookie on this computer.');
}

async function draw() {
  const status = await ask('status');
  fill(body('host'), hostStatus(status));
  if (status.state !== 'connected') {
    fill(body('defaults'), h('p', { class: 'muted' }, 'You can choose once the host is connected (see 1. above).'));
    return;
  }
  const preferences = await ask('preferences');
  fill(body('defaults'), defaultsSection(preferences, { onChange: (fields) => change('set-defaults', fields) }));
}

fill(body('kinds'), cookieKinds());
draw()
  .catch((error) => fill(body('host'), h('p', { class: 'message error', role: 'alert' }, error.message)))
  .finally(() => main.setAttribute('aria-busy', 'false'));
