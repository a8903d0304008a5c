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

export async function request(method, path, body) {
  const headers = { 'X-Requested-With': 'bluewhale-ui', 'Accept': 'application/json' };
  if (method !== 'GET') {
    headers['X-CSRF-Token'] = sessionStorage.getItem(CSRF) ?? '';
  }
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  const response = await fetch(path, { method, headers, credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body) });
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

export async function login(user, password) {
  const session = await request('POST', '/api/v1/session', { login: user, password });
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
