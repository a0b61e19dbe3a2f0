// The files of every batch of the sheet, newest batch first, with the batch's
// status and each file's status and error. A finished batch is one summary
// line until opened. New files of the editable batch can be removed before
// Start; a file that failed or was cancelled in a finished batch can be retried
// (one by one, or all of a batch); every file opens as the original.

import { del, openInNewTab, post } from "./api.js";
import { $, h, formatBytes, plural, replaceChildren } from "./dom.js";
import { notify, notifyError } from "./notices.js";
import { badge, fileStatusLabel } from "./status.js";
import { ALL, editableRunId, jobPath, scheduleRefresh, selectedSheet, state, subscribe } from "./store.js";

const FINISHED = new Set(["completed", "partially_completed", "failed", "cancelled"]);
const RETRYABLE = new Set(["failed", "cancelled"]);
// Errors of actions on a file or a batch (retry, open), by its id, shown beside it.
const errors = new Map();

export function initFiles() {
  subscribe((keys) => {
    if (keys.has("files") || keys.has("sheets") || keys.has("jobId")) render();
  });
}

// Group files by run. Batches are numbered by the server's run_number when the
// files carry it, else by the order their first files arrived.
export function batches(files) {
  const byRun = new Map();
  for (const file of files) {
    const runId = file.job_run_id ?? file.run_id;
    if (!byRun.has(runId)) {
      byRun.set(runId, { runId, status: file.run_status, number: file.run_number ?? null, files: [], first: file.created_at ?? "" });
    }
    const group = byRun.get(runId);
    group.files.push(file);
    if ((file.created_at ?? "") < group.first) group.first = file.created_at;
  }
  const groups = [...byRun.values()].sort((a, b) =>
    a.number !== null && b.number !== null ? a.number - b.number : a.first.localeCompare(b.first),
  );
  groups.forEach((group, index) => {
    group.number ??= index + 1;
  });
  return groups.reverse();
}

function render() {
  const container = $("files");
  const sheet = selectedSheet();
  if (!sheet) {
    replaceChildren(container);
    return;
  }
  const groups = batches(state.files);
  if (groups.length === 0) {
    replaceChildren(container, h("p", { class: "muted" }, "No file uploaded yet."));
    return;
  }
  const editable = editableRunId(sheet);
  const retried = retriedFiles(state.files);
  replaceChildren(container, groups.map((group) => batch(group, group.runId === editable, retried)));
}

// Failed or cancelled files whose bytes came back in a later batch (retried, or
// uploaded again) and did not fail there: nothing left to retry for them.
function retriedFiles(files) {
  const live = new Map();
  for (const file of files) {
    if (!RETRYABLE.has(file.status) && file.sha256) live.set(file.sha256, file);
  }
  return new Set(
    files.filter((f) => RETRYABLE.has(f.status) && live.get(f.sha256)?.created_at > f.created_at).map((f) => f.id),
  );
}

// Batches the user opened or closed; by default a batch is open while it takes
// files or is extracted, and a summary line once finished, so a sheet of many
// batches stays short. Remembered across re-renders.
const toggled = new Map();

function batch(group, editable, retried) {
  const count = (status) => group.files.filter((f) => f.status === status).length;
  const [failed, cancelled] = [count("failed"), count("cancelled")];
  const finished = FINISHED.has(group.status);
  const retryable = finished ? group.files.filter((f) => RETRYABLE.has(f.status) && !retried.has(f.id)) : [];
  const error = errors.get(group.runId);
  const summary = [
    plural(group.files.length, "file"),
    failed ? `${failed} failed` : null,
    cancelled ? `${cancelled} cancelled` : null,
  ].filter(Boolean);
  return h(
    "details",
    {
      class: "batch",
      dataset: { runId: group.runId },
      open: toggled.get(group.runId) ?? !finished,
      // Also fires for the initial state: remember only what differs from the default.
      ontoggle: (event) => {
        if (event.currentTarget.open === !finished) toggled.delete(group.runId);
        else toggled.set(group.runId, event.currentTarget.open);
      },
    },
    h(
      "summary",
      { dataset: { focusKey: `batch-${group.runId}` } },
      h("span", { class: "batch-title" }, `Batch ${group.number}`),
      " ",
      badge(group.status),
      h("span", { class: "muted" }, ` ${summary.join(", ")}`),
      retryable.length
        ? h("button", {
            type: "button",
            class: "button-quiet retry-all",
            dataset: { focusKey: `retry-all-${group.runId}` },
            // Inside the summary: a click must not open or close the batch too.
            onclick: (event) => {
              event.preventDefault();
              retryAll(group);
            },
          }, `Retry all failed (${retryable.length})`)
        : null,
      error ? h("span", { class: "inline-error", role: "alert" }, error) : null,
    ),
    h(
      "table",
      { class: "files-table" },
      h(
        "thead",
        {},
        h("tr", {}, h("th", { scope: "col" }, "File"), h("th", { scope: "col" }, "Size"),
          h("th", { scope: "col" }, "Status"), h("th", { scope: "col" }, h("span", { class: "visually-hidden" }, "Actions"))),
      ),
      h("tbody", {}, group.files.map((file) => fileRow(file, editable, finished && !retried.has(file.id), retried))),
    ),
  );
}

function fileRow(file, editable, finished, retried) {
  const name = file.zip_path ? `${file.archive_name ?? ""} › ${file.zip_path}` : file.name;
  const error = errors.get(file.id);
  const quiet = (label, text, key, onclick) =>
    h("button", { type: "button", class: "button-quiet", "aria-label": label, dataset: { focusKey: key }, onclick }, text);
  return h(
    "tr",
    { class: `file file-${file.status}`, dataset: { fileId: file.id } },
    h("td", { class: "file-name" }, name),
    h("td", { class: "muted" }, Number.isFinite(file.size) ? formatBytes(file.size) : ""),
    h(
      "td",
      {},
      h("span", { class: `file-status file-status-${file.status}` }, fileStatusLabel(file.status)),
      file.error ? h("span", { class: "file-error" }, file.error) : null,
    ),
    h(
      "td",
      { class: "file-actions" },
      quiet(`Open the original of ${name}`, "Open", `open-${file.id}`, () => openFile(file)),
      editable && file.status === "uploaded" ? quiet(`Remove ${name}`, "Remove", `remove-${file.id}`, () => removeFile(file)) : null,
      finished && RETRYABLE.has(file.status) ? quiet(`Retry ${name}`, "Retry", `retry-${file.id}`, () => retryFile(file)) : null,
      retried.has(file.id) ? h("span", { class: "muted" }, "Retried") : null,
      error ? h("span", { class: "inline-error", role: "alert" }, error) : null,
    ),
  );
}

async function openFile(file) {
  errors.delete(file.id);
  try {
    await openInNewTab(`${jobPath()}/files/${encodeURIComponent(file.id)}/content`);
  } catch (error) {
    errors.set(file.id, `Cannot open it: ${error.message}`);
  }
  render();
}

// A retried file joins the sheet's editable batch; Start extracts it.
function retryFile(file) {
  return retry(
    file.id,
    `${jobPath()}/files/${encodeURIComponent(file.id)}/retry`,
    () => `“${file.name}” is in the next batch again: press Start extraction.`,
  );
}

function retryAll(group) {
  return retry(group.runId, `${jobPath()}/runs/${encodeURIComponent(group.runId)}/retry`, (answer) => {
    const n = answer?.files?.length ?? 0;
    return `${plural(n, "file")} of batch ${group.number} in the next batch again: press Start extraction.`;
  });
}

// Ask for a retry; `done` words the answer. A refusal shows beside what was retried (`key`).
async function retry(key, path, done) {
  errors.delete(key);
  try {
    notify(done(await post(path)), { key: `retry-${key}` });
  } catch (error) {
    errors.set(key, `Not retried: ${error.message}`);
    render();
  } finally {
    scheduleRefresh(ALL, 0);
  }
}

async function removeFile(file) {
  try {
    await del(`${jobPath()}/files/${encodeURIComponent(file.id)}`);
  } catch (error) {
    if (error.status !== 404) notifyError(`Could not remove “${file.name}”: ${error.message}`);
  } finally {
    scheduleRefresh({ sheets: true, files: true }, 0);
  }
}
