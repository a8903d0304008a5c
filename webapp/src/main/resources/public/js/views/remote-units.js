// The server's remote units (Bluewhale RSP feeds) with their link, when each was last heard from and
// what the unit last reported of itself (backlog, local connector, last error), polled every two seconds
// like the connectors; a silent unit is marked so it cannot be overlooked.
import { get } from '../api.js';
import { h, localTime, table } from '../dom.js';
import { applyTexts, t } from '../i18n.js';

const POLL_MS = 2000;

const when = iso => iso ? localTime(iso) : '—';

/** "silent since ..." with the last time heard, or since the server's start for a unit never heard from. */
export function silentText(unit) {
  return unit.lastHeardAt ? t('units.silentSince').replace('{since}', localTime(unit.lastHeardAt)) : t('units.neverHeard');
}

function linkCell(unit) {
  return h('span', {},
    h('span', { class: `state-${unit.state}`, 'data-unit-state': unit.pbx }, unit.state),
    unit.silent ? h('span', { class: 'silent-marker', 'data-unit-silent': unit.pbx }, ` ${silentText(unit)}`) : null);
}

/** What the unit last said of itself (its status tick); dashes for a unit that never reported (an older one). */
function reportedCells(unit) {
  const r = unit.reported;
  return r ? [h('span', { 'data-unit-backlog': unit.pbx }, String(r.backlog)), r.connector, r.lastError ?? '', when(r.at)]
    : ['—', '—', '', '—'];
}

export async function remoteUnitsView() {
  const rows = h('div', { id: 'unit-rows' });

  async function refresh() {
    const { units } = await get('/api/v1/remote-units');
    rows.replaceChildren(units.length === 0 ? h('p', { class: 'muted', 'data-i18n': 'units.none' })
      : table(['dash.pbx', 'units.link', 'units.sessions', 'dash.records', 'units.duplicates', 'connectors.last',
        'units.heard', 'units.refused', 'connectors.error', 'units.backlog', 'units.connector', 'units.unitError',
        'units.reportedAt'],
      units.map(u => [u.pbx, linkCell(u), String(u.sessions), String(u.records), String(u.duplicatesDropped),
        when(u.lastRecordAt), when(u.lastHeardAt), String(u.refusedSessions), u.lastError ?? '',
        ...reportedCells(u)]),
      [2, 3, 4, 7, 9], [8, 11], i => ({ class: units[i].silent ? 'silent' : null, 'data-unit': units[i].pbx })));
    applyTexts(rows);
  }

  await refresh();
  const timer = setInterval(() => refresh().catch(() => { /* shown on the next successful poll */ }), POLL_MS);
  const node = h('section', { id: 'remote-units' }, h('h1', { 'data-i18n': 'units.title' }),
    h('p', { class: 'muted', 'data-i18n': 'units.note' }), rows);
  return [node, () => clearInterval(timer)];
}
