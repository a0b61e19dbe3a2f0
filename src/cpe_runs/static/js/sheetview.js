// The right-hand side's frame: which sheet, its latest batch, the progress bar
// and Cancel while a batch is extracted, and the export buttons.

import { download, post } from "./api.js";
import { $, formatDateTime } from "./dom.js";
import { notify, notifyError } from "./notices.js";
import { runProgress, statusLabel } from "./status.js";
import { ALL, isRunning, jobPath, scheduleRefresh, selectedSheet, state, subscribe } from "./store.js";

export function initSheetView() {
  $("export-csv").addEventListener("click", () => exportSheet("csv", "csv"));
  $("export-xlsx").addEventListener("click", () => exportSheet("excel", "xlsx"));
  $("cancel-run").addEventListener("click", cancelRun);
  subscribe((keys) => {
    if (["sheets", "jobId", "latestRun", "results"].some((k) => keys.has(k))) render();
  });
}

function render() {
  const sheet = selectedSheet();
  $("no-sheet").hidden = Boolean(sheet);
  $("sheet-view").hidden = !sheet;
  if (!sheet) return;

  $("sheet-title").textContent = sheet.name;
  const run = state.latestRun?.id === sheet.latest_run_id ? state.latestRun : null;
  const batch = run?.run_number ? `Batch ${run.run_number}` : "Latest batch";
  $("sheet-subtitle").textContent = [
    sheet.state_name,
    `${batch}: ${statusLabel(sheet.status)}`,
    sheet.created_at ? `created ${formatDateTime(sheet.created_at)}` : null,
  ]
    .filter(Boolean)
    .join(" · ");

  const running = isRunning(sheet);
  // A new batch starts without the last one's refusal.
  if ($("run-progress").hidden && running) $("cancel-error").textContent = "";
  $("run-progress").hidden = !running;
  if (running) {
    const { done, total, fraction } = runProgress(sheet);
    const failed = sheet.tasks_failed ? `, ${sheet.tasks_failed} failed` : "";
    $("run-progress-label").textContent = `Extracting ${batch.toLowerCase()}: ${done} of ${total} files done${failed}.`;
    $("run-progress-bar").value = fraction;
  }
  const empty = state.results.jobId === sheet.job_id && state.results.total === 0;
  for (const id of ["export-csv", "export-xlsx"]) {
    $(id).disabled = empty;
    $(id).title = empty ? "Nothing to export yet" : "";
  }
}

// Cancel the batch being extracted: what is extracted stays, the rest is cancelled
// (each such file can be retried), and the sheet takes files again at once.
async function cancelRun() {
  const sheet = selectedSheet();
  if (!sheet) return;
  const button = $("cancel-run");
  button.disabled = true;
  $("cancel-error").textContent = "";
  try {
    await post(`/api/cpe/sheets/${encodeURIComponent(sheet.job_id)}/cancel`);
    notify("Batch cancelled: the files not extracted yet can be retried.", { key: "cancelled" });
  } catch (error) {
    $("cancel-error").textContent = `Not cancelled: ${error.message}`;
    // A batch that ended meanwhile takes its progress bar, and this message, away: say it here too.
    if (error.status === 409) notifyError(`Not cancelled: ${error.message}`, { key: "cancelled" });
  } finally {
    button.disabled = false;
    scheduleRefresh(ALL, 0);
  }
}

async function exportSheet(kind, extension) {
  const sheet = selectedSheet();
  if (!sheet) return;
  const button = $(kind === "csv" ? "export-csv" : "export-xlsx");
  button.disabled = true;
  button.setAttribute("aria-busy", "true");
  try {
    const safeName = sheet.name.replace(/[^\w.-]+/g, "_").slice(0, 80) || "sheet";
    const name = await download(`${jobPath(sheet.job_id)}/export/${kind}`, `${safeName}.${extension}`);
    notify(`Downloaded ${name}.`, { key: "export" });
  } catch (error) {
    notifyError(`Export failed: ${error.message}`, { key: "export" });
  } finally {
    button.disabled = false;
    button.removeAttribute("aria-busy");
  }
}
