// Carriers and the tariff editor: each plan's versions, and the prices of the version in force as
// inputs; saving sends the changed zones as a new version (POST .../versions), which rates the next call.
import { get, request, upload } from '../api.js';
import { h, table, tell } from '../dom.js';
import { applyTexts, t } from '../i18n.js';
import { rerateCard } from './rerate.js';

const range = v => `${v.from} → ${v.to ?? '…'}`;

/** The bands a zone is priced in: its own `prices`, or '*' for one `price` over every band. */
const bandsOf = zone => zone.prices ? Object.keys(zone.prices) : ['*'];
const priceOf = (zone, band) => band === '*' ? zone.price ?? '' : zone.prices[band];

function withPrice(zone, band, value) {
  const changed = structuredClone(zone);
  if (band === '*') {
    changed.price = value;
  } else {
    changed.prices[band] = value;
  }
  return changed;
}

/** Sends a new version; on success the screen is drawn again (prices from the server) and says which. */
async function save(id, message, reload, sending) {
  let added = null;
  await tell(message, async () => { added = await sending(); }, () => '', t('error.generic'));
  if (added) { // the screen is drawn again with the server's prices; its new message says which version
    await reload();
    document.querySelector(`[data-plan-message="${id}"]`).textContent = `${t('tariffs.saved')} ${added.version}`;
  }
}

function planEditor(carrier, plan, editable, reload) {
  const id = `${carrier.id}/${plan.id}`;
  const current = plan.versions.find(v => v.inForce);
  const message = h('p', { class: 'message', role: 'status', 'data-plan-message': id });
  const versions = h('ul', { class: 'versions' }, plan.versions.map(v =>
    h('li', {}, range(v), v.inForce ? h('strong', { 'data-i18n': 'tariffs.inForce' }) : null)));
  if (!current) {
    return h('div', { class: 'card' }, h('h2', {}, id), versions, h('p', { 'data-i18n': 'tariffs.noneInForce' }));
  }
  const inputs = [];
  const rows = Object.entries(current.zones).map(([name, zone]) => [
    name, `${zone.first ?? 60}/${zone.increment ?? zone.first ?? 60}`,
    h('span', { class: 'prices' }, bandsOf(zone).map(band => {
      const input = h('input', { class: 'price', inputmode: 'decimal', size: 7, value: priceOf(zone, band),
        'aria-label': `${name} ${band}`, 'data-plan': id, 'data-zone': name, 'data-band': band, disabled: !editable });
      inputs.push(input);
      return h('label', {}, band === '*' ? '' : `${band} `, input);
    }))]);
  const from = h('input', { name: 'from', type: 'datetime-local' });
  const form = h('form', { class: 'tariff', 'data-plan-form': id },
    table(['tariffs.zone', 'tariffs.steps', 'tariffs.prices'], rows),
    editable ? h('div', { class: 'filters' },
      h('label', {}, h('span', { 'data-i18n': 'tariffs.from' }), from),
      h('button', { class: 'primary', type: 'submit', 'data-i18n': 'tariffs.save' })) : null,
    message);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const zones = {};
    for (const input of inputs.filter(i => i.value !== String(priceOf(current.zones[i.dataset.zone], i.dataset.band)))) {
      zones[input.dataset.zone] = withPrice(zones[input.dataset.zone] ?? current.zones[input.dataset.zone],
        input.dataset.band, input.value.trim());
    }
    if (Object.keys(zones).length === 0) {
      message.textContent = t('tariffs.unchanged');
      return;
    }
    await save(id, message, reload, () => request('POST', `/api/v1/carriers/${carrier.id}/plans/${plan.id}/versions`,
      { from: from.value ? new Date(from.value).toISOString() : null, zones }));
  });
  return h('div', { class: 'card' }, h('h2', {}, `${carrier.name ?? carrier.id} · ${plan.id} (${plan.currency})`),
    versions, form, files(carrier, plan, editable, from, message, reload));
}

/** Export links (the version in force) and an import of a whole tariff file as a new version. */
function files(carrier, plan, editable, from, message, reload) {
  const path = `/api/v1/carriers/${carrier.id}/plans/${plan.id}/tariff`;
  const file = h('input', { type: 'file', accept: '.csv,.xlsx,.json', 'data-plan-file': `${carrier.id}/${plan.id}` });
  const importButton = h('button', { type: 'button', 'data-i18n': 'tariffs.import', onclick: async () => {
    if (!file.files.length) {
      return;
    }
    const type = file.files[0].name.endsWith('.xlsx') ? 'xlsx' : file.files[0].name.endsWith('.json') ? 'json' : 'csv';
    const start = from.value ? `&from=${encodeURIComponent(new Date(from.value).toISOString())}` : '';
    await save(`${carrier.id}/${plan.id}`, message, reload, () => upload(`${path}?format=${type}${start}`, file.files[0]));
  } });
  return h('div', { class: 'files' }, h('span', { 'data-i18n': 'tariffs.export' }),
    ['csv', 'xlsx', 'json'].map(f => h('a', { href: `${path}?format=${f}`, download: `${carrier.id}-${plan.id}.${f}` }, f.toUpperCase())),
    editable ? [file, importButton] : null);
}

export async function tariffsView() {
  const section = h('section', { id: 'tariffs' });
  async function reload() {
    const model = await get('/api/v1/carriers');
    section.replaceChildren(h('h1', { 'data-i18n': 'tariffs.title' }),
      ...(model.editable ? [] : [h('p', { class: 'muted', 'data-i18n': 'tariffs.notEditable' })]),
      ...model.carriers.flatMap(c => c.plans.map(p => planEditor(c, p, model.editable, reload))), rerateCard());
    applyTexts(section);
  }
  await reload();
  return [section];
}
