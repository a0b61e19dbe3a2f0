// A confirmation in a modal <dialog>: the browser traps focus in it, Escape
// cancels, and focus returns to the button that opened it.

import { $ } from "./dom.js";

export function confirmDialog({ title, text, confirm }) {
  const dialog = $("confirm-dialog");
  $("confirm-title").textContent = title;
  $("confirm-text").textContent = text;
  $("confirm-ok").textContent = confirm;
  dialog.returnValue = "";
  return new Promise((resolve) => {
    dialog.addEventListener("close", () => resolve(dialog.returnValue === "ok"), { once: true });
    dialog.showModal();
    // Start on Cancel: a stray Enter must not delete anything.
    dialog.querySelector('button[value="cancel"]').focus();
  });
}
