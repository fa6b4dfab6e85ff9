// The deletions "Site not working?" undoes: the log entries of one site since a time, one per
// cookie (the newest; an older deletion of the same cookie holds an older value), newest first.
import { cookieKey } from './cookie-key.js';

export function newestPerCookie(entries) {
  const seen = new Set();
  return entries.filter((entry) => {
    const key = cookieKey(entry.cookie);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
