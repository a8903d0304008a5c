// What-if / least cost: a period's calls priced over every carrier plan, per destination zone,
// the cheapest plan that prices them all marked (GET /api/v1/what-if).
import { get } from '../api.js';
import { h, table, tell } from '../dom.js';
import { t } from '../i18n.js';

/** Midnight of the first day of the month `back` months ago, local time, as a datetime-local value. */
function monthStart(back) {
  const now = new Date();
  const first = new Date(now.getFullYear(), now.getMonth() - back, 1);
  return `${first.getFullYear()}-${String(first.getMonth() + 1).padStart(2, '0')}-01T00:00`;
}

export async function whatIfView() {
  const [from, to] = [monthStart(1), monthStart(0)];
  const form = h('form', { class: 'filters', id: 'whatif-form' },
    h('label', {}, h('span', { 'data-i18n': 'cdrs.from' }), h('input', { name: 'from', type: 'datetime-local', value: from, required: true })),
    h('label', {}, h('span', { 'data-i18n': 'cdrs.to' }), h('input', { name: 'to', type: 'datetime-local', value: to, required: true })),
    h('button', { class: 'primary', type: 'submit', 'data-i18n': 'whatif.compare' }));
  const message = h('p', { id: 'whatif-message', class: 'muted' });
  const result = h('div', { id: 'whatif-result' });

  async function compare() {
    const params = new URLSearchParams({
      from: new Date(form.elements.from.value).toISOString(), to: new Date(form.elements.to.value).toISOString() });
    result.replaceChildren();
    await tell(message, () => get(`/api/v1/what-if?${params}`), answer => {
      result.replaceChildren(comparison(answer));
      return `${answer.calls} ${t('whatif.calls')}, ${answer.notCompared} ${t('whatif.notCompared')}`;
    }, t('error.generic'));
  }

  form.addEventListener('submit', event => { event.preventDefault(); compare(); });
  return [h('section', { id: 'whatif' },
    h('div', { class: 'card' }, h('h1', { 'data-i18n': 'whatif.title' }), h('p', { class: 'muted', 'data-i18n': 'whatif.help' }), form, message),
    h('div', { class: 'card' }, result))];
}

function comparison(answer) {
  const rows = answer.destinations.map(d => h('tr', { 'data-destination': d.destination },
    h('td', {}, d.destination), h('td', { class: 'num' }, d.calls),
    ...answer.plans.map(plan => {
      const unpriced = d.unpriced[plan];
      const cheapest = d.cheapest === plan;
      return h('td', { class: cheapest ? 'num cheapest' : 'num', 'data-plan': plan },
        unpriced ? `${d.totals[plan]} (${unpriced} ${t('whatif.unpriced')})` : d.totals[plan], cheapest ? ' ✓' : '');
    })));
  return table(['whatif.destination', 'dash.calls', ...answer.plans], rows, [1, ...answer.plans.map((_, i) => i + 2)]);
}
