// Which rows of a long list of equally tall rows a scrolled viewport shows, with `overscan` rows
// more on each side so a fast scroll does not flash empty space: [start, end) indexes.
export function visibleRange({ scrollTop, viewportHeight, rowHeight, count, overscan = 8 }) {
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const shown = Math.ceil(viewportHeight / rowHeight) + 1;
  const start = Math.max(0, Math.min(count, first - overscan));
  const end = Math.min(count, first + shown + overscan);
  return { start, end: Math.max(start, end) };
}
