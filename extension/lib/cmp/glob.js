// A cookie-name regular expression, as consent platforms publish them (`^_ga_[A-Z0-9]+$`,
// `_hjSession_\d+`), as our name pattern: `*` for each variable run, the rest literal. Only
// simple expressions convert; anything else (alternation, groups, optional parts) gives
// undefined, and the name as shown is used instead.
const VARIABLE_RUN = /\.\*|\.\+|\\[dwDW][+*]|\\[dwDW]\{\d+(,\d*)?\}|\[[^\]\\]*\][+*]|\[[^\]\\]*\]\{\d+(,\d*)?\}/g;
const PLACEHOLDER = '\u0000';

export function globOfRegex(regex) {
  if (typeof regex !== 'string' || regex.length === 0 || regex.length > 512) return undefined;
  const body = regex.replace(/^\^/, '').replace(/\$$/, '').replace(VARIABLE_RUN, PLACEHOLDER);
  if (/[\\^$.|?*+()[\]{}]/.test(body.replace(/\\[.\-_]/g, ''))) return undefined;
  return body.replace(/\\([.\-_])/g, '$1').replaceAll(PLACEHOLDER, '*');
}
