// The sidebar: the user's sheets (status, progress while extracting), creating
// a sheet for a state, and deleting one after a confirmation.

import { del, post } from "./api.js";
import { confirmDialog } from "./confirm.js";
import { $, h, replaceChildren } from "./dom.js";
import { notify, notifyError } from "./notices.js";
import { badge, runProgress } from "./status.js";
import { ALL, loadSheets, scheduleRefresh, state, subscribe } from "./store.js";

let selectSheet = () => {};

export function initSheets({ onSelect }) {
  selectSheet = onSelect;
  $("create-form").addEventListener("submit", createSheet);
  subscribe((keys) => {
    if (keys.has("sheets") || keys.has("jobId")) renderList();
    if (keys.has("states")) renderStates();
  });
}

function renderStates() {
  const select = $("create-state");
  const previous = select.value;
  replaceChildren(
    select,
    state.states.map((s) => h("option", { value: s.template_id }, s.name)),
  );
  if (state.states.some((s) => s.template_id === previous)) select.value = previous;
}

function renderList() {
  const sheets = state.sheets ?? [];
  $("sheet-list-empty").hidden = state.sheets === null || sheets.length > 0;
  replaceChildren($("sheet-list"), sheets.map(sheetItem));
}

function sheetItem(sheet) {
  const selected = sheet.job_id === state.jobId;
  const progress = runProgress(sheet);
  const running = sheet.status === "in_progress";
  return h(
    "li",
    { class: selected ? "sheet selected" : "sheet", dataset: { jobId: sheet.job_id } },
    h(
      "button",
      {
        type: "button",
        class: "sheet-select",
        "aria-current": selected ? "page" : false,
        dataset: { focusKey: `select-${sheet.job_id}` },
        onclick: () => selectSheet(sheet.job_id),
      },
      h("span", { class: "sheet-name" }, sheet.name),
      h("span", { class: "sheet-meta" }, h("span", { class: "muted" }, sheet.state_name ?? ""), badge(sheet.status)),
      running
        ? h("progress", {
            class: "sheet-progress",
            max: Math.max(progress.total, 1),
            value: progress.done,
            "aria-label": `${sheet.name}: ${progress.done} of ${progress.total} files extracted`,
          })
        : null,
    ),
    h(
      "button",
      {
        type: "button",
        class: "sheet-delete button-quiet",
        "aria-label": `Delete sheet ${sheet.name}`,
        title: "Delete sheet",
        dataset: { focusKey: `delete-${sheet.job_id}` },
        onclick: () => deleteSheet(sheet),
      },
      "Delete",
    ),
  );
}

async function createSheet(event) {
  event.preventDefault();
  const form = event.currentTarget;
  const error = $("create-error");
  error.textContent = "";
  const templateId = form.elements.template_id.value;
  const name = form.elements.name.value.trim();
  if (!templateId) {
    error.textContent = "Choose a state.";
    return;
  }
  const button = form.querySelector("button[type=submit]");
  button.disabled = true;
  try {
    const created = await post("/api/cpe/sheets", name ? { template_id: templateId, name } : { template_id: templateId });
    form.elements.name.value = "";
    // Load the list before selecting: an older answer without the new sheet
    // would otherwise make the page think the selected sheet is gone.
    await loadSheets().catch(() => {});
    selectSheet(created.job_id);
    notify(created.message || "Sheet created.", { key: "sheet-created" });
  } catch (failure) {
    error.textContent = `Could not create the sheet: ${failure.message}`;
  } finally {
    button.disabled = false;
  }
}

async function deleteSheet(sheet) {
  const confirmed = await confirmDialog({
    title: `Delete “${sheet.name}”?`,
    text: "Its batches, certificates and uploaded files are deleted for good.",
    confirm: "Delete sheet",
  });
  if (!confirmed) return;
  try {
    await del(`/api/cpe/sheets/${encodeURIComponent(sheet.job_id)}`);
    notify(`Sheet “${sheet.name}” deleted.`, { key: "sheet-deleted" });
    if (sheet.job_id === state.jobId) selectSheet(null);
    // Its buttons are gone with it: keep keyboard focus somewhere sensible.
    $("create-state").focus();
  } catch (failure) {
    if (failure.status !== 404) notifyError(`Could not delete “${sheet.name}”: ${failure.message}`);
  } finally {
    scheduleRefresh(ALL, 0);
  }
}
