// The CDR browser: filters, sort and paging over GET /api/v1/cdrs; a row opens the call.
import { get } from '../api.js';
import { h, localTime } from '../dom.js';
import { t } from '../i18n.js';

const CLASSES = ['INTERNAL', 'LOCAL', 'NATIONAL', 'MOBILE', 'INTERNATIONAL', 'TOLL_FREE', 'PREMIUM', 'EMERGENCY', 'INBOUND', 'UNKNOWN'];
const SORTS = ['start', '-start', '-cost', '-duration'];
const PAGE = 25;

export async function cdrsView() {
  const state = { offset: 0 };
  const form = h('form', { class: 'filters', id: 'cdr-filters' },
    h('label', {}, h('span', { 'data-i18n': 'cdrs.from' }), h('input', { name: 'from', type: 'datetime-local' })),
    h('label', {}, h('span', { 'data-i18n': 'cdrs.to' }), h('input', { name: 'to', type: 'datetime-local' })),
    h('label', {}, h('span', { 'data-i18n': 'cdrs.extension' }), h('input', { name: 'extension', inputmode: 'numeric' })),
    h('label', {}, h('span', { 'data-i18n': 'cdrs.class' }), h('select', { name: 'callClass' },
      h('option', { value: '', 'data-i18n': 'cdrs.any' }), CLASSES.map(c => h('option', { value: c }, c)))),
    h('label', {}, h('span', { 'data-i18n': 'cdrs.sort' }), h('select', { name: 'sort' },
      SORTS.map(s => h('option', { value: s, 'data-i18n': `sort.${s}` })))),
    h('button', { class: 'primary', type: 'submit', 'data-i18n': 'cdrs.apply' }));
  const rows = h('tbody', { id: 'cdr-rows' });
  const total = h('span', { id: 'cdr-total' });
  const prev = h('button', { type: 'button', 'data-i18n': 'cdrs.prev', id: 'cdr-prev' });
  const next = h('button', { type: 'button', 'data-i18n': 'cdrs.next', id: 'cdr-next' });
  const exportLink = h('a', { id: 'cdr-export', 'data-i18n': 'cdrs.export' });

  function query() {
    const params = new URLSearchParams();
    for (const name of ['from', 'to']) {
      if (form.elements[name].value) {
        params.set(name, new Date(form.elements[name].value).toISOString());
      }
    }
    for (const name of ['extension', 'callClass', 'sort']) {
      if (form.elements[name].value) {
        params.set(name, form.elements[name].value);
      }
    }
    return params;
  }

  async function load() {
    const params = query();
    exportLink.href = `/api/v1/cdrs/export?${params}`;
    params.set('limit', PAGE);
    params.set('offset', state.offset);
    const page = await get(`/api/v1/cdrs?${params}`);
    total.replaceChildren(`${page.total}${page.totalExact ? '' : '+'} `, h('span', { 'data-i18n': 'cdrs.total' }, t('cdrs.total')));
    prev.disabled = state.offset === 0;
    next.disabled = state.offset + PAGE >= page.total;
    rows.replaceChildren(...page.items.map(c => {
      const row = h('tr', { class: 'link', 'data-call': `${c.pbx}/${c.sequence}` },
        h('td', {}, localTime(c.start)), h('td', {}, c.callingNumber), h('td', {}, c.dialedNumber),
        h('td', {}, c.callClass), h('td', { class: 'num wide' }, c.durationSeconds),
        h('td', { class: 'num' }, `${c.cost} ${c.currency}`), h('td', { class: 'wide' }, c.pbx));
      row.addEventListener('click', () => { location.hash = `#/cdrs/${encodeURIComponent(c.pbx)}/${c.sequence}`; });
      return row;
    }));
  }

  form.addEventListener('submit', event => { event.preventDefault(); state.offset = 0; load(); });
  prev.addEventListener('click', () => { state.offset = Math.max(0, state.offset - PAGE); load(); });
  next.addEventListener('click', () => { state.offset += PAGE; load(); });
  await load();
  return [h('section', { id: 'cdrs' }, h('div', { class: 'card' }, h('h1', { 'data-i18n': 'cdrs.title' }), form),
    h('div', { class: 'card' },
      h('div', { class: 'scroll' }, h('table', {},
        h('thead', {}, h('tr', {}, ['col.start', 'col.calling', 'col.dialed', 'col.class', 'col.duration', 'col.cost', 'col.pbx']
          .map((k, i) => h('th', { 'data-i18n': k, class: [null, null, null, null, 'num wide', 'num', 'wide'][i] })))),
        rows)),
      h('div', { class: 'pager' }, prev, next, total, exportLink)))];
}
