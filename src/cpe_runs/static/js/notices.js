// Notices: short messages about what happened, read out by screen readers
// (the container is an aria-live region). A notice with a key replaces the
// earlier one with the same key instead of piling up.

import { $, h } from "./dom.js";

const LIFETIME_MS = { info: 12_000, error: 20_000 };

export function notify(text, { kind = "info", key } = {}) {
  const container = $("notices");
  if (key) container.querySelector(`[data-key="${CSS.escape(key)}"]`)?.remove();
  const notice = h(
    "div",
    { class: `notice notice-${kind}`, dataset: key ? { key } : {} },
    h("span", {}, text),
    h("button", {
      type: "button",
      class: "notice-close",
      "aria-label": "Dismiss notice",
      onclick: () => notice.remove(),
    }, "×"),
  );
  container.append(notice);
  // Errors and notices stay long enough to be read; a dismiss button is always there.
  setTimeout(() => notice.remove(), LIFETIME_MS[kind] ?? LIFETIME_MS.info);
  return notice;
}

export const notifyError = (text, options = {}) => notify(text, { kind: "error", ...options });
