// Reads the host's deletion log (newest first) for a page: the first page gives the total, then
// the rest is asked for in ranges of one page each, all at once, so 10,000 entries cost one
// round trip more than one page instead of twenty in a row. A reply stops early when it would
// pass the host's size limit; its range is then read on from `next_offset`.
import { ask } from './ask.js';

const PAGE = 500; // the host's largest page

async function readRange(filters, start, end) {
  const entries = [];
  let offset = start;
  while (offset !== null && offset !== undefined && offset < end) {
    const reply = await ask('deletion-log', { ...filters, offset, limit: Math.min(PAGE, end - offset) });
    if (reply.entries.length === 0) break;
    entries.push(...reply.entries);
    offset = reply.next_offset;
  }
  return entries;
}

// `filters`: as the deletion-log request takes them (site, since...); `max` caps the entries read.
export async function readLog(filters = {}, { max = Infinity } = {}) {
  const first = await ask('deletion-log', { ...filters, offset: 0, limit: PAGE });
  const end = Math.min(first.total, max);
  const starts = [];
  for (let start = PAGE; start < end; start += PAGE) starts.push(start);
  const firstRest = first.entries.length < PAGE ? readRange(filters, first.entries.length, Math.min(PAGE, end)) : [];
  const rest = await Promise.all([firstRest, ...starts.map((start) => readRange(filters, start, Math.min(start + PAGE, end)))]);
  return first.entries.concat(...rest).slice(0, end);
}
