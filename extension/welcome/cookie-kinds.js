// The plain-words guide to cookies shown on the first-run page: the four categories with what
// they do and examples, and persistent versus session cookies.
import { CATEGORIES, CATEGORY_LABELS } from '../lib/categories.js';
import { h } from '../ui/dom.js';

const KINDS = {
  necessary: ['The site cannot work without them: they keep you logged in, remember your shopping cart and protect forms against forgery. Consentry always keeps them.',
    'session ids, login tokens, security checks, load balancing'],
  functional: ['They remember choices you made so you need not make them again. Refusing them is safe, but sites forget your settings.',
    'language, region, dark mode, video volume, chat windows'],
  performance: ['They count and measure visits so the site owner sees which pages are used. They follow you on one site, not across sites.',
    'Google Analytics, Matomo, Hotjar, A/B tests'],
  targeting: ['They follow you from site to site to build a profile of your interests for advertising.',
    'Meta Pixel, Google Ads, Microsoft Advertising, TikTok'],
};

export function cookieKinds() {
  return [
    h('dl', { class: 'kinds' }, CATEGORIES.map((category) => h('div', { class: 'kind', dataset: { category } },
      h('dt', {}, h('span', { class: 'category-mark', 'aria-hidden': 'true' }),
        category === 'necessary' ? 'Strictly necessary' : CATEGORY_LABELS[category]),
      h('dd', {}, KINDS[category][0]),
      h('dd', { class: 'examples' }, `For example: ${KINDS[category][1]}.`)))),
    h('p', { class: 'lifetimes' }, h('strong', {}, 'Persistent or session? '),
      'A persistent cookie has an expiry date, often months or years away, and survives closing the browser: '
      + 'that is what tracking relies on, and what Consentry deletes when you refuse its kind. A session cookie '
      + 'ends when you close the browser; Consentry leaves those alone unless you ask it to delete them too.'),
  ];
}
