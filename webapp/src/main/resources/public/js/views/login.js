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
  const attempt = async (user, password) => {
    try {
      await login(user, password);
      onSuccess();
    } catch (e) {
      message.textContent = `${t('login.failed')}: ${e.message}`;
    }
  };
  form.addEventListener('submit', event => {
    event.preventDefault();
    attempt(form.elements.login.value, form.elements.password.value);
  });
  if (location.protocol === 'https:') { // a client certificate only travels over TLS
    const byCertificate = h('button', { type: 'button', id: 'login-certificate', 'data-i18n': 'login.certificate' });
    byCertificate.addEventListener('click', () => attempt(null, null));
    message.before(byCertificate);
  }
  return form;
}
