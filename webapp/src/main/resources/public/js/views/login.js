import { login } from '../api.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';

export function loginView(onSuccess) {
  const message = h('p', { class: 'error', id: 'login-error', role: 'alert' });
  const form = h('form', { class: 'login card', id: 'login-form' },
    h('h1', { 'data-i18n': 'login.title' }),
    h('label', {}, h('span', { 'data-i18n': 'login.login' }), h('input', { name: 'login', autocomplete: 'username', required: true })),
    h('label', {}, h('span', { 'data-i18n': 'login.password' }),
      h('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true })),
    h('button', { class: 'primary', type: 'submit', 'data-i18n': 'login.submit' }),
    message);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    try {
      await login(form.elements.login.value, form.elements.password.value);
      onSuccess();
    } catch (e) {
      message.textContent = `${t('login.failed')}: ${e.message}`;
    }
  });
  return form;
}
