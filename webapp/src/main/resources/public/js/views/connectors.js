// PBX connectors with their live state (polled every two seconds) and stop/start for administrators.
import { get, request } from '../api.js';
import { h, localTime, table, tell } from '../dom.js';
import { applyTexts, t } from '../i18n.js';

const POLL_MS = 2000;

export async function connectorsView() {
  const rows = h('div', { id: 'connector-rows' });
  const message = h('p', { class: 'message', role: 'status', id: 'connector-message' });

  const act = (pbx, verb) => tell(message, async () => {
    const after = await request('POST', `/api/v1/connectors/${encodeURIComponent(pbx)}/${verb}`);
    await refresh();
    return after;
  }, after => `${pbx}: ${after.state}`, t('error.generic'));

  async function refresh() {
    const connectors = await get('/api/v1/connectors');
    rows.replaceChildren(table(['dash.pbx', 'connectors.name', 'dash.state', 'dash.records', 'connectors.last', 'connectors.error', ''],
      connectors.map(c => [c.pbx, c.name, h('span', { class: `state-${c.state}`, 'data-connector-state': c.pbx }, c.state),
        String(c.records), c.lastRecordAt ? localTime(c.lastRecordAt) : '—', c.lastError ?? '',
        c.state === 'STOPPED'
          ? h('button', { type: 'button', 'data-i18n': 'connectors.start', 'data-connector-start': c.pbx, onclick: () => act(c.pbx, 'start') })
          : h('button', { type: 'button', 'data-i18n': 'connectors.stop', 'data-connector-stop': c.pbx, onclick: () => act(c.pbx, 'stop') })]),
      [3], [1, 4, 5]));
    applyTexts(rows);
  }

  await refresh();
  const timer = setInterval(() => refresh().catch(() => { /* shown on the next successful poll */ }), POLL_MS);
  const node = h('section', { id: 'connectors' }, h('h1', { 'data-i18n': 'connectors.title' }),
    h('p', { class: 'muted', 'data-i18n': 'connectors.note' }), rows, message);
  return [node, () => clearInterval(timer)];
}
