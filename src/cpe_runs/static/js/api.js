// The page's only door to the server: JSON calls, uploads with progress, and
// downloads, each carrying the bearer token.

const TOKEN_KEY = "cpe_runs.token";

export const token = {
  get: () => localStorage.getItem(TOKEN_KEY),
  set: (value) => localStorage.setItem(TOKEN_KEY, value),
  clear: () => localStorage.removeItem(TOKEN_KEY),
};

// An answer that is not 2xx. `body` is the problem-details object when there is one
// (a 409 on upload carries `latest_run_id` in it).
export class ApiError extends Error {
  constructor(status, body, fallback) {
    super(body?.detail || fallback || `request failed (${status})`);
    this.status = status;
    this.body = body || {};
  }
}

// Called when the server refuses the token: the page signs out.
let onUnauthorized = () => {};
export function setUnauthorizedHandler(fn) {
  onUnauthorized = fn;
}

function authHeaders(extra = {}, secret = token.get()) {
  return secret ? { ...extra, Authorization: `Bearer ${secret}` } : extra;
}

async function readBody(response) {
  const type = response.headers.get("content-type") || "";
  if (type.includes("json")) return response.json().catch(() => null);
  const text = await response.text().catch(() => "");
  return text ? { detail: text.slice(0, 300) } : null;
}

export async function request(method, path, { json, secret, signal } = {}) {
  const headers = authHeaders(json === undefined ? {} : { "Content-Type": "application/json" }, secret);
  let response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: json === undefined ? undefined : JSON.stringify(json),
      signal,
    });
  } catch (error) {
    if (error.name === "AbortError") throw error;
    throw new ApiError(0, null, "the server did not answer: check your connection");
  }
  const body = response.status === 204 ? null : await readBody(response);
  if (!response.ok) {
    if (response.status === 401 && secret === undefined) onUnauthorized();
    throw new ApiError(response.status, body);
  }
  return body;
}

export const get = (path, options) => request("GET", path, options);
export const post = (path, json) => request("POST", path, { json });
export const del = (path) => request("DELETE", path);
export const patch = (path, json) => request("PATCH", path, { json });

// One file in one request, so each file has its own progress bar and its own
// outcome (a 409 or 415 for one file must not fail the others). fetch() has no
// upload progress, hence XMLHttpRequest.
export function uploadFile(jobId, runId, file, onProgress, { allowDuplicates = false } = {}) {
  const params = new URLSearchParams();
  if (runId) params.set("run_id", runId);
  if (allowDuplicates) params.set("allow_duplicates", "true");
  const query = params.toString() ? `?${params}` : "";
  const url = `/api/jobs/${encodeURIComponent(jobId)}/files${query}`;
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    for (const [name, value] of Object.entries(authHeaders())) xhr.setRequestHeader(name, value);
    xhr.responseType = "json";
    xhr.upload.addEventListener("progress", (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    });
    xhr.addEventListener("load", () => {
      const body = xhr.response;
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(body);
      } else {
        if (xhr.status === 401) onUnauthorized();
        reject(new ApiError(xhr.status, body));
      }
    });
    xhr.addEventListener("error", () =>
      reject(new ApiError(0, null, "the upload was interrupted: check your connection")),
    );
    const form = new FormData();
    form.append("files", file, file.name);
    xhr.send(form);
  });
}

// A plain link cannot send the Authorization header, so fetch the export and
// hand the browser a blob to save.
export async function download(path, fallbackName) {
  const response = await fetch(path, { headers: authHeaders() });
  if (!response.ok) {
    if (response.status === 401) onUnauthorized();
    throw new ApiError(response.status, await readBody(response));
  }
  const blob = await response.blob();
  const name = fileNameFrom(response.headers.get("content-disposition")) || fallbackName;
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the blob goes.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return name;
}

// An original certificate in a new tab. A link cannot carry the token either: the
// tab opens at once (inside the click, so no pop-up blocker objects) and is sent
// to the fetched bytes when they are here; it closes again when they cannot be.
export async function openInNewTab(path) {
  const tab = window.open("", "_blank");
  if (!tab) throw new ApiError(0, null, "the browser blocked the new tab: allow pop-ups for this page");
  try {
    // The bytes themselves: a redirect to S3 is another origin, which a script may not
    // read unless the bucket allows this page (CORS).
    const response = await fetch(`${path}?redirect=false`, { headers: authHeaders() });
    if (!response.ok) {
      if (response.status === 401) onUnauthorized();
      throw new ApiError(response.status, await readBody(response));
    }
    const url = URL.createObjectURL(await response.blob());
    tab.location.href = url;
    // The tab has it by then; the browser's PDF viewer reads it once.
    setTimeout(() => URL.revokeObjectURL(url), 120_000);
  } catch (error) {
    tab.close();
    throw error;
  }
}

function fileNameFrom(disposition) {
  if (!disposition) return null;
  const star = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
  if (star) {
    try {
      return decodeURIComponent(star[1].trim());
    } catch {
      /* fall through to the plain name */
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1].trim() : null;
}
