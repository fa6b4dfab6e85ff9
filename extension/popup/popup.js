// The popup: the current tab's page (or the site named by ?site=, as the options page links it),
// its own cookies and its third parties' with the host's verdicts (page-story.js), and the
// switches that change what the site may keep.
// Every change goes to the background at once and the view is redrawn from the host's answer.
import { api } from '../lib/browser-api.js';
import { buildPageStory } from './page-story.js';
import { keepRequest } from './site-view.js';
import { ask } from '../ui/ask.js';
import { fill, h } from '../ui/dom.js';
import { hostHelp } from '../ui/host-help.js';
import { cookieList } from './cookie-list.js';
import { siteReportSection } from '../ui/site-report.js';
import { siteSwitches } from './site-switches.js';

const content = document.getElementById('content');
const siteHeading = document.getElementById('site');
const statusLine = document.getElementById('host-status');

async function pageToShow() {
  const named = new URLSearchParams(location.search).get('site');
  if (named) return { url: named, tabId: undefined, isSite: true };
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  const url = tab?.url ?? '';
  return { url, tabId: tab?.id, isSite: /^https?:\/\//.test(url) };
}

function showError(error) {
  statusLine.textContent = 'Could not show this page';
  fill(content, h('p', { class: 'notice error', role: 'alert', id: 'error' }, error.message));
}

// Focus goes back to the control that made a change; one the change disabled (such as "Use my
// defaults" once the site follows them) hands it to the first enabled control of its group.
function restoreFocus(focusKey) {
  if (!focusKey) return;
  const control = content.querySelector(`[data-focus-key="${CSS.escape(focusKey)}"]`);
  if (control && !control.disabled) control.focus();
  else content.querySelector('[data-focus-fallback] :is(input, button):not(:disabled)')?.focus();
}

// Runs a change and redraws; keyboard focus returns to the control that made the change.
async function act(request, args) {
  const focusKey = document.activeElement?.dataset?.focusKey;
  content.setAttribute('aria-busy', 'true');
  content.querySelectorAll('input, button').forEach((control) => { control.disabled = true; });
  try {
    await ask(request, args);
    await render();
    restoreFocus(focusKey);
  } catch (error) {
    showError(error);
  } finally {
    content.setAttribute('aria-busy', 'false');
  }
}

async function siteCookies(page) {
  try {
    return await ask('site-cookies', { url: page.url, tabId: page.tabId });
  } catch (error) {
    throw new Error(`Consentry cannot show cookies for "${page.url}": it is not a web page address (${error.message}).`);
  }
}

async function renderSite(page) {
  const [{ site, cookies, deleted }, preferences] = await Promise.all([
    siteCookies(page),
    ask('preferences'),
  ]);
  siteHeading.textContent = site;
  const story = buildPageStory({ site, live: cookies, deleted, keepList: preferences.keep_list });
  statusLine.textContent = story.summary;
  fill(content, 
    siteSwitches({
      site,
      preferences,
      onToggle: (category, on) => act('set-site', { site, allowed: { [category]: on } }),
      onUseDefaults: () => act('reset-site', { site }),
    }),
    cookieList(story, {
      onKeep: (item, keep) => {
        const { type, args } = keepRequest(item, site, keep);
        return act(type, args);
      },
    }),
    await siteReportSection({ site, live: cookies, entries: deleted }),
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
