"""Hostile file and sheet names in the page (headless Chromium): the sheet list, the
title, the files of each batch and the table show the stored names character for
character, and no markup in a name becomes an element or runs.

What the API stores for each name is test_hostile_names.py's subject; here the
names go in through the API as a hostile client sends them and come out in the page.
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

import pytest
from playwright.sync_api import expect

from .test_hostile_names import BOUNDARY, multipart_body

if TYPE_CHECKING:
    from .browser import Dashboard

# The browser fixtures (chromium, dashboard, browser_context, screenshot).
pytest_plugins = ["tests.browser"]

pytestmark = [pytest.mark.browser, pytest.mark.slow]

# The name sent -> the name the page must show. No "/" in markup: that is a path.
FILE_NAMES = {
    '<img src=x onerror="window.pwned=1"> certificate.txt': (
        '<img src=x onerror="window.pwned=1"> certificate.txt'
    ),
    "<script>window.pwned=2<script> <svg onload=window.pwned=3>.txt": (
        "<script>window.pwned=2<script> <svg onload=window.pwned=3>.txt"
    ),
    "&amp; &lt;b&gt; entities stay text.txt": "&amp; &lt;b&gt; entities stay text.txt",
    "'); DROP TABLE source_files;-- 100% _x_ [y].txt": (
        "'); DROP TABLE source_files;-- 100% _x_ [y].txt"
    ),
    "../../etc/passwd": "passwd",
    "cert\x00\x07\x1bificate.txt": "certificate.txt",
    "Ethics\u202egnp.exe.txt": "Ethicsgnp.exe.txt",
    unicodedata.normalize("NFD", "Übung 🎓 証明書.txt"): "Übung 🎓 証明書.txt",
    "x" * 996 + ".txt": "x" * 251 + ".txt",
}
SHEET_SENT = "<img src=x onerror=window.pwned=4> O'Brien & Co\u202e; DROP TABLE extraction_jobs;--"
SHEET_SHOWN = "<img src=x onerror=window.pwned=4> O'Brien & Co; DROP TABLE extraction_jobs;--"
# Markup a name could inject; the page's own chart (an SVG the app draws) is not such markup.
INJECTED = "#app-view img, #app-view :not(#compliance-chart) > svg, #app-view script, #app-view b"


def texts(page, selector: str) -> list[str]:
    """The exact textContent of every match (to_have_text would collapse spaces)."""
    return page.locator(selector).evaluate_all("els => els.map(e => e.textContent)")


def test_hostile_names_show_as_their_characters_in_every_part_of_the_page(
    dashboard: Dashboard, browser_context, screenshot
):
    job_id = dashboard.create_sheet(SHEET_SENT)
    # Each a certificate of its own: the sheet does not store the same bytes twice.
    body = multipart_body(
        [(name, b"Certificate of Completion %d\n" % n) for n, name in enumerate(FILE_NAMES)]
    )
    uploaded = dashboard.json(
        "POST",
        f"/api/jobs/{job_id}/files",
        content=body,
        headers={"Content-Type": f"multipart/form-data; boundary={BOUNDARY}"},
    )
    shown = sorted(FILE_NAMES.values())
    assert sorted(f["name"] for f in uploaded["files"]) == shown

    page = browser_context.new_page()
    page.goto(dashboard.sheet_url(job_id))
    expect(page.locator("#sheet-view")).to_be_visible()
    expect(page.locator("#files .file-name")).to_have_count(len(shown))
    assert texts(page, "#sheet-title") == [SHEET_SHOWN]
    assert texts(page, f'.sheet[data-job-id="{job_id}"] .sheet-name') == [SHEET_SHOWN]
    assert sorted(texts(page, "#files .file-name")) == shown
    screenshot(page, "1-files")

    run_id = dashboard.start(job_id)
    dashboard.open_gate()
    dashboard.wait_for_next_run(job_id, run_id)
    rows = page.locator("#results tbody tr")
    expect(rows).to_have_count(len(shown))
    # The gated extractor titles each row with the file's stored name.
    assert sorted(texts(page, "#results tbody .file-cell")) == shown
    assert sorted(texts(page, "#results tbody tr td:first-of-type")) == shown
    screenshot(page, "2-table")

    assert page.locator(INJECTED).count() == 0
    assert page.evaluate("window.pwned") is None
