// The numbers behind the inspection charts: cookies per category, and deletions per day over the
// last `days` days (local calendar days, oldest first, days without deletions included).
import { CATEGORIES } from '../lib/categories.js';

export function countPerCategory(categories) {
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, 0]));
  for (const category of categories) if (category in counts) counts[category] += 1;
  return CATEGORIES.map((category) => ({ category, count: counts[category] }));
}

function dayLabel(date) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function deletionsPerDay(timesSeconds, { days, nowSeconds }) {
  const today = new Date(nowSeconds * 1000);
  const buckets = [];
  for (let back = days - 1; back >= 0; back -= 1) {
    const day = new Date(today.getFullYear(), today.getMonth(), today.getDate() - back);
    buckets.push({ day: dayLabel(day), count: 0 });
  }
  const index = new Map(buckets.map((bucket, i) => [bucket.day, i]));
  for (const time of timesSeconds) {
    const i = index.get(dayLabel(new Date(time * 1000)));
    if (i !== undefined) buckets[i].count += 1;
  }
  return buckets;
}
