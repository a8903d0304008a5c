// Today's calls and cost by class, and the server's state from /api/v1/health (a warning line per silent remote unit).
import { get } from '../api.js';
import { h, table } from '../dom.js';
import { t } from '../i18n.js';
import { silentText } from './remote-units.js';

function todayBounds() {
  const start = new Date();
  start.setHours(0, 0, 0, 0);
  const end = new Date(start);
  end.setDate(end.getDate() + 1);
  return [start.toISOString(), end.toISOString()];
}

/** Sums decimal strings per currency exactly, in minor units (never floats). */
function costByCurrency(rows) {
  const totals = new Map();
  for (const row of rows) {
    const [whole, fraction = ''] = row.cost.split('.');
    const digits = fraction.length;
    const minor = BigInt(whole + fraction);
    const prev = totals.get(row.currency) ?? { minor: 0n, digits };
    totals.set(row.currency, { minor: prev.minor + minor, digits });
  }
  return [...totals.entries()].map(([currency, { minor, digits }]) => {
    const text = minor.toString().padStart(digits + 1, '0');
    return `${digits ? text.slice(0, -digits) + '.' + text.slice(-digits) : text} ${currency}`;
  }).join(' + ') || '0';
}

export async function dashboardView() {
  const [from, to] = todayBounds();
  const [totals, health] = await Promise.all([
    get(`/api/v1/dashboard?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`),
    get('/api/v1/health')]);
  const calls = totals.byClass.reduce((sum, r) => sum + r.calls, 0);
  const minutes = Math.round(totals.byClass.reduce((sum, r) => sum + r.billedSeconds, 0) / 60);
  const connectors = Object.entries(health.connectors ?? {});
  const silent = (health.remoteUnits ?? []).filter(u => u.silent);
  const node = h('section', { id: 'dashboard' },
    silent.map(u => h('p', { class: 'unit-warning', 'data-unit-warning': u.pbx },
      h('a', { href: '#/remote-units' }, t('dash.unitSilent').replace('{pbx}', u.pbx)), ` ${silentText(u)}`)),
    h('div', { class: 'cards' },
      h('div', { class: 'card' }, h('div', { class: 'muted', 'data-i18n': 'dash.calls' }), h('div', { class: 'figure', id: 'today-calls' }, calls)),
      h('div', { class: 'card' }, h('div', { class: 'muted', 'data-i18n': 'dash.minutes' }), h('div', { class: 'figure' }, minutes)),
      h('div', { class: 'card' }, h('div', { class: 'muted', 'data-i18n': 'dash.cost' }), h('div', { class: 'figure', id: 'today-cost' }, costByCurrency(totals.byClass))),
      h('div', { class: 'card' }, h('div', { class: 'muted', 'data-i18n': 'dash.status' }),
        h('div', { class: `figure status-${health.status}`, id: 'server-status' }, health.status))),
    h('div', { class: 'card' }, h('h2', { 'data-i18n': 'dash.byClass' }),
      totals.byClass.length === 0 ? h('p', { class: 'muted', 'data-i18n': 'dash.none' })
        : table(['dash.class', 'dash.calls', 'dash.minutes', 'dash.cost'],
          totals.byClass.map(r => [r.callClass, r.calls, Math.round(r.billedSeconds / 60), `${r.cost} ${r.currency}`]), [1, 2, 3])),
    h('div', { class: 'card' }, h('h2', { 'data-i18n': 'dash.server' }),
      h('dl', { class: 'explain' },
        h('dt', { 'data-i18n': 'dash.lag' }), h('dd', { id: 'pipeline-lag' }, health.journal?.lag ?? '?'),
        h('dt', { 'data-i18n': 'dash.db' }), h('dd', {}, `${health.database?.dialect ?? '?'}: ${health.database?.writing ?? '?'}`)),
      h('h3', { 'data-i18n': 'dash.connectors' }),
      table(['dash.pbx', 'dash.state', 'dash.records'],
        connectors.map(([pbx, c]) => [pbx, c.state, c.records]), [2])));
  return [node];
}
