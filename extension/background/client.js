// HTTP calls to the local ThinkTwice service. Only the background worker uses this.

const TIMEOUT_MS = 4000;

export class ServiceError extends Error {
  constructor(message, { offline = false, status = 0, code = "" } = {}) {
    super(message);
    this.offline = offline;
    this.status = status;
    this.code = code;
  }
}

// Every endpoint but /v1/health requires the pairing token once the service asks for it.
export function headersFor(path, token, hasBody) {
  const headers = { Accept: "application/json" };
  if (hasBody) headers["Content-Type"] = "application/json";
  if (token && path !== "/v1/health") headers.Authorization = `Bearer ${token}`;
  return headers;
}

export async function call(baseUrl, path, { token = "", body, fetchImpl = fetch, timeoutMs = TIMEOUT_MS } = {}) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let response;
  try {
    response = await fetchImpl(`${baseUrl}${path}`, {
      method: body === undefined ? "GET" : "POST",
      headers: headersFor(path, token, body !== undefined),
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: controller.signal,
      credentials: "omit",
      cache: "no-store",
    });
  } catch (error) {
    throw new ServiceError(`checker unreachable at ${baseUrl}: ${error.message || error}`, { offline: true });
  } finally {
    clearTimeout(timer);
  }
  let data = null;
  try {
    data = await response.json();
  } catch {
    data = null;
  }
  if (!response.ok) {
    const err = (data && data.error) || {};
    throw new ServiceError(err.message || `HTTP ${response.status}`, { status: response.status, code: err.code || "" });
  }
  return data;
}
