// What the page shows, all of it fetched from the API (and refreshed when the
// event stream says something changed). The only state of the page's own is
// the selected sheet (mirrored in the URL), the table page, and this tab's
// uploads in flight. Whether a run is in progress is never remembered here:
// it is read from the sheet's status each time.

import { get } from "./api.js";

export const PAGE_SIZES = [50, 100, 250];

export const state = {
  me: null,
  states: [],
  sheets: null, // null until the first answer
  jobId: null,
  files: [],
  latestRun: null,
  results: { total: 0, columns: [], rows: [], offset: 0, limit: 100, jobId: null },
  uploads: [],
  stream: "connecting",
};

const listeners = new Set();

export function subscribe(fn) {
  listeners.add(fn);
}

// Merge a patch and tell every renderer which keys changed.
export function update(patch) {
  Object.assign(state, patch);
  const keys = new Set(Object.keys(patch));
  for (const fn of listeners) fn(keys);
}

export const selectedSheet = () => state.sheets?.find((s) => s.job_id === state.jobId) ?? null;

export const isRunning = (sheet = selectedSheet()) => sheet?.status === "in_progress";

// The run an upload goes to: the sheet's latest run while it is pending. After a
// failed or cancelled run there is none yet: the upload goes without run_id and
// the server creates the next editable run.
export function editableRunId(sheet = selectedSheet()) {
  return sheet?.status === "pending" ? sheet.latest_run_id : null;
}

// Uploaded to the editable run and not yet started: what Start would extract.
export function newFiles(sheet = selectedSheet()) {
  const runId = editableRunId(sheet);
  if (!runId) return [];
  return state.files.filter((f) => f.job_run_id === runId && f.status === "uploaded");
}

export const jobPath = (jobId = state.jobId) => `/api/jobs/${encodeURIComponent(jobId)}`;

// -- loaders: each applies only the newest answer, and only for the sheet still selected --

const generations = { sheets: 0, files: 0, results: 0 };

async function latest(kind, fetcher, apply, { perSheet = true } = {}) {
  const generation = ++generations[kind];
  const jobId = state.jobId;
  const value = await fetcher(jobId);
  if (generation === generations[kind] && (!perSheet || jobId === state.jobId)) apply(value);
}

// Awaiting it also guarantees that no older answer lands afterwards.
export function loadSheets() {
  return latest(
    "sheets",
    () => get("/api/cpe/sheets"),
    (body) => update({ sheets: body.sheets }),
    { perSheet: false },
  );
}

export function loadFiles() {
  if (!state.jobId) return Promise.resolve();
  return latest(
    "files",
    async (jobId) => {
      const sheet = selectedSheet();
      const [files, run] = await Promise.all([
        get(`${jobPath(jobId)}/files:all`),
        sheet?.latest_run_id
          ? get(`${jobPath(jobId)}/runs/${encodeURIComponent(sheet.latest_run_id)}`).catch(() => null)
          : null,
      ]);
      return { files: files.files ?? files, latestRun: run };
    },
    (value) => update(value),
  );
}

export function loadResults() {
  if (!state.jobId) return Promise.resolve();
  const { offset, limit } = state.results;
  return latest(
    "results",
    (jobId) => get(`${jobPath(jobId)}/results?limit=${limit}&offset=${offset}`),
    (body) => {
      // Rows went away (a file deleted) and this page is now past the end: show the last page.
      if (offset > 0 && offset >= body.total) {
        const last = Math.max(0, Math.floor((body.total - 1) / limit) * limit);
        update({ results: { ...state.results, offset: last } });
        scheduleRefresh({ results: true }, 0);
        return;
      }
      update({ results: { ...body, offset, limit, jobId: state.jobId } });
    },
  );
}

// -- refresh scheduler: events arrive in bursts; coalesce them into few fetches --

const wanted = { sheets: false, files: false, results: false };
let timer = null;
let running = false;
let onError = (error) => console.error(error);

export function setRefreshErrorHandler(fn) {
  onError = fn;
}

export const ALL = { sheets: true, files: true, results: true };

export function scheduleRefresh(what = ALL, delay = 150) {
  for (const key of Object.keys(wanted)) wanted[key] ||= Boolean(what[key]);
  if (!running && timer === null) timer = setTimeout(flush, delay);
}

async function flush() {
  timer = null;
  running = true;
  const todo = { ...wanted };
  for (const key of Object.keys(wanted)) wanted[key] = false;
  try {
    // The sheet first: the files and run loaders read its latest_run_id.
    if (todo.sheets) await loadSheets();
    await Promise.all([todo.files && loadFiles(), todo.results && loadResults()]);
  } catch (error) {
    onError(error);
  } finally {
    running = false;
    if (Object.values(wanted).some(Boolean)) timer = setTimeout(flush, 150);
  }
}
