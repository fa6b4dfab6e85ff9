// The options page: host status, defaults, sites with their own choice, the keep list, the
// deletion log and the settings file. Every change goes to the background at once; the sections
// are redrawn from the preferences the host answers with.
import { ask } from '../ui/ask.js';
import { fill, h } from '../ui/dom.js';
import { defaultsSection } from './defaults-section.js';
import { hostSection } from './host-section.js';
import { keepSection } from './keep-section.js';
import { createLogSection } from './log-section.js';
import { settingsFile } from './settings-file.js';
import { sitesSection } from './sites-section.js';
import { syncSection } from './sync-section.js';

const body = (name) => document.getElementById(`${name}-body`);
const PREFERENCE_SECTIONS = ['defaults', 'sites', 'keep', 'log', 'file', 'sync'];
let log = null;

function showProblem(name, error) {
  fill(body(name), h('p', { class: 'message error', role: 'alert' }, error.message));
}

// Runs a change, then redraws; focus stays on the control that made it.
async function change(section, request, args) {
  const focusKey = document.activeElement?.dataset?.focusKey;
  try {
    await ask(request, args);
    await refresh();
    if (focusKey) document.querySelector(`[data-focus-key="${CSS.escape(focusKey)}"]`)?.focus();
  } catch (error) {
    showProblem(section, error);
  }
}

function drawPreferences(preferences) {
  fill(body('defaults'), defaultsSection(preferences, {
    onChange: (fields) => change('defaults', 'set-defaults', fields),
  }));
  fill(body('sites'), sitesSection(preferences, {
    onToggle: (site, category, on) => change('sites', 'set-site', { site, allowed: { [category]: on } }),
    onRemove: (site) => change('sites', 'reset-site', { site }),
  }));
  fill(body('keep'), keepSection(preferences.keep_list, {
    onForget: (site, name) => change('keep', 'forget-cookie', { site, name }),
  }));
}

// Redraws every section; <main> is aria-busy meanwhile.
async function refresh() {
  const main = document.querySelector('main');
  main.setAttribute('aria-busy', 'true');
  try {
    await drawAll();
  } finally {
    main.setAttribute('aria-busy', 'false');
  }
}

// The host's counts as they are now: `hello` reports them only once, at connection time.
async function currentCounts(helloCounts, preferences) {
  const log = await ask('deletion-log', { limit: 1 });
  return {
    ...helloCounts,
    site_overrides: Object.keys(preferences.sites).length,
    keep_list: preferences.keep_list.length,
    deletions: log.total,
  };
}

async function drawAll() {
  const status = await ask('status');
  const onRetry = () => change('host', 'reconnect');
  if (status.state !== 'connected') {
    fill(body('host'), hostSection(status, { onRetry }));
    for (const name of PREFERENCE_SECTIONS) {
      fill(body(name), h('p', { class: 'muted' }, 'Available once the host is connected (see Host above).'));
    }
    log = null;
    return;
  }
  const preferences = await ask('preferences');
  const counts = await currentCounts(status.hello.counts, preferences);
  fill(body('host'), hostSection(status, { onRetry, counts }));
  drawPreferences(preferences);
  fill(body('sync'), syncSection(await ask('sync-status'), {
    onToggle: (enabled) => change('sync', 'set-sync', { enabled }),
  }));
  if (!log) {
    log = createLogSection(body('log'), { onRestored: refresh });
    fill(body('file'), settingsFile({ onImported: refresh }));
  }
  await log.reload();
}

refresh().catch((error) => showProblem('host', error));
