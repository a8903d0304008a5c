// One call, its rating explanation (what the rater knew: class, tariff, billed seconds, cost) and
// the voice-quality reports its devices sent (Cisco CMRs).
import { get } from '../api.js';
import { h, localTime, table } from '../dom.js';
import { t } from '../i18n.js';

const pair = (key, value, id) => [h('dt', { 'data-i18n': key }), h('dd', { id }, value)];

export async function callView(pbx, sequence) {
  const call = await get(`/api/v1/cdrs/${pbx}/${sequence}`);
  const r = call.rating;
  const seconds = value => h('span', {}, `${value} `, h('span', { 'data-i18n': 'call.seconds' }, t('call.seconds')));
  return [h('section', { id: 'call' },
    h('p', {}, h('a', { href: '#/cdrs', 'data-i18n': 'call.back' })),
    h('div', { class: 'card', id: 'rating' }, h('h1', { 'data-i18n': 'call.rating' }),
      h('dl', { class: 'explain' },
        pair('call.class', r.callClass, 'rating-class'),
        pair('call.tariff', r.tariff || '—', 'rating-tariff'),
        pair('call.duration', seconds(r.durationSeconds)),
        pair('call.billed', seconds(r.billedSeconds), 'rating-billed'),
        pair('call.rounded', seconds(r.roundedUpSeconds)),
        pair('call.cost', `${r.cost} ${r.currency}`, 'rating-cost'))),
    h('div', { class: 'card' }, h('h2', { 'data-i18n': 'call.details' }),
      h('dl', { class: 'explain' },
        pair('col.pbx', `${call.pbx} #${call.sequence}`),
        pair('col.start', `${localTime(call.start)} (${call.startLocal} ${call.zone})`),
        pair('col.calling', call.callingNumber),
        pair('col.dialed', call.dialedNumber),
        ...['direction', 'trunkIn', 'trunkOut', 'accountCode'].map(k => [h('dt', {}, k), h('dd', {}, call[k] || '—')]))),
    qualityCard(call.quality))];
}

function qualityCard(reports) {
  return h('div', { class: 'card', id: 'quality' }, h('h2', { 'data-i18n': 'quality.title' }),
    reports.length === 0 ? h('p', { class: 'muted', 'data-i18n': 'quality.none' })
      : table(['quality.device', 'quality.number', 'quality.reported', 'quality.mos', 'quality.conceal',
        'quality.sent', 'quality.received', 'quality.lost', 'quality.jitter', 'quality.latency'],
      reports.map(q => [q.device, q.directoryNumber || '—', localTime(q.reportedAt), q.mos ?? '—',
        q.concealmentRatio ?? '—', q.packetsSent, q.packetsReceived, q.packetsLost, q.jitterMs, q.latencyMs]),
      [3, 4, 5, 6, 7, 8, 9]));
}
