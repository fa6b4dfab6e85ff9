// A table for thousands of rows that draws only the rows in view (plus a margin): rows have one
// fixed height, the scrolling body pads the space of the rows above and below. It keeps the
// table semantics (role table/row/cell, aria-rowcount and aria-rowindex), so readers announce
// "row 5,001 of 10,000".
import { h } from './dom.js';
import { visibleRange } from './visible-range.js';

// columns: [{title, width}] (CSS grid track sizes); cells(item) returns one child per column;
// rowAttributes(item) gives the row's extra attributes (dataset...).
export function virtualTable({ id, label, columns, rowHeight, cells, rowAttributes = () => ({}) }) {
  let items = [];
  let drawn = { start: -1, end: -1 };
  // The table itself scrolls (its heading row sticks to the top); the rows' padding stands for
  // the rows not drawn. Focusable, so the keyboard can scroll it.
  const body = h('div', { class: 'vt-body', role: 'rowgroup' });
  const element = h('div', {
    id, class: 'virtual-table', role: 'table', 'aria-label': label, 'aria-rowcount': '1', tabindex: '0',
    style: `--vt-columns: ${columns.map((c) => c.width).join(' ')}; --vt-row: ${rowHeight}px`,
  },
  h('div', { role: 'rowgroup', class: 'vt-head' },
    h('div', { role: 'row', class: 'vt-row', 'aria-rowindex': '1' }, columns.map(({ title }) => h('div', { role: 'columnheader', class: 'vt-cell' },
      title || h('span', { class: 'visually-hidden' }, 'Actions'))))),
  body);

  function draw(force = false) {
    const range = visibleRange({ scrollTop: element.scrollTop, viewportHeight: element.clientHeight || 600, rowHeight, count: items.length });
    if (!force && range.start === drawn.start && range.end === drawn.end) return;
    drawn = range;
    body.style.paddingTop = `${range.start * rowHeight}px`;
    body.style.paddingBottom = `${(items.length - range.end) * rowHeight}px`;
    const rows = [];
    for (let i = range.start; i < range.end; i += 1) {
      const item = items[i];
      rows.push(h('div', { role: 'row', class: 'vt-row', 'aria-rowindex': String(i + 2), ...rowAttributes(item) },
        cells(item).map((cell) => h('div', { role: 'cell', class: 'vt-cell' }, cell))));
    }
    body.replaceChildren(...rows);
  }

  // Browsers fire scroll at most once a frame; a draw that changes nothing returns at once.
  element.addEventListener('scroll', () => draw());

  return {
    element,
    // Shows `next`; `keepScroll` keeps the position (an action redraws the same list).
    setItems(next, { keepScroll = false } = {}) {
      items = next;
      element.setAttribute('aria-rowcount', String(items.length + 1));
      if (!keepScroll) element.scrollTop = 0;
      draw(true);
    },
    get drawnRows() { return drawn.end - drawn.start; },
  };
}
