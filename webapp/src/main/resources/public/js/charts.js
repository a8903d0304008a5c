// Small hand-drawn SVG charts. Bars only are SVG (stretched to the box, so they fit any width);
// every text is HTML around them, so it stays readable at 375 px and takes the theme's colours.
import { h } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attributes = {}, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) {
    el.setAttribute(name, value);
  }
  el.append(...children);
  return el;
}

/**
 * A column chart of `points` ([{ label, value, text }]: value a number for the height, text what
 * the tooltip says), titled by the node `title`; the largest value and the first, middle and last
 * labels are written under it.
 */
export function columnChart(id, title, points) {
  const max = Math.max(0, ...points.map(p => p.value));
  const width = 100 / Math.max(points.length, 1);
  const bars = points.map((p, i) => {
    const height = max > 0 ? (p.value / max) * 100 : 0;
    return svg('rect', { class: 'bar', x: i * width + width * 0.1, y: 100 - height, width: width * 0.8, height },
      svg('title', {}, `${p.label}: ${p.text}`));
  });
  const ticks = [...new Set([0, Math.floor((points.length - 1) / 2), points.length - 1])].filter(i => i >= 0);
  return h('figure', { class: 'chart', id, 'data-points': points.length, 'data-max': max },
    h('figcaption', {}, title, h('span', { class: 'muted chart-max' }, ` ≤ ${max > 0 ? points.find(p => p.value === max).text : 0}`)),
    svg('svg', { viewBox: '0 0 100 100', preserveAspectRatio: 'none', role: 'img' }, svg('line', { class: 'axis', x1: 0, y1: 100, x2: 100, y2: 100 }), ...bars),
    h('div', { class: 'chart-labels muted' }, ticks.map(i => h('span', {}, points[i].label))));
}

/** A bar per row ([{ label, value, text }]) beside its label and text, longest first as given. */
export function barList(id, rows) {
  const max = Math.max(0, ...rows.map(r => r.value));
  return h('div', { class: 'bar-list', id },
    rows.map(r => h('div', { class: 'bar-row' },
      h('span', { class: 'bar-label' }, r.label),
      svg('svg', { viewBox: '0 0 100 10', preserveAspectRatio: 'none', 'aria-hidden': 'true' },
        svg('rect', { class: 'bar', x: 0, y: 0, height: 10, width: max > 0 ? Math.max((r.value / max) * 100, 0.5) : 0 })),
      h('span', { class: 'num' }, r.text))));
}
