// Is the sheet compliant? The summary panel (progress towards the requirement's
// total and ethics hours, hours by field of study as an inline SVG chart, a
// warning as the period's end nears with hours missing), the requirement form,
// the rows of the table completed outside the period, and the audit packet.
//
// Every figure comes from the server (GET .../summary and .../summary/rows):
// the page computes nothing of its own. It refetches, debounced, whenever the
// event stream says the sheet's rows may have changed.

import { ApiError, del, download, get, request } from "./api.js";
import { $, formatCount, h, replaceChildren } from "./dom.js";
import { notify, notifyError } from "./notices.js";
import { selectedSheet, state, subscribe } from "./store.js";

// Events after which the sheet's rows (so its summary) may differ.
const ROW_EVENTS = new Set([
  "run_created", "run_status", "run_progress", "file_status",
  "row_created", "row_updated", "row_deleted",
]);
const DEBOUNCE_MS = 400;
// "The period's end nears": this many days or fewer left.
const WARN_DAYS = 90;
const SVG = "http://www.w3.org/2000/svg";

const view = { jobId: null, summary: null, rows: new Map(), error: null };
let timer = null;
let generation = 0;

const sheetPath = (jobId) => `/api/cpe/sheets/${encodeURIComponent(jobId)}`;

export function initCompliance() {
  $("requirement-edit").addEventListener("click", () => openForm());
  $("requirement-cancel").addEventListener("click", () => closeForm());
  $("requirement-clear").addEventListener("click", clearRequirement);
  $("requirement-form").addEventListener("submit", saveRequirement);
  $("export-audit").addEventListener("click", exportAudit);
  subscribe((keys) => {
    if (keys.has("jobId")) {
      closeForm();
      Object.assign(view, { jobId: state.jobId, summary: null, rows: new Map(), error: null });
      render();
      refreshSummary(0);
    }
    // Back online after a drop: what happened meanwhile may not all be replayed as row events.
    if (keys.has("stream") && state.stream === "live") refreshSummary();
  });
  // The table is re-rendered by its own module: mark its rows each time it is.
  new MutationObserver(markRows).observe($("results"), { childList: true, subtree: true });
}

// Called for every event of the stream.
export function onSheetEvent(type, data) {
  if (data.job_id === state.jobId && ROW_EVENTS.has(type)) refreshSummary();
}

// Events come in bursts (a batch reports progress every 200 ms): the first one
// schedules a fetch DEBOUNCE_MS later and the rest join it, so the panel follows
// a long batch as it goes rather than once it stops. delay 0: fetch now.
export function refreshSummary(delay = DEBOUNCE_MS) {
  if (!state.jobId) return;
  if (timer !== null && delay > 0) return;
  clearTimeout(timer);
  timer = setTimeout(() => {
    timer = null;
    loadSummary();
  }, delay);
}

async function loadSummary() {
  const jobId = state.jobId;
  const mine = ++generation;
  try {
    const summary = await get(`${sheetPath(jobId)}/summary`);
    // Which rows lie outside the period or have hours that could not be counted:
    // only asked for when there is something to mark.
    const marks = summary.requirement || summary.uncounted_rows > 0;
    const rows = marks ? (await get(`${sheetPath(jobId)}/summary/rows`)).rows : [];
    if (mine !== generation || jobId !== state.jobId) return;
    Object.assign(view, { jobId, summary, rows: new Map(rows.map((r) => [r.row_id, r])), error: null });
  } catch (error) {
    if (mine !== generation || jobId !== state.jobId) return;
    // A sheet deleted meanwhile: the sheet list says so.
    if (error.status === 404) return;
    view.error = error.message;
  }
  render();
}

// -- the panel ---------------------------------------------------------------

const hours = (n) => formatCount(Math.round((n ?? 0) * 100) / 100);
const count = (n, one, many = `${one}s`) => `${hours(n)} ${n === 1 ? one : many}`;

function render() {
  const summary = view.jobId === state.jobId ? view.summary : null;
  $("compliance").dataset.loaded = summary ? "true" : "false";
  $("compliance-error").textContent = view.error ? `Could not load the summary: ${view.error}` : "";
  if (!summary) {
    replaceChildren($("compliance-progress"));
    replaceChildren($("compliance-chart"));
    $("compliance-totals").textContent = "";
    $("compliance-warning").hidden = true;
    renderLegend();
    markRows();
    return;
  }
  const requirement = summary.requirement;
  $("requirement-edit").textContent = requirement ? "Change requirement" : "Set requirement";
  $("requirement-text").textContent = requirement
    ? `Reporting period ${requirement.period_start} to ${requirement.period_end}: ` +
      `${count(requirement.total_hours, "hour")}, ${hours(requirement.ethics_hours)} of them ethics.`
    : "No requirement set: enter your board's reporting period and hours to see what is missing.";

  replaceChildren(
    $("compliance-progress"),
    requirement
      ? [
          bar("total", "Hours in the period", summary.period_hours, requirement.total_hours, summary.remaining_hours),
          bar("ethics", "Ethics hours in the period", summary.period_ethics_hours, requirement.ethics_hours, summary.remaining_ethics_hours),
        ]
      : [],
  );

  const totals = [
    count(summary.certificates, "certificate"),
    `${count(summary.total_hours, "hour")} in all`,
    `${hours(summary.ethics_hours)} ethics`,
  ];
  if (summary.uncounted_rows) {
    totals.push(`${count(summary.uncounted_rows, "row")} whose hours could not be counted (fix them in the table)`);
  }
  $("compliance-totals").textContent = totals.join(" · ");
  renderWarning(summary);
  replaceChildren($("compliance-chart"), chart(summary.hours_by_field));
  renderLegend();
  markRows();
}

function bar(key, label, value, goal, remaining) {
  const id = `compliance-bar-${key}`;
  const done = remaining === 0;
  return h(
    "div",
    { class: `compliance-bar${done ? " met" : ""}`, dataset: { bar: key } },
    h("label", { for: id }, label),
    h("progress", { id, max: goal > 0 ? goal : 1, value: goal > 0 ? Math.min(value, goal) : 1 }),
    h(
      "span",
      { class: "compliance-bar-text", dataset: { testid: `${key}-progress` } },
      `${hours(value)} of ${hours(goal)}` + (done ? " — met" : ` — ${hours(remaining)} to go`),
    ),
  );
}

function renderWarning(summary) {
  const el = $("compliance-warning");
  const requirement = summary.requirement;
  const missing = requirement && (summary.remaining_hours > 0 || summary.remaining_ethics_hours > 0);
  if (!missing || summary.days_left > WARN_DAYS) {
    el.hidden = true;
    el.textContent = "";
    return;
  }
  const what = [
    summary.remaining_hours > 0 ? count(summary.remaining_hours, "hour") : null,
    summary.remaining_ethics_hours > 0 ? `${count(summary.remaining_ethics_hours, "ethics hour")}` : null,
  ]
    .filter(Boolean)
    .join(" and ");
  const end = requirement.period_end;
  el.textContent =
    summary.days_left < 0
      ? `The reporting period ended on ${end} with ${what} missing.`
      : summary.days_left === 0
        ? `The reporting period ends today (${end}) and ${what} are still missing.`
        : `The reporting period ends in ${count(summary.days_left, "day")} (${end}) and ${what} are still missing.`;
  el.hidden = false;
}

// Hours by field of study as horizontal bars, the largest first.
function chart(byField) {
  const fields = Object.entries(byField).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (!fields.length) return h("p", { class: "muted" }, "No hours yet.");
  const rowHeight = 26;
  const labelWidth = 220;
  const width = 640;
  const barSpace = width - labelWidth - 70;
  const most = Math.max(...fields.map(([, v]) => v), 1);
  const svg = svgEl("svg", {
    viewBox: `0 0 ${width} ${fields.length * rowHeight + 8}`,
    role: "img",
    "aria-labelledby": "compliance-chart-title",
    class: "compliance-chart",
  });
  svg.append(svgEl("title", { id: "compliance-chart-title" }, "Hours by field of study"));
  fields.forEach(([field, value], i) => {
    const y = i * rowHeight + 4;
    const name = field || "No field of study";
    const group = svgEl("g", { class: "chart-row", "data-field": name });
    group.append(
      svgEl("text", { x: labelWidth - 8, y: y + rowHeight / 2 + 4, class: "chart-label", "text-anchor": "end" }, truncate(name, 30)),
      svgEl("rect", { x: labelWidth, y: y + 3, height: rowHeight - 8, width: Math.max(2, (value / most) * barSpace), class: "chart-bar", rx: 3 }),
      svgEl("text", { x: labelWidth + Math.max(2, (value / most) * barSpace) + 6, y: y + rowHeight / 2 + 4, class: "chart-value" }, hours(value)),
    );
    group.prepend(svgEl("title", {}, `${name}: ${count(value, "hour")}`));
    svg.append(group);
  });
  return svg;
}

function svgEl(tag, attrs = {}, text) {
  const el = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, String(value));
  if (text !== undefined) el.textContent = text;
  return el;
}

const truncate = (text, n) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

// -- rows of the table that do not count ---------------------------------------

// What to say of a row: outside the period (or undated), hours not counted.
function flagsOf(counted) {
  if (!counted) return [];
  const flags = [];
  if (counted.in_period === false) {
    flags.push(
      counted.completion_date
        ? ["outside period", `Completed ${counted.completion_date}, outside the reporting period: it does not count towards it`]
        : ["no date", "No completion date: it counts towards no reporting period"],
    );
  }
  if (counted.hours === null) {
    flags.push(["hours not counted", "Its CPE hours are empty or not a number: they count for nothing until fixed"]);
  }
  return flags;
}

// Each marked row is striped and greyed (its label is for screen readers and its
// tooltip for the mouse: the table's columns are too narrow for a badge), and the
// panel's legend says how many rows are marked and why.
function markRows() {
  const rows = view.jobId === state.jobId ? view.rows : new Map();
  for (const tr of $("results").querySelectorAll("tbody tr[data-row-id]")) {
    const flags = flagsOf(rows.get(tr.dataset.rowId));
    const key = flags.map(([text]) => text).join("|");
    // Unchanged rows are left alone: this runs on every change of the table.
    if ((tr.dataset.flags ?? "") === key && tr.querySelectorAll(".row-flag").length === flags.length) continue;
    tr.dataset.flags = key;
    tr.classList.toggle("outside-period", flags.some(([text]) => text !== "hours not counted"));
    tr.classList.toggle("hours-uncounted", flags.some(([text]) => text === "hours not counted"));
    if (flags.length) tr.title = flags.map(([, title]) => title).join(". ");
    else tr.removeAttribute("title");
    for (const old of tr.querySelectorAll(".row-flag")) old.remove();
    tr.firstElementChild?.append(...flags.map(([text, title]) => h("span", { class: "row-flag visually-hidden", title }, text)));
  }
}

function renderLegend() {
  const counts = { outside: 0, undated: 0, uncounted: 0 };
  for (const row of view.jobId === state.jobId ? view.rows.values() : []) {
    for (const [text] of flagsOf(row)) {
      if (text === "outside period") counts.outside += 1;
      else if (text === "no date") counts.undated += 1;
      else counts.uncounted += 1;
    }
  }
  const parts = [
    counts.outside ? `${count(counts.outside, "row")} completed outside the period` : null,
    counts.undated ? `${count(counts.undated, "row")} without a completion date` : null,
    counts.uncounted ? `${count(counts.uncounted, "row")} whose hours were not counted` : null,
  ].filter(Boolean);
  const legend = $("compliance-legend");
  legend.hidden = parts.length === 0;
  replaceChildren(
    legend,
    parts.length ? ["Marked in the table: ", parts.join(", "), ". Hover a marked row to see why."] : [],
  );
}

// -- the requirement form ------------------------------------------------------

function openForm() {
  const requirement = view.summary?.requirement;
  const form = $("requirement-form");
  form.elements.period_start.value = requirement?.period_start ?? "";
  form.elements.period_end.value = requirement?.period_end ?? "";
  form.elements.total_hours.value = requirement?.total_hours ?? "";
  form.elements.ethics_hours.value = requirement?.ethics_hours ?? "";
  $("requirement-clear").hidden = !requirement;
  $("requirement-error").textContent = "";
  form.hidden = false;
  $("requirement-edit").hidden = true;
  form.elements.period_start.focus();
}

function closeForm() {
  $("requirement-form").hidden = true;
  $("requirement-edit").hidden = false;
}

async function saveRequirement(event) {
  event.preventDefault();
  const form = event.target;
  const number = (name) => {
    const text = form.elements[name].value.trim();
    return text === "" ? null : Number(text);
  };
  const body = {
    period_start: form.elements.period_start.value,
    period_end: form.elements.period_end.value,
    total_hours: number("total_hours"),
    ethics_hours: number("ethics_hours"),
  };
  const error = $("requirement-error");
  error.textContent = "";
  if (body.total_hours === null || body.ethics_hours === null) {
    error.textContent = "Enter the total hours and the ethics hours (0 when your board asks for none).";
    return;
  }
  const jobId = state.jobId;
  try {
    await request("PUT", `${sheetPath(jobId)}/requirement`, { json: body });
  } catch (failure) {
    // The server says what is wrong (a period that ends before it starts, ...).
    error.textContent = failure instanceof ApiError ? failure.message : String(failure);
    return;
  }
  closeForm();
  notify("Requirement saved.", { key: "requirement" });
  refreshSummary(0);
}

async function clearRequirement() {
  try {
    await del(`${sheetPath(state.jobId)}/requirement`);
  } catch (failure) {
    $("requirement-error").textContent = failure.message;
    return;
  }
  closeForm();
  refreshSummary(0);
}

// -- the audit packet ------------------------------------------------------------

async function exportAudit() {
  const sheet = selectedSheet();
  if (!sheet) return;
  const button = $("export-audit");
  button.disabled = true;
  button.setAttribute("aria-busy", "true");
  try {
    const safeName = sheet.name.replace(/[^\w.-]+/g, "_").slice(0, 80) || "sheet";
    const path = `/api/jobs/${encodeURIComponent(sheet.job_id)}/export/audit`;
    const name = await download(path, `${safeName} audit packet.zip`);
    notify(`Downloaded ${name}.`, { key: "export" });
  } catch (error) {
    notifyError(`Audit packet failed: ${error.message}`, { key: "export" });
  } finally {
    button.disabled = false;
    button.removeAttribute("aria-busy");
  }
}
