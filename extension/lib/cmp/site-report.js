// What a site's own consent banner says against what it does, for the site report: cookies it
// set but does not declare, declared categories a vendor's documentation (or our rules)
// contradict, and refused categories whose cookies it set anyway. Pure: built from the host's
// stored declaration, the site's cookies with the host's verdicts, and its deletion log entries.
import { CATEGORIES } from '../categories.js';

const unique = (names) => [...new Set(names)].sort();

// `live`: [{cookie, verdict}] as the background's `site-cookies` gives them; `entries`: the
// site's deletion log entries; `declaration`: the host's `declaration` reply's (or null).
export function siteReport({ declaration, live, entries }) {
  const judged = live.filter(({ verdict }) => verdict && !verdict.error);
  const refused = new Map(CATEGORIES.map((category) => [category, []]));
  for (const entry of entries) refused.get(entry.category)?.push(entry.cookie?.name);
  for (const { cookie, verdict } of judged) if (verdict.action === 'delete') refused.get(verdict.category)?.push(cookie.name);
  return {
    declaredCount: declaration?.cookies?.length ?? 0,
    undeclared: declaration ? unique(judged.filter(({ verdict }) => !verdict.declared).map(({ cookie }) => cookie.name)) : [],
    contradictions: judged
      .filter(({ verdict }) => verdict.declared?.contradicts)
      .map(({ cookie, verdict }) => ({
        name: cookie.name,
        declared: verdict.declared,
        category: verdict.category,
        reason: verdict.reason,
      })),
    setAnyway: [...refused]
      .map(([category, names]) => ({ category, names: unique(names.filter((name) => typeof name === 'string')) }))
      .filter(({ names }) => names.length > 0),
  };
}
