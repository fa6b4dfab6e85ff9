// Registrable domains for knowledge-base rules, from the loose domain fields of the sources
// (".ads.yieldmo.com", "adform.net (3rd party)", ".bing.com (3rd party) or .microsoft.com").
// The host's test checks every rule domain against libpsl, so a wrong guess here fails the build.

// Second-level labels under which country domains register names (example.co.uk, example.com.au).
const COUNTRY_SECOND_LEVELS = new Set(['ac', 'co', 'com', 'edu', 'gov', 'ne', 'net', 'or', 'org']);

// The registrable domain of a plain host name, or null when it does not look like one.
export function registrableDomain(host) {
  const clean = host.trim().toLowerCase().replace(/^\*?\.+/, '').replace(/\.+$/, '');
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(clean)) return null;
  const labels = clean.split('.');
  const tld = labels.at(-1);
  const second = labels.at(-2);
  const keep = tld.length === 2 && COUNTRY_SECOND_LEVELS.has(second) && labels.length > 2 ? 3 : 2;
  if (labels.length < keep) return null;
  return labels.slice(-keep).join('.');
}

// Every registrable domain named in a source's free-text domain field, sorted, without repeats.
export function domainsOf(field) {
  if (!field) return [];
  const found = new Set();
  const text = field.replace(/[^\x21-\x7e ]/g, '').replace(/\(.*?\)|\[.*?\]/g, ' ');
  for (const part of text.split(/\bor\b|\band\b|[\s,/]+/)) {
    const host = part.replace(/^-+|-+$/g, '').trim();
    const domain = host ? registrableDomain(host) : null;
    if (domain) found.add(domain);
  }
  return [...found].sort();
}
