// The upload panel: drop or pick files, one request per file with its own
// progress bar, and the Start button.
//
// Where an upload goes is read from the sheet as the server last described it
// (its latest run, when pending). A tab that fell behind (its stream was down,
// another tab started the batch and it finished) sends the file to a run that
// is no longer editable: the server answers 409 with `latest_run_id`. The page
// then refetches the sheet, which moves it to the new run, retries that file
// once against `latest_run_id`, and says so in a notice.

import { post, uploadFile } from "./api.js";
import { $, h, plural, formatBytes, replaceChildren } from "./dom.js";
import { notify, notifyError } from "./notices.js";
import { runProgress } from "./status.js";
import {
  ALL,
  editableRunId,
  isRunning,
  loadSheets,
  newFiles,
  scheduleRefresh,
  selectedSheet,
  state,
  subscribe,
  update,
} from "./store.js";

// One upload at a time: files land (and their rows appear) in the order they were
// picked, and the link is saturated by one large PDF anyway.
const CONCURRENCY = 1;
let nextKey = 1;
let active = 0;

export function initUpload() {
  const zone = $("drop-zone");
  const input = $("file-input");
  $("pick-files").addEventListener("click", () => input.click());
  input.addEventListener("change", () => {
    addFiles(input.files);
    input.value = ""; // picking the same file again must fire change again
  });
  zone.addEventListener("dragover", (event) => {
    event.preventDefault();
    const allowed = uploadBlockedReason() === null;
    event.dataTransfer.dropEffect = allowed ? "copy" : "none";
    zone.classList.toggle("drag-over", allowed);
  });
  zone.addEventListener("dragleave", () => zone.classList.remove("drag-over"));
  zone.addEventListener("drop", (event) => {
    event.preventDefault();
    zone.classList.remove("drag-over");
    addFiles(event.dataTransfer.files);
  });
  // A file dropped beside the zone must not make the browser navigate away to it.
  window.addEventListener("dragover", (event) => event.preventDefault());
  window.addEventListener("drop", (event) => event.preventDefault());
  $("start").addEventListener("click", startRun);
  subscribe((keys) => {
    if (["sheets", "jobId", "files", "uploads"].some((k) => keys.has(k))) render();
  });
}

// Why uploads are refused right now, or null when they are allowed.
export function uploadBlockedReason(sheet = selectedSheet()) {
  if (!sheet) return "Choose a sheet first.";
  if (isRunning(sheet)) {
    const { done, total } = runProgress(sheet);
    return `Extraction in progress (${done} of ${total} files done). You can add files again when this batch finishes.`;
  }
  return null;
}

function addFiles(fileList) {
  const files = [...(fileList ?? [])];
  if (files.length === 0) return;
  const reason = uploadBlockedReason();
  if (reason) {
    notifyError(`Not uploaded: ${reason}`, { key: "upload-blocked" });
    return;
  }
  const items = files.map((file) => ({
    key: `u${nextKey++}`,
    jobId: state.jobId,
    file,
    name: file.name,
    size: file.size,
    progress: 0,
    status: "queued",
    message: "Waiting…",
    retried: false,
    // Chosen when the file was added: the box may change while it waits its turn.
    options: { allowDuplicates: $("allow-duplicates").checked },
  }));
  update({ uploads: [...state.uploads, ...items] });
  pump();
}

function pump() {
  while (active < CONCURRENCY) {
    const item = state.uploads.find((u) => u.status === "queued");
    if (!item) return;
    active += 1;
    item.status = "uploading";
    send(item).finally(() => {
      active -= 1;
      pump();
    });
  }
}

const sheetOf = (jobId) => state.sheets?.find((s) => s.job_id === jobId) ?? null;

function setItem(item, patch) {
  Object.assign(item, patch);
  update({ uploads: [...state.uploads] });
}

// Progress changes many times a second: touch only the item's bar.
function showProgress(item, fraction) {
  item.progress = fraction;
  item.message = `${item.status === "retrying" ? "Retrying" : "Uploading"}… ${Math.floor(fraction * 100)}%`;
  const row = document.querySelector(`[data-upload-key="${item.key}"]`);
  if (!row) return;
  row.querySelector("progress").value = fraction;
  row.querySelector(".queue-message").textContent = item.message;
}

async function send(item) {
  const sheet = sheetOf(item.jobId);
  if (!sheet || isRunning(sheet)) {
    fail(item, sheet ? uploadBlockedReason(sheet) : "the sheet was deleted");
    return;
  }
  const runId = editableRunId(sheet);
  setItem(item, { status: "uploading", message: "Uploading…" });
  try {
    const answer = await uploadFile(item.jobId, runId, item.file, (f) => showProgress(item, f), item.options);
    uploaded(item, answer, "Uploaded");
  } catch (error) {
    if (error.status === 409 && !item.retried) {
      await retryOnLatestRun(item, error);
    } else {
      fail(item, error.message);
    }
  } finally {
    scheduleRefresh({ sheets: true, files: true }, 0);
  }
}

async function retryOnLatestRun(item, conflict) {
  item.retried = true;
  setItem(item, { status: "retrying", progress: 0, message: "This tab was behind; retrying on the current batch…" });
  try {
    await loadSheets(); // the sheet as it is now: its latest run becomes the page's run
  } catch {
    /* retry all the same: latest_run_id came with the 409 */
  }
  const sheet = sheetOf(item.jobId);
  if (!sheet) {
    fail(item, "the sheet was deleted");
    return;
  }
  if (isRunning(sheet)) {
    const text = `“${item.name}” was not uploaded: this sheet's batch was started in the meantime. Add it again when extraction finishes.`;
    setItem(item, { status: "failed", message: "Not uploaded: a batch was started in the meantime." });
    notifyError(text);
    return;
  }
  const runId = conflict.body.latest_run_id ?? editableRunId(sheet);
  // This tab missed what happened meanwhile (rows of the finished batch too).
  scheduleRefresh(ALL, 0);
  try {
    const answer = await uploadFile(item.jobId, runId, item.file, (f) => showProgress(item, f), item.options);
    uploaded(item, answer, "Uploaded to the current batch");
    notify(
      `This tab was out of date: the batch it was adding to had already been started. ` +
        `It switched to the sheet's current batch and uploaded “${item.name}” there.`,
      { key: `stale-${item.key}` },
    );
  } catch (error) {
    fail(item, error.message);
  }
}

// A ZIP is unpacked on upload; members that cannot be extracted are skipped, and
// said so; so is a file whose bytes the sheet already holds (a duplicate).
function uploaded(item, answer, message) {
  startError = null; // a new file: the last refusal of Start is history
  const skipped = answer?.skipped ?? [];
  // `files` lists each ZIP (kind "archive") after the files it stored.
  const stored = answer?.files?.filter((f) => f.kind !== "archive").length ?? 0;
  if (stored === 0 && skipped.length === 1) {
    // The one file sent was not stored: say why right here.
    setItem(item, { status: "skipped", progress: 1, message: `Not stored: ${skipped[0].reason}` });
    return;
  }
  if (skipped.length) {
    message = `${message}: ${plural(stored, "file")} stored, ${plural(skipped.length, "member")} skipped`;
    const reasons = skipped.slice(0, 3).map((s) => `${s.name} (${s.reason})`).join("; ");
    const more = skipped.length > 3 ? `; and ${skipped.length - 3} more` : "";
    notify(`“${item.name}”: skipped ${reasons}${more}.`, { key: `skipped-${item.key}` });
  }
  setItem(item, { status: "done", progress: 1, message });
}

function fail(item, reason) {
  setItem(item, { status: "failed", message: `Not uploaded: ${reason}` });
  notifyError(`“${item.name}” was not uploaded: ${reason}`, { key: `failed-${item.key}` });
}

// Why the last Start of this sheet was refused, shown beside the button until the next try.
let startError = null;

async function startRun() {
  const sheet = selectedSheet();
  if (!sheet) return;
  const button = $("start");
  button.disabled = true;
  startError = null;
  try {
    const answer = await post(`/api/cpe/sheets/${encodeURIComponent(sheet.job_id)}/start`);
    notify(answer?.message || "Extraction started.", { key: "started" });
    // The finished uploads are in the batch now; the list below shows them.
    update({ uploads: state.uploads.filter((u) => u.jobId !== sheet.job_id || u.status !== "done") });
  } catch (error) {
    startError = { jobId: sheet.job_id, text: `Could not start: ${error.message}` };
    render();
  } finally {
    scheduleRefresh(ALL, 0);
  }
}

function render() {
  const sheet = selectedSheet();
  const reason = uploadBlockedReason(sheet);
  const mine = state.uploads.filter((u) => u.jobId === state.jobId);
  const inFlight = mine.some((u) => ["queued", "uploading", "retrying"].includes(u.status));

  const reasonEl = $("upload-reason");
  reasonEl.hidden = !sheet || reason === null;
  reasonEl.textContent = reason ?? "";
  const zone = $("drop-zone");
  zone.classList.toggle("disabled", reason !== null);
  zone.setAttribute("aria-disabled", String(reason !== null));
  $("pick-files").disabled = reason !== null;

  replaceChildren($("upload-queue"), mine.map(queueItem));
  const cleared = mine.filter((u) => ["done", "failed", "skipped"].includes(u.status));
  if (cleared.length) {
    $("upload-queue").append(
      h("li", { class: "queue-clear" }, h("button", {
        type: "button",
        class: "button-quiet",
        onclick: () => update({ uploads: state.uploads.filter((u) => !cleared.includes(u)) }),
      }, "Clear finished uploads")),
    );
  }

  const count = newFiles(sheet).length;
  const start = $("start");
  start.textContent = count ? `Start extraction (${plural(count, "new file")})` : "Start extraction";
  start.disabled = !sheet || isRunning(sheet) || count === 0 || inFlight;
  const refused = startError && startError.jobId === sheet?.job_id ? startError.text : null;
  $("start-hint").classList.toggle("error", Boolean(refused));
  $("start-hint").textContent = refused
    ? refused
    : !sheet || isRunning(sheet)
    ? ""
    : inFlight
      ? "Waiting for the uploads to finish…"
      : count === 0
        ? "Add files to start a new batch."
        : "";
}

function queueItem(item) {
  return h(
    "li",
    { class: `queue-item queue-${item.status}`, dataset: { uploadKey: item.key } },
    h("span", { class: "queue-name" }, item.name),
    h("span", { class: "muted queue-size" }, formatBytes(item.size)),
    h("progress", { max: 1, value: item.progress, "aria-label": `Upload of ${item.name}` }),
    // Not a live region: the list re-renders often and would repeat itself; failures
    // are announced once, as notices.
    h("span", { class: "queue-message" }, item.message),
  );
}
