// How run statuses read on the page.

import { h } from "./dom.js";

// After a run finishes, the server has already opened the next one, so a sheet
// whose latest run is pending is simply ready for more files.
const LABELS = {
  pending: "Ready",
  in_progress: "Extracting",
  completed: "Completed",
  partially_completed: "Some files failed",
  failed: "Failed",
  cancelled: "Cancelled",
};

export const statusLabel = (status) => LABELS[status] ?? String(status ?? "unknown");

export function badge(status) {
  const known = status in LABELS ? status : "unknown";
  return h("span", { class: `badge badge-${known}` }, statusLabel(status));
}

const FILE_LABELS = {
  uploaded: "New",
  queued: "Queued",
  processing: "Extracting",
  completed: "Done",
  failed: "Failed",
  cancelled: "Cancelled",
};

export const fileStatusLabel = (status) => FILE_LABELS[status] ?? String(status ?? "");

// Done and failed tasks over all tasks of a run (a failed file is finished too).
export function runProgress(run) {
  const total = run?.tasks_total ?? 0;
  const done = (run?.tasks_completed ?? 0) + (run?.tasks_failed ?? 0);
  return { total, done, fraction: total ? done / total : 0 };
}
