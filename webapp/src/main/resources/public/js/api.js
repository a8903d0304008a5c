// The REST API as the UI uses it: same-origin cookies, the CSRF token on changes, problem+json errors.
const CSRF = 'bw.csrf';
const ROLE = 'bw.role';

export class ApiError extends Error {
  /** `problem`: the whole problem+json answer, with members such as an import's `problems`. */
  constructor(status, detail, problem = {}) {
    super(detail);
    this.status = status;
    this.problem = problem;
  }
}

export function loggedIn() {
  return sessionStorage.getItem(CSRF) !== null;
}

export function request(method, path, body) {
  return send(method, path, body === undefined ? undefined : JSON.stringify(body), 'application/json');
}

/** Sends a file as it is (CSV, XLSX, JSON), with its own content type. */
export function upload(path, file) {
  return send('POST', path, file, file.type || 'text/csv');
}

async function send(method, path, body, contentType) {
  const headers = { 'X-Requested-With': 'bluewhale-ui', 'Accept': 'application/json' };
  if (method !== 'GET') {
    headers['X-CSRF-Token'] = sessionStorage.getItem(CSRF) ?? '';
  }
  if (body !== undefined) {
    headers['Content-Type'] = contentType;
  }
  const response = await fetch(path, { method, headers, credentials: 'same-origin', body });
  if (response.status === 401) {
    sessionStorage.removeItem(CSRF);
    sessionStorage.removeItem(ROLE);
  }
  if (!response.ok && response.status !== 503) {
    let detail = response.statusText;
    let problem = {};
    try {
      problem = await response.json();
      detail = problem.detail ?? detail;
    } catch (e) { /* not problem+json */ }
    throw new ApiError(response.status, detail, problem);
  }
  return response.status === 204 ? null : response.json();
}

export const get = path => request('GET', path);

/** Logs in with login and password, or with the browser's client certificate when user is null. */
export async function login(user, password) {
  const session = await request('POST', '/api/v1/session', user === null ? { certificate: true } : { login: user, password });
  sessionStorage.setItem(CSRF, session.csrfToken);
  sessionStorage.setItem(ROLE, session.role);
  return session;
}

/** The logged-in operator's role: remembered from the login, else asked once (a session from before). */
export async function currentRole() {
  if (sessionStorage.getItem(ROLE) === null) {
    sessionStorage.setItem(ROLE, (await get('/api/v1/session')).role);
  }
  return sessionStorage.getItem(ROLE);
}

export async function logout() {
  try {
    await request('DELETE', '/api/v1/session');
  } finally {
    sessionStorage.removeItem(CSRF);
    sessionStorage.removeItem(ROLE);
  }
}
