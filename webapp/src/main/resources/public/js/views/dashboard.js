// Today and this month (in this browser's time zone, which the server counts in): totals with
// reference cost and savings, charts per hour and per day, the month by class, department, user
// and destination, today's trunks; and the server's state from /api/v1/health (a warning line per
// silent remote unit).
import { get } from '../api.js';
import { barList, columnChart } from '../charts.js';
import { h, table } from '../dom.js';
import { silentText } from './remote-units.js';
import { t } from '../i18n.js';

const zone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
const minutes = seconds => Math.round(seconds / 60);
/** Amounts of several currencies side by side (exact decimal strings from the server). */
const money = (costs, field = 'cost') => costs.map(c => `${c[field]} ${c.currency}`).join(' + ') || '0';
const label = key => h('span', { 'data-i18n': key });

/** The currency the cost charts are drawn in: the month's largest cost. */
function mainCurrency(month) {
  const sorted = [...month.costs].sort((a, b) => Number(b.cost) - Number(a.cost));
  return sorted[0]?.currency;
}

function costIn(costs, currency) {
  return costs.find(c => c.currency === currency)?.cost ?? '0';
}

function periods(today, month) {
  const row = (key, id, value) => [label(key), h('span', { id: `today-${id}` }, value(today)),
    h('span', { id: `month-${id}` }, value(month))];
  return h('div', { class: 'card periods' },
    table(['dash.figure', 'dash.today', 'dash.month'], [
      row('dash.calls', 'calls', p => p.calls),
      row('dash.minutes', 'minutes', p => minutes(p.billedSeconds)),
      row('dash.cost', 'cost', p => money(p.costs)),
      row('dash.referenceCost', 'reference', p => money(p.costs, 'referenceCost')),
      row('dash.savings', 'savings', p => money(p.costs, 'savings'))], [1, 2]));
}

function charts(today, month, currency) {
  const points = (buckets, name, value, text) => buckets.map(b => ({ label: name(b), value: value(b), text: text(b) }));
  const hour = b => `${String(b.at).padStart(2, '0')}:00`;
  const day = b => b.at.slice(5);
  const cost = b => Number(costIn(b.costs, currency));
  const costText = b => `${costIn(b.costs, currency)} ${currency}`;
  const costTitle = key => h('span', {}, label(key), ` (${currency ?? ''})`);
  return h('div', { class: 'card' }, h('div', { class: 'charts' },
    columnChart('chart-hour-calls', label('dash.callsPerHour'), points(today.perHour, hour, b => b.calls, b => b.calls)),
    columnChart('chart-hour-cost', costTitle('dash.costPerHour'), points(today.perHour, hour, cost, costText)),
    columnChart('chart-day-calls', label('dash.callsPerDay'), points(month.perDay, day, b => b.calls, b => b.calls)),
    columnChart('chart-day-cost', costTitle('dash.costPerDay'), points(month.perDay, day, cost, costText))));
}

/** A card with a bar per row (by cost) and the table of its figures. */
function ranked(titleKey, id, rows, nameKey, name) {
  return h('div', { class: 'card' }, h('h2', { 'data-i18n': titleKey }),
    rows.length === 0 ? h('p', { class: 'muted', 'data-i18n': 'dash.noMonth' }) : [
      barList(`${id}-bars`, rows.map(r => ({ label: name(r), value: Number(r.cost), text: `${r.cost} ${r.currency}` }))),
      table([nameKey, 'dash.calls', 'dash.minutes', 'dash.cost', 'dash.savings'],
        rows.map(r => [name(r), r.calls, minutes(r.billedSeconds), `${r.cost} ${r.currency}`, `${r.savings} ${r.currency}`]),
        [1, 2, 3, 4], [2, 4])]);
}

function trunks(load) {
  return h('div', { class: 'card', id: 'trunks' }, h('h2', { 'data-i18n': 'dash.trunks' }),
    load.trunks.length === 0 ? h('p', { class: 'muted', 'data-i18n': 'dash.noTrunks' }) : [
      load.groups.length === 0 ? null : table(['dash.trunkGroup', 'dash.calls', 'dash.minutes', 'dash.peak'],
        load.groups.map(g => [g.group, g.calls, minutes(g.billedSeconds), g.peakSimultaneous]), [1, 2, 3]),
      table(['dash.pbx', 'dash.trunk', 'dash.trunkGroup', 'dash.calls', 'dash.minutes', 'dash.peak'],
        load.trunks.map(r => [r.pbx, r.trunk, r.group, r.calls, minutes(r.billedSeconds), r.peakSimultaneous]),
        [3, 4, 5], [0, 2, 4])]);
}

function server(health) {
  const connectors = Object.entries(health.connectors ?? {});
  return h('div', { class: 'card' }, h('h2', { 'data-i18n': 'dash.server' }),
    h('dl', { class: 'explain' },
      h('dt', { 'data-i18n': 'dash.status' }), h('dd', { class: `status-${health.status}`, id: 'server-status' }, health.status),
      h('dt', { 'data-i18n': 'dash.lag' }), h('dd', { id: 'pipeline-lag' }, health.journal?.lag ?? '?'),
      h('dt', { 'data-i18n': 'dash.db' }), h('dd', {}, `${health.database?.dialect ?? '?'}: ${health.database?.writing ?? '?'}`)),
    h('h3', { 'data-i18n': 'dash.connectors' }),
    table(['dash.pbx', 'dash.state', 'dash.records'], connectors.map(([pbx, c]) => [pbx, c.state, c.records]), [2]));
}

function byClass(titleKey, period) {
  return h('div', { class: 'card' }, h('h2', { 'data-i18n': titleKey }),
    period.byClass.length === 0 ? h('p', { class: 'muted', 'data-i18n': 'dash.none' }) : [
      barList(null, period.byClass.map(r => ({ label: r.callClass, value: Number(r.cost), text: `${r.cost} ${r.currency}` }))),
      table(['dash.class', 'dash.calls', 'dash.minutes', 'dash.cost', 'dash.savings'],
        period.byClass.map(r => [r.callClass, r.calls, minutes(r.billedSeconds), `${r.cost} ${r.currency}`,
          `${r.savings} ${r.currency}`]), [1, 2, 3, 4], [2, 4])]);
}

export async function dashboardView() {
  const [figures, health] = await Promise.all([
    get(`/api/v1/dashboard?zone=${encodeURIComponent(zone())}`), get('/api/v1/health')]);
  const { today, month } = figures;
  const silent = (health.remoteUnits ?? []).filter(u => u.silent);
  const node = h('section', { id: 'dashboard' },
    silent.map(u => h('p', { class: 'unit-warning', 'data-unit-warning': u.pbx },
      h('a', { href: '#/remote-units' }, t('dash.unitSilent').replace('{pbx}', u.pbx)), ` ${silentText(u)}`)),
    periods(today, month),
    charts(today, month, mainCurrency(month)),
    h('div', { class: 'columns' },
      byClass('dash.byClass', today),
      byClass('dash.monthByClass', month),
      ranked('dash.byDepartment', 'departments', month.byDepartment, 'dash.department', r => r.department || '—'),
      ranked('dash.topUsers', 'users', month.topUsers, 'dash.user', r => r.user),
      ranked('dash.topDestinations', 'destinations', month.topDestinations, 'dash.destination',
        r => `${r.destination} (${r.callClass})`),
      trunks(figures.trunks),
      server(health)));
  return [node];
}
