// The single-page UI: a hash router over a few views. Plain ES modules, no build step.
import { applyTexts, currentLanguage, setLanguage, t } from './i18n.js';
import { currentRole, loggedIn, logout } from './api.js';
import { h } from './dom.js';
import { loginView } from './views/login.js';
import { dashboardView } from './views/dashboard.js';
import { liveView } from './views/live.js';
import { cdrsView } from './views/cdrs.js';
import { callView } from './views/call.js';
import { tariffsView } from './views/tariffs.js';
import { whatIfView } from './views/whatif.js';
import { connectorsView } from './views/connectors.js';
import { remoteUnitsView } from './views/remote-units.js';
import { operatorsView } from './views/operators.js';
import { sitesView } from './views/sites.js';
import { storageView } from './views/storage.js';
import { refreshStatus } from './status.js';
// Company and layouts screens (issue 7), and the navigation by role
import { companyView } from './views/company.js';
import { layoutsView } from './views/layouts.js';
import { mayOpen, showNavFor } from './nav.js';
// Cluster screen (issue 10)
import { clusterView } from './views/cluster.js';

const ROUTES = [
  [/^#\/dashboard$/, dashboardView],
  [/^#\/live$/, liveView],
  [/^#\/cdrs$/, cdrsView],
  [/^#\/cdrs\/([^/]+)\/(\d+)$/, callView],
  [/^#\/tariffs$/, tariffsView],
  [/^#\/what-if$/, whatIfView],
  [/^#\/connectors$/, connectorsView],
  [/^#\/remote-units$/, remoteUnitsView],
  [/^#\/operators$/, operatorsView],
  [/^#\/sites$/, sitesView],
  [/^#\/storage$/, storageView],
  [/^#\/company$/, companyView],
  [/^#\/layouts$/, layoutsView],
  [/^#\/cluster$/, clusterView]
];

let leaveView = null;

async function show() {
  const view = document.getElementById('view');
  if (leaveView) {
    leaveView();
    leaveView = null;
  }
  const hash = location.hash || '#/dashboard';
  document.getElementById('nav').hidden = !loggedIn();
  document.getElementById('logout').hidden = !loggedIn();
  if (!loggedIn()) {
    view.replaceChildren(loginView(() => { location.hash = hash === '#/login' ? '#/dashboard' : hash; show(); }));
    applyTexts(document);
    return;
  }
  let route = ROUTES.find(([pattern]) => pattern.test(hash)) ?? ROUTES[0];
  try {
    // navigation by role (nav.js): a screen the role is refused is neither linked nor opened
    const role = await currentRole();
    showNavFor(role);
    if (!mayOpen(role, hash)) {
      route = ROUTES[0];
    }
  } catch (e) {
    if (e.status === 401) {
      show();
      return;
    }
  }
  document.querySelectorAll('nav a').forEach(a => a.classList.toggle('active', hash.startsWith(a.getAttribute('href'))));
  try {
    const [node, leave] = await route[1](...(hash.match(route[0]) ?? []).slice(1));
    leaveView = leave ?? null;
    view.replaceChildren(node);
  } catch (e) {
    if (e.status === 401) {
      show();
      return;
    }
    view.replaceChildren(h('p', { class: 'error' }, `${t('error.generic')} ${e.status ?? ''}: ${e.message}`));
  }
  applyTexts(document);
}

function applyTheme(theme) {
  document.documentElement.dataset.theme = theme;
  localStorage.setItem('bw.theme', theme);
  const button = document.getElementById('theme');
  button.dataset.i18n = theme === 'dark' ? 'theme.toggleBack' : 'theme.toggle';
  button.textContent = t(button.dataset.i18n);
}

document.getElementById('lang').addEventListener('click', () => {
  setLanguage(currentLanguage() === 'zh' ? 'en' : 'zh');
  document.getElementById('lang').textContent = currentLanguage() === 'zh' ? 'English' : '中文';
  refreshStatus();
});
document.getElementById('theme').addEventListener('click', () =>
  applyTheme(document.documentElement.dataset.theme === 'dark' ? 'light' : 'dark'));
document.getElementById('logout').addEventListener('click', async () => {
  await logout();
  location.hash = '#/dashboard';
  show();
});
window.addEventListener('hashchange', () => { show(); refreshStatus(); });

applyTheme(localStorage.getItem('bw.theme') === 'dark' ? 'dark' : 'light');
document.getElementById('lang').textContent = currentLanguage() === 'zh' ? 'English' : '中文';
show();
refreshStatus();
