// The banner under the header while the main database is down or its backlog drains, from /api/v1/health
// (open to everyone, so it also shows on the login page): billing goes on, and the operator sees why
// new calls may be missing from the screens for now.
import { get } from './api.js';
import { localTime } from './dom.js';
import { t } from './i18n.js';

const EVERY_MS = 5000;
let timer = null;

function text(health) {
  const offline = health.offline;
  if (!offline || offline.mode === 'ONLINE') {
    return null;
  }
  const key = offline.mode === 'DRAINING' ? 'status.draining' : 'status.offline';
  return t(key)
    .replace('{since}', offline.since ? localTime(offline.since) : '?')
    .replace('{records}', String(offline.backlogRecords ?? 0));
}

/** Asks the server now, draws the banner, and asks again in a few seconds. */
export async function refreshStatus() {
  clearTimeout(timer);
  const banner = document.getElementById('db-banner');
  let message;
  try {
    message = text(await get('/api/v1/health'));
  } catch (e) {
    message = t('status.unreachable');
  }
  banner.textContent = message ?? '';
  banner.hidden = message === null;
  timer = setTimeout(refreshStatus, EVERY_MS);
}
