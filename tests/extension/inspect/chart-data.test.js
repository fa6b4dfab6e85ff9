// Unit tests of extension/inspect/chart-data.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countPerCategory, deletionsPerDay, deletionsPerDayByCategory, deletionsPerSite } from '../../../extension/inspect/chart-data.js';

test('every category is counted, in display order, unknown ones ignored', () => {
  assert.deepEqual(countPerCategory(['targeting', 'necessary', 'targeting', 'bogus']), [
    { category: 'necessary', count: 1 },
    { category: 'functional', count: 0 },
    { category: 'performance', count: 0 },
    { category: 'targeting', count: 2 },
  ]);
});

test('deletions fall into local calendar days, oldest first, empty days included', () => {
  const noon = (daysAgo) => new Date(2026, 10, 23 - daysAgo, 12).getTime() / 1000;
  const now = noon(0);
  const times = [noon(0), noon(0) + 3600, noon(2), noon(6), noon(7), noon(40)];
  const buckets = deletionsPerDay(times, { days: 7, nowSeconds: now });
  assert.equal(buckets.length, 7);
  assert.equal(buckets[0].day, '2026-11-17');
  assert.equal(buckets[6].day, '2026-11-23');
  assert.deepEqual(buckets.map((b) => b.count), [1, 0, 0, 0, 1, 0, 2]);
});

test('a day boundary is midnight local time', () => {
  const now = new Date(2026, 0, 2, 0, 30).getTime() / 1000;
  const justBefore = new Date(2026, 0, 1, 23, 59).getTime() / 1000;
  const buckets = deletionsPerDay([justBefore, now], { days: 2, nowSeconds: now });
  assert.deepEqual(buckets, [{ day: '2026-01-01', count: 1 }, { day: '2026-01-02', count: 1 }]);
});

test('deletions per day are split by category', () => {
  const noon = (daysAgo) => new Date(2026, 10, 23 - daysAgo, 12).getTime() / 1000;
  const entries = [
    { time: noon(0), category: 'targeting' }, { time: noon(0), category: 'performance' },
    { time: noon(1), category: 'targeting' }, { time: noon(9), category: 'targeting' },
  ];
  const buckets = deletionsPerDayByCategory(entries, { days: 2, nowSeconds: noon(0) });
  assert.deepEqual(buckets.map((b) => [b.day, b.count, b.byCategory.targeting, b.byCategory.performance]),
    [['2026-11-22', 1, 1, 0], ['2026-11-23', 2, 1, 1]]);
});

test('the sites with most deletions come first, the rest summed', () => {
  const entries = ['a.example', 'b.example', 'b.example', 'c.example', 'd.example', 'd.example', 'd.example'].map((site) => ({ site }));
  assert.deepEqual(deletionsPerSite(entries, { top: 2 }), [
    { site: 'd.example', count: 3 }, { site: 'b.example', count: 2 }, { site: '2 other sites', count: 2, other: true },
  ]);
  assert.deepEqual(deletionsPerSite(entries.slice(0, 1), { top: 2 }), [{ site: 'a.example', count: 1 }]);
});
