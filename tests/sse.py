"""A small Server-Sent Events reader for tests: httpx streaming, every read bounded."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import httpx

# No single read waits longer than this: a test that expects an event fails
# instead of hanging. It bounds the test, it is not a latency assertion.
READ_TIMEOUT = 20.0


@dataclass
class Message:
    id: int | None = None
    event: str | None = None
    data: str | None = None
    comments: list[str] = field(default_factory=list)
    retry: int | None = None

    @property
    def payload(self) -> dict[str, Any]:
        return json.loads(self.data or "null")


class StreamEnded(Exception):
    """The server ended the stream."""


class EventStream:
    """One open stream: `with EventStream(url, token=...) as stream: stream.next_event()`."""

    def __init__(
        self,
        base_url: str,
        path: str = "/api/events",
        *,
        token: str | None = None,
        params: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
        last_event_id: int | None = None,
    ) -> None:
        self.headers = dict(headers or {})
        if token:
            self.headers["Authorization"] = f"Bearer {token}"
        if last_event_id is not None:
            self.headers["Last-Event-ID"] = str(last_event_id)
        self.client = httpx.Client(base_url=base_url, timeout=httpx.Timeout(10, read=READ_TIMEOUT))
        self.path, self.params = path, params
        self.response: httpx.Response | None = None
        self.last_id: int | None = last_event_id

    def __enter__(self) -> EventStream:
        request = self.client.build_request(
            "GET", self.path, params=self.params, headers=self.headers
        )
        self.response = self.client.send(request, stream=True)
        self._lines = self.response.iter_lines()
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if self.response is not None:
            self.response.close()
        self.client.close()

    @property
    def status_code(self) -> int:
        assert self.response is not None
        return self.response.status_code

    def open(self) -> EventStream:
        """Wait for the opening comment: from here on the stream sees every new event."""
        assert self.status_code == 200, self.response.read()
        first = self.next_message()
        assert "stream open" in first.comments, first
        return self

    def next_message(self) -> Message:
        message = Message()
        for line in self._lines:
            if not line:
                if message.id is None and message.event is None and message.data is None:
                    if message.comments or message.retry is not None:
                        return message
                    continue
                if message.id is not None:
                    self.last_id = message.id
                return message
            name, _, value = line.partition(":")
            value = value.removeprefix(" ")
            if name == "":
                message.comments.append(value)
            elif name == "id":
                message.id = int(value)
            elif name == "event":
                message.event = value
            elif name == "data":
                message.data = value if message.data is None else message.data + "\n" + value
            elif name == "retry":
                message.retry = int(value)
        raise StreamEnded(self.last_id)

    def next_event(self) -> Message:
        """The next event, skipping comments (pings)."""
        while True:
            message = self.next_message()
            if message.event is not None:
                return message

    def events_until(self, seq: int, limit: int = 100_000) -> list[Message]:
        """Events up to and including the one with id `seq` (bounded by `limit`)."""
        events: list[Message] = []
        for _ in range(limit):
            event = self.next_event()
            events.append(event)
            if event.id >= seq:
                return events
        raise AssertionError(f"no event {seq} within {limit} events")
