// Sites and their dial plans: each site of the rating model as its JSON (docs/rating.md), edited
// whole and saved by administrators; the server checks it with the whole model before using it.
import { get, request } from '../api.js';
import { h, tell } from '../dom.js';
import { t } from '../i18n.js';

function siteEditor(site, editable) {
  const text = h('textarea', { class: 'json', rows: 18, spellcheck: 'false', 'data-site': site.id, disabled: !editable });
  text.value = JSON.stringify(site, null, 2);
  const message = h('p', { class: 'message', role: 'status', 'data-site-message': site.id });
  const save = h('button', { class: 'primary', type: 'button', 'data-i18n': 'sites.save', onclick: async () => {
    let changed;
    try {
      changed = JSON.parse(text.value);
    } catch (e) {
      message.classList.add('error');
      message.textContent = `${t('sites.notJson')} ${e.message}`;
      return;
    }
    await tell(message, () => request('PUT', `/api/v1/sites/${encodeURIComponent(site.id)}`, changed),
      () => t('sites.saved'), t('error.generic'));
  } });
  const plan = site.dialPlan ?? {};
  return h('div', { class: 'card' }, h('h2', {}, `${site.id} · +${site.country} ${site.areaCode ?? ''} · ${site.zone} · ${site.currency}`),
    h('p', { class: 'muted' }, `${t('sites.extensions')} ${plan.extensions ?? '—'} · ${t('sites.access')} ${(plan.accessCodes ?? []).join(', ') || '—'}`
      + ` · ${t('sites.carrier')} ${site.defaultCarrier ?? '—'}`),
    text, editable ? save : null, message);
}

export async function sitesView() {
  const model = await get('/api/v1/sites');
  return [h('section', { id: 'sites' }, h('h1', { 'data-i18n': 'sites.title' }),
    model.editable ? h('p', { class: 'muted', 'data-i18n': 'sites.help' }) : h('p', { class: 'muted', 'data-i18n': 'tariffs.notEditable' }),
    model.sites.map(site => siteEditor(site, model.editable)))];
}
