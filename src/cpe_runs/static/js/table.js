// The sheet's table: every row of every batch as one continuous grid, one page
// at a time from the server (limit/offset), so 10,000 rows cost what 100 do.

import { $, h, formatCount, replaceChildren } from "./dom.js";
import { PAGE_SIZES, scheduleRefresh, state, subscribe, update } from "./store.js";

export function initTable() {
  subscribe((keys) => {
    if (keys.has("results") || keys.has("jobId")) render();
  });
}

function goTo(offset, limit = state.results.limit) {
  const total = state.results.total;
  const last = total > 0 ? Math.floor((total - 1) / limit) * limit : 0;
  const clamped = Math.max(0, Math.min(offset, last));
  update({ results: { ...state.results, offset: clamped, limit } });
  scheduleRefresh({ results: true }, 0);
}

// A value the extractor was less sure of than this is marked for a person to check.
const LOW_CONFIDENCE = 0.8;

function cell(value, confidence) {
  if (value === null || value === undefined || value === "") return h("td", { class: "empty" }, h("span", { class: "visually-hidden" }, "empty"));
  const low = typeof confidence === "number" && confidence < LOW_CONFIDENCE;
  const classes = [typeof value === "number" ? "num" : "", low ? "low-confidence" : ""].filter(Boolean).join(" ");
  return h(
    "td",
    { class: classes || false, title: low ? `Check this value: read with ${Math.round(confidence * 100)}% confidence` : false },
    String(value),
  );
}

function render() {
  const { rows, columns, total, offset, limit, jobId } = state.results;
  // Rows of another sheet (the answer for the new one is on its way) are not shown.
  const current = jobId === state.jobId;
  const visible = current ? rows : [];
  $("table-count").textContent = current ? `${formatCount(total)} ${total === 1 ? "row" : "rows"}` : "";
  $("table-empty").hidden = !current || total > 0;

  const head = h(
    "thead",
    {},
    h("tr", {}, h("th", { scope: "col", class: "num" }, "#"), columns.map((c) => h("th", { scope: "col" }, c)),
      h("th", { scope: "col" }, "File")),
  );
  const body = h(
    "tbody",
    {},
    visible.map((row, i) =>
      h(
        "tr",
        { dataset: { rowId: row.row_id } },
        h("th", { scope: "row", class: "num muted" }, formatCount(offset + i + 1)),
        columns.map((c) => cell(row.values?.[c], row.confidence?.[c])),
        h("td", { class: "muted file-cell" }, row.file_name ?? (row.source === "manual" ? "added by hand" : "")),
      ),
    ),
  );
  replaceChildren($("results"), current && total > 0 ? [head, body] : []);
  renderPager(current ? total : 0, offset, limit);
}

function renderPager(total, offset, limit) {
  const pager = $("pager");
  if (total <= PAGE_SIZES[0]) {
    replaceChildren(pager);
    return;
  }
  const page = Math.floor(offset / limit) + 1;
  const pages = Math.max(1, Math.ceil(total / limit));
  const first = offset + 1;
  const last = Math.min(offset + limit, total);
  const button = (label, text, target, disabled) =>
    h("button", { type: "button", class: "button", "aria-label": label, disabled, dataset: { focusKey: label }, onclick: () => goTo(target) }, text);

  const pageInput = h("input", {
    id: "page-input",
    type: "number",
    min: 1,
    max: pages,
    value: page,
    inputmode: "numeric",
    dataset: { focusKey: "page-input" },
    onchange: (event) => {
      const wanted = Number.parseInt(event.target.value, 10);
      if (Number.isFinite(wanted)) goTo((wanted - 1) * limit);
    },
  });
  const size = h(
    "select",
    {
      id: "page-size",
      dataset: { focusKey: "page-size" },
      onchange: (event) => goTo(0, Number(event.target.value)),
    },
    PAGE_SIZES.map((n) => h("option", { value: n, selected: n === limit }, `${n} per page`)),
  );
  replaceChildren(
    pager,
    button("First page", "«", 0, offset === 0),
    button("Previous page", "‹ Previous", offset - limit, offset === 0),
    h("span", { class: "pager-page" }, h("label", { for: "page-input" }, "Page"), " ", pageInput, ` of ${formatCount(pages)}`),
    button("Next page", "Next ›", offset + limit, last >= total),
    button("Last page", "»", (pages - 1) * limit, last >= total),
    h("span", { class: "muted pager-range", "aria-live": "polite" }, `Rows ${formatCount(first)}–${formatCount(last)} of ${formatCount(total)}`),
    h("label", { for: "page-size", class: "visually-hidden" }, "Rows per page"),
    size,
  );
}
