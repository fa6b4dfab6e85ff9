// The explanation a page shows while the host is not connected: what that means (nothing is
// being deleted), the browser's own error text, and the exact commands that fix it.
import { BUILD_COMMAND, HOST_BINARY, PACKAGE_COMMAND, PACKAGE_URL, installCommand } from '../lib/host/host-install.js';
import { h } from './dom.js';

function command(text) {
  return h('pre', { class: 'command' }, h('code', {}, text));
}

export function hostHelp(status, { onRetry } = {}) {
  return h('section', { id: 'host-help', class: 'notice warning', role: 'alert', 'data-testid': 'host-help' },
    h('h2', {}, 'Consentry is not protecting you yet'),
    h('p', {}, 'The extension cannot reach the Consentry host program on this computer, so it deletes nothing. '
      + 'Your cookies stay exactly as they are until the host is connected.'),
    status.error ? h('p', { class: 'error-text' }, 'The browser says: ', h('q', { id: 'host-error' }, status.error)) : null,
    h('p', {}, 'On Debian or Ubuntu, install ',
      h('a', { href: PACKAGE_URL, target: '_blank', rel: 'noopener' }, 'the Consentry package'),
      '; it registers the host with Chromium, Chrome, Edge, Brave and Firefox (for Vivaldi or Opera, register it as below):'),
    command(PACKAGE_COMMAND),
    h('p', {}, 'Or, in the Consentry source folder, build the host:'),
    command(BUILD_COMMAND),
    h('p', {}, 'and register it with this browser:'),
    command(installCommand(status.browser, HOST_BINARY)),
    h('p', { class: 'hint' }, 'Then restart the browser or press Retry.'),
    onRetry ? h('button', { type: 'button', id: 'host-retry', onclick: onRetry }, 'Retry now') : null);
}
