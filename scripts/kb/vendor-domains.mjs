// Vendor domains for the classifier's second layer (a vendor's cookies that no rule names, seen
// third-party): a source vendor whose every entry is advertising, or every entry analytics, and
// that names the domains it sets them from. Domains our reviewed rules name stay theirs, and a
// domain goes to the first vendor (by id) that claims it.

const DOMAIN_CATEGORIES = new Set(['targeting', 'performance']);

// rules: one tier's candidate rules; claimed: domains taken already, updated here.
// Returns [{vendor: {...vendor, domains, domainCategory}}] sorted by vendor id.
export function vendorDomainCategories(rules, claimed) {
  const vendors = new Map();
  for (const rule of rules) {
    if (!vendors.has(rule.vendor.id)) vendors.set(rule.vendor.id, { vendor: rule.vendor, categories: new Set(), domains: new Set() });
    const entry = vendors.get(rule.vendor.id);
    entry.categories.add(rule.category);
    for (const domain of rule.vendorDomains) entry.domains.add(domain);
  }
  const result = [];
  for (const id of [...vendors.keys()].sort()) {
    const { vendor, categories, domains } = vendors.get(id);
    const [category] = categories;
    if (categories.size !== 1 || !DOMAIN_CATEGORIES.has(category)) continue;
    const free = [...domains].filter((domain) => !claimed.has(domain)).sort();
    if (free.length === 0) continue;
    for (const domain of free) claimed.add(domain);
    result.push({ vendor: { ...vendor, domains: free, domainCategory: category } });
  }
  return result;
}
