// The popup: the current tab's site (or the site named by ?site=, as the options page links it),
// its cookies with the host's verdicts, and the switches that change what the site may keep.
// Every change goes to the background at once and the view is redrawn from the host's answer.
import { api } from '../lib/browser-api.js';
import { plural } from '../lib/format/plural.js';
import { buildSiteView } from './site-view.js';
import { ask } from '../ui/ask.js';
import { fill, h } from '../ui/dom.js';
import { hostHelp } from '../ui/host-help.js';
import { cookieList } from './cookie-list.js';
import { siteReportSection } from '../ui/site-report.js';
import { siteSwitches } from './site-switches.js';

const content = document.getElementById('content');
const siteHeading = document.getElementById('site');
const statusLine = document.getElementById('host-status');
const LOG_LIMIT = 500;

async function pageToShow() {
  const named = new URLSearchParams(location.search).get('site');
  if (named) return { url: named, tabId: undefined, isSite: true };
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  const url = tab?.url ?? '';
  return { url, tabId: tab?.id, isSite: /^https?:\/\//.test(url) };
}

function showError(error) {
  fill(content, h('p', { class: 'notice error', role: 'alert', id: 'error' }, error.message));
}

// Runs a change and redraws; keyboard focus returns to the control that made the change.
async function act(request, args) {
  const focusKey = document.activeElement?.dataset?.focusKey;
  content.setAttribute('aria-busy', 'true');
  content.querySelectorAll('input, button').forEach((control) => { control.disabled = true; });
  try {
    await ask(request, args);
    await render();
    if (focusKey) content.querySelector(`[data-focus-key="${CSS.escape(focusKey)}"]`)?.focus();
  } catch (error) {
    showError(error);
  } finally {
    content.setAttribute('aria-busy', 'false');
  }
}

async function renderSite(page) {
  const { site, cookies } = await ask('site-cookies', { url: page.url, tabId: page.tabId });
  const [preferences, log] = await Promise.all([
    ask('preferences'),
    ask('deletion-log', { site, limit: LOG_LIMIT }),
  ]);
  siteHeading.textContent = site;
  const view = buildSiteView({ site, live: cookies, entries: log.entries, keepList: preferences.keep_list });
  statusLine.textContent = `${plural(cookies.length, 'cookie')} here · ${log.total} deleted so far`;
  fill(content, 
    siteSwitches({
      site,
      preferences,
      onToggle: (category, on) => act('set-site', { site, allowed: { [category]: on } }),
      onUseDefaults: () => act('reset-site', { site }),
    }),
    cookieList(view, { onKeep: (name, keep) => act(keep ? 'keep-cookie' : 'forget-cookie', { site, name }) }),
    await siteReportSection({ site, live: cookies, entries: log.entries }),
  );
}

async function render() {
  const status = await ask('status');
  const page = await pageToShow();
  if (status.state !== 'connected') {
    statusLine.textContent = 'Not connected to the Consentry host';
    fill(content, hostHelp(status, { onRetry: () => act('reconnect') }));
  } else if (!page.isSite) {
    statusLine.textContent = `Host ${status.hello.version} connected`;
    fill(content, h('p', { class: 'muted', id: 'not-a-site' }, 'Open a web page to see its cookies here.'));
  } else {
    await renderSite(page);
  }
}

render()
  .catch(showError)
  .finally(() => content.setAttribute('aria-busy', 'false'));
