// A site's declaration from what the page handed over: the platform's reader, then the checks
// the host makes again (PROTOCOL.md `declare`), so that nothing a page invents gets further than
// a bounded list of {name, pattern, category, label}. Entries that fail a check are dropped, not
// the declaration; a declaration with no entry left is none.
import { isCategory } from '../categories.js';
import { readCookiebot } from './cookiebot.js';
import { readCookieYes } from './cookieyes.js';
import { readOneTrust } from './onetrust.js';
import { readUsercentrics } from './usercentrics.js';

export const READERS = Object.freeze({
  cookiebot: readCookiebot,
  onetrust: readOneTrust,
  cookieyes: readCookieYes,
  usercentrics: readUsercentrics,
});

export const LIMITS = Object.freeze({ cookies: 2000, patterns: 200, nameBytes: 256, labelBytes: 64, stars: 4 });

const encoder = new TextEncoder();
const bytes = (text) => encoder.encode(text).length;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

function validName({ name, pattern }) {
  if (typeof name !== 'string' || name.length === 0 || bytes(name) > LIMITS.nameBytes || CONTROL.test(name)) return false;
  if (!pattern) return true;
  const stars = name.split('*').length - 1;
  return stars <= LIMITS.stars && name.length - stars >= 2;
}

// The label cut to the byte limit on a character boundary; the category's name when unusable.
function cleanLabel(label, category) {
  if (typeof label !== 'string') return category;
  // Control characters become spaces: a page's label must not carry terminal or layout controls.
  // eslint-disable-next-line no-control-regex
  let clean = label.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  while (bytes(clean) > LIMITS.labelBytes) clean = Array.from(clean).slice(0, -1).join('');
  return clean || category;
}

// {cmp, cookies} for the host's `declare`, or null when the message declares nothing usable.
export function declarationFrom(message) {
  const { cmp, data } = message ?? {};
  if (typeof cmp !== 'string' || !Object.hasOwn(READERS, cmp)) return null;
  let read;
  try {
    read = READERS[cmp](data);
  } catch {
    return null;  // a shape no reader expected: nothing declared
  }
  const seen = new Set();
  const cookies = [];
  let patterns = 0;
  for (const entry of read) {
    const pattern = entry.pattern === true;
    const key = `${pattern ? '*' : '='}${entry.name}`;
    if (!isCategory(entry.category) || !validName({ name: entry.name, pattern }) || seen.has(key)) continue;
    if (pattern && patterns >= LIMITS.patterns) continue;
    seen.add(key);
    patterns += pattern ? 1 : 0;
    cookies.push({ name: entry.name, pattern, category: entry.category, label: cleanLabel(entry.label, entry.category) });
    if (cookies.length === LIMITS.cookies) break;
  }
  return cookies.length > 0 ? { cmp, cookies } : null;
}
