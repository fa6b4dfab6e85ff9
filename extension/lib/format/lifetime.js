// How long a cookie lives, in the words the UI shows: "session", "expired", "45 minutes",
// "3 hours", "12 days", "5 months", "2 years". `nowSeconds` is seconds since the epoch. The host
// words lifetimes the same way (host/model/lifetime.cpp) in its CLI and its reasons.
import { plural } from './plural.js';

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

export function formatLifetime(cookie, nowSeconds = Date.now() / 1000) {
  if (cookie.session || typeof cookie.expirationDate !== 'number') return 'session';
  const left = cookie.expirationDate - nowSeconds;
  if (left <= 0) return 'expired';
  if (left < HOUR) return plural(Math.max(1, Math.round(left / MINUTE)), 'minute');
  if (left < 2 * DAY) return plural(Math.round(left / HOUR), 'hour');
  if (left < 60 * DAY) return plural(Math.round(left / DAY), 'day');
  if (left < 2 * YEAR) return plural(Math.round(left / MONTH), 'month');
  return plural(Math.round(left / YEAR), 'year');
}
