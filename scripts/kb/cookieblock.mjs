// Rules from CookieBlock's hand-kept overrides (MIT; host/data/sources/cookieblock-known_cookies.json):
// names whose class its authors fixed by hand, everywhere (`name_match`), on one domain
// (`domain_match`) or on a family of domains (`domain_regex`, e.g. "^google\\..*", kept as the
// .com domain). Classes 0..3 are necessary, functional, performance, targeting.

import { registrableDomain } from './domains.mjs';
import { slug } from './slug.mjs';

export const COOKIEBLOCK_URL =
  'https://github.com/dibollinger/CookieBlock/blob/main/src/ext_data/known_cookies.json';

const CATEGORIES = ['necessary', 'functional', 'performance', 'targeting'];

const VENDOR_EVERYWHERE = { id: 'cookieblock', name: 'CookieBlock list', source: COOKIEBLOCK_URL };

function domainOfPattern(pattern) {
  const base = pattern.replace(/^\^/, '').replace(/\\\.\.\*$/, '').replace(/\\\./g, '.');
  return registrableDomain(`${base}.com`);
}

function rule(vendor, name, domains, category, from) {
  return {
    vendor,
    name,
    match: 'exact',
    domains,
    vendorDomains: [],
    category,
    purpose: `classified by hand as ${category} by CookieBlock's authors`,
    from,
  };
}

export function readCookieBlock(known) {
  const rules = [];
  const skipped = [];
  for (const [name, cls] of Object.entries(known.name_match ?? {})) {
    rules.push(rule(VENDOR_EVERYWHERE, name, [], CATEGORIES[cls], 'cookieblock:name_match'));
  }
  const scoped = [
    ...Object.entries(known.domain_match ?? {}).map(([host, names]) => [host, registrableDomain(host), names]),
    ...Object.entries(known.domain_regex ?? {}).map(([pattern, names]) => [pattern, domainOfPattern(pattern), names]),
  ];
  for (const [listed, domain, names] of scoped) {
    if (!domain) {
      skipped.push(`cookieblock:${listed}: not a domain`);
      continue;
    }
    const vendor = { id: `cookieblock-${slug(domain)}`, name: domain, source: COOKIEBLOCK_URL };
    for (const [name, cls] of Object.entries(names)) {
      rules.push(rule(vendor, name, [domain], CATEGORIES[cls], `cookieblock:${listed}`));
    }
  }
  return { rules, skipped };
}
