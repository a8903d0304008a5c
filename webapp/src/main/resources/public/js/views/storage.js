// Where the records are kept: main database, offline database and journal (from /api/v1/health),
// the raw dump per PBX with its files to download, and the backup download (administrators).
import { get } from '../api.js';
import { h, localTime, table } from '../dom.js';
import { applyTexts, t } from '../i18n.js';

// h() writes numbers and booleans as text; a value the server did not send shows as a dash
const pair = (key, value, id) => [h('dt', { 'data-i18n': key }), h('dd', { id }, value ?? '—')];
const when = iso => (iso ? localTime(iso) : '—');

export async function storageView() {
  const [health, rawDump] = await Promise.all([get('/api/v1/health'), get('/api/v1/rawdump')]);
  const offline = health.offline ?? {};
  const journal = health.journal ?? {};
  const files = h('div', { id: 'rawdump-files' });

  async function showFiles(pbx) {
    const answer = await get(`/api/v1/rawdump/${encodeURIComponent(pbx)}/files`);
    files.replaceChildren(h('h3', {}, pbx), table(['storage.file', 'cdrs.from', 'cdrs.to', 'dash.records', 'storage.bytes'],
      answer.items.map(f => [
        h('a', { href: `/api/v1/rawdump/${encodeURIComponent(pbx)}/files/${encodeURIComponent(f.name)}`, download: f.name }, f.name),
        when(f.from), when(f.to), f.records, f.bytes]), [3, 4], [1]));
    applyTexts(files);
  }

  return [h('section', { id: 'storage' },
    h('h1', { 'data-i18n': 'storage.title' }),
    h('div', { class: 'cards' },
      h('div', { class: 'card' }, h('h2', { 'data-i18n': 'dash.db' }),
        h('dl', { class: 'explain' },
          pair('storage.dialect', health.database?.dialect, 'storage-dialect'),
          pair('storage.writing', health.database?.writing),
          pair('storage.mode', offline.mode, 'storage-mode'),
          pair('storage.since', when(offline.since)),
          pair('storage.backlog', offline.backlogRecords, 'storage-backlog'),
          pair('storage.drained', offline.drainedRecords),
          pair('storage.mainError', offline.mainDatabaseError))),
      h('div', { class: 'card' }, h('h2', { 'data-i18n': 'storage.journal' }),
        h('dl', { class: 'explain' },
          pair('dash.lag', journal.lag, 'storage-lag'),
          pair('storage.bytes', journal.bytes),
          pair('storage.segments', journal.segments),
          pair('storage.accepting', journal.accepting))),
      h('div', { class: 'card' }, h('h2', { 'data-i18n': 'storage.backup' }),
        h('p', { class: 'muted', 'data-i18n': 'storage.backupHelp' }),
        h('a', { href: '/api/v1/backup', id: 'backup-download', class: 'button', 'data-i18n': 'storage.backupNow' }))),
    h('div', { class: 'card' }, h('h2', { 'data-i18n': 'storage.rawDump' }),
      rawDump.items.length === 0 ? h('p', { class: 'muted', 'data-i18n': 'storage.noRawDump' })
        : table(['dash.pbx', 'storage.files', 'dash.records', 'storage.bytes', 'cdrs.from', 'cdrs.to'],
          rawDump.items.map(p => [
            h('button', { type: 'button', 'data-rawdump-pbx': p.pbx, onclick: () => showFiles(p.pbx) }, p.pbx),
            p.files, p.records, p.bytes, when(p.from), when(p.to)]), [1, 2, 3], [4, 5]),
      files))];
}
