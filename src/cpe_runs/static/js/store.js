// What the page shows, all of it fetched from the API (and refreshed when the
// event stream says something changed). The only state of the page's own is
// the selected sheet (mirrored in the URL), how the table is sorted and
// filtered, and this tab's uploads in flight. Whether a run is in progress is
// never remembered here: it is read from the sheet's status each time.

import { get } from "./api.js";

// The table holds every row of the sheet (sorting and filtering are the page's);
// they are read this many at a time, the API's largest page.
export const RESULTS_BATCH = 1000;

export const emptyResults = () => ({ total: 0, columns: [], rows: [], jobId: null, complete: false });

export const state = {
  me: null,
  states: [],
  sheets: null, // null until the first answer
  jobId: null,
  files: [],
  latestRun: null,
  results: emptyResults(),
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

// Every row of the sheet, RESULTS_BATCH at a time; the table shows what has
// come so far. A row event (this tab's or another's) that lands while a read is
// under way may be older than what the read returns, or newer: the read is then
// done again, so the newest state always wins.
let rowChanges = 0;

export function loadResults() {
  if (!state.jobId) return Promise.resolve();
  const changesAtStart = rowChanges;
  return latest(
    "results",
    async (jobId) => {
      const generation = generations.results;
      const path = `${jobPath(jobId)}/results?limit=${RESULTS_BATCH}`;
      const first = await get(`${path}&offset=0`);
      const rows = [...first.rows];
      let cursor = first.next_cursor;
      const sheet = { total: first.total, columns: first.columns, column_types: first.column_types ?? {}, jobId };
      const show = (complete) => update({ results: { ...sheet, rows: [...rows], complete } });
      while (rows.length < first.total) {
        // Stop when a newer read started. A sheet shown for the first time shows its
        // first rows while the rest arrive; one already shown stays whole until the end.
        if (generation !== generations.results || jobId !== state.jobId) return null;
        if (rows.length === RESULTS_BATCH && state.results.jobId !== jobId) show(false);
        // After the last page's cursor: a page deep in the sheet costs what the first does.
        const from = cursor ? `after=${encodeURIComponent(cursor)}` : `offset=${rows.length}`;
        const next = await get(`${path}&${from}`);
        if (next.rows.length === 0) break;
        rows.push(...next.rows);
        cursor = next.next_cursor;
      }
      return { ...sheet, total: Math.max(first.total, rows.length), rows, complete: true };
    },
    (results) => {
      if (!results) return;
      update({ results });
      if (rowChanges !== changesAtStart) scheduleRefresh({ results: true });
    },
  );
}

// Apply a row that the server answered or announced (row_created, row_updated):
// replaced in place, or added at the end of the sheet, where a new row goes.
export function putRow(row) {
  rowChanges += 1;
  const results = state.results;
  if (results.jobId !== state.jobId) return;
  const index = results.rows.findIndex((r) => r.row_id === row.row_id);
  const rows = [...results.rows];
  if (index >= 0) rows[index] = { ...rows[index], ...row };
  else rows.push(row);
  update({ results: { ...results, rows, total: results.total + (index >= 0 ? 0 : 1) } });
}

export function dropRow(rowId) {
  rowChanges += 1;
  const results = state.results;
  const rows = results.rows.filter((r) => r.row_id !== rowId);
  if (rows.length === results.rows.length) return;
  update({ results: { ...results, rows, total: Math.max(0, results.total - 1) } });
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
