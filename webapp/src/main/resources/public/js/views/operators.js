// Operators and their roles: the list (locked accounts can be unlocked) and a form to create one.
import { get, request } from '../api.js';
import { h, localTime, table, tell } from '../dom.js';
import { applyTexts, t } from '../i18n.js';

const ROLES = ['administrator', 'billing-manager', 'department-manager', 'auditor'];

export async function operatorsView() {
  const rows = h('div', { id: 'operator-rows' });
  const message = h('p', { class: 'message', role: 'status', id: 'operator-message' });

  const run = action => tell(message, async () => {
    await action();
    await refresh();
  }, () => t('operators.done'), t('error.generic'));

  async function refresh() {
    const operators = await get('/api/v1/operators');
    rows.replaceChildren(table(['operators.login', 'operators.role', 'operators.department', 'operators.created', ''],
      operators.map(o => [o.login, h('span', { 'data-i18n': `role.${o.role}` }), o.departmentId ?? '—', localTime(o.createdAt),
        o.locked ? h('button', { type: 'button', 'data-i18n': 'operators.unlock',
          onclick: () => run(() => request('POST', `/api/v1/operators/${encodeURIComponent(o.login)}/unlock`)) }) : '']),
      [], [3]));
    applyTexts(rows);
  }

  const form = h('form', { class: 'filters', id: 'operator-form' },
    h('label', {}, h('span', { 'data-i18n': 'operators.login' }), h('input', { name: 'login', required: true, autocomplete: 'off' })),
    h('label', {}, h('span', { 'data-i18n': 'login.password' }),
      h('input', { name: 'password', type: 'password', required: true, autocomplete: 'new-password' })),
    h('label', {}, h('span', { 'data-i18n': 'operators.role' }),
      h('select', { name: 'role' }, ROLES.map(r => h('option', { value: r, 'data-i18n': `role.${r}` })))),
    h('label', {}, h('span', { 'data-i18n': 'operators.department' }), h('input', { name: 'departmentId', inputmode: 'numeric' })),
    h('button', { class: 'primary', type: 'submit', 'data-i18n': 'operators.create' }));
  form.addEventListener('submit', event => {
    event.preventDefault();
    const f = form.elements;
    run(async () => {
      await request('POST', '/api/v1/operators', { login: f.login.value.trim(), password: f.password.value, role: f.role.value,
        departmentId: f.departmentId.value ? Number(f.departmentId.value) : null });
      form.reset();
    });
  });

  await refresh();
  return [h('section', { id: 'operators' }, h('h1', { 'data-i18n': 'operators.title' }), rows,
    h('div', { class: 'card' }, h('h2', { 'data-i18n': 'operators.new' }), form, message))];
}
