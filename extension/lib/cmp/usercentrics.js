// Usercentrics's declaration: its services (UC_UI.getServicesBaseInfo(), or the full info where
// the base lacks them), each {categorySlug, deviceStorage: {disclosures: [{identifier, type}]}}.
// Only cookie disclosures are read; a custom category slug maps by its name.
import { USERCENTRICS_SLUGS, categoryOfName } from './category-map.js';

function categoryOf(slug) {
  if (typeof slug !== 'string') return undefined;
  return Object.hasOwn(USERCENTRICS_SLUGS, slug) ? USERCENTRICS_SLUGS[slug] : categoryOfName(slug);
}

const isCookie = (type) => type === undefined || type === null || type === 'cookie';

export function readUsercentrics(services) {
  const cookies = [];
  for (const service of Array.isArray(services) ? services : []) {
    const category = categoryOf(service?.categorySlug);
    const disclosures = service?.deviceStorage?.disclosures;
    if (!category || !Array.isArray(disclosures)) continue;
    for (const disclosure of disclosures) {
      const name = disclosure?.identifier;
      if (typeof name !== 'string' || !isCookie(disclosure.type)) continue;
      cookies.push({ name, pattern: name.includes('*'), category, label: service.categorySlug });
    }
  }
  return cookies;
}
