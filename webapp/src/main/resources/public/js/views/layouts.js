// Decoder layouts: start from a built-in preset, a PBX's layout file or a blank layout of a kind,
// edit its fields (start and length, or the column), paste sample lines and see each decoded or
// refused, then copy the definition to a file for pbx.<id>.layout (docs/formats.md).
import { get, request } from '../api.js';
import { h, table, tell } from '../dom.js';
import { applyTexts, t } from '../i18n.js';

const LEG_FIELDS = ['start', 'end', 'date', 'start-time', 'end-time', 'duration', 'ring', 'calling', 'dialed', 'direction',
  'condition', 'account', 'auth', 'trunk-in', 'trunk-out', 'correlation-id', 'original-called', 'final-called',
  'last-redirecting', 'calling-device', 'called-device'];
const AVAYA_FIELDS = ['start', 'end-time', 'duration', 'condition-code', 'access-code-dialed', 'access-code-used',
  'trunk-access-code-in', 'calling-number', 'dialed-number', 'account-code', 'auth-code', 'frl', 'ixc', 'circuit-in',
  'circuit-out', 'feature-flag'];

/** Blank layouts of each kind, as docs/formats.md shows them. */
const STARTERS = {
  fixed: { language: 'json', settings: { name: 'site-fixed', kind: 'fixed' }, fields: [
    { field: 'start', columns: '0-16', format: 'dd/MM/yyyy HH:mm' }, { field: 'duration', columns: '17-22' },
    { field: 'calling', columns: '23-27' }, { field: 'dialed', columns: '28-48' }] },
  delimited: { language: 'json', settings: { name: 'site-csv', kind: 'delimited', delimiter: ',', header: true }, fields: [
    { field: 'start', columns: 'start', format: 'yyyy-MM-dd HH:mm:ss' }, { field: 'duration', columns: 'duration' },
    { field: 'calling', columns: 'from' }, { field: 'dialed', columns: 'to' }] },
  regex: { language: 'json', settings: { name: 'site-regex', kind: 'regex', duration: 'hh:mm:ss',
    pattern: '(?<date>\\d{2}/\\d{2}) (?<time>\\d{2}:\\d{2}) +(?<dur>\\d{2}:\\d{2}:\\d{2}) +(?<ext>\\d+) +(?<num>\\d+)' }, fields: [
    { field: 'date', columns: 'date', format: 'MM/dd' }, { field: 'start-time', columns: 'time', format: 'HH:mm' },
    { field: 'duration', columns: 'dur' }, { field: 'calling', columns: 'ext' }, { field: 'dialed', columns: 'num' }] }
};

const RANGE = /^\s*(\d+)\s*-\s*(\d+)\s*$/;

/** The settings as the editor's text: JSON for admin-defined layouts, `key = value` lines for Avaya ones. */
function settingsText(layout) {
  return layout.language === 'avaya' ? Object.entries(layout.settings).map(([k, v]) => `${k} = ${v}`).join('\n')
    : JSON.stringify(layout.settings, null, 2);
}

/** The whole definition, as the layout file holds it; throws when the JSON settings do not parse. */
function definition(language, settings, fields) {
  const used = fields.filter(f => f.field.trim() !== '' && f.columns.trim() !== '');
  if (language === 'avaya') {
    return `${settings.trim()}\n\n${used.map(f => `field.${f.field.trim()} = ${f.columns.trim()}`).join('\n')}\n`;
  }
  const layout = JSON.parse(settings === '' ? '{}' : settings);
  layout.fields = Object.fromEntries(used.map(f => [f.field.trim(), f.columns.trim()]));
  const formats = used.filter(f => (f.format ?? '').trim() !== '');
  if (formats.length > 0) {
    layout.formats = Object.fromEntries(formats.map(f => [f.field.trim(), f.format.trim()]));
  }
  return JSON.stringify(layout, null, 2);
}

export async function layoutsView() {
  const catalogue = await get('/api/v1/layouts');
  const choices = new Map();
  catalogue.presets.forEach(p => choices.set(`preset:${p.name}`, p));
  catalogue.configured.filter(c => c.layout).forEach(c => choices.set(`pbx:${c.pbx}`, c.layout));
  Object.entries(STARTERS).forEach(([kind, layout]) => choices.set(`new:${kind}`, layout));

  let language = 'json';
  let fields = [];
  const choice = h('select', { id: 'layout-choice' },
    h('optgroup', { label: t('layouts.configured') }, catalogue.configured.map(c => h('option', { value: `pbx:${c.pbx}`, disabled: !c.layout },
      `${c.pbx} · ${c.file}${c.error ? ` · ${c.error}` : ''}`))),
    h('optgroup', { label: t('layouts.presets') }, catalogue.presets.map(p => h('option', { value: `preset:${p.name}` }, `${p.name} · ${p.description}`))),
    h('optgroup', { label: t('layouts.new') }, Object.keys(STARTERS).map(kind => h('option', { value: `new:${kind}` }, `${t('layouts.new')}: ${kind}`))));
  const settings = h('textarea', { class: 'json', rows: 8, spellcheck: 'false', id: 'layout-settings' });
  const fieldRows = h('div', { id: 'layout-fields' });
  const names = h('datalist', { id: 'layout-field-names' });
  const zone = h('input', { name: 'zone', value: Intl.DateTimeFormat().resolvedOptions().timeZone, id: 'layout-zone' });
  const sample = h('textarea', { class: 'json', rows: 5, spellcheck: 'false', id: 'layout-sample' });
  const output = h('textarea', { class: 'json', rows: 12, spellcheck: 'false', readonly: true, id: 'layout-definition' });
  const message = h('p', { class: 'message', role: 'status', id: 'layout-message' });
  const results = h('div', { id: 'layout-preview' });

  /** Fixed-width layouts place a field by start and length; the others by a column or group name. */
  const fixedWidth = () => language === 'avaya' || /"kind"\s*:\s*"fixed"/.test(settings.value);

  function update() {
    try {
      output.value = definition(language, settings.value, fields);
      output.classList.remove('error');
    } catch (e) {
      output.value = `${t('layouts.settingsNotJson')} ${e.message}`;
      output.classList.add('error');
    }
  }

  function fieldRow(f, i) {
    const set = (key, value) => { f[key] = value; update(); };
    const name = h('input', { value: f.field, list: 'layout-field-names', 'data-field-name': i, oninput: e => set('field', e.target.value) });
    const range = f.columns.match(RANGE);
    let where;
    if (fixedWidth() && (range || f.columns.trim() === '')) {
      const start = h('input', { type: 'number', min: 0, value: range ? range[1] : '', 'data-field-start': i, class: 'narrow' });
      const length = h('input', { type: 'number', min: 1, value: range ? range[2] - range[1] : '', 'data-field-length': i, class: 'narrow' });
      const place = () => set('columns', start.value !== '' && length.value !== '' ? `${start.value}-${Number(start.value) + Number(length.value)}` : '');
      start.addEventListener('input', place);
      length.addEventListener('input', place);
      where = [start, length];
    } else {
      // a delimited column, a regex group, or a fixed field joined from parts (45-46 + 26-30)
      where = [h('input', { value: f.columns, 'data-field-column': i, oninput: e => set('columns', e.target.value) }), ''];
    }
    const format = language === 'json' ? h('input', { value: f.format ?? '', 'data-field-format': i, oninput: e => set('format', e.target.value) }) : '—';
    const remove = h('button', { type: 'button', class: 'link', title: t('layouts.removeField'), onclick: () => { fields.splice(i, 1); drawFields(); } }, '×');
    return [name, ...where, format, remove];
  }

  function drawFields() {
    names.replaceChildren(...(language === 'avaya' ? AVAYA_FIELDS : LEG_FIELDS).map(n => h('option', { value: n })));
    fieldRows.replaceChildren(table(['layouts.field', fixedWidth() ? 'layouts.start' : 'layouts.column',
      fixedWidth() ? 'layouts.length' : '', 'layouts.format', ''], fields.map(fieldRow)),
    h('button', { type: 'button', 'data-i18n': 'layouts.addField', id: 'layout-add-field',
      onclick: () => { fields.push({ field: '', columns: '', format: '' }); drawFields(); } }));
    applyTexts(fieldRows);
    update();
  }

  function load(key) {
    const layout = choices.get(key);
    language = layout.language;
    fields = layout.fields.map(f => ({ field: f.field, columns: f.columns, format: f.format ?? '' }));
    settings.value = settingsText(layout);
    results.replaceChildren();
    drawFields();
  }

  async function preview() {
    update();
    let layout;
    try {
      layout = language === 'avaya' ? output.value : JSON.parse(output.value);
    } catch (e) {
      message.classList.add('error');
      message.textContent = `${t('layouts.settingsNotJson')} ${e.message}`;
      return;
    }
    await tell(message, async () => {
      const answer = await request('POST', '/api/v1/layouts/preview', { layout, sample: sample.value, zone: zone.value.trim() || 'UTC' });
      if (answer.layoutError) {
        results.replaceChildren(h('p', { class: 'error', id: 'layout-error' }, answer.layoutError));
        return answer;
      }
      const shown = [...new Set(answer.lines.flatMap(l => Object.keys(l.fields ?? {})))];
      results.replaceChildren(table(['layouts.line', 'layouts.outcome', ...shown, 'layouts.result'],
        answer.lines.map(l => [l.line, h('span', { 'data-i18n': `layouts.outcome.${l.outcome}` }),
          ...shown.map(name => l.fields?.[name] ?? ''),
          l.leg ? `${l.leg.start} · ${l.leg.durationSeconds} s · ${l.leg.callingNumber} → ${l.leg.dialedNumber}`
            : h('span', { class: l.outcome === 'rejected' ? 'error' : 'muted' }, l.reason ?? '')]),
        [0], [], r => ({ 'data-line': answer.lines[r].line, class: answer.lines[r].outcome })));
      applyTexts(results);
      return answer;
    }, answer => (answer.layoutError ? t('layouts.unusable')
      : `${answer.lines.filter(l => l.outcome === 'leg').length} ${t('layouts.decoded')}, ${answer.lines.filter(l => l.outcome === 'rejected').length} ${t('layouts.rejected')}`),
    t('error.generic'));
  }

  async function copy() {
    update();
    try {
      await navigator.clipboard.writeText(output.value);
    } catch (e) {
      output.select(); // a page without clipboard access (plain http to another host): copy by hand
      document.execCommand('copy');
    }
    message.classList.remove('error');
    message.textContent = t('layouts.copied');
  }

  choice.addEventListener('change', () => load(choice.value));
  settings.addEventListener('input', () => drawFields());
  load(choice.value);
  return [h('section', { id: 'layouts' }, h('h1', { 'data-i18n': 'layouts.title' }),
    h('p', { class: 'muted', 'data-i18n': 'layouts.help' }),
    h('div', { class: 'card' }, h('div', { class: 'filters' }, h('label', {}, h('span', { 'data-i18n': 'layouts.choose' }), choice)),
      h('h2', { 'data-i18n': 'layouts.settings' }), settings,
      h('h2', { 'data-i18n': 'layouts.fields' }), fieldRows, names),
    h('div', { class: 'card' }, h('h2', { 'data-i18n': 'layouts.sample' }), sample,
      h('div', { class: 'filters' }, h('label', {}, h('span', { 'data-i18n': 'layouts.zone' }), zone),
        h('button', { class: 'primary', type: 'button', 'data-i18n': 'layouts.preview', id: 'layout-preview-run', onclick: preview })),
      message, results),
    h('div', { class: 'card' }, h('h2', { 'data-i18n': 'layouts.definition' }), output,
      h('div', { class: 'filters' }, h('button', { type: 'button', 'data-i18n': 'layouts.copy', id: 'layout-copy', onclick: copy })),
      h('p', { class: 'muted', 'data-i18n': 'layouts.install' })))];
}
