// The inspection page: every cookie in the browser with the host's verdict, grouped by site and
// filterable, plus charts of cookies per category and deletions per day, and a site report for
// each site whose consent banner declared cookies the browser holds.
import { CATEGORY_LABELS } from '../lib/categories.js';
import { countPerCategory, deletionsPerDay } from './chart-data.js';
import { rowMatches } from './inspect-filter.js';
import { plural } from '../lib/format/plural.js';
import { ask } from '../ui/ask.js';
import { fill, h } from '../ui/dom.js';
import { hostHelp } from '../ui/host-help.js';
import { bannerReports } from './banner-reports.js';
import { barChart, columnChart } from './charts.js';
import { cookieTable } from './cookie-table.js';

const DAYS = 30;
const LOG_PAGE = 500;
const LOG_MAX_PAGES = 20; // the chart is a picture, not an audit: 10,000 recent deletions suffice
const $ = (id) => document.getElementById(id);
let rows = [];

async function recentDeletionTimes(sinceSeconds) {
  const times = [];
  for (let page = 0; page < LOG_MAX_PAGES; page += 1) {
    const reply = await ask('deletion-log', { since: sinceSeconds, offset: times.length, limit: LOG_PAGE });
    times.push(...reply.entries.map((entry) => entry.time));
    if (reply.entries.length === 0 || times.length >= reply.total) break;
  }
  return times;
}

function currentFilter() {
  return {
    text: $('filter-text').value,
    category: $('filter-category').value,
    action: $('filter-action').value,
    flags: [...document.querySelectorAll('input[name="flag"]:checked')].map((box) => box.value),
  };
}

function drawTable() {
  const filter = currentFilter();
  const matching = rows.filter((row) => rowMatches(row, filter));
  const sites = new Set(rows.map((row) => row.verdict.site)).size;
  $('summary').textContent = `${plural(rows.length, 'cookie')} on ${plural(sites, 'site')}; ${matching.length} shown.`;
  fill($('cookies'), cookieTable(matching));
}

async function load() {
  const status = await ask('status');
  if (status.state !== 'connected') {
    $('summary').textContent = 'The host is not connected, so cookies cannot be classified.';
    fill($('problem'), hostHelp(status));
    return;
  }
  const nowSeconds = Date.now() / 1000;
  const [all, times] = await Promise.all([ask('all-cookies'), recentDeletionTimes(nowSeconds - DAYS * 86400)]);
  rows = all.filter((row) => !('error' in row.verdict));
  fill($('category-chart'), barChart('category-bars',
    countPerCategory(rows.map((row) => row.verdict.category))
      .map(({ category, count }) => ({ label: CATEGORY_LABELS[category], value: count, category }))));
  fill($('deletion-chart'), columnChart('deletion-columns', deletionsPerDay(times, { days: DAYS, nowSeconds })));
  drawTable();
  const reports = await bannerReports(rows);
  fill($('site-reports'), reports);
  $('banner-reports').hidden = reports.length === 0;
}

$('filters').addEventListener('input', drawTable);
$('filters').addEventListener('submit', (event) => event.preventDefault());
load()
  .catch((error) => fill($('problem'), h('p', { class: 'message error', role: 'alert' }, error.message)))
  .finally(() => document.querySelector('main').setAttribute('aria-busy', 'false'));
