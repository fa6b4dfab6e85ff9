// What a site's own consent banner says against what it does, for the site report: cookies it
// set but does not declare, declared categories a vendor's documentation (or our rules)
// contradict, and refused categories whose cookies it set anyway. Pure: built from the host's
// `declaration` reply, the site's cookies with the host's verdicts, and its deletion log entries.
import { CATEGORIES } from '../categories.js';

const unique = (names) => [...new Set(names)].sort();

// The host's contradictions (every declared name, held or not), then those only the live
// cookies show (names matched by a declared pattern).
function contradictionsOf(stored, judged) {
  const list = stored.map(({ name, declared, label, category, reason }) => ({ name, declared, label, category, reason }));
  for (const { cookie, verdict } of judged) {
    if (!verdict.declared?.contradicts || list.some((c) => c.name === cookie.name)) continue;
    const { category: declared, label } = verdict.declared;
    list.push({ name: cookie.name, declared, label, category: verdict.category, reason: verdict.reason });
  }
  return list;
}

// `declared`: the background's `site-declaration` answer ({declaration, contradictions});
// `live`: [{cookie, verdict}] as `site-cookies` gives them; `entries`: the site's deletion log.
export function siteReport({ declared, live, entries }) {
  const { declaration = null, contradictions = [] } = declared ?? {};
  const judged = live.filter(({ verdict }) => verdict && !verdict.error);
  const refused = new Map(CATEGORIES.map((category) => [category, []]));
  for (const entry of entries) refused.get(entry.category)?.push(entry.cookie?.name);
  for (const { cookie, verdict } of judged) if (verdict.action === 'delete') refused.get(verdict.category)?.push(cookie.name);
  return {
    declaredCount: declaration?.cookies?.length ?? 0,
    undeclared: declaration ? unique(judged.filter(({ verdict }) => !verdict.declared).map(({ cookie }) => cookie.name)) : [],
    contradictions: contradictionsOf(contradictions, judged),
    setAnyway: [...refused]
      .map(([category, names]) => ({ category, names: unique(names.filter((name) => typeof name === 'string')) }))
      .filter(({ names }) => names.length > 0),
  };
}
