// Shape checks for every host reply, applied before the extension acts on it: a reply that is
// not what PROTOCOL.md promises is refused with HostError('bad_reply', what is wrong), so a
// confused or hostile host can never make the extension delete or set the wrong cookie.
import { CATEGORIES, isCategory } from '../categories.js';
import { HostError } from './host-error.js';

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const isString = (v) => typeof v === 'string';
const isCount = (v) => Number.isInteger(v) && v >= 0;
const isHttpUrl = (v) => isString(v) && /^https?:\/\/[^/]/.test(v);

function expect(condition, what) {
  if (!condition) throw new HostError('bad_reply', `invalid host reply: ${what}`);
}

function checkCookie(cookie, where) {
  expect(isObject(cookie), `${where} is not a cookie object`);
  expect(isString(cookie.name), `${where}.name is not a string`);
  expect(isString(cookie.domain) && cookie.domain !== '', `${where}.domain is not a domain`);
}

function checkVerdict(verdict, where) {
  expect(isObject(verdict), `${where} is not an object`);
  if ('error' in verdict) {
    expect(isString(verdict.error), `${where}.error is not a string`);
    return;
  }
  expect(isCategory(verdict.category), `${where}.category is not a category`);
  expect(verdict.action === 'keep' || verdict.action === 'delete', `${where}.action is not keep or delete`);
  expect(isString(verdict.reason), `${where}.reason is not a string`);
  expect(isString(verdict.site), `${where}.site is not a string`);
  expect(typeof verdict.confidence === 'number', `${where}.confidence is not a number`);
}

function checkAllowed(allowed, where) {
  expect(isObject(allowed), `${where} is not an object`);
  for (const category of CATEGORIES) {
    expect(typeof allowed[category] === 'boolean', `${where}.${category} is not true or false`);
  }
  expect(allowed.necessary === true, `${where}.necessary is not true`);
}

function checkKeepList(list, where) {
  expect(Array.isArray(list), `${where} is not a list`);
  list.forEach((entry, i) => {
    expect(isObject(entry) && isString(entry.site) && isString(entry.name), `${where}[${i}] is not {site, name}`);
  });
}

function checkPreferences(prefs) {
  expect(isObject(prefs), 'preferences is not an object');
  checkAllowed(prefs.allowed, 'preferences.allowed');
  expect(typeof prefs.delete_session_cookies === 'boolean', 'preferences.delete_session_cookies is not true or false');
  expect(isObject(prefs.sites), 'preferences.sites is not an object');
  for (const [site, override] of Object.entries(prefs.sites)) {
    expect(isObject(override), `preferences.sites["${site}"] is not an object`);
    checkAllowed(override.allowed, `preferences.sites["${site}"].allowed`);
  }
  checkKeepList(prefs.keep_list, 'preferences.keep_list');
}

function checkLogEntry(entry, where) {
  expect(isObject(entry), `${where} is not an object`);
  expect(isString(entry.id), `${where}.id is not a string`);
  expect(typeof entry.time === 'number', `${where}.time is not a number`);
  expect(isString(entry.site), `${where}.site is not a string`);
  expect(isCategory(entry.category), `${where}.category is not a category`);
  expect(isString(entry.reason), `${where}.reason is not a string`);
  checkCookie(entry.cookie, `${where}.cookie`);
}

const CHECKS = {
  hello(reply) {
    expect(isString(reply.version), 'hello.version is not a string');
    expect(Number.isInteger(reply.protocol), 'hello.protocol is not an integer');
    expect(isString(reply.data_dir), 'hello.data_dir is not a string');
    expect(reply.counts === undefined || isObject(reply.counts), 'hello.counts is not an object');
  },
  decide(reply, request) {
    expect(Array.isArray(reply.results), 'decide.results is not a list');
    expect(reply.results.length === request.cookies.length,
      `decide.results has ${reply.results.length} entries for ${request.cookies.length} cookies`);
    reply.results.forEach((verdict, i) => checkVerdict(verdict, `decide.results[${i}]`));
  },
  site(reply, request) {
    expect(Array.isArray(reply.sites), 'site.sites is not a list');
    expect(reply.sites.length === request.urls.length,
      `site.sites has ${reply.sites.length} entries for ${request.urls.length} URLs`);
    reply.sites.forEach((site, i) => {
      expect(site === null || (isString(site) && site !== ''), `site.sites[${i}] is not a site or null`);
    });
  },
  get_preferences: (reply) => checkPreferences(reply.preferences),
  set_preferences: (reply) => checkPreferences(reply.preferences),
  import_settings: (reply) => checkPreferences(reply.preferences),
  keep_cookie: (reply) => checkKeepList(reply.keep_list, 'keep_cookie.keep_list'),
  forget_cookie: (reply) => checkKeepList(reply.keep_list, 'forget_cookie.keep_list'),
  record_deletions(reply) {
    expect(isCount(reply.recorded), 'record_deletions.recorded is not a count');
  },
  deletion_log(reply) {
    expect(isCount(reply.total), 'deletion_log.total is not a count');
    expect(isCount(reply.offset), 'deletion_log.offset is not a count');
    expect(Array.isArray(reply.entries), 'deletion_log.entries is not a list');
    reply.entries.forEach((entry, i) => checkLogEntry(entry, `deletion_log.entries[${i}]`));
  },
  restore(reply) {
    checkCookie(reply.cookie, 'restore.cookie');
    expect(isHttpUrl(reply.url), 'restore.url is not an http(s) URL');
  },
  export_settings(reply) {
    expect(isObject(reply.settings), 'export_settings.settings is not an object');
  },
  declare(reply) {
    expect(isString(reply.site) && reply.site !== '', 'declare.site is not a site');
    expect(typeof reply.changed === 'boolean', 'declare.changed is not true or false');
  },
  declaration(reply) {
    expect(reply.platform === null || isString(reply.platform), 'declaration.platform is not a string or null');
    expect(reply.declaration === null || (isObject(reply.declaration) && Array.isArray(reply.declaration.cookies)),
      'declaration.declaration is not a declaration or null');
    expect(Array.isArray(reply.contradictions), 'declaration.contradictions is not a list');
    reply.contradictions.forEach((entry, i) => {
      expect(isObject(entry) && isString(entry.name) && isCategory(entry.category) && isCategory(entry.declared),
        `declaration.contradictions[${i}] is not {name, declared, category}`);
    });
  },
};

// Returns `reply` when it is a well-formed answer to `request`; throws HostError otherwise.
export function validateReply(request, reply) {
  const check = CHECKS[request.type];
  expect(check !== undefined, `no check for "${request.type}" replies`);
  expect(isObject(reply) && reply.type === request.type, `not a "${request.type}" reply`);
  check(reply, request);
  return reply;
}
