// The popup: the current tab's site (or the site named by ?site=, as the options page links it).
// The page's counts first ("12 kept, 7 deleted, 3 third parties"), "Site not working?" when cookies were deleted here a moment ago, a
// search, then one row per category (counts and the site's switch) that opens to list its
// cookies with the host's verdicts and actions, then the page's third parties. "Clean this site
// now" deletes what the site's choices refuse and says what went. Every change goes to the background at once and
// the view is redrawn from the host's answer.
import { api } from '../lib/browser-api.js';
import { SWITCHABLE_CATEGORIES } from '../lib/categories.js';
import { newestPerCookie } from '../lib/cookies/recent-deletions.js';
import { plural } from '../lib/format/plural.js';
import { ask } from '../ui/ask.js';
import { fill, h } from '../ui/dom.js';
import { hostHelp } from '../ui/host-help.js';
import { cookieList } from './cookie-list.js';
import { siteChoice } from './site-choice.js';
import { buildPageStory } from './page-story.js';
import { cleanProgress, cleanSummary } from './clean-summary.js';
import { keepRequest } from './site-view.js';
import { RECENT_SECONDS, unbreakPanel } from './unbreak-panel.js';
import { siteReportSection } from '../ui/site-report.js';
import { onSweepProgress } from '../ui/sweep-progress.js';

const content = document.getElementById('content');
const siteHeading = document.getElementById('site');
const statusLine = document.getElementById('host-status');
// What the user opened, searched and was told survives the redraw after each change.
const opened = new Set();
let query = '';
let unbreak = null;
let cleaned = '';

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

// Focus goes back to the control that made a change; one the change disabled or removed (such
// as "Use my defaults" once the site follows them) hands it to the first switch.
function restoreFocus(focusKey) {
  if (!focusKey) return;
  const control = content.querySelector(`[data-focus-key="${CSS.escape(focusKey)}"]`);
  if (control && !control.disabled) control.focus();
  else content.querySelector('[data-focus-fallback] input[role="switch"]:not(:disabled)')?.focus();
}

// Runs a change and redraws; keyboard focus returns to the control that made the change.
async function act(request, args) {
  const focusKey = document.activeElement?.dataset?.focusKey;
  content.setAttribute('aria-busy', 'true');
  content.querySelectorAll('input, button').forEach((control) => { control.disabled = true; });
  try {
    const value = await ask(request, args);
    await render();
    restoreFocus(focusKey);
    return value;
  } catch (error) {
    showError(error);
    return undefined;
  } finally {
    content.setAttribute('aria-busy', 'false');
  }
}

async function siteCookies(page) {
  try {
    return await ask('site-cookies', { url: page.url, tabId: page.tabId });
  } catch (error) {
    throw new Error(`Consentry cannot show cookies for "${page.url}": it is not a web page address (${error.message}).`, { cause: error });
  }
}

function unbreakHandlers(site, page, since) {
  return {
    onRestore: async () => {
      unbreak = { step: 'restoring' };
      const result = await act('restore-recent', { site, since: Math.floor(since), tabId: page.tabId });
      unbreak = result ? { step: 'ask', restored: result.restored } : null;
      await render();
      content.querySelector('#unbreak-keep')?.focus();
    },
    onKeep: async () => {
      unbreak = { step: 'done', text: 'Kept: these cookies stay on your keep list (Settings lists them).' };
      await render();
    },
    onAllow: async (categories) => {
      const allowed = Object.fromEntries(categories.filter((c) => SWITCHABLE_CATEGORIES.includes(c)).map((c) => [c, true]));
      const { restored } = unbreak;
      await act('set-site', { site, allowed });
      for (const cookie of restored) await act('forget-cookie', { site: cookie.site, name: cookie.name });
      unbreak = { step: 'done', text: `Done: ${Object.keys(allowed).join(' and ')} cookies are allowed on ${site} from now on.` };
      await render();
    },
    onUndo: async () => {
      const { restored } = unbreak;
      for (const cookie of restored) await act('forget-cookie', { site: cookie.site, name: cookie.name });
      unbreak = { step: 'done', text: `Deleted ${plural(restored.length, 'cookie')} again, as your choices say.` };
      await render();
    },
  };
}

// Since when "Site not working?" restores: the tab's page load, else the last few minutes.
const recentSince = (loadedAt) => loadedAt ?? Date.now() / 1000 - RECENT_SECONDS;

async function renderSite(page) {
  const [{ site, cookies, deleted, loadedAt }, preferences] = await Promise.all([siteCookies(page), ask('preferences')]);
  siteHeading.textContent = site;
  const story = buildPageStory({ site, live: cookies, deleted, keepList: preferences.keep_list });
  statusLine.textContent = story.summary;
  const override = preferences.sites[site];
  const since = recentSince(loadedAt);
  const recent = newestPerCookie(deleted.filter((entry) => entry.site === site && entry.time >= since)).length;
  if (!unbreak || unbreak.step === 'offer') unbreak = { step: 'offer', recent, sincePageLoad: loadedAt !== null };
  const search = h('input', {
    type: 'search', id: 'cookie-search', value: query, placeholder: `Search ${plural(story.total, 'cookie')}`,
    'aria-label': 'Search this site\'s cookies', dataset: { focusKey: 'cookie-search' },
    oninput: () => { query = search.value; drawGroups(); },
  });
  const clean = h('button', {
    type: 'button', id: 'clean-site', dataset: { focusKey: 'clean-site' },
    title: `Delete every cookie ${site}'s choices refuse`,
    // Every control is held while it runs (act); the sweep's reports say how far it is.
    onclick: async () => {
      const say = (text) => {
        const line = document.getElementById('clean-result'); // gone when an error replaced the view
        if (line) line.textContent = text;
      };
      const stopHearing = onSweepProgress((progress) => { if (!progress.done) say(cleanProgress(progress)); });
      const running = act('clean-site', { site }); // holds every control before its first wait
      say(cleanProgress({ total: cookies.length }));
      const result = await running.finally(stopHearing);
      cleaned = result ? cleanSummary(result.deleted) : '';
      say(cleaned);
    },
  }, 'Clean this site now');
  const groups = h('div', { id: 'cookie-list' });
  const handlers = {
    onToggle: (category, on) => act('set-site', { site, allowed: { [category]: on } }),
    onKeep: (item, keep) => {
      const { type, args } = keepRequest(item, site, keep);
      return act(type, args);
    },
    onDelete: (item) => act('delete-cookie', { tabId: page.tabId, key: item.key }),
  };
  function drawGroups() {
    fill(groups, cookieList(story, { allowed: override?.allowed ?? preferences.allowed, query, opened, handlers }));
    groups.querySelectorAll('details[data-category], details[data-third-party]').forEach((details) => {
      const key = details.dataset.category ?? details.dataset.thirdParty;
      details.addEventListener('toggle', () => {
        if (details.open) opened.add(key);
        else opened.delete(key);
      });
    });
  }
  drawGroups();
  fill(content,
    unbreak.step === 'restoring' ? null : unbreakPanel(unbreak, unbreakHandlers(site, page, since)),
    h('div', { class: 'toolbar-row' }, search, clean),
    h('p', { id: 'clean-result', class: 'muted', role: 'status' }, cleaned),
    h('fieldset', { class: 'categories', id: 'site-switches', dataset: { focusFallback: '' } },
      h('legend', {}, 'What this site may keep'),
      groups,
      siteChoice({ override, onUseDefaults: () => act('reset-site', { site }) })),
    await siteReportSection({ site, live: cookies, entries: deleted }));
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
