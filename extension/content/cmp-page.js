// Runs in the page's own JavaScript world (MAIN), in the top frame, from document_start: finds
// the consent platforms whose cookie declarations the page holds and hands a bounded plain copy
// of each to cmp-relay.js, as a JSON string in a DOM event: whatever the page does, including
// dispatching that event itself, what crosses is only text, which the extension parses and
// checks as untrusted data. No network request is made. The platforms fill their objects after
// the page's first cookies, so this looks again for a bounded while (10 s), and hands over
// each platform once, when it has entries.
(() => {
  const EVENT = 'consentry:cmp-declaration';
  const LIMITS = { depth: 6, nodes: 40000, items: 2500, chars: 512 };
  const LOOK_AFTER_MS = [0, 200, 400, 800, 1000, 1500, 2000, 3000, 4000, 6000, 10000];
  // Taken before any page script runs, so a page cannot swap them for its own.
  const stringify = JSON.stringify;
  const isArray = Array.isArray;
  const keysOf = Object.keys;
  const dispatch = EventTarget.prototype.dispatchEvent;
  const Custom = CustomEvent;
  const root = document;
  const later = setTimeout;

  // Strings, numbers, booleans, arrays and plain data objects only, within LIMITS; getters that
  // throw, functions and whatever is past a limit are left out.
  function plainCopy(value) {
    let nodes = 0;
    const copy = (item, depth) => {
      if (++nodes > LIMITS.nodes) return undefined;
      if (typeof item === 'string') return item.slice(0, LIMITS.chars);
      if (typeof item === 'number' || typeof item === 'boolean') return item;
      if (item === null || typeof item !== 'object' || depth >= LIMITS.depth) return undefined;
      if (isArray(item)) {
        const out = [];
        for (let i = 0; i < item.length && i < LIMITS.items; i += 1) out.push(copy(item[i], depth + 1) ?? null);
        return out;
      }
      const out = {};
      for (const key of keysOf(item).slice(0, LIMITS.items)) {
        try {
          const field = copy(item[key], depth + 1);
          if (field !== undefined) out[key] = field;
        } catch { /* a throwing getter */ }
      }
      return out;
    };
    return copy(value, 0);
  }

  const COOKIEBOT_TABLES = ['cookieTableNecessary', 'cookieTablePreference', 'cookieTableStatistics',
    'cookieTableAdvertising', 'cookieTableUnclassified'];
  const nonEmpty = (list) => isArray(list) && list.length > 0;

  // Each platform's declaration as the page exposes it, or undefined while it is not there yet.
  const SOURCES = {
    cookiebot() {
      const dialog = (window.Cookiebot ?? window.CookieConsent)?.dialog;
      if (!dialog || !COOKIEBOT_TABLES.some((table) => nonEmpty(dialog[table]))) return undefined;
      return Object.fromEntries(COOKIEBOT_TABLES.map((table) => [table, dialog[table]]));
    },
    onetrust() {
      const api = typeof window.OneTrust?.GetDomainData === 'function' ? window.OneTrust : window.Optanon;
      const data = typeof api?.GetDomainData === 'function' ? api.GetDomainData() : undefined;
      return nonEmpty(data?.Groups) ? { Groups: data.Groups } : undefined;
    },
    cookieyes() {
      const categories = window._ckyConfig?._categories;
      return nonEmpty(categories) ? { _categories: categories } : undefined;
    },
    usercentrics() {
      const ui = window.UC_UI;
      const services = typeof ui?.getServicesBaseInfo === 'function' ? ui.getServicesBaseInfo() : undefined;
      return nonEmpty(services) && services.some((s) => s?.deviceStorage) ? services : undefined;
    },
  };

  const handed = new Set();

  function look() {
    for (const [cmp, read] of Object.entries(SOURCES)) {
      if (handed.has(cmp)) continue;
      let found;
      try {
        found = read();
      } catch {
        continue;  // half-initialised, or hostile: try again later
      }
      if (found === undefined) continue;
      handed.add(cmp);
      const detail = stringify({ cmp, data: plainCopy(found) });
      dispatch.call(root, new Custom(EVENT, { detail }));
    }
  }

  for (const delay of LOOK_AFTER_MS) later(look, delay);
})();
