// The sheet's table: every row of every batch as one grid, sorted and filtered
// in the page and drawn a window at a time (only the rows in view are in the
// document, so 5,000 rows scroll as smoothly as 50). Each cell edits in place:
// click it or press Enter; Enter or leaving it saves, Tab and Shift-Tab save and
// move on, Escape cancels. The server checks every value; a refusal is shown at
// the cell, which stays open with what was typed.

import { del, openInNewTab, patch } from "./api.js";
import { confirmDialog } from "./confirm.js";
import { $, h, formatCount, replaceChildren } from "./dom.js";
import { notify } from "./notices.js";
import { dropRow, jobPath, putRow, state, subscribe } from "./store.js";

// Rows drawn beyond the visible ones, above and below: scrolling never shows a gap.
const OVERSCAN = 12;
// The height of a row before one is measured (CSS fixes it: .results tbody tr).
const DEFAULT_ROW_HEIGHT = 34;
// A value the extractor was less sure of than this is marked for a person to check.
const LOW_CONFIDENCE = 0.8;
const FIELD_OF_STUDY = /field of study|subject area/i;

const view = { sort: null, filter: "", field: "" };
// The cell being edited: {rowId, column, value, original, saving, error}.
let editing = null;
// The cell pressed while another was open: leaving that one saves it and redraws
// the rows, so the press's click never lands; the edit moves here once saved.
let pressed = null;
// Errors of row actions (delete, open original), by row id, shown at the row.
const rowErrors = new Map();
let rowHeight = DEFAULT_ROW_HEIGHT;
let shown = { key: null, rows: [], numbers: new Map() };
let drawQueued = false;
let redrawing = false;

export function initTable() {
  $("table-filter").addEventListener("input", (event) => {
    view.filter = event.target.value;
    $("table-scroll").scrollTop = 0;
    render();
  });
  $("table-field").addEventListener("change", (event) => {
    view.field = event.target.value;
    $("table-scroll").scrollTop = 0;
    render();
  });
  $("table-scroll").addEventListener("scroll", () => {
    if (drawQueued) return;
    drawQueued = true;
    requestAnimationFrame(() => {
      drawQueued = false;
      drawBody();
    });
  });
  // The open cell's keys, should a redraw have taken the focus from its input.
  document.addEventListener("keydown", (event) => {
    // Only keys that reach no element at all (the focus fell to the page itself).
    if (!editing || editing.saving || event.target !== document.body) return;
    if (!["Enter", "Tab", "Escape"].includes(event.key)) return;
    const input = cellElement(editing.rowId, editing.column)?.querySelector("input");
    if (!input) return;
    input.focus();
    input.dispatchEvent(new KeyboardEvent("keydown", { key: event.key, shiftKey: event.shiftKey }));
    event.preventDefault();
  });
  subscribe((keys) => {
    if (keys.has("jobId")) {
      editing = null;
      rowErrors.clear();
      view.filter = view.field = "";
      view.sort = null;
      $("table-filter").value = "";
    }
    if (keys.has("results") || keys.has("jobId")) render();
  });
}

// -- what is shown: the sheet's rows, filtered and sorted --------------------------

const columnsOf = (results) =>
  results.columns.map((name) => ({ name, type: results.column_types?.[name] ?? "text" }));

function fieldColumn(columns) {
  return columns.find((c) => FIELD_OF_STUDY.test(c.name))?.name ?? null;
}

function cellText(value) {
  return value === null || value === undefined ? "" : String(value);
}

function compare(a, b, type) {
  if (type === "number") return Number(a) - Number(b);
  return String(a).localeCompare(String(b), undefined, { numeric: true, sensitivity: "base" });
}

function shownRows(results, columns) {
  const key = [results.rows, view.filter, view.field, view.sort?.column, view.sort?.direction];
  if (shown.key && key.every((part, i) => part === shown.key[i])) return shown;
  const numbers = new Map(results.rows.map((row, i) => [row.row_id, i + 1]));
  const needle = view.filter.trim().toLocaleLowerCase();
  const field = fieldColumn(columns);
  let rows = results.rows.filter((row) => {
    if (view.field && field) {
      const value = cellText(row.values?.[field]);
      if (view.field === "\u0000none" ? value !== "" : value !== view.field) return false;
    }
    if (!needle) return true;
    const texts = [...columns.map((c) => cellText(row.values?.[c.name])), row.file_name ?? ""];
    return texts.some((text) => text.toLocaleLowerCase().includes(needle));
  });
  if (view.sort) {
    const { column, direction } = view.sort;
    const type = columns.find((c) => c.name === column)?.type ?? "text";
    const sign = direction === "descending" ? -1 : 1;
    const value = (row) => (column === "File" ? row.file_name : row.values?.[column]);
    rows = [...rows].sort((a, b) => {
      const empty = (v) => v === null || v === undefined || v === "";
      const [va, vb] = [value(a), value(b)];
      // Empty cells last, whichever the direction.
      if (empty(va) || empty(vb)) return empty(va) - empty(vb);
      return sign * compare(va, vb, type) || numbers.get(a.row_id) - numbers.get(b.row_id);
    });
  }
  shown = { key, rows, numbers };
  return shown;
}

// -- rendering ----------------------------------------------------------------------

function render() {
  const results = state.results;
  const current = results.jobId === state.jobId && Boolean(state.jobId);
  const columns = current ? columnsOf(results) : [];
  renderFieldFilter(current ? results : null, columns);
  const { rows } = current ? shownRows(results, columns) : { rows: [] };
  const total = current ? results.rows.length : 0;

  let count = "";
  if (current && !results.complete) count = `Loading… ${formatCount(total)} of ${formatCount(results.total)} rows`;
  else if (current && rows.length !== total) count = `${formatCount(rows.length)} of ${formatCount(total)} rows`;
  else if (current) count = `${formatCount(total)} ${total === 1 ? "row" : "rows"}`;
  $("table-count").textContent = count;

  const empty = $("table-empty");
  empty.hidden = !current || rows.length > 0;
  empty.textContent = total === 0 ? "No certificate yet: upload some, or add one by hand." : "No row matches the filter.";
  $("add-row").disabled = !current;

  const table = $("results");
  if (!current || rows.length === 0) {
    replaceChildren(table);
    return;
  }
  // Keep keyboard focus (a cell, the open editor, a sort button) across the redraw.
  const active = document.activeElement;
  const key = table.contains(active) ? active.dataset?.focusKey : undefined;
  const body = $("results-body");
  if (body && table.tHead) {
    // The rows stay while the head is renewed: emptied, the table would lose its
    // height, and the scroll position with it.
    table.querySelector("colgroup").replaceWith(colgroup(columns));
    table.tHead.replaceWith(head(columns));
  } else {
    replaceChildren(table, colgroup(columns), head(columns), h("tbody", { id: "results-body" }));
  }
  drawBody();
  if (key && !table.contains(document.activeElement)) {
    table.querySelector(`[data-focus-key="${CSS.escape(key)}"]`)?.focus();
  }
}

function renderFieldFilter(results, columns) {
  const select = $("table-field");
  const field = fieldColumn(columns);
  select.parentElement.hidden = !field;
  if (!results || !field) return;
  const values = [...new Set(results.rows.map((r) => cellText(r.values?.[field])).filter(Boolean))];
  values.sort((a, b) => a.localeCompare(b));
  if (view.field && view.field !== "\u0000none" && !values.includes(view.field)) values.push(view.field);
  const signature = JSON.stringify(values);
  if (select.dataset.signature !== signature) {
    select.dataset.signature = signature;
    replaceChildren(
      select,
      h("option", { value: "" }, `Every ${field.toLocaleLowerCase()}`),
      values.map((v) => h("option", { value: v }, v)),
      h("option", { value: "\u0000none" }, `No ${field.toLocaleLowerCase()}`),
    );
  }
  select.value = view.field;
}

function colgroup(columns) {
  return h(
    "colgroup",
    {},
    h("col", { class: "col-position" }),
    columns.map((c, i) => h("col", { class: i === 0 ? "col-wide" : `col-${c.type}` })),
    h("col", { class: "col-file" }),
    h("col", { class: "col-actions" }),
  );
}

function head(columns) {
  const sortable = (name, label = name) => {
    const direction = view.sort?.column === name ? view.sort.direction : null;
    return h(
      "th",
      { scope: "col", "aria-sort": direction ?? "none", title: label },
      h(
        "button",
        {
          type: "button",
          class: "sort-button",
          dataset: { focusKey: `sort-${name}` },
          onclick: () => toggleSort(name),
        },
        h("span", { class: "sort-label" }, label),
        h("span", { class: "sort-mark", "aria-hidden": "true" }, direction === "ascending" ? "▲" : direction === "descending" ? "▼" : ""),
      ),
    );
  };
  return h(
    "thead",
    {},
    h(
      "tr",
      {},
      h("th", { scope: "col", class: "num", title: "Position in the sheet" }, "#"),
      columns.map((c) => sortable(c.name)),
      sortable("File"),
      h("th", { scope: "col" }, h("span", { class: "visually-hidden" }, "Actions")),
    ),
  );
}

function toggleSort(column) {
  const direction = view.sort?.column === column ? view.sort.direction : null;
  const next = direction === null ? "ascending" : direction === "ascending" ? "descending" : null;
  view.sort = next ? { column, direction: next } : null;
  $("table-scroll").scrollTop = 0; // a new order starts at its top
  render();
}

// Only the rows in view (and OVERSCAN around them), between two spacer rows that
// stand for the rest, so the scroll bar is the whole sheet's.
function drawBody() {
  const body = $("results-body");
  if (!body) return;
  const results = state.results;
  const columns = columnsOf(results);
  const { rows, numbers } = shownRows(results, columns);
  const scroller = $("table-scroll");
  const headHeight = $("results").tHead?.offsetHeight ?? 0;
  const top = Math.max(0, scroller.scrollTop - headHeight);
  const first = Math.max(0, Math.floor(top / rowHeight) - OVERSCAN);
  const count = Math.ceil(scroller.clientHeight / rowHeight) + 2 * OVERSCAN;
  const last = Math.min(rows.length, first + count);

  const spacer = (n) => {
    const tr = h("tr", { class: "spacer", "aria-hidden": "true" }, h("td", { colspan: columns.length + 3 }));
    tr.style.height = `${n * rowHeight}px`;
    return tr;
  };
  // The open cell's input is replaced too: the blur that causes is not the user leaving it.
  redrawing = true;
  try {
    replaceChildren(
      body,
      first > 0 ? spacer(first) : null,
      rows.slice(first, last).map((row) => rowElement(row, numbers.get(row.row_id), columns)),
      last < rows.length ? spacer(rows.length - last) : null,
    );
  } finally {
    redrawing = false;
  }
  // A redraw while a cell is open leaves the keyboard in it.
  if (editing && !editing.saving && document.activeElement === document.body) {
    body.querySelector(".cell-editor")?.focus();
  }
  const measured = body.querySelector("tr.row")?.getBoundingClientRect().height;
  if (measured && Math.abs(measured - rowHeight) > 0.5) {
    rowHeight = measured;
    drawBody();
  }
}

function rowElement(row, number, columns) {
  const error = rowErrors.get(row.row_id);
  return h(
    "tr",
    { class: row.source === "manual" ? "row row-manual" : "row", dataset: { rowId: row.row_id } },
    h("th", { scope: "row", class: "num muted" }, formatCount(number)),
    columns.map((c) => cell(row, c)),
    h("td", { class: "file-cell" }, fileLink(row)),
    h(
      "td",
      { class: error ? "actions has-error" : "actions" },
      h(
        "button",
        {
          type: "button",
          class: "button-quiet row-delete",
          "aria-label": `Delete row ${number}`,
          title: "Delete this row",
          dataset: { focusKey: `delete-${row.row_id}` },
          onclick: () => deleteRow(row, number),
        },
        "Delete",
      ),
      error ? h("span", { class: "bubble-error", role: "alert" }, error) : null,
    ),
  );
}

function fileLink(row) {
  if (!row.file_id) return h("span", { class: "muted" }, row.source === "manual" ? "added by hand" : "");
  return h(
    "button",
    {
      type: "button",
      class: "link-button",
      title: `Open the original: ${row.file_name ?? ""}`,
      dataset: { focusKey: `open-${row.row_id}` },
      onclick: () => openOriginal(row),
    },
    row.file_name ?? "original",
  );
}

function cell(row, column) {
  const value = row.values?.[column.name];
  const isEditing = editing && editing.rowId === row.row_id && editing.column === column.name;
  const confidence = row.confidence?.[column.name];
  const low = typeof confidence === "number" && confidence < LOW_CONFIDENCE;
  const classes = [`cell`, `cell-${column.type}`];
  if (column.type === "number") classes.push("num");
  if (value === null || value === undefined || value === "") classes.push("empty");
  if (low) classes.push("low-confidence");
  if (isEditing) classes.push("editing");
  const text = cellText(value);
  const title = low ? `Check this value: read with ${Math.round(confidence * 100)}% confidence` : text;
  const td = h("td", {
    class: classes.join(" "),
    tabindex: isEditing ? false : "0",
    title: title || false,
    "aria-label": text ? false : `${column.name}: empty`,
    dataset: { column: column.name, focusKey: `cell-${row.row_id}-${column.name}` },
    onmousedown: () => {
      if (editing && !isEditing) pressed = { rowId: row.row_id, column: column.name };
    },
    onclick: () => !isEditing && startEdit(row.row_id, column.name),
    onkeydown: (event) => {
      if (!isEditing && (event.key === "Enter" || event.key === "F2")) {
        event.preventDefault();
        startEdit(row.row_id, column.name);
      }
    },
  });
  if (isEditing) td.append(...editor(column));
  else td.append(text);
  return td;
}

// -- editing ------------------------------------------------------------------------

function editor(column) {
  const e = editing;
  const errorId = `cell-error-${e.rowId}`;
  const input = h("input", {
    class: "cell-editor",
    // Redraws (scrolling, another tab's edit) give it the focus back.
    dataset: { focusKey: "cell-editor" },
    type: column.type === "date" ? "date" : column.type === "number" ? "number" : "text",
    step: column.type === "number" ? "any" : false,
    min: column.type === "number" ? "0" : false,
    value: e.value,
    disabled: e.saving,
    "aria-label": `${column.name}, press Enter to save, Escape to cancel`,
    "aria-invalid": e.error ? "true" : false,
    "aria-describedby": e.error ? errorId : false,
    oninput: (event) => {
      e.value = event.target.value;
    },
    onkeydown: (event) => {
      if (event.key === "Enter") {
        event.preventDefault();
        commit(0);
      } else if (event.key === "Tab") {
        event.preventDefault();
        commit(event.shiftKey ? -1 : 1);
      } else if (event.key === "Escape") {
        event.preventDefault();
        cancelEdit();
      }
    },
    onblur: (event) => {
      // Leaving the cell saves it; a re-render that replaces the input does not count.
      if (editing === e && !e.saving && !redrawing && event.target.isConnected) commit(0, { refocus: false });
    },
  });
  return [input, e.error ? h("span", { class: "bubble-error", id: errorId, role: "alert" }, e.error) : null];
}

function rowIndexOf(rowId) {
  return shown.rows.findIndex((r) => r.row_id === rowId);
}

// Bring a row of the shown rows into view (it may not be drawn yet).
function scrollToRow(index) {
  const scroller = $("table-scroll");
  const headHeight = $("results").tHead?.offsetHeight ?? 0;
  const top = index * rowHeight;
  if (top < scroller.scrollTop) scroller.scrollTop = top;
  else if (top + rowHeight + headHeight > scroller.scrollTop + scroller.clientHeight) {
    scroller.scrollTop = top + rowHeight + headHeight - scroller.clientHeight;
  }
}

function cellElement(rowId, column) {
  return $("results-body")?.querySelector(
    `tr[data-row-id="${CSS.escape(rowId)}"] td[data-column="${CSS.escape(column)}"]`,
  );
}

function startEdit(rowId, column) {
  const row = state.results.rows.find((r) => r.row_id === rowId);
  if (!row) return;
  if (editing && editing.saving) return;
  const value = cellText(row.values?.[column]);
  editing = { rowId, column, value, original: value, saving: false, error: null };
  const index = rowIndexOf(rowId);
  if (index >= 0) scrollToRow(index);
  drawBody();
  const input = cellElement(rowId, column)?.querySelector("input");
  input?.focus();
  input?.select?.();
}

function cancelEdit() {
  const e = editing;
  editing = null;
  drawBody();
  if (e) cellElement(e.rowId, e.column)?.focus();
}

async function commit(move, { refocus = true } = {}) {
  const e = editing;
  if (!e || e.saving) return;
  if (e.value.trim() === e.original.trim()) {
    editing = null;
    moveOn(e, move, refocus);
    return;
  }
  e.saving = true;
  e.error = null;
  drawBody();
  try {
    const row = await patch(`${jobPath()}/results/${encodeURIComponent(e.rowId)}`, {
      values: { [e.column]: e.value.trim() === "" ? null : e.value },
    });
    if (editing === e) editing = null;
    putRow(row);
    moveOn(e, move, refocus);
  } catch (error) {
    pressed = null;
    if (editing !== e) return;
    e.saving = false;
    e.error = error.status === 404 ? "This row was deleted meanwhile: nothing saved." : error.message;
    drawBody();
    cellElement(e.rowId, e.column)?.querySelector("input")?.focus();
  }
}

// After a cell is done: back to it, or on to the next (Tab) or previous (Shift-Tab)
// cell in the order shown, into the next row at the end of one.
function moveOn(e, move, refocus) {
  const target = pressed;
  pressed = null;
  if (move === 0 && target && !refocus) {
    startEdit(target.rowId, target.column);
    return;
  }
  if (move === 0) {
    drawBody();
    if (refocus) cellElement(e.rowId, e.column)?.focus();
    return;
  }
  const columns = state.results.columns;
  let index = rowIndexOf(e.rowId);
  let col = columns.indexOf(e.column) + move;
  if (col >= columns.length) {
    col = 0;
    index += 1;
  } else if (col < 0) {
    col = columns.length - 1;
    index -= 1;
  }
  const next = shown.rows[index];
  if (index < 0 || !next) {
    drawBody();
    cellElement(e.rowId, e.column)?.focus();
    return;
  }
  startEdit(next.row_id, columns[col]);
}

// -- rows -------------------------------------------------------------------------------

async function deleteRow(row, number) {
  const title = cellText(row.values?.[state.results.columns[0]]) || `row ${number}`;
  const confirmed = await confirmDialog({
    title: `Delete “${title}”?`,
    text: "The row leaves the sheet and its exports, in this batch and every later one.",
    confirm: "Delete row",
  });
  if (!confirmed) return;
  rowErrors.delete(row.row_id);
  try {
    await del(`${jobPath()}/results/${encodeURIComponent(row.row_id)}`);
    dropRow(row.row_id);
    notify(`Deleted “${title}”.`, { key: "row-deleted" });
  } catch (error) {
    if (error.status === 404) {
      dropRow(row.row_id); // gone already (another tab)
      return;
    }
    rowErrors.set(row.row_id, `Not deleted: ${error.message}`);
    drawBody();
  }
}

async function openOriginal(row) {
  rowErrors.delete(row.row_id);
  try {
    await openInNewTab(`${jobPath()}/files/${encodeURIComponent(row.file_id)}/content`);
  } catch (error) {
    rowErrors.set(row.row_id, `Cannot open “${row.file_name}”: ${error.message}`);
  }
  drawBody();
}

// Show a row just added (by the form): clear what hides it, scroll to it, mark it.
export function revealRow(rowId) {
  if (rowIndexOf(rowId) < 0 && (view.filter || view.field)) {
    view.filter = view.field = "";
    $("table-filter").value = "";
    render();
  }
  const index = rowIndexOf(rowId);
  if (index < 0) return;
  scrollToRow(index);
  drawBody();
  const tr = $("results-body")?.querySelector(`tr[data-row-id="${CSS.escape(rowId)}"]`);
  tr?.classList.add("row-new");
  tr?.querySelector("td")?.focus();
}
