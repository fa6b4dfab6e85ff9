// The host's verdicts on many cookies, packed for the message from the background to a page:
// each distinct value (a reason, a site, a category) is sent once and each verdict is a run of
// indexes into them, so 10,000 verdicts that share a few dozen reasons make a few flat arrays.
// Firefox copies a message object by object: 10,000 whole verdicts took seconds. The page reads
// the cookies itself and joins them to their verdicts by cookie key.
import { cookieKey } from './cookie-key.js';

// cookies[i] was judged verdicts[i].
export function packVerdicts(cookies, verdicts) {
  const fields = [...new Set(verdicts.flatMap((verdict) => Object.keys(verdict)))];
  const values = [];
  const seen = new Map();
  const intern = (value) => {
    const id = JSON.stringify(value);
    if (!seen.has(id)) {
      seen.set(id, values.length);
      values.push(value);
    }
    return seen.get(id);
  };
  const indexes = verdicts.flatMap((verdict) => fields.map((field) => (field in verdict ? intern(verdict[field]) : -1)));
  return { keys: cookies.map(cookieKey), fields, values, indexes };
}

// [{cookie, verdict}] for each of `cookies` that the packed verdicts judged, in the cookies' order.
export function joinVerdicts(cookies, { keys, fields, values, indexes }) {
  const byKey = new Map(keys.map((key, i) => [key, i]));
  const rows = [];
  for (const cookie of cookies) {
    const at = byKey.get(cookieKey(cookie));
    if (at === undefined) continue;
    const verdict = {};
    fields.forEach((field, f) => {
      const index = indexes[at * fields.length + f];
      if (index >= 0) verdict[field] = values[index];
    });
    rows.push({ cookie, verdict });
  }
  return rows;
}
