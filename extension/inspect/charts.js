// Small SVG charts, no library: horizontal bars (cookies per category, deletions per site) and
// columns over days stacked by category (deletions). Each is an image with a text summary for screen readers.
const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attributes = {}, ...children) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  element.append(...children);
  return element;
}

function chartFrame(id, width, height, summary) {
  return svg('svg', { id, viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': summary, class: 'chart' },
    svg('title', {}, summary));
}

// bars: [{label, value, category?}]
export function barChart(id, bars, { width = 360, barHeight = 22, labelWidth = 100 } = {}) {
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const summary = bars.map((bar) => `${bar.label}: ${bar.value}`).join(', ');
  const chart = chartFrame(id, width, bars.length * (barHeight + 6), summary);
  bars.forEach((bar, i) => {
    const y = i * (barHeight + 6);
    const length = Math.round(((width - labelWidth - 40) * bar.value) / max);
    chart.append(
      svg('text', { x: 0, y: y + barHeight * 0.7, class: 'chart-label' }, bar.label),
      svg('rect', { x: labelWidth, y, width: Math.max(length, 1), height: barHeight, rx: 3, class: `bar bar-${bar.category ?? 'plain'}` }),
      svg('text', { x: labelWidth + length + 6, y: y + barHeight * 0.7, class: 'chart-value' }, bar.value.toLocaleString('en')));
  });
  return chart;
}

// columns: [{day, count, byCategory}], oldest first: a column per day, stacked by category in
// display order (necessary at the bottom).
export function columnChart(id, columns, { width = 360, height = 120 } = {}) {
  const max = Math.max(1, ...columns.map((c) => c.count));
  const total = columns.reduce((sum, c) => sum + c.count, 0);
  const first = columns[0]?.day ?? '';
  const last = columns.at(-1)?.day ?? '';
  const chart = chartFrame(id, width, height + 18, `${total} deletions from ${first} to ${last}, most in one day: ${max}`);
  const step = width / Math.max(columns.length, 1);
  const room = height - 16; // the top line holds the scale
  columns.forEach((column, i) => {
    let top = height;
    for (const [category, count] of Object.entries(column.byCategory)) {
      const h = Math.round((room * count) / max);
      if (h === 0) continue;
      top -= h;
      chart.append(svg('rect', { x: i * step + 1, y: top, width: Math.max(step - 2, 1), height: h, class: `bar-${category}` },
        svg('title', {}, `${column.day}: ${count} ${category}`)));
    }
  });
  chart.append(
    svg('text', { x: 0, y: 10, class: 'chart-label' }, `highest: ${max} in a day`),
    svg('line', { x1: 0, y1: height + 0.5, x2: width, y2: height + 0.5, class: 'axis' }),
    svg('text', { x: 0, y: height + 14, class: 'chart-label' }, first),
    svg('text', { x: width, y: height + 14, class: 'chart-label', 'text-anchor': 'end' }, last));
  return chart;
}
