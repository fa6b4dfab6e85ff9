// Rules from tarteaucitron's service list (MIT; npm tarteaucitronjs, tarteaucitron.services.js).
// The file assigns services to `tarteaucitron.services`; it is run in an empty context where
// every site setting (`tarteaucitron.user.X`) is a marker, so that a name built from one
// ('no_trackyy_' + user.clickyId) becomes a prefix rule. The services' functions are never called.
// tarteaucitron gives one type per service, not per cookie: a service's session or load-balancer
// cookies are left out, and so are names its services disagree on.

import vm from 'node:vm';

import { isGenericName } from './generic-name.mjs';
import { nameLooksNecessary } from './strictly-necessary.mjs';
import { slug } from './slug.mjs';

export const TARTEAUCITRON_URL = 'https://github.com/AmauriC/tarteaucitron.js';

const SETTING = '\u0001';

const CATEGORY = {
  ads: 'targeting',
  social: 'targeting',
  analytic: 'performance',
  api: 'functional',
  comment: 'functional',
  support: 'functional',
  video: 'functional',
  other: 'functional',
  google: 'functional',
};

const ROLE = {
  targeting: 'advertising or social',
  performance: 'analytics',
  functional: 'embedded feature',
};

function setting(key) {
  return new Proxy(function () {}, {
    get(target, property) {
      if (property === Symbol.toPrimitive) return () => SETTING + String(key) + SETTING;
      return () => {};
    },
  });
}

export function loadServices(sourceText) {
  const user = new Proxy({}, { get: (target, key) => setting(key) });
  const context = vm.createContext({ tarteaucitron: { services: {}, user } });
  vm.runInContext(sourceText, context, { timeout: 5000 });
  return context.tarteaucitron.services;
}

// A listed name as a rule name and match: a site setting at its end makes it a prefix.
function nameAndMatch(listed) {
  if (typeof listed !== 'string') return null;
  const at = listed.indexOf(SETTING);
  if (at < 0) return { name: listed.trim(), match: 'exact' };
  return at > 0 ? { name: listed.slice(0, at), match: 'prefix' } : null;
}

export function readTarteaucitron(services) {
  const byName = new Map();
  for (const key of Object.keys(services).sort()) {
    const service = services[key];
    const category = CATEGORY[service.type];
    if (!category || !Array.isArray(service.cookies)) continue;
    for (const listed of service.cookies) {
      const parsed = nameAndMatch(listed);
      if (!parsed?.name) continue;
      const id = `${parsed.match}:${parsed.name}`;
      if (!byName.has(id)) byName.set(id, { ...parsed, claims: [] });
      byName.get(id).claims.push({ key, service, category });
    }
  }
  const rules = [];
  const skipped = [];
  for (const { name, match, claims } of byName.values()) {
    const from = `tarteaucitron:${claims.map((claim) => claim.key).join(',')}`;
    const categories = new Set(claims.map((claim) => claim.category));
    if (categories.size > 1) {
      skipped.push(`${from} ${name}: its services disagree (${[...categories].join(', ')})`);
    } else if (isGenericName(name)) {
      skipped.push(`${from} ${name}: a common name, and no domain to limit it to`);
    } else if (nameLooksNecessary(name)) {
      skipped.push(`${from} ${name}: a session, security or consent cookie listed with a service`);
    } else {
      const { key, service, category } = claims[0];
      rules.push({
        vendor: { id: `tac-${slug(key)}`, name: service.name || key, source: sourceOf(service) },
        name,
        match,
        domains: [],
        vendorDomains: [],
        category,
        purpose: `listed among the cookies of this ${ROLE[category]} service`,
        from: `tarteaucitron:${key}`,
      });
    }
  }
  return { rules, skipped };
}

function sourceOf(service) {
  return /^https?:\/\//.test(service.uri ?? '') ? service.uri : TARTEAUCITRON_URL;
}
