// Cookiebot's declaration: the dialog's cookie tables (cookieTableNecessary, ...), rows of
// [name, provider, purpose, expiry, type, typeId?, nameRegex?, hosts?]. Only HTTP cookies are
// read (not local storage or pixels). Cookiebot shows a variable part of a name as `#`
// (`_ga_#`); where a later column holds the name as a regular expression, simple ones are read
// as the same kind of pattern.
import { COOKIEBOT_TABLES } from './category-map.js';
import { globOfRegex } from './glob.js';

function nameOf(row) {
  const shown = row[0];
  if (typeof shown !== 'string') return undefined;
  if (shown.includes('#')) return { name: shown.replace(/#+/g, '*'), pattern: true };
  const fromRegex = row.slice(5).map(globOfRegex).find((glob) => glob?.includes('*'));
  return fromRegex ? { name: fromRegex, pattern: true } : { name: shown, pattern: false };
}

const isCookie = (type) => type === undefined || type === null || (typeof type === 'string' && /^http/i.test(type));

export function readCookiebot(tables) {
  const cookies = [];
  for (const [table, { category, label }] of Object.entries(COOKIEBOT_TABLES)) {
    const rows = tables?.[table];
    if (!Array.isArray(rows)) continue;
    for (const row of rows) {
      if (!Array.isArray(row) || !isCookie(row[4])) continue;
      const name = nameOf(row);
      if (name) cookies.push({ ...name, category, label });
    }
  }
  return cookies;
}
