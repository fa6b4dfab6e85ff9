// The numbers behind the inspection charts: cookies per category; deletions per day over the
// last `days` days (local calendar days, oldest first, days without deletions included), in all
// and split by category; and the sites with the most deletions.
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

// Empty buckets ({day, ...empty()}) for each day, and a lookup from a time to its bucket.
function dayBuckets({ days, nowSeconds }, empty) {
  const today = new Date(nowSeconds * 1000);
  const buckets = [];
  for (let back = days - 1; back >= 0; back -= 1) {
    const day = new Date(today.getFullYear(), today.getMonth(), today.getDate() - back);
    buckets.push({ day: dayLabel(day), ...empty() });
  }
  const index = new Map(buckets.map((bucket, i) => [bucket.day, i]));
  return { buckets, bucketOf: (seconds) => buckets[index.get(dayLabel(new Date(seconds * 1000)))] };
}

export function deletionsPerDay(timesSeconds, range) {
  const { buckets, bucketOf } = dayBuckets(range, () => ({ count: 0 }));
  for (const time of timesSeconds) {
    const bucket = bucketOf(time);
    if (bucket) bucket.count += 1;
  }
  return buckets;
}

// entries: {time, category}; each day has `count` and `byCategory` {necessary: n, ...}.
export function deletionsPerDayByCategory(entries, range) {
  const { buckets, bucketOf } = dayBuckets(range, () => ({ count: 0, byCategory: Object.fromEntries(CATEGORIES.map((c) => [c, 0])) }));
  for (const { time, category } of entries) {
    const bucket = bucketOf(time);
    if (!bucket || !(category in bucket.byCategory)) continue;
    bucket.count += 1;
    bucket.byCategory[category] += 1;
  }
  return buckets;
}

// The `top` sites with the most deletions, most first (ties by name), then the rest as one.
export function deletionsPerSite(entries, { top }) {
  const counts = new Map();
  for (const { site } of entries) counts.set(site, (counts.get(site) ?? 0) + 1);
  const sorted = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const shown = sorted.slice(0, top).map(([site, count]) => ({ site, count }));
  const rest = sorted.slice(top).reduce((sum, [, count]) => sum + count, 0);
  return rest > 0 ? [...shown, { site: `${sorted.length - top} other sites`, count: rest, other: true }] : shown;
}
