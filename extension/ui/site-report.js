// The site report section, in the popup and the inspection page: what the site's consent banner
// declares against what the site does (lib/cmp/site-report.js). Self-contained: given the site's
// cookies with verdicts and its deletion log entries, it asks for the stored declaration itself.
import { CATEGORY_LABELS } from '../lib/categories.js';
import { siteReport } from '../lib/cmp/site-report.js';
import { plural } from '../lib/format/plural.js';
import { ask } from './ask.js';
import { h } from './dom.js';

function names(list) {
  return h('span', { class: 'report-names' }, list.join(', '));
}

function contradictionItem({ name, label, category, reason }) {
  return h('li', { class: 'report-contradiction', dataset: { cookieName: name } },
    h('span', { class: 'cookie-name' }, name), ` declared “${label}”, judged `,
    h('strong', {}, CATEGORY_LABELS[category] ?? category),
    h('p', { class: 'cookie-reason' }, reason));
}

// `title`: the section's heading (the popup's names no site; the inspection page's does).
export async function siteReportSection({ site, live, entries, title = 'Site report' }) {
  const declared = await ask('site-declaration', { site });
  const { platform } = declared;
  const report = siteReport({ declared, live, entries });
  return h('details', { class: 'site-report', dataset: { site }, open: report.contradictions.length > 0 },
    h('summary', {}, title),
    h('p', { class: 'muted report-declaration' }, platform
      ? `This site's consent banner (${platform}) declares ${plural(report.declaredCount, 'cookie')}.`
      : 'No cookie declaration was found in this site\'s consent banner.'),
    platform ? h('div', { class: 'report-undeclared' },
      h('h3', {}, 'Set but not declared'),
      report.undeclared.length > 0 ? names(report.undeclared) : h('p', { class: 'muted' }, 'None.')) : null,
    platform ? h('div', { class: 'report-contradictions' },
      h('h3', {}, 'Declared otherwise than documented'),
      report.contradictions.length > 0
        ? h('ul', { class: 'report-list' }, report.contradictions.map(contradictionItem))
        : h('p', { class: 'muted' }, 'None.')) : null,
    h('div', { class: 'report-set-anyway' },
      h('h3', {}, 'Refused, but set anyway'),
      report.setAnyway.length > 0
        ? h('ul', { class: 'report-list' }, report.setAnyway.map(({ category, names: list }) => h('li', { dataset: { category } },
          h('strong', {}, `${CATEGORY_LABELS[category]}: `), names(list))))
        : h('p', { class: 'muted' }, 'None.')));
}
