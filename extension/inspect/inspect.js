// The inspection page: every cookie in the browser with the host's verdict, by site, filterable
// as you type, plus charts of cookies per category, deletions per day by category and the sites
// with most deletions, and a site report for each site whose consent banner declared cookies
// the browser holds. The background lists the cookies once and sends them with their verdicts,
// packed; the table is drawn before the deletion log is read for the charts.
import { CATEGORY_LABELS } from '../lib/categories.js';
import { joinVerdicts } from '../lib/cookies/verdict-table.js';
import { countPerCategory, deletionsPerDayByCategory, deletionsPerSite } from './chart-data.js';
import { indexRow, rowMatches } from './inspect-filter.js';
import { plural } from '../lib/format/plural.js';
import { ask } from '../ui/ask.js';
import { fill, h } from '../ui/dom.js';
import { hostHelp } from '../ui/host-help.js';
import { readLog } from '../ui/read-log.js';
import { bannerReports } from './banner-reports.js';
import { barChart, columnChart } from './charts.js';
import { cookieTable, sortBySite } from './cookie-table.js';

const DAYS = 30;
const TOP_SITES = 8;
const LOG_MAX = 10_000; // the charts are a picture, not an audit: 10,000 recent deletions suffice
const $ = (id) => document.getElementById(id);
let rows = [];
let sites = 0;
const table = cookieTable();

async function recentDeletions(sinceSeconds) {
  const entries = await readLog({ since: sinceSeconds }, { max: LOG_MAX });
  return entries.map(({ time, site, category }) => ({ time, site, category }));
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
  $('summary').textContent = `${plural(rows.length, 'cookie')} on ${plural(sites, 'site')}; ${matching.length.toLocaleString('en')} shown.`;
  table.setItems(matching);
  $('no-cookies').hidden = matching.length > 0;
}

function drawCategoryChart() {
  fill($('category-chart'), barChart('category-bars',
    countPerCategory(rows.map((row) => row.verdict.category))
      .map(({ category, count }) => ({ label: CATEGORY_LABELS[category], value: count, category }))));
}

function drawDeletionCharts(nowSeconds, deletions) {
  fill($('deletion-chart'), columnChart('deletion-columns', deletionsPerDayByCategory(deletions, { days: DAYS, nowSeconds })));
  const perSite = deletionsPerSite(deletions, { top: TOP_SITES });
  fill($('site-chart'), perSite.length === 0
    ? h('p', { class: 'muted' }, 'No deletions in the last 30 days.')
    : barChart('site-bars', perSite.map(({ site, count }) => ({ label: site.length > 24 ? `${site.slice(0, 23)}…` : site, value: count })),
      { labelWidth: 170, width: 400 }));
}

async function load() {
  const judged = ask('cookie-verdicts'); // asked at once: the host is connected nearly always
  judged.catch(() => {}); // left unread when it is not
  const status = await ask('status');
  if (status.state !== 'connected') {
    $('summary').textContent = 'The host is not connected, so cookies cannot be classified.';
    fill($('problem'), hostHelp(status));
    return;
  }
  const nowSeconds = Date.now() / 1000;
  rows = sortBySite(joinVerdicts(await judged).filter((row) => !('error' in row.verdict)).map(indexRow));
  sites = new Set(rows.map((row) => row.verdict.site)).size;
  drawTable();
  performance.mark('cookies-drawn'); // read by bench/pages
  drawCategoryChart();
  drawDeletionCharts(nowSeconds, await recentDeletions(nowSeconds - DAYS * 86400));
  const reports = await bannerReports(rows);
  fill($('site-reports'), reports);
  $('banner-reports').hidden = reports.length === 0;
}

fill($('cookies'), table.element, h('p', { class: 'muted', id: 'no-cookies', hidden: true }, 'No cookie matches.'));
$('filters').addEventListener('input', drawTable);
$('filters').addEventListener('submit', (event) => event.preventDefault());
load()
  .catch((error) => fill($('problem'), h('p', { class: 'message error', role: 'alert' }, error.message)))
  .finally(() => document.querySelector('main').setAttribute('aria-busy', 'false'));
