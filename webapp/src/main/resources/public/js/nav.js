// Which role sees which screen: the one table the navigation is drawn from. A screen whose API
// answers a role 403 is not offered to that role (the server still refuses it: this only spares
// operators a screen full of errors). A link missing from the table is shown to every role.
const ADMIN = 'administrator', BILLING = 'billing-manager', MANAGER = 'department-manager', AUDITOR = 'auditor';
const EVERYONE = [ADMIN, BILLING, MANAGER, AUDITOR];

export const SCREEN_ROLES = {
  '#/dashboard': EVERYONE,
  '#/live': EVERYONE,
  '#/cdrs': EVERYONE,
  '#/tariffs': [ADMIN, BILLING, AUDITOR],      // GET /api/v1/carriers
  '#/what-if': EVERYONE,
  '#/sites': [ADMIN, BILLING, AUDITOR],        // GET /api/v1/sites
  '#/connectors': [ADMIN, BILLING, AUDITOR],   // GET /api/v1/connectors
  '#/remote-units': [ADMIN, AUDITOR],          // GET /api/v1/remote-units
  '#/operators': [ADMIN, AUDITOR],             // GET /api/v1/operators
  '#/storage': [ADMIN, AUDITOR],               // GET /api/v1/rawdump
  '#/company': EVERYONE,                       // GET /api/v1/org/*, a department manager's subtree
  '#/layouts': [ADMIN, BILLING],               // POST /api/v1/layouts/preview
  '#/cluster': [ADMIN, BILLING, AUDITOR]       // GET /api/v1/cluster
};

/** Whether `role` may open the screen at `hash` (a call's page counts as the calls screen). */
export function mayOpen(role, hash) {
  const screen = Object.keys(SCREEN_ROLES).find(s => hash === s || hash.startsWith(`${s}/`));
  return screen === undefined || SCREEN_ROLES[screen].includes(role);
}

/** Hides the navigation links `role` may not open. */
export function showNavFor(role) {
  document.querySelectorAll('nav a').forEach(a => { a.hidden = !mayOpen(role, a.getAttribute('href')); });
}
