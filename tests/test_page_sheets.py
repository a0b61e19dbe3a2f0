"""The dashboard in a real browser: signing in, sheets, the big table, exports."""

from __future__ import annotations

import csv
import hashlib
import io
import re
import zipfile
from typing import TYPE_CHECKING

import openpyxl
import pytest
from playwright.sync_api import expect

if TYPE_CHECKING:
    from .browser import Dashboard

# The browser fixtures (chromium, dashboard, browser_context, screenshot).
pytest_plugins = ["tests.browser"]

pytestmark = [pytest.mark.browser, pytest.mark.slow]

# Markup in a name must show as the characters typed, never as markup.
HOSTILE_NAME = '<img src=x onerror="window.pwned=1"> Smith & Co <b>2026</b>'
TEN_THOUSAND = 10_000


def test_sign_in_create_and_delete_a_sheet_then_sign_out(
    dashboard: Dashboard, chromium, screenshot
):
    context = chromium.new_context(viewport={"width": 1280, "height": 860})
    try:
        page = context.new_page()
        page.goto(dashboard.url)
        token_input = page.get_by_label("Token")
        expect(token_input).to_be_focused()
        token_input.fill("cpe_not-a-real-token")
        page.keyboard.press("Enter")
        expect(page.locator("#sign-in-error")).to_contain_text("not accepted")
        token_input.fill(dashboard.token)
        page.keyboard.press("Enter")
        expect(page.locator("#account-email")).to_have_text("accountant@example.com")
        expect(page.locator("#stream-state")).to_have_text("Live")

        expect(page.get_by_label("State")).to_contain_text("California")
        page.get_by_label("State").select_option(label="California")
        page.get_by_label("Name").fill(HOSTILE_NAME)
        page.get_by_role("button", name="Create sheet").click()
        expect(page.locator("#sheet-title")).to_have_text(HOSTILE_NAME)
        expect(page).to_have_url(re.compile(r"\?job_id=[0-9a-f-]{36}$"))
        job_id = page.url.rsplit("=", 1)[1]
        item = page.locator(f'.sheet[data-job-id="{job_id}"]')
        expect(item.locator(".sheet-name")).to_have_text(HOSTILE_NAME)
        expect(item.locator(".badge")).to_have_text("Ready")
        assert page.locator("#app-view img, #app-view b").count() == 0
        assert page.evaluate("window.pwned") is None
        assert dashboard.sheet(job_id)["name"] == HOSTILE_NAME
        screenshot(page, "1-created")

        # A signed-in tab keeps its token across a reload.
        page.reload()
        expect(page.locator("#sheet-title")).to_have_text(HOSTILE_NAME)

        item.get_by_role("button", name=re.compile("^Delete sheet")).click()
        dialog = page.locator("#confirm-dialog")
        expect(dialog).to_be_visible()
        expect(dialog.get_by_role("button", name="Cancel")).to_be_focused()
        screenshot(page, "2-confirm-delete")
        page.keyboard.press("Escape")  # cancels: nothing is deleted
        expect(dialog).to_be_hidden()
        expect(item).to_be_visible()

        item.get_by_role("button", name=re.compile("^Delete sheet")).click()
        dialog.get_by_role("button", name="Delete sheet").click()
        expect(item).to_have_count(0)
        expect(page.locator("#no-sheet")).to_be_visible()
        expect(page).not_to_have_url(re.compile("job_id"))
        remaining = dashboard.json("GET", "/api/cpe/sheets")["sheets"]
        assert job_id not in [sheet["job_id"] for sheet in remaining]

        page.get_by_role("button", name="Sign out").click()
        expect(page.get_by_label("Token")).to_be_visible()
        assert page.evaluate("localStorage.getItem('cpe_runs.token')") is None
        screenshot(page, "3-signed-out")
    finally:
        context.close()


@pytest.fixture
def big_sheet(dashboard: Dashboard, conn) -> str:
    """A sheet whose first batch holds 10,000 rows (inserted with SQL)."""
    from .browser import fill_finished_batch

    job_id = dashboard.create_sheet("Ten thousand certificates")
    fill_finished_batch(conn, job_id, TEN_THOUSAND)
    return job_id


def test_ten_thousand_rows_load_whole_and_scroll_to_the_last(
    dashboard: Dashboard, big_sheet: str, browser_context, screenshot
):
    page = browser_context.new_page()
    page.goto(dashboard.sheet_url(big_sheet))
    expect(page.locator("#table-count")).to_have_text("10,000 rows")
    rows = page.locator("#results tbody tr.row")
    expect(rows.first).to_contain_text("Course 00001")
    # Only the rows in view are in the page, however long the sheet.
    assert rows.count() < 120
    screenshot(page, "1-first-rows")

    page.locator("#table-scroll").evaluate("el => { el.scrollTop = el.scrollHeight; }")
    expect(rows.last).to_contain_text("Course 10000")
    expect(rows.last.locator("th")).to_have_text("10,000")
    page.locator("#table-scroll").evaluate("el => { el.scrollTop = el.scrollHeight / 2; }")
    expect(page.locator("#results tbody tr.row", has_text="Course 05000")).to_have_count(1)
    assert rows.count() < 120
    screenshot(page, "2-scrolled")


def test_exports_download_every_row_as_csv_and_xlsx(
    dashboard: Dashboard, big_sheet: str, browser_context, tmp_path
):
    page = browser_context.new_page()
    page.goto(dashboard.sheet_url(big_sheet))
    expect(page.locator("#table-count")).to_have_text("10,000 rows")

    with page.expect_download() as csv_download:
        page.get_by_role("button", name="Export CSV").click()
    path = tmp_path / "export.csv"
    csv_download.value.save_as(path)
    assert csv_download.value.suggested_filename.endswith(".csv")
    with open(path, newline="", encoding="utf-8-sig") as fh:
        table = list(csv.DictReader(fh))
    assert len(table) == TEN_THOUSAND
    titles = {row["Course Title"] for row in table}
    assert {"Course 00001", "Course 10000"} <= titles and len(titles) == TEN_THOUSAND

    with page.expect_download() as xlsx_download:
        page.get_by_role("button", name="Export XLSX").click()
    path = tmp_path / "export.xlsx"
    xlsx_download.value.save_as(path)
    assert xlsx_download.value.suggested_filename.endswith(".xlsx")
    workbook = openpyxl.load_workbook(io.BytesIO(path.read_bytes()), read_only=True)
    sheet_rows = list(workbook.worksheets[0].iter_rows(values_only=True))
    assert len(sheet_rows) == TEN_THOUSAND + 1  # and the header
    assert "Course Title" in sheet_rows[0]
    expect(page.locator("#notices")).to_contain_text("Downloaded")


def test_page_reads_at_phone_width(dashboard: Dashboard, big_sheet: str, chromium, screenshot):
    context = chromium.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    try:
        token = dashboard.token
        context.add_init_script(f"localStorage.setItem('cpe_runs.token', {token!r});")
        page = context.new_page()
        page.goto(dashboard.sheet_url(big_sheet))
        expect(page.locator("#table-count")).to_have_text("10,000 rows")
        expect(page.locator("#results tbody tr.row").first).to_contain_text("Course 00001")
        # One column: nothing sticks out sideways except inside the table's own scroller.
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
        screenshot(page, "phone")
    finally:
        context.close()


def test_a_zip_upload_lists_its_members_says_what_it_skipped_and_a_new_file_can_be_removed(
    dashboard: Dashboard, browser_context, screenshot
):
    job_id = dashboard.create_sheet("ZIP of certificates")
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("2026/ethics.txt", "Course Title: Ethics\nCPE Hours: 4\n")
        zf.writestr("2026/tax.txt", "Course Title: Tax update\nCPE Hours: 8\n")
        zf.writestr("2026/logo.gif", b"GIF89a" + bytes(64))
    page = browser_context.new_page()
    page.goto(dashboard.sheet_url(job_id))
    expect(page.locator("#sheet-view")).to_be_visible()
    page.locator("#file-input").set_input_files(
        [{"name": "certificates.zip", "mimeType": "application/zip", "buffer": archive.getvalue()}]
    )
    item = page.locator(".queue-item").filter(has_text="certificates.zip")
    expect(item).to_contain_text("2 files stored, 1 member skipped")
    expect(page.locator("#notices")).to_contain_text("logo.gif")
    start = page.get_by_role("button", name=re.compile("^Start extraction"))
    expect(start).to_have_text("Start extraction (2 new files)")
    names = page.locator(".batch").first.locator(".file-name")
    expect(names).to_have_count(2)
    expect(names.first).to_contain_text("certificates.zip")
    screenshot(page, "zip-uploaded")

    page.get_by_role("button", name=re.compile("^Remove .*tax.txt")).click()
    expect(names).to_have_count(1)
    expect(start).to_have_text("Start extraction (1 new file)")
    assert [f["zip_path"] for f in dashboard.files(job_id)] == ["2026/ethics.txt"]


def test_a_revoked_token_signs_the_open_page_out(dashboard: Dashboard, browser_context, conn):
    page = browser_context.new_page()
    page.goto(dashboard.url)
    expect(page.locator("#stream-state")).to_have_text("Live")
    digest = hashlib.sha256(dashboard.token.encode()).digest()
    conn.execute("SELECT revoke_api_tokens(%s)", [digest])
    # The server ends the stream; the page's reconnect is refused and it signs out.
    expect(page.locator("#sign-in-error")).to_contain_text("refused")
    expect(page.get_by_label("Token")).to_be_visible()
    assert page.evaluate("localStorage.getItem('cpe_runs.token')") is None


def test_each_file_shows_its_own_upload_progress(dashboard: Dashboard, browser_context, screenshot):
    job_id = dashboard.create_sheet("Slow link")
    page = browser_context.new_page()
    page.goto(dashboard.sheet_url(job_id))
    expect(page.locator("#sheet-view")).to_be_visible()
    # A slow uplink (Chromium's own throttling), so the bars can be seen mid-way.
    cdp = browser_context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send(
        "Network.emulateNetworkConditions",
        {"offline": False, "latency": 0, "downloadThroughput": -1, "uploadThroughput": 64_000},
    )
    text = b"Course Title: A long certificate\n" + b"x" * 200_000 + b"\n"
    # Two certificates of their own (the sheet would refuse the same bytes twice).
    page.locator("#file-input").set_input_files(
        [
            {"name": f"long-{n}.txt", "mimeType": "text/plain", "buffer": text + b"%d\n" % n}
            for n in (1, 2)
        ]
    )
    page.wait_for_function(
        """() => [...document.querySelectorAll(".queue-item progress")]
                   .some((bar) => bar.value > 0 && bar.value < 1)"""
    )
    expect(page.locator(".queue-item").filter(has_text="long-1.txt")).to_contain_text(
        re.compile(r"Uploading… \d+%")
    )
    expect(page.locator(".queue-item").filter(has_text="long-2.txt")).to_contain_text("Waiting")
    screenshot(page, "mid-upload")
    cdp.send(
        "Network.emulateNetworkConditions",
        {"offline": False, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1},
    )
    for n in (1, 2):
        expect(page.locator(".queue-item").filter(has_text=f"long-{n}.txt")).to_contain_text(
            "Uploaded"
        )
    expect(page.get_by_role("button", name=re.compile("^Start"))).to_have_text(
        "Start extraction (2 new files)"
    )
