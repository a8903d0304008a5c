// The REST API as the UI uses it: same-origin cookies, the CSRF token on changes, problem+json errors.
const CSRF = 'bw.csrf';

export class ApiError extends Error {
  constructor(status, detail) {
    super(detail);
    this.status = status;
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
  }
  if (!response.ok && response.status !== 503) {
    let detail = response.statusText;
    try { detail = (await response.json()).detail ?? detail; } catch (e) { /* not problem+json */ }
    throw new ApiError(response.status, detail);
  }
  return response.status === 204 ? null : response.json();
}

export const get = path => request('GET', path);

/** Logs in with login and password, or with the browser's client certificate when user is null. */
export async function login(user, password) {
  const session = await request('POST', '/api/v1/session', user === null ? { certificate: true } : { login: user, password });
  sessionStorage.setItem(CSRF, session.csrfToken);
  return session;
}

export async function logout() {
  try {
    await request('DELETE', '/api/v1/session');
  } finally {
    sessionStorage.removeItem(CSRF);
  }
}
