// The requests extension pages may send the background, and the check of each one's arguments.
// Only these types exist; nothing else reaches the host. A value of the wrong shape is refused
// with a message naming the field.
import { SWITCHABLE_CATEGORIES } from '../categories.js';

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const text = (v) => typeof v === 'string' && v.length > 0 && v.length <= 4096;
const bool = (v) => typeof v === 'boolean';
const caution = (v) => ['careful', 'balanced', 'strict'].includes(v);
const count = (v) => Number.isInteger(v) && v >= 0;
const seconds = (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
// Partial category switches; `necessary` cannot be switched, so it is not accepted.
const switches = (v) => isObject(v) && Object.keys(v).length > 0
  && Object.entries(v).every(([k, on]) => SWITCHABLE_CATEGORIES.includes(k) && bool(on));

// For each type: field -> [check, required].
export const UI_REQUESTS = Object.freeze({
  'status': {},
  'reconnect': {},
  'preferences': {},
  'site-cookies': { url: [text, true], tabId: [count, false] },
  'set-defaults': { allowed: [switches, false], delete_session_cookies: [bool, false], caution: [caution, false] },
  'set-site': { site: [text, true], allowed: [switches, true] },
  'reset-site': { site: [text, true] },
  'keep-cookie': { site: [text, true], name: [text, true] },
  'forget-cookie': { site: [text, true], name: [text, true] },
  'deletion-log': {
    site: [text, false], site_contains: [bool, false], since: [seconds, false],
    offset: [count, false], limit: [count, false],
  },
  'restore': { entry_id: [text, true] },
  'restore-recent': { site: [text, true], since: [seconds, true], tabId: [count, false] },
  'delete-cookie': { tabId: [count, false], key: [text, true] },
  'clean-site': { site: [text, true] },
  'export-settings': {},
  'import-settings': { settings: [isObject, true] },
  'cookie-verdicts': {},
  'sync-status': {},
  'set-sync': { enabled: [bool, true] },
  'site-declaration': { site: [text, true] },
});

// Returns {type, args} for a valid request; throws an Error naming what is wrong.
export function parseUiRequest(message) {
  if (!isObject(message) || !Object.hasOwn(UI_REQUESTS, message.type)) {
    throw new Error('unknown request');
  }
  const fields = UI_REQUESTS[message.type];
  const args = isObject(message.args) ? message.args : {};
  for (const name of Object.keys(args)) {
    if (!Object.hasOwn(fields, name)) throw new Error(`${message.type}: unexpected field "${name}"`);
  }
  for (const [name, [check, required]] of Object.entries(fields)) {
    if (args[name] === undefined) {
      if (required) throw new Error(`${message.type}: "${name}" is required`);
    } else if (!check(args[name])) {
      throw new Error(`${message.type}: "${name}" has the wrong shape`);
    }
  }
  if (message.type === 'set-defaults' && args.allowed === undefined && args.delete_session_cookies === undefined
      && args.caution === undefined) {
    throw new Error('set-defaults: nothing to change');
  }
  return { type: message.type, args };
}
