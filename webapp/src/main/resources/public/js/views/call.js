// One call: what was billed (class, tariff, billed seconds, cost), how the rating model prices it
// step by step (GET .../rating), the record's fields and the voice-quality reports its devices sent (Cisco CMRs).
import { get } from '../api.js';
import { h, localTime, table } from '../dom.js';
import { t } from '../i18n.js';

const pair = (key, value, id) => [h('dt', { 'data-i18n': key }), h('dd', { id }, value)];

export async function callView(pbx, sequence) {
  const [call, trace] = await Promise.all([
    get(`/api/v1/cdrs/${pbx}/${sequence}`),
    get(`/api/v1/cdrs/${pbx}/${sequence}/rating`).catch(e => ({ error: `${t('error.generic')} ${e.status ?? ''}: ${e.message}` }))]);
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
    traceCard(trace),
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

function traceCard(trace) {
  const card = h('div', { class: 'card', id: 'trace' }, h('h2', { 'data-i18n': 'trace.title' }));
  if (trace.error) {
    card.append(h('p', { class: 'error' }, trace.error));
    return card;
  }
  if (!trace.matchesStored) {
    card.append(h('p', { class: 'warning', id: 'trace-differs' },
      h('span', { 'data-i18n': 'trace.differs' }), ` ${trace.stored.cost} ${trace.stored.currency} (${trace.stored.tariff || '—'})`));
  }
  card.append(h('dl', { class: 'explain' },
    pair('trace.site', trace.site),
    pair('trace.number', trace.e164 || '—'),
    pair('trace.choice', trace.carrierChoice || '—', 'trace-choice')));
  card.append(priced('trace.actual', trace.actual, 'trace-actual'));
  if (trace.reference) {
    card.append(priced('trace.reference', trace.reference, 'trace-reference'));
    if (trace.savings !== null) {
      card.append(h('p', {}, h('span', { 'data-i18n': 'trace.savings' }), ' ',
        h('strong', { id: 'trace-savings' }, `${trace.savings} ${trace.actual.currency}`)));
    }
  }
  return card;
}

function priced(titleKey, p, id) {
  if (!p) {
    return h('p', { class: 'muted', 'data-i18n': 'trace.unpriced' });
  }
  return h('div', { id },
    h('h3', { 'data-i18n': titleKey }),
    h('dl', { class: 'explain' },
      pair('trace.version', p.version),
      pair('trace.prefix', p.prefix ? `${p.prefix} → ${p.zone}` : p.zone || '—'),
      pair('trace.fee', p.fee),
      pair('trace.exact', p.exact),
      pair('call.cost', `${p.cost} ${p.currency}`)),
    table(['trace.band', 'trace.tier', 'trace.span', 'call.billed', 'trace.price'],
      p.parts.map(part => [part.band, `${part.tierPercent} %`, `${part.fromSecond}–${part.toSecond}`,
        part.billedSeconds, part.pricePerMinute]), [1, 3, 4]));
}
