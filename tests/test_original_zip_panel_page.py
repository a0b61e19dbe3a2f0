"""The original Next.js client's upload panel in a real browser (Chromium), from its
own origin against a live server: a ZIP of several certificates dropped on it shows
every member, not only the first.

The panel (tests/original/upload_panel.html, its code transcribed from
EnhancedFileUpload.tsx and lib/api.ts) uploads one file per XHR and shows the first
file of each answer; it learns of a ZIP's other members only from the event stream
it opens when an answer lists a ZIP, through a `files_extracted` event.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from . import oidc
from .apiclient import PDF, certificate, zip_of
from .live import free_port, start_live_server
from .oidc import IdentityProvider

idp = oidc.idp
# The browser fixtures (chromium).
pytest_plugins = ["tests.browser"]

pytestmark = [pytest.mark.browser, pytest.mark.slow]

PANEL = Path(__file__).with_name("original") / "upload_panel.html"
MEMBERS = {
    "2024/ethics.txt": certificate("ethics"),
    "2024/tax update.txt": certificate("tax"),
    "2025/scan.pdf": PDF,
}


class OriginalSite:
    """The original client's own origin (as `next dev` serves it on localhost): one
    page, the panel, at every path."""

    def __init__(self) -> None:
        self.page = b""
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(site.page)))
                self.end_headers()
                self.wfile.write(site.page)

            def log_message(self, *args) -> None:
                pass

        self.port = free_port()
        self._server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    @property
    def origin(self) -> str:
        return f"http://localhost:{self.port}"

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


@pytest.fixture
def original_server(db_url, tmp_path, idp: IdentityProvider) -> Iterator[tuple]:
    """The original's site and a live server that takes the identity provider's tokens
    and that site's origin; (site, the server's URL, a signed-in user's ID token)."""
    site = OriginalSite()
    env = {**idp.env(), "CPE_RUNS_CORS_ORIGINS": site.origin}
    server = start_live_server(db_url, tmp_path, env=env)
    token = idp.token("firebase-uid-zip", email="zip@example.com", exp=int(time.time()) + 3600)
    try:
        yield site, server.base_url, token
    finally:
        server.stop()
        site.close()


def test_a_zip_dropped_on_the_original_panel_shows_every_member(
    original_server,
    chromium,
    scratch_path,
):
    site, api_url, token = original_server
    bearer = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=api_url, headers=bearer, timeout=30) as api:
        state = api.get("/api/cpe/states").json()["states"][0]["template_id"]
        sheet = api.post("/api/cpe/sheets", json={"template_id": state}).json()
    site.page = (
        PANEL.read_text()
        .replace("%API_URL%", api_url)
        .replace("%TOKEN%", token)
        .replace("%JOB_ID%", sheet["job_id"])
        .replace("%RUN_ID%", sheet["run_id"])
        .encode()
    )
    archive = scratch_path / "certificates.zip"
    archive.write_bytes(zip_of(MEMBERS))

    from playwright.sync_api import expect

    context = chromium.new_context()
    try:
        page = context.new_page()
        page.goto(f"{site.origin}/dashboard/cpe-tracker")
        page.set_input_files("#files", str(archive))
        items = page.locator("#list li")
        # In the panel's order, by path: the first member keeps the path of the upload.
        expect(items).to_have_text(["tax update.txt", "scan.pdf", "ethics.txt"])
        expect(page.locator("#toast")).to_contain_text("Successfully uploaded")
        # What the panel shows is what the sheet holds: every member, once.
        with httpx.Client(base_url=api_url, headers=bearer, timeout=30) as api:
            listed = api.get(f"/api/jobs/{sheet['job_id']}/files:all").json()["files"]
        shown = {item.get_attribute("data-id") for item in items.all()}
        assert shown == {f["id"] for f in listed}
        assert {item.get_attribute("data-status") for item in items.all()} == {"uploaded"}
    finally:
        context.close()
