// Settles which source speaks for a cookie name. Tiers, highest first:
//   1. our reviewed rules (host/data/*.json, each vendor citing its own documentation),
//   2. CookieBlock's hand-fixed classes,
//   3. the Open Cookie Database (with host/data/sources/open-cookie-database-overrides.json),
//   4. tarteaucitron's service lists.
// A rule is left out when a higher tier already has a rule that catches its name wherever it
// applies; if the two disagree on the category, the conflict is recorded. Within a tier, rules
// for the same name in the same place are kept once when they agree and left out when they don't.

function domainsOverlap(a, b) {
  return a.length === 0 || b.length === 0 || a.some((domain) => b.includes(domain));
}

function regexOf(rule) {
  try {
    return new RegExp(`^(?:${rule.name})$`, rule.case_insensitive ? 'i' : '');
  } catch {
    return null;  // RE2 syntax JavaScript does not know: such a rule is not compared
  }
}

function sameName(a, b, caseInsensitive) {
  return caseInsensitive ? a.toLowerCase() === b.toLowerCase() : a === b;
}

// Whether `higher` catches every name `rule` does. An exact rule is caught by a rule matching its
// name; a prefix rule only by a shorter or equal prefix.
function catches(higher, rule) {
  if (!domainsOverlap(higher.domains ?? [], rule.domains)) return false;
  const ci = Boolean(higher.case_insensitive);
  if (rule.match === 'exact') {
    if (higher.match === 'exact') return sameName(higher.name, rule.name, ci);
    if (higher.match === 'prefix') {
      return ci ? rule.name.toLowerCase().startsWith(higher.name.toLowerCase()) : rule.name.startsWith(higher.name);
    }
    return higher.compiled?.test(rule.name) ?? false;
  }
  if (rule.match === 'prefix' && higher.match === 'prefix') {
    return ci ? rule.name.toLowerCase().startsWith(higher.name.toLowerCase()) : rule.name.startsWith(higher.name);
  }
  if (rule.match === 'prefix' && higher.match === 'regex') {
    // A prefix beats every pattern in the host's lookup: one that catches every name a higher
    // tier's pattern matches would leave that pattern nothing (the host's lint refuses that).
    const literal = literalPrefix(higher.name);
    return ci ? literal.toLowerCase().startsWith(rule.name.toLowerCase()) : literal.startsWith(rule.name);
  }
  return false;
}

// The text every name a pattern matches starts with ("prism_" of "prism_[0-9]+").
function literalPrefix(pattern) {
  const end = pattern.search(/[\\^$.|?*+()[\]{}]/);
  return end < 0 ? pattern : pattern.slice(0, end);
}

function sameKey(a, b) {
  return a.match === b.match && a.name === b.name && a.domains.join() === b.domains.join();
}

export class Precedence {
  constructor() {
    this.accepted = [];  // every rule kept so far, higher tiers first
    this.conflicts = [];
    this.left = [];      // agreeing rules left out, for the summary
  }

  // Adds the rules of one tier; returns those kept.
  addTier(rules) {
    const higher = this.accepted.length;
    const kept = [];
    for (const rule of rules) {
      if (rule.match === 'regex') rule.compiled = regexOf(rule);
      const over = this.accepted.slice(0, higher).find((other) => catches(other, rule));
      if (over) {
        if (over.category !== rule.category) this.conflicts.push(conflict(over, rule));
        else this.left.push(rule);
        continue;
      }
      const twin = kept.find((other) => sameKey(other, rule));
      if (!twin) {
        kept.push(rule);
      } else if (twin.category !== rule.category) {
        twin.disputed = true;
        this.conflicts.push(conflict(null, rule, twin));
      } else {
        this.left.push(rule);
      }
    }
    const undisputed = kept.filter((rule) => !rule.disputed);
    this.accepted.push(...undisputed);
    return undisputed;
  }
}

function describe(rule) {
  const where = rule.domains?.length ? ` on ${rule.domains.join(', ')}` : '';
  return `${rule.from} says ${rule.category}${where}`;
}

// kept: the higher rule that wins, or null when two rules of one tier disagree and both go.
function conflict(kept, dropped, twin = null) {
  return {
    name: dropped.match === 'prefix' ? `${dropped.name}*` : dropped.name,
    kept: kept ? `${kept.from} (${kept.category})` : 'neither',
    dropped: twin ? `${describe(twin)}; ${describe(dropped)}` : describe(dropped),
  };
}
