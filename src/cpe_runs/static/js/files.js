// The files of every batch of the sheet, newest batch first, with the batch's
// status and each file's status and error. New files of the editable batch can
// be removed before Start.

import { del } from "./api.js";
import { $, h, formatBytes, plural, replaceChildren } from "./dom.js";
import { notifyError } from "./notices.js";
import { badge, fileStatusLabel } from "./status.js";
import { editableRunId, jobPath, scheduleRefresh, selectedSheet, state, subscribe } from "./store.js";

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
  replaceChildren(container, groups.map((group, i) => batch(group, group.runId === editable, i === 0)));
}

// Batches the user opened or closed; by default only the newest is open, so a
// sheet of many batches stays short. Remembered across re-renders.
const toggled = new Map();

function batch(group, editable, newest) {
  const failed = group.files.filter((f) => f.status === "failed").length;
  return h(
    "details",
    {
      class: "batch",
      dataset: { runId: group.runId },
      open: toggled.get(group.runId) ?? newest,
      // Also fires for the initial state: remember only what differs from the default.
      ontoggle: (event) => {
        if (event.currentTarget.open === newest) toggled.delete(group.runId);
        else toggled.set(group.runId, event.currentTarget.open);
      },
    },
    h(
      "summary",
      { dataset: { focusKey: `batch-${group.runId}` } },
      h("span", { class: "batch-title" }, `Batch ${group.number}`),
      " ",
      badge(group.status),
      h("span", { class: "muted" }, ` ${plural(group.files.length, "file")}${failed ? `, ${failed} failed` : ""}`),
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
      h("tbody", {}, group.files.map((file) => fileRow(file, editable))),
    ),
  );
}

function fileRow(file, editable) {
  const name = file.zip_path ? `${file.archive_name ?? ""} › ${file.zip_path}` : file.name;
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
      {},
      editable && file.status === "uploaded"
        ? h("button", {
            type: "button",
            class: "button-quiet",
            "aria-label": `Remove ${name}`,
            dataset: { focusKey: `remove-${file.id}` },
            onclick: () => removeFile(file),
          }, "Remove")
        : null,
    ),
  );
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
