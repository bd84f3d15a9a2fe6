// HTTP calls to the local ThinkTwice service. Only the background worker uses this.

export const TIMEOUT_MS = 4000;

export class ServiceError extends Error {
  constructor(message, { offline = false, status = 0, code = "", timeout = false, busy = false } = {}) {
    super(message);
    this.offline = offline;
    this.status = status;
    this.code = code;
    this.timeout = timeout; // the service took the connection but did not answer in time
    this.busy = busy; // the service (or the worker's queue to it) is full
  }
}

// Every endpoint but /v1/health requires the pairing token once the service asks for it.
export function headersFor(path, token, hasBody) {
  const headers = { Accept: "application/json" };
  if (hasBody) headers["Content-Type"] = "application/json";
  if (token && path !== "/v1/health") headers.Authorization = `Bearer ${token}`;
  return headers;
}

// One request, answered or failed within timeoutMs in all: the timer covers reading the body too,
// so a service that sends its headers and then trickles (or stalls) cannot hold a check open.
export async function call(baseUrl, path, { token = "", body, fetchImpl = fetch, timeoutMs = TIMEOUT_MS } = {}) {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const stalled = () => new ServiceError(`the checker at ${baseUrl} did not answer within ${timeoutMs} ms`, { offline: true, timeout: true });
  try {
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
      if (timedOut) throw stalled();
      throw new ServiceError(`checker unreachable at ${baseUrl}: ${error.message || error}`, { offline: true });
    }
    let data = null;
    try {
      data = await response.json();
    } catch {
      if (timedOut) throw stalled();
      data = null;
    }
    if (!response.ok) {
      const err = (data && data.error) || {};
      const busy = response.status === 503 || response.status === 429;
      throw new ServiceError(err.message || `HTTP ${response.status}`, { status: response.status, code: err.code || "", busy, offline: busy });
    }
    return data;
  } finally {
    clearTimeout(timer);
  }
}
