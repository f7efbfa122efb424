// The service API as the console calls it: same-origin fetch with the
// session cookie, the CSRF token on every state-changing request, errors
// as exceptions carrying the API's {"error": {code, message}}.
let csrf = null;
let onUnauthorized = () => {};

export function setCsrf(token) { csrf = token; }
export function setUnauthorizedHandler(fn) { onUnauthorized = fn; }

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message || `HTTP ${status}`);
    this.status = status;
    this.code = code;
  }
}

export async function api(method, path, body, { text = false, quiet401 = false } = {}) {
  const headers = {};
  if (method !== 'GET' && method !== 'HEAD' && csrf) headers['X-CSRF-Token'] = csrf;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch('/api/v1' + path, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (res.status === 401 && !quiet401) onUnauthorized();
  if (!res.ok) {
    let code = 'http_' + res.status;
    let message = `HTTP ${res.status}`;
    try {
      const e = await res.json();
      if (e && e.error) { code = e.error.code; message = e.error.message; }
    } catch (_) { /* not JSON */ }
    throw new ApiError(res.status, code, message);
  }
  if (res.status === 204) return null;
  return text ? res.text() : res.json();
}

// Does the service have this optional API (another issue's work)? A known
// path answers anything but 404 (405 for a POST-only path asked with GET).
const probed = new Map();
export function available(path) {
  if (!probed.has(path)) {
    probed.set(path, fetch('/api/v1' + path, { credentials: 'same-origin' })
      .then((r) => r.status !== 404).catch(() => false));
  }
  return probed.get(path);
}

export const q = (o) => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(o)) if (v !== undefined && v !== null && v !== '') p.set(k, v);
  const s = p.toString();
  return s ? '?' + s : '';
};

// Only http(s) links are ever made clickable: a reference from an image or
// an advisory saying javascript: stays text.
export function safeUrl(u) {
  try {
    const url = new URL(String(u));
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch (_) {
    return null;
  }
}
