// The cookies the local test site sets: every category, first- and third-party, persistent and
// session, by Set-Cookie and by document.cookie, and a partitioned (CHIPS) one. The tests and the
// demo read the same list, so what a page sets and what is asserted cannot drift apart.
//
// `category` is what the host's knowledge base says of the name; a test fails loudly if the host
// disagrees. Third-party cookies come from the second local host name (see test_site.mjs).

const YEAR = 365 * 24 * 3600;
const DAY = 24 * 3600;

export const COOKIE_MIX = [
  // first party (the page's own host), by Set-Cookie
  { name: 'PHPSESSID', value: 'k1t2v3r4q5p6s7u8', party: 'first', via: 'header', maxAge: null, category: 'necessary' },
  { name: 'csrftoken', value: 'Zq8YwJb3XnT1cVd0', party: 'first', via: 'header', maxAge: YEAR, category: 'necessary' },
  { name: 'pll_language', value: 'en', party: 'first', via: 'header', maxAge: YEAR, category: 'functional' },
  { name: '_ga', value: 'GA1.1.1234567890.1732370000', party: 'first', via: 'header', maxAge: 2 * YEAR, category: 'performance' },
  { name: '_gcl_au', value: '1.1.987654321.1732370000', party: 'first', via: 'header', maxAge: 90 * DAY, category: 'targeting' },
  { name: '_hjSession_123456', value: 'eyJpZCI6IjEifQ', party: 'first', via: 'header', maxAge: null, category: 'performance' },
  // first party, by document.cookie
  { name: '_gid', value: 'GA1.1.555555555.1732370000', party: 'first', via: 'script', maxAge: DAY, category: 'performance' },
  { name: '_fbp', value: 'fb.1.1732370000000.1234567890', party: 'first', via: 'script', maxAge: 90 * DAY, category: 'targeting' },
  { name: 'wp-settings-time-1', value: '1732370000', party: 'first', via: 'script', maxAge: YEAR, category: 'functional' },
  // third party (the second host name, in an iframe), by Set-Cookie and by document.cookie
  { name: '_uetvid', value: '7f6c4d20a9a111ef9b1e5b2a6f4c3d21', party: 'third', via: 'header', maxAge: YEAR, category: 'targeting' },
  { name: '_cfuvid', value: 'Qm9vdHN0cmFwcGVk', party: 'third', via: 'header', maxAge: null, category: 'necessary' },
  { name: 'MUID', value: '1A2B3C4D5E6F7A8B', party: 'third', via: 'script', maxAge: YEAR, category: 'targeting' },
  // third party, partitioned (CHIPS): removable only with its own partitionKey
  { name: '_ttp', value: '2kQ9vX4bN7mP1sR6tY8wZ3aC5dE', party: 'third', via: 'header', maxAge: 390 * DAY, category: 'targeting', partitioned: true },
];

export const isSession = (cookie) => cookie.maxAge === null;

// The Set-Cookie header value (or document.cookie string) for one entry of the mix. Third-party
// cookies need SameSite=None, which needs Secure; browsers accept Secure from http://localhost.
export function cookieString(cookie, value = cookie.value) {
  const parts = [`${cookie.name}=${value}`, 'Path=/'];
  if (cookie.maxAge !== null) parts.push(`Max-Age=${cookie.maxAge}`);
  if (cookie.party === 'third') parts.push('SameSite=None', 'Secure');
  if (cookie.partitioned) parts.push('Partitioned');
  return parts.join('; ');
}

// The cookies of the mix that a set of allowed categories refuses: persistent ones of a refused
// category (session cookies end with the browser, so they stay unless the user asks otherwise).
export function refusedCookies(allowed) {
  return COOKIE_MIX.filter((c) => !isSession(c) && !allowed[c.category]);
}

// Whether a browser cookie is this entry of the mix: same name, on the host of the entry's party.
export function isMixCookie(entry, cookie, site) {
  return cookie.name === entry.name && cookie.domain.replace(/^\./, '') === site.hostOf(entry.party);
}
