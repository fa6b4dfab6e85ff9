// The options page: your defaults, sites with their own choice, the keep list, the deletion log,
// the settings file, and last the host's facts. Every change goes to the background at once;
// while it runs (a change of defaults sweeps every cookie) the controls are held and the sweep's
// progress is shown; then the sections are redrawn from the host's answer.
import { ask } from '../ui/ask.js';
import { changeRunner } from '../ui/change-runner.js';
import { fill, h } from '../ui/dom.js';
import { watchSweeps } from '../ui/sweep-progress.js';
import { defaultsSection } from './defaults-section.js';
import { hostSection } from './host-section.js';
import { keepSection } from './keep-section.js';
import { createLogSection } from './log-section.js';
import { settingsFile } from './settings-file.js';
import { sitesSection } from './sites-section.js';

const body = (name) => document.getElementById(`${name}-body`);
const main = document.querySelector('main');
const PREFERENCE_SECTIONS = ['defaults', 'sites', 'keep', 'log', 'file'];
let log = null;

function showProblem(name, error) {
  fill(body(name), h('p', { class: 'message error', role: 'alert' }, error.message));
}

const sweeps = watchSweeps(document.getElementById('sweep-progress'), main);
const runChange = changeRunner({ root: main, sweeps, redraw: () => refresh(), onError: (error, section) => showProblem(section, error) });
const change = (section, request, args) => runChange(request, args, section);

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
async function refresh({ withLog = true } = {}) {
  main.setAttribute('aria-busy', 'true');
  try {
    await drawAll({ withLog });
  } finally {
    main.setAttribute('aria-busy', 'false');
  }
}

// The host's counts as they are now: `hello` reports them only once, at connection time.
async function currentCounts(helloCounts, preferences) {
  const { total } = await ask('deletion-log', { limit: 1 });
  return {
    ...helloCounts,
    site_overrides: Object.keys(preferences.sites).length,
    keep_list: preferences.keep_list.length,
    deletions: total,
  };
}

async function drawAll({ withLog }) {
  const status = await ask('status');
  const onRetry = () => change('host', 'reconnect');
  if (status.state !== 'connected') {
    fill(body('host'), hostSection(status, { onRetry }));
    for (const name of PREFERENCE_SECTIONS) {
      fill(body(name), h('p', { class: 'muted' }, 'Available once the host is connected (see Host below).'));
    }
    log = null;
    return;
  }
  const preferences = await ask('preferences');
  drawPreferences(preferences);
  fill(body('host'), hostSection(status, { onRetry, counts: await currentCounts(status.hello.counts, preferences) }));
  if (!log) {
    log = createLogSection(body('log'), { onRestored: () => refresh({ withLog: false }) });
    fill(body('file'), settingsFile({ onImported: refresh }));
  }
  if (withLog) await log.reload();
}

refresh().catch((error) => showProblem('host', error));
