// The CPE tracker page: sign-in, the selected sheet in the URL, and keeping
// what is shown in step with the server (the event stream while the tab is
// open, a refetch whenever it becomes visible again).

import { ApiError, get, setUnauthorizedHandler, token } from "./api.js";
import { $ } from "./dom.js";
import { initCompliance, onSheetEvent } from "./compliance.js";
import { EventStream } from "./events.js";
import { initFiles } from "./files.js";
import { notify, notifyError } from "./notices.js";
import { initSheets } from "./sheets.js";
import { initSheetView } from "./sheetview.js";
import {
  ALL,
  dropRow,
  emptyResults,
  loadSheets,
  putRow,
  scheduleRefresh,
  setRefreshErrorHandler,
  state,
  subscribe,
  update,
} from "./store.js";
import { initRowForm } from "./rowform.js";
import { initTable, revealRow } from "./table.js";
import { initUpload } from "./upload.js";

const stream = new EventStream({
  onEvent: handleEvent,
  // First connection: load everything now, so nothing that happened before the
  // stream opened is missed. A resumed connection replays what it missed instead.
  onOpen: (resumed) => {
    if (!resumed) scheduleRefresh(ALL, 0);
  },
  onState: (value) => update({ stream: value }),
});

// -- events: each one says what changed; the page refetches that --------------

function handleEvent(type, data) {
  onSheetEvent(type, data);
  const selected = data.job_id === state.jobId;
  switch (type) {
    case "run_progress": {
      // Counters come with the event: patch the sheet rather than refetch the list.
      const sheet = state.sheets?.find((s) => s.job_id === data.job_id);
      if (sheet && sheet.latest_run_id === data.run_id) {
        Object.assign(sheet, pick(data, ["tasks_total", "tasks_completed", "tasks_failed"]));
        update({ sheets: [...state.sheets] });
      } else {
        scheduleRefresh({ sheets: true });
      }
      if (selected) scheduleRefresh({ files: true });
      break;
    }
    case "file_status":
      // Rows come with an extracted file (and go with a deleted one); the rest is the file list.
      if (selected) scheduleRefresh({ files: true, results: ["completed", "deleted"].includes(data.status) });
      break;
    // A row added, edited or deleted (here or in another tab): the event carries it.
    case "row_created":
    case "row_updated":
      if (selected && data.row) putRow(data.row);
      break;
    case "row_deleted":
      if (selected) dropRow(data.row_id);
      break;
    case "sheet_deleted":
      scheduleRefresh({ sheets: true });
      if (selected) {
        notify("This sheet was deleted.", { key: "sheet-deleted" });
        selectSheet(null, { replace: true });
      }
      break;
    default: // run_created, run_status: the sheet's latest run or its status changed
      scheduleRefresh(selected ? ALL : { sheets: true });
  }
}

const pick = (object, keys) =>
  Object.fromEntries(keys.filter((k) => object[k] !== undefined).map((k) => [k, object[k]]));

// -- the selected sheet lives in the URL ---------------------------------------

function jobIdFromUrl() {
  return new URL(location.href).searchParams.get("job_id") || null;
}

function selectSheet(jobId, { replace = false } = {}) {
  const url = new URL(location.href);
  if (jobId) url.searchParams.set("job_id", jobId);
  else url.searchParams.delete("job_id");
  if (url.href !== location.href) history[replace ? "replaceState" : "pushState"](null, "", url);
  showSheet(jobId);
}

function showSheet(jobId) {
  if (jobId === state.jobId) return;
  update({
    jobId,
    files: [],
    latestRun: null,
    results: emptyResults(),
  });
  if (jobId) scheduleRefresh(ALL, 0);
}

// A job_id in the URL that is not one of the user's sheets (deleted, or a stale link).
subscribe((keys) => {
  if (keys.has("sheets") && state.jobId && state.sheets && !state.sheets.some((s) => s.job_id === state.jobId)) {
    notify("That sheet no longer exists.", { key: "missing-sheet" });
    selectSheet(null, { replace: true });
  }
});

// -- sign-in -------------------------------------------------------------------

function showView(signedIn) {
  $("sign-in-view").hidden = signedIn;
  $("app-view").hidden = !signedIn;
  $("account").hidden = !signedIn;
}

async function signIn(event) {
  event.preventDefault();
  const input = $("token-input");
  const secret = input.value.trim();
  const error = $("sign-in-error");
  error.textContent = "";
  try {
    const me = await get("/api/me", { secret });
    token.set(secret);
    input.value = "";
    await enter(me);
  } catch (failure) {
    error.textContent =
      failure instanceof ApiError && failure.status === 401
        ? "That token was not accepted. Check it, or create a new one with `cpe-runs token create EMAIL`."
        : `Could not sign in: ${failure.message}`;
    input.focus();
  }
}

async function enter(me) {
  update({ me });
  $("account-email").textContent = me.email;
  showView(true);
  showSheet(jobIdFromUrl());
  stream.start();
  try {
    const [states] = await Promise.all([get("/api/cpe/states"), loadSheets()]);
    update({ states: states.states });
  } catch (error) {
    notifyError(`Could not load your sheets: ${error.message}`);
  }
}

function signOut(reason) {
  stream.stop();
  token.clear();
  update({ me: null, sheets: null, uploads: [] });
  showSheet(null);
  showView(false);
  if (reason) $("sign-in-error").textContent = reason;
  $("token-input").focus();
}

// -- start ---------------------------------------------------------------------

function renderStreamState() {
  const labels = { live: "Live", connecting: "Connecting…", offline: "Offline: retrying" };
  const el = $("stream-state");
  el.textContent = labels[state.stream] ?? "";
  el.dataset.state = state.stream;
}

async function boot() {
  initSheets({ onSelect: (jobId) => selectSheet(jobId) });
  initSheetView();
  initUpload();
  initFiles();
  initTable();
  initRowForm({ onAdded: revealRow });
  initCompliance();
  subscribe((keys) => keys.has("stream") && renderStreamState());
  setRefreshErrorHandler((error) => {
    if (error.status !== 401) notifyError(`Could not refresh: ${error.message}`, { key: "refresh" });
  });
  setUnauthorizedHandler(() => signOut("Your token was refused (revoked?). Sign in again."));

  $("sign-in-form").addEventListener("submit", signIn);
  $("sign-out").addEventListener("click", () => signOut());
  window.addEventListener("popstate", () => showSheet(jobIdFromUrl()));
  // Back from another tab or a sleeping laptop: show the truth at once, and
  // bring the stream back if it dropped meanwhile.
  const catchUp = () => {
    if (state.me) {
      scheduleRefresh(ALL, 0);
      stream.wake();
    }
  };
  document.addEventListener("visibilitychange", () => document.visibilityState === "visible" && catchUp());
  // Back/forward cache: the page comes back as it was left, its stream closed.
  window.addEventListener("pageshow", (event) => event.persisted && catchUp());

  const secret = token.get();
  if (!secret) {
    showView(false);
    $("token-input").focus();
    return;
  }
  try {
    await enter(await get("/api/me", { secret }));
  } catch (error) {
    if (error.status === 401) {
      signOut("Your saved token was refused. Sign in again.");
    } else {
      // Keep the token: the server may just be restarting. Signing in again retries.
      showView(false);
      $("token-input").value = secret;
      $("sign-in-error").textContent = `Could not reach the server: ${error.message}`;
    }
  }
}

boot();
