// The live CDR flow: Server-Sent Events from /api/v1/live (the browser resumes with Last-Event-ID
// by itself). The server sends a sample of at most 25 calls per quarter second, so the table stays
// responsive at any rate; the page keeps the newest 200 rows.
import { h } from '../dom.js';
import { t } from '../i18n.js';

const KEEP = 200;

export async function liveView() {
  let paused = false;
  const rows = h('tbody', { id: 'live-rows' });
  const rate = h('span', { class: 'rate', id: 'live-rate' }, '0');
  const filter = h('input', { id: 'live-filter', type: 'search', 'aria-label': 'filter' });
  const pause = h('button', { type: 'button', id: 'live-pause', 'data-i18n': 'live.pause' });
  const waiting = h('p', { class: 'muted', 'data-i18n': 'live.waiting', id: 'live-waiting' });
  pause.addEventListener('click', () => {
    paused = !paused;
    pause.dataset.i18n = paused ? 'live.resume' : 'live.pause';
    pause.textContent = t(pause.dataset.i18n);
  });
  const matches = call => {
    const text = filter.value.trim();
    return text === '' || [call.callingNumber, call.dialedNumber, call.callClass, call.pbx].some(v => v.includes(text));
  };

  const source = new EventSource('/api/v1/live');
  source.addEventListener('calls', event => {
    if (paused) {
      return;
    }
    for (const call of JSON.parse(event.data).filter(matches)) {
      waiting.hidden = true;
      const row = h('tr', { class: 'link', 'data-call': `${call.pbx}/${call.sequence}` },
        h('td', {}, new Date(call.start).toLocaleTimeString()), h('td', {}, call.callingNumber),
        h('td', {}, call.dialedNumber), h('td', { class: 'wide' }, call.callClass),
        h('td', { class: 'num wide' }, call.durationSeconds), h('td', { class: 'num' }, `${call.cost} ${call.currency}`));
      row.addEventListener('click', () => { location.hash = `#/cdrs/${encodeURIComponent(call.pbx)}/${call.sequence}`; });
      rows.prepend(row);
    }
    while (rows.children.length > KEEP) {
      rows.lastElementChild.remove();
    }
  });
  source.addEventListener('stats', event => { rate.textContent = JSON.parse(event.data).ratePerSecond; });

  const node = h('section', { id: 'live' },
    h('div', { class: 'card' },
      h('h1', { 'data-i18n': 'live.title' }),
      h('form', { class: 'filters', onsubmit: e => e.preventDefault() },
        h('label', {}, h('span', { 'data-i18n': 'live.filter' }), filter), pause,
        h('span', {}, rate, ' ', h('span', { 'data-i18n': 'live.rate' }))),
      waiting,
      h('div', { class: 'scroll' }, h('table', {},
        h('thead', {}, h('tr', {}, ['col.start', 'col.calling', 'col.dialed', 'col.class', 'col.duration', 'col.cost']
          .map((k, i) => h('th', { 'data-i18n': k, class: [null, null, null, 'wide', 'num wide', 'num'][i] })))),
        rows))));
  return [node, () => source.close()];
}
