// CookieYes's declaration: _ckyConfig._categories[], each {slug, name, cookies: [{cookieID}]}.
// A category's name may be a string or a {language: text} object.
import { COOKIEYES_SLUGS } from './category-map.js';

function labelOf(category) {
  const { name, slug } = category;
  if (typeof name === 'string') return name;
  const text = name && typeof name === 'object' ? Object.values(name).find((v) => typeof v === 'string') : undefined;
  return text ?? slug;
}

export function readCookieYes(config) {
  const categories = Array.isArray(config?._categories) ? config._categories : [];
  const cookies = [];
  for (const entry of categories) {
    const category = typeof entry?.slug === 'string' && Object.hasOwn(COOKIEYES_SLUGS, entry.slug)
      ? COOKIEYES_SLUGS[entry.slug] : undefined;
    if (!category || !Array.isArray(entry.cookies)) continue;
    const label = labelOf(entry);
    for (const cookie of entry.cookies) {
      if (typeof cookie?.cookieID === 'string') cookies.push({ name: cookie.cookieID, pattern: false, category, label });
    }
  }
  return cookies;
}
