// Our reviewed rules: the hand-kept files host/data/*.json (schema in host/data/README.md), read
// only to know which names and domains they already speak for.

import fs from 'node:fs';
import path from 'node:path';

export function readReviewed(dataDir) {
  const rules = [];
  const claimedDomains = new Set();
  const files = fs.readdirSync(dataDir).filter((file) => file.endsWith('.json')).sort();
  for (const file of files) {
    const document = JSON.parse(fs.readFileSync(path.join(dataDir, file), 'utf8'));
    for (const vendor of document.vendors) {
      for (const domain of vendor.domains ?? []) claimedDomains.add(domain);
      for (const cookie of vendor.cookies) {
        for (const domain of cookie.domains ?? []) claimedDomains.add(domain);
        rules.push({
          ...cookie,
          match: cookie.match ?? 'exact',
          domains: [...(cookie.domains ?? [])].sort(),
          from: `reviewed:${vendor.id}`,
        });
      }
    }
  }
  return { rules, claimedDomains };
}
