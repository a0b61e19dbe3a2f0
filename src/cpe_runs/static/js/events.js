// The event stream: Server-Sent Events that resume where they left off.
//
// EventSource cannot send an Authorization header, so every connection first
// fetches a short-lived ticket (POST /api/events/tickets) and passes it in the
// URL. A ticket lives 60 s, so the browser's own reconnect (same URL) would be
// refused once it expired: on any error this class closes the EventSource and
// reconnects itself with a fresh ticket and `last_event_id` = the last seq it
// saw, so the server replays exactly what was missed.

import { post } from "./api.js";

export const EVENT_TYPES = [
  "run_created",
  "run_status",
  "run_progress",
  "file_status",
  "sheet_deleted",
  "row_created",
  "row_updated",
  "row_deleted",
];
const MAX_DELAY_MS = 15_000;

export class EventStream {
  // onEvent(type, data, seq); onOpen(resumed) after each (re)connection;
  // onState("live" | "connecting" | "offline").
  constructor({ onEvent, onOpen, onState }) {
    this.onEvent = onEvent;
    this.onOpen = onOpen;
    this.onState = onState;
    this.lastEventId = null;
    this.source = null;
    this.timer = null;
    this.failures = 0;
    this.stopped = true;
    this.generation = 0;
  }

  start() {
    this.stopped = false;
    this.connect();
  }

  // Signing out: the next start() is a new session (maybe another user), not a resume.
  stop() {
    this.stopped = true;
    this.lastEventId = null;
    this.generation += 1;
    clearTimeout(this.timer);
    this.source?.close();
    this.source = null;
  }

  // Reconnect now (e.g. the tab became visible again and the stream had dropped).
  wake() {
    if (this.stopped || this.source?.readyState === EventSource.OPEN) return;
    clearTimeout(this.timer);
    this.connect();
  }

  async connect() {
    const generation = ++this.generation;
    this.source?.close();
    this.source = null;
    this.onState("connecting");
    let ticket;
    try {
      ({ ticket } = await post("/api/events/tickets"));
    } catch (error) {
      if (generation === this.generation) this.retry(error);
      return;
    }
    // stop() or another connect() ran while the ticket was on its way.
    if (generation !== this.generation || this.stopped) return;

    const params = new URLSearchParams({ ticket });
    if (this.lastEventId !== null) params.set("last_event_id", this.lastEventId);
    const source = new EventSource(`/api/events?${params}`);
    this.source = source;
    const resumed = this.lastEventId !== null;

    source.addEventListener("open", () => {
      this.failures = 0;
      this.onState("live");
      this.onOpen(resumed);
    });
    for (const type of EVENT_TYPES) {
      source.addEventListener(type, (message) => this.dispatch(type, message));
    }
    source.addEventListener("error", () => {
      if (generation !== this.generation) return;
      // Close it ourselves: the browser would retry with the expired ticket.
      source.close();
      this.retry();
    });
  }

  dispatch(type, message) {
    if (message.lastEventId) this.lastEventId = message.lastEventId;
    let data;
    try {
      data = JSON.parse(message.data);
    } catch {
      return; // not ours to guess at
    }
    this.onEvent(type, data, message.lastEventId);
  }

  retry(error) {
    if (this.stopped) return;
    // A refused token ends the session; api.js has already signed out.
    if (error?.status === 401) return;
    this.failures += 1;
    this.onState(this.failures > 2 ? "offline" : "connecting");
    // 0.5 s, 1 s, 2 s, ... up to 15 s, with jitter so many tabs do not reconnect in step.
    const delay = Math.min(MAX_DELAY_MS, 500 * 2 ** (this.failures - 1)) * (0.75 + Math.random() / 2);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.connect(), delay);
  }
}
