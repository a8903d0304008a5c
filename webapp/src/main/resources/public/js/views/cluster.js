// The cluster as this server sees it (GET /api/v1/cluster), polled every two seconds like the
// connectors: this node, the leader, the live nodes with their share, who owns which PBX at which
// epoch, and the recent ownership changes with the failovers marked. A single server says so.
import { get } from '../api.js';
import { h, localTime, table } from '../dom.js';
import { applyTexts, t } from '../i18n.js';

const POLL_MS = 2000;
const FAILOVER = 'NODE_LEFT';

const card = (key, value, id) => h('div', { class: 'card' }, h('h2', { 'data-i18n': key }),
  h('div', { class: 'figure', id }, value));

function summary(cluster) {
  const failovers = cluster.changeCounts[FAILOVER] ?? 0;
  return h('div', { class: 'cards' },
    card('cluster.thisNode', cluster.nodeId, 'cluster-node'),
    card('cluster.group', cluster.group, 'cluster-group'),
    card('cluster.leader', cluster.leader ?? t('cluster.noLeader'), 'cluster-leader'),
    card('cluster.members', String(cluster.members.length), 'cluster-member-count'),
    cluster.clustered ? card('cluster.failovers', String(failovers), 'cluster-failovers') : null);
}

function nodes(cluster) {
  const owned = node => cluster.owners.filter(o => o.node === node).length;
  return table(['cluster.node', 'cluster.role', 'cluster.owned'],
    cluster.members.map(node => [
      h('span', {}, node, node === cluster.nodeId ? h('span', { class: 'muted' }, ` ${t('cluster.you')}`) : null),
      h('span', { 'data-i18n': node === cluster.leader ? 'cluster.leads' : 'cluster.member' }),
      String(owned(node))]),
    [2], [], i => ({ 'data-cluster-node': cluster.members[i], class: cluster.members[i] === cluster.leader ? 'leader' : null }));
}

function owners(cluster) {
  return table(['dash.pbx', 'cluster.owner', 'cluster.epoch'],
    cluster.owners.map(o => [o.pbx, o.node, String(o.epoch)]), [2], [],
    i => ({ 'data-cluster-pbx': cluster.owners[i].pbx }));
}

function changes(cluster) {
  if (cluster.recentChanges.length === 0) {
    return h('p', { class: 'muted', 'data-i18n': 'cluster.noChanges', id: 'cluster-no-changes' });
  }
  return table(['cluster.when', 'dash.pbx', 'cluster.from', 'cluster.to', 'cluster.epoch', 'cluster.reason'],
    cluster.recentChanges.map(c => [c.at ? localTime(c.at) : '—', c.pbx, c.from ?? '—', c.to ?? '—', String(c.epoch),
      h('span', { 'data-i18n': `cluster.reason.${c.reason}` })]),
    [4], [0], i => ({ class: cluster.recentChanges[i].reason === FAILOVER ? 'failover' : null,
      'data-cluster-change': cluster.recentChanges[i].pbx }));
}

export async function clusterView() {
  const body = h('div', { id: 'cluster-body' });

  async function refresh() {
    const cluster = await get('/api/v1/cluster');
    body.replaceChildren(...[
      cluster.clustered ? null : h('p', { class: 'banner', id: 'cluster-single', 'data-i18n': 'cluster.single' }),
      cluster.connected ? null : h('p', { class: 'banner', id: 'cluster-disconnected', 'data-i18n': 'cluster.disconnected' }),
      summary(cluster),
      h('div', { class: 'columns' },
        h('div', { class: 'card', id: 'cluster-nodes' }, h('h2', { 'data-i18n': 'cluster.nodes' }), nodes(cluster)),
        h('div', { class: 'card', id: 'cluster-owners' }, h('h2', { 'data-i18n': 'cluster.owners' }), owners(cluster))),
      cluster.clustered ? h('div', { class: 'card', id: 'cluster-changes' },
        h('h2', { 'data-i18n': 'cluster.changes' }), changes(cluster)) : null].filter(part => part !== null));
    applyTexts(body);
  }

  await refresh();
  const timer = setInterval(() => refresh().catch(() => { /* shown on the next successful poll */ }), POLL_MS);
  const node = h('section', { id: 'cluster' }, h('h1', { 'data-i18n': 'cluster.title' }),
    h('p', { class: 'muted', 'data-i18n': 'cluster.note' }), body);
  return [node, () => clearInterval(timer)];
}
