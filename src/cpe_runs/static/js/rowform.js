// "Add certificate": a course without a certificate file, typed by hand. One
// field per column of the sheet (dates as dates, hours as numbers); the server
// checks them, and a refusal is shown under the field it names.

import { post } from "./api.js";
import { $, h, replaceChildren } from "./dom.js";
import { notify } from "./notices.js";
import { jobPath, putRow, state } from "./store.js";

const inputType = { date: "date", number: "number", text: "text" };

let onAdded = () => {};

// onAdded(rowId): the table shows the new row.
export function initRowForm({ onAdded: shown }) {
  onAdded = shown;
  $("add-row").addEventListener("click", open);
  $("row-form").addEventListener("submit", save);
  $("row-cancel").addEventListener("click", () => $("row-dialog").close());
}

function open() {
  const { columns, column_types: types = {} } = state.results;
  replaceChildren(
    $("row-fields"),
    columns.map((name, i) => {
      const id = `new-row-${i}`;
      const type = types[name] ?? "text";
      return h(
        "div",
        { class: "form-field" },
        h("label", { for: id }, name),
        h("input", {
          id,
          name,
          type: inputType[type] ?? "text",
          step: type === "number" ? "any" : false,
          min: type === "number" ? "0" : false,
          autocomplete: "off",
          "aria-describedby": `${id}-error`,
        }),
        h("p", { id: `${id}-error`, class: "error field-error", role: "alert" }),
      );
    }),
  );
  $("row-error").textContent = "";
  $("row-dialog").showModal();
  $("row-fields").querySelector("input")?.focus();
}

async function save(event) {
  event.preventDefault();
  const form = event.currentTarget;
  const values = {};
  for (const input of form.querySelectorAll("#row-fields input")) {
    if (input.value.trim() !== "") values[input.name] = input.value;
  }
  for (const p of form.querySelectorAll(".field-error")) p.textContent = "";
  for (const input of form.querySelectorAll("#row-fields input")) input.removeAttribute("aria-invalid");
  $("row-error").textContent = "";
  const button = $("row-save");
  button.disabled = true;
  try {
    const row = await post(`${jobPath()}/results`, { values });
    putRow(row);
    $("row-dialog").close();
    onAdded(row.row_id);
    notify("Certificate added.", { key: "row-added" });
  } catch (error) {
    const field = error.body?.field;
    const input = field ? [...form.querySelectorAll("#row-fields input")].find((i) => i.name === field) : null;
    if (input) {
      input.setAttribute("aria-invalid", "true");
      $(`${input.id}-error`).textContent = error.message;
      input.focus();
    } else {
      $("row-error").textContent = `Not added: ${error.message}`;
    }
  } finally {
    button.disabled = false;
  }
}
