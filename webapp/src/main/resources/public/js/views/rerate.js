// Re-rating a stored period after a tariff change (POST /api/v1/rerate), with a progress line that
// follows the job (GET /api/v1/rerate/{id}) until it is done or failed. Shown on the Tariffs screen.
import { get, request } from '../api.js';
import { h, tell } from '../dom.js';
import { t } from '../i18n.js';

const POLL_MILLIS = 1000;

function progress(job) {
  const line = `${t('rerate.job')} ${job.id}: ${t(`rerate.${job.status}`)} — ${job.callsDone} / ${job.callsTotal} `
    + `${t('rerate.read')}, ${job.callsRerated} ${t('rerate.rerated')}, ${job.callsChanged} ${t('rerate.changed')}`;
  return job.error ? `${line} (${job.error})` : line;
}

/** Shows the job in `line` and asks again while it runs and the line is on screen. */
async function follow(line, id) {
  try {
    const job = await get(`/api/v1/rerate/${id}`);
    line.textContent = progress(job);
    line.classList.toggle('error', job.status === 'FAILED');
    if ((job.status === 'PENDING' || job.status === 'RUNNING') && line.isConnected) {
      setTimeout(() => follow(line, id), POLL_MILLIS);
    }
  } catch (e) {
    line.classList.add('error');
    line.textContent = `${t('error.generic')} ${e.status ?? ''}: ${e.message}`;
  }
}

export function rerateCard() {
  const from = h('input', { name: 'rerate-from', type: 'datetime-local', required: true });
  const to = h('input', { name: 'rerate-to', type: 'datetime-local', required: true });
  const pbx = h('input', { name: 'rerate-pbx', size: 10 });
  const line = h('p', { class: 'message', role: 'status', 'data-rerate-progress': '' });
  const form = h('form', { class: 'filters', 'data-rerate-form': '' },
    h('label', {}, h('span', { 'data-i18n': 'rerate.from' }), from),
    h('label', {}, h('span', { 'data-i18n': 'rerate.to' }), to),
    h('label', {}, h('span', { 'data-i18n': 'rerate.pbx' }), pbx),
    h('button', { class: 'primary', type: 'submit', 'data-i18n': 'rerate.start' }));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    let job = null;
    await tell(line, async () => {
      job = await request('POST', '/api/v1/rerate', { from: new Date(from.value).toISOString(),
        to: new Date(to.value).toISOString(), pbx: pbx.value.trim() || null });
      return job;
    }, progress, t('error.generic'));
    if (job) {
      follow(line, job.id);
    }
  });
  get('/api/v1/rerate').then(answer => { // the latest job, so a running one is followed after a reload
    if (answer.jobs.length && !line.textContent) {
      follow(line, answer.jobs[0].id);
    }
  }).catch(() => { /* the form says why when used */ });
  return h('div', { class: 'card', id: 'rerate' }, h('h2', { 'data-i18n': 'rerate.title' }),
    h('p', { class: 'muted', 'data-i18n': 'rerate.help' }), form, line);
}
