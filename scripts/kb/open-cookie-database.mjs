// Rules from the Open Cookie Database (Apache-2.0), as shipped in the npm package
// @slashgear/gdpr-cookie-scanner: { platform: [{id, category, cookie, domain, description,
// privacyLink, wildcardMatch}] }. Wildcard names become prefix rules.

import { domainsOf } from './domains.mjs';
import { isGenericName } from './generic-name.mjs';
import { purposeFrom } from './purpose.mjs';
import { looksStrictlyNecessary } from './strictly-necessary.mjs';
import { slug } from './slug.mjs';

export const OCD_URL = 'https://github.com/jkwakman/Open-Cookie-Database';

// OCD's categories in ours. "Functional" is decided per entry (see strictly-necessary.mjs).
const CATEGORY = {
  Necessary: 'necessary',
  Security: 'necessary',
  Functional: 'functional',
  Personalization: 'functional',
  Analytics: 'performance',
  Marketing: 'targeting',
};

export function categoryOf(entry) {
  const category = CATEGORY[entry.category];
  if (category === 'functional' && looksStrictlyNecessary(entry.cookie, entry.description)) {
    return 'necessary';
  }
  return category ?? null;
}

function vendorOf(platform, entries) {
  const link = entries.map((entry) => entry.privacyLink).find((url) => /^https?:\/\//.test(url ?? ''));
  return { id: `ocd-${slug(platform)}`, name: platform, source: link ?? OCD_URL };
}

// overrides: { "<OCD id>": {"category": ..., "why": ...} | {"skip": true, "why": ...} }.
// Returns {rules, skipped}: candidate rules, and lines saying what was left out and why.
export function readOpenCookieDatabase(database, overrides) {
  const rules = [];
  const skipped = [];
  for (const platform of Object.keys(database).sort()) {
    const entries = database[platform];
    const vendor = vendorOf(platform, entries);
    for (const entry of entries) {
      const from = `open-cookie-database:${entry.id}`;
      const name = entry.cookie.trim();
      const override = overrides[entry.id];
      if (override?.skip) {
        skipped.push(`${from} ${name}: ${override.why}`);
        continue;
      }
      const category = override?.category ?? categoryOf(entry);
      if (!category || !name) {
        skipped.push(`${from} ${name}: category "${entry.category}" has no equivalent`);
        continue;
      }
      const domains = domainsOf(entry.domain);
      if (isGenericName(name) && domains.length === 0) {
        skipped.push(`${from} ${name}: a common name, and no domain to limit it to`);
        continue;
      }
      rules.push({
        vendor,
        name,
        match: entry.wildcardMatch === '1' ? 'prefix' : 'exact',
        domains: isGenericName(name) ? domains : [],
        vendorDomains: domains,
        category,
        purpose: purposeFrom(entry.description, `a cookie of ${platform}`),
        from,
      });
    }
  }
  return { rules, skipped };
}
