// The site report section: what the site's consent banner declares against what the site does
// (lib/cmp/site-report.js). Self-contained: given the site's cookies with verdicts and its
// deletion log entries, it asks for the stored declaration itself.
import { CATEGORY_LABELS } from '../lib/categories.js';
import { siteReport } from '../lib/cmp/site-report.js';
import { plural } from '../lib/format/plural.js';
import { ask } from '../ui/ask.js';
import { h } from '../ui/dom.js';

function names(list) {
  return h('span', { class: 'report-names' }, list.join(', '));
}

function contradictionItem({ name, declared, category, reason }) {
  return h('li', { class: 'report-contradiction', dataset: { cookieName: name } },
    h('span', { class: 'cookie-name' }, name), ` declared ${declared.label}, `,
    declared.decided ? 'and the site\'s stricter word decides: ' : 'documented as ',
    h('strong', {}, CATEGORY_LABELS[category] ?? category),
    h('p', { class: 'cookie-reason' }, reason));
}

export async function siteReportSection({ site, live, entries }) {
  const { platform, declaration } = await ask('site-declaration', { site });
  const report = siteReport({ declaration, live, entries });
  return h('details', { class: 'site-report', id: 'site-report', open: report.contradictions.length > 0 },
    h('summary', {}, 'Site report'),
    h('p', { class: 'muted', id: 'report-declaration' }, platform
      ? `This site's consent banner (${platform}) declares ${plural(report.declaredCount, 'cookie')}.`
      : 'No cookie declaration was found in this site\'s consent banner.'),
    platform ? h('div', { id: 'report-undeclared' },
      h('h3', {}, 'Set but not declared'),
      report.undeclared.length > 0 ? names(report.undeclared) : h('p', { class: 'muted' }, 'None.')) : null,
    platform ? h('div', { id: 'report-contradictions' },
      h('h3', {}, 'Declared otherwise than documented'),
      report.contradictions.length > 0
        ? h('ul', { class: 'report-list' }, report.contradictions.map(contradictionItem))
        : h('p', { class: 'muted' }, 'None.')) : null,
    h('div', { id: 'report-set-anyway' },
      h('h3', {}, 'Refused, but set anyway'),
      report.setAnyway.length > 0
        ? h('ul', { class: 'report-list' }, report.setAnyway.map(({ category, names: list }) => h('li', { dataset: { category } },
          h('strong', {}, `${CATEGORY_LABELS[category]}: `), names(list))))
        : h('p', { class: 'muted' }, 'None.')));
}
