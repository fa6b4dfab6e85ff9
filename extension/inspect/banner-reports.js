// The inspection page's site reports: one for each site whose consent banner declared a cookie
// the browser holds (a verdict with `declared`), built by the same section as the popup's.
import { ask } from '../ui/ask.js';
import { siteReportSection } from '../ui/site-report.js';

const LOG_LIMIT = 500;

// `rows`: [{cookie, verdict}] of every cookie, with their verdicts.
export async function bannerReports(rows) {
  const sites = [...new Set(rows.filter(({ verdict }) => verdict.declared).map(({ verdict }) => verdict.site))].sort();
  return Promise.all(sites.map(async (site) => {
    const { entries } = await ask('deletion-log', { site, limit: LOG_LIMIT });
    const live = rows.filter(({ verdict }) => verdict.site === site);
    return siteReportSection({ site, live, entries, title: site });
  }));
}
