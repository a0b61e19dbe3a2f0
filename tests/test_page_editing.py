"""Finishing the sheet in the page (SPEC section 8), in a real browser against the
real server: cells edited in place and seen by another tab, certificates added
and deleted by hand, a batch cancelled and its files retried, originals opened,
duplicates refused, and a sheet of 5,000 rows sorted, filtered and scrolled."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pytest
from playwright.sync_api import Page, expect

from .browser import fill_finished_batch

if TYPE_CHECKING:
    from .browser import Dashboard

pytest_plugins = ["tests.browser"]

pytestmark = [pytest.mark.browser, pytest.mark.slow]

START = re.compile(r"^Start extraction")


def open_sheet(context, dashboard: Dashboard, job_id: str) -> Page:
    page = context.new_page()
    page.goto(dashboard.sheet_url(job_id))
    expect(page.locator("#sheet-view")).to_be_visible()
    expect(page.locator("#stream-state")).to_have_text("Live")
    return page


def row(page: Page, n: int):
    """The table row whose # (position in the sheet) is n."""
    return page.locator("#results tbody tr.row").filter(
        has=page.locator("th", has_text=re.compile(rf"^{n:,}$"))
    )


def cell(page: Page, n: int, column: str):
    return row(page, n).locator(f'td[data-column="{column}"]')


def api_rows(dashboard: Dashboard, job_id: str) -> list[dict]:
    return dashboard.json("GET", f"/api/jobs/{job_id}/results", params={"limit": 1000})["rows"]


@pytest.fixture
def small_sheet(dashboard: Dashboard, conn) -> str:
    """A sheet with a finished batch of three rows (Course 00001 .. 00003)."""
    job_id = dashboard.create_sheet("Edit me")
    fill_finished_batch(conn, job_id, rows=3, files=3)
    return job_id


def test_cells_edit_in_place_from_the_keyboard_and_another_tab_sees_each_edit(
    dashboard: Dashboard, small_sheet: str, browser_context, screenshot
):
    page = open_sheet(browser_context, dashboard, small_sheet)
    other = open_sheet(browser_context, dashboard, small_sheet)
    expect(page.locator("#table-count")).to_have_text("3 rows")

    # Click edits; Tab saves and moves on; Shift-Tab saves and moves back.
    cell(page, 1, "Course Title").click()
    editor = page.locator("input.cell-editor")
    expect(editor).to_be_focused()
    editor.fill("Ethics for CPAs")
    editor.press("Tab")
    expect(cell(page, 1, "Provider/Sponsor").locator("input")).to_be_focused()
    page.keyboard.type("AICPA")
    page.keyboard.press("Shift+Tab")
    expect(cell(page, 1, "Course Title").locator("input")).to_have_value("Ethics for CPAs")
    # Escape cancels what was typed.
    page.keyboard.type(" (draft)")
    page.keyboard.press("Escape")
    expect(page.locator("input.cell-editor")).to_have_count(0)
    expect(cell(page, 1, "Course Title")).to_have_text("Ethics for CPAs")
    expect(cell(page, 1, "Provider/Sponsor")).to_have_text("AICPA")
    # The other tab shows both edits without a reload.
    expect(cell(other, 1, "Course Title")).to_have_text("Ethics for CPAs")
    expect(cell(other, 1, "Provider/Sponsor")).to_have_text("AICPA")

    # Enter on a focused cell edits it; a date edits as a date, hours as a number.
    cell(other, 2, "Completion Date").focus()
    other.keyboard.press("Enter")
    date = cell(other, 2, "Completion Date").locator("input")
    assert date.get_attribute("type") == "date"
    date.fill("2026-04-05")
    date.press("Enter")
    expect(cell(other, 2, "Completion Date")).to_have_text("2026-04-05")
    expect(cell(page, 2, "Completion Date")).to_have_text("2026-04-05")

    # The server refuses hours past 999,999: said at the cell, nothing saved.
    cell(page, 3, "CPE Hours").click()
    hours = cell(page, 3, "CPE Hours").locator("input")
    assert hours.get_attribute("type") == "number"
    hours.fill("1000000")
    hours.press("Enter")
    bubble = cell(page, 3, "CPE Hours").locator(".bubble-error")
    expect(bubble).to_contain_text("is not a valid number")
    expect(hours).to_have_value("1000000")
    screenshot(page, "1-refused-at-the-cell")
    hours.press("Escape")
    expect(cell(page, 3, "CPE Hours")).to_have_text("4")

    rows = api_rows(dashboard, small_sheet)
    assert rows[0]["values"]["Course Title"] == "Ethics for CPAs"
    assert rows[0]["values"]["Provider/Sponsor"] == "AICPA" and rows[0]["source"] == "manual"
    assert rows[1]["values"]["Completion Date"] == "2026-04-05"
    assert rows[2]["values"]["CPE Hours"] == 4 and rows[2]["source"] == "ai"


def test_a_certificate_is_added_by_hand_and_a_row_deleted_in_every_tab(
    dashboard: Dashboard, small_sheet: str, browser_context, screenshot
):
    page = open_sheet(browser_context, dashboard, small_sheet)
    other = open_sheet(browser_context, dashboard, small_sheet)
    expect(other.locator("#table-count")).to_have_text("3 rows")

    page.get_by_role("button", name="Add certificate").click()
    dialog = page.locator("#row-dialog")
    dialog.get_by_label("Course Title").fill("Webinar without a certificate")
    dialog.get_by_label("Completion Date").fill("2026-02-03")
    dialog.get_by_label("CPE Hours").fill("1000000")
    dialog.get_by_role("button", name="Add certificate").click()
    # The refusal is shown under the field it is about.
    expect(dialog.locator("#new-row-3-error")).to_contain_text("is not a valid number")
    screenshot(page, "1-add-refused")
    dialog.get_by_label("CPE Hours").fill("1.5")
    dialog.get_by_role("button", name="Add certificate").click()
    expect(dialog).to_be_hidden()
    expect(cell(page, 4, "Course Title")).to_have_text("Webinar without a certificate")
    expect(row(page, 4).locator(".file-cell")).to_have_text("added by hand")
    expect(cell(other, 4, "CPE Hours")).to_have_text("1.5")
    expect(other.locator("#table-count")).to_have_text("4 rows")

    row(page, 2).get_by_role("button", name="Delete row 2").click()
    page.locator("#confirm-dialog").get_by_role("button", name="Delete row").click()
    expect(page.locator("#table-count")).to_have_text("3 rows")
    expect(other.locator("#table-count")).to_have_text("3 rows")
    expect(other.locator("#results")).not_to_contain_text("Course 00002")
    screenshot(page, "2-deleted")

    rows = api_rows(dashboard, small_sheet)
    assert [r["values"]["Course Title"] for r in rows] == [
        "Course 00001",
        "Course 00003",
        "Webinar without a certificate",
    ]
    assert rows[-1]["source"] == "manual" and rows[-1]["values"]["CPE Hours"] == 1.5
    csv = dashboard.api.get(f"/api/jobs/{small_sheet}/export/csv").text
    assert "Webinar without a certificate" in csv and "Course 00002" not in csv


def test_cancel_leaves_the_sheet_usable_and_the_cancelled_files_retry(
    dashboard: Dashboard, browser_context, screenshot
):
    job_id = dashboard.create_sheet("Hanging extractor")
    dashboard.upload(job_id, "a.txt", "b.txt")
    page = open_sheet(browser_context, dashboard, job_id)
    page.get_by_role("button", name=START).click()
    expect(page.locator("#run-progress")).to_be_visible()
    # The extractor hangs (the gate is shut): Cancel is the way out.
    page.get_by_role("button", name="Cancel batch").click()
    expect(page.locator("#run-progress")).to_be_hidden()
    expect(page.locator("#sheet-subtitle")).to_contain_text("Cancelled")
    first = page.locator(".batch").last
    expect(first.locator("summary")).to_contain_text("2 cancelled")
    assert first.get_attribute("open") is None  # a finished batch is one line
    screenshot(page, "1-cancelled")

    # Usable at once: a new file uploads and starts while the old ones are still held.
    page.locator("#file-input").set_input_files(
        [{"name": "c.txt", "mimeType": "text/plain", "buffer": b"Course Title: c.txt\n"}]
    )
    expect(page.locator(".queue-item").filter(has_text="c.txt")).to_contain_text("Uploaded")
    page.get_by_role("button", name=START).click()
    expect(page.locator("#run-progress")).to_be_visible()

    # Retrying while that batch runs is refused, and said beside the button.
    retry_all = first.get_by_role("button", name="Retry all failed (2)")
    retry_all.click()
    expect(first.locator(".inline-error")).to_contain_text("in progress")
    assert first.get_attribute("open") is None

    dashboard.open_gate()
    expect(page.locator("#run-progress")).to_be_hidden()
    expect(page.locator("#table-count")).to_have_text("1 row")
    retry_all.click()
    expect(page.get_by_role("button", name=START)).to_have_text("Start extraction (2 new files)")
    expect(first.locator("summary")).not_to_contain_text("Retry all failed")
    page.get_by_role("button", name=START).click()
    expect(page.locator("#table-count")).to_have_text("3 rows")
    screenshot(page, "2-retried")
    titles = sorted(r["values"]["Course Title"] for r in api_rows(dashboard, job_id))
    assert titles == ["a.txt", "b.txt", "c.txt"]
    statuses = [(f["name"], f["status"]) for f in dashboard.files(job_id)]
    assert statuses.count(("a.txt", "cancelled")) == 1
    assert statuses.count(("a.txt", "completed")) == 1
    # The second cancel of a batch answers 409: nothing is in progress.
    response = dashboard.api.post(f"/api/cpe/sheets/{job_id}/cancel")
    assert response.status_code == 409


def test_a_row_and_a_file_open_their_original_in_a_new_tab(dashboard: Dashboard, browser_context):
    job_id = dashboard.create_sheet("Originals")
    dashboard.upload(job_id, "ethics.txt")
    run_id = dashboard.start(job_id)
    dashboard.open_gate()
    dashboard.wait_for_next_run(job_id, run_id)
    page = open_sheet(browser_context, dashboard, job_id)

    with page.expect_popup() as popup:
        row(page, 1).get_by_role("button", name="ethics.txt").click()
    tab = popup.value
    tab.wait_for_url(re.compile(r"^blob:"))
    assert "Course Title: ethics.txt" in tab.evaluate("document.body.innerText")
    tab.close()

    page.locator(".batch").last.locator("summary").click()
    with page.expect_popup() as popup:
        page.get_by_role("button", name="Open the original of ethics.txt").click()
    popup.value.wait_for_url(re.compile(r"^blob:"))
    assert "Course Title: ethics.txt" in popup.value.evaluate("document.body.innerText")


def test_a_file_already_in_the_sheet_is_skipped_unless_duplicates_are_allowed(
    dashboard: Dashboard, browser_context, screenshot
):
    job_id = dashboard.create_sheet("Twice")
    page = open_sheet(browser_context, dashboard, job_id)
    same = [{"name": "ethics.txt", "mimeType": "text/plain", "buffer": b"Course Title: Ethics\n"}]
    page.locator("#file-input").set_input_files(same)
    items = page.locator(".queue-item")
    expect(items.first).to_contain_text("Uploaded")
    page.locator("#file-input").set_input_files([{**same[0], "name": "ethics (copy).txt"}])
    expect(items.nth(1)).to_contain_text(
        'Not stored: duplicate: the sheet already holds these bytes as "ethics.txt" (batch 1)'
    )
    screenshot(page, "1-duplicate")
    page.get_by_label(re.compile("duplicates")).check()
    page.locator("#file-input").set_input_files([{**same[0], "name": "ethics (copy).txt"}])
    expect(items.nth(2)).to_contain_text("Uploaded")
    assert [f["name"] for f in dashboard.files(job_id)] == ["ethics.txt", "ethics (copy).txt"]


@pytest.fixture
def five_thousand(dashboard: Dashboard, conn) -> str:
    """A sheet of 5,000 rows in two finished batches, with fields of study and one
    very long title."""
    job_id = dashboard.create_sheet("Five thousand certificates")
    fill_finished_batch(conn, job_id, rows=2_500, files=10)
    fill_finished_batch(conn, job_id, rows=2_500, files=10)
    conn.execute(
        """UPDATE result_rows SET "values" = "values" || jsonb_build_object('Field of Study',
             CASE WHEN ("values"->>'CPE Hours')::int = 1 THEN 'Taxes' ELSE 'Accounting' END)
           WHERE job_id = %s""",
        [job_id],
    )
    conn.execute(
        """UPDATE result_rows SET "values" = "values"
             || jsonb_build_object('Course Title', 'Course 00007 ' || %s)
           WHERE job_id = %s AND "values"->>'Course Title' = 'Course 00007'""",
        ["and a very long title " * 8, job_id],
    )
    return job_id


def test_five_thousand_rows_scroll_sort_and_filter_in_a_fitting_table(
    dashboard: Dashboard, five_thousand: str, chromium, screenshot
):
    context = chromium.new_context(viewport={"width": 1400, "height": 900})
    context.add_init_script(f"localStorage.setItem('cpe_runs.token', {dashboard.token!r});")
    try:
        page = context.new_page()
        page.goto(dashboard.sheet_url(five_thousand))
        expect(page.locator("#table-count")).to_have_text("5,000 rows")
        drawn = page.locator("#results tbody tr.row")
        # Only the rows in view are drawn; the page stays short.
        assert drawn.count() < 120
        assert page.evaluate("document.documentElement.scrollHeight") < 3_000
        # Both finished batches are one summary line each.
        expect(page.locator(".batch")).to_have_count(2)
        expect(page.locator(".batch[open]")).to_have_count(0)

        # Fits 1,400 px: no sideways scrolling; the long title is cut and whole on hover.
        scroller = page.locator("#table-scroll")
        assert scroller.evaluate("el => el.scrollWidth <= el.clientWidth")
        long_title = cell(page, 7, "Course Title")
        assert long_title.evaluate("el => el.scrollWidth > el.clientWidth")
        assert long_title.get_attribute("title").endswith("long title ")
        screenshot(page, "1-first-rows")

        # Scrolled to the end: the last rows are drawn, the header still shows.
        scroller.evaluate("el => { el.scrollTop = el.scrollHeight; }")
        expect(cell(page, 5000, "Course Title")).to_have_text("Course 02500")
        header = page.locator("#results thead th").first.bounding_box()
        box = scroller.bounding_box()
        assert abs(header["y"] - box["y"]) < 3
        screenshot(page, "2-scrolled-to-the-end")

        # Sorted by any column: hours, highest first, then title.
        page.get_by_role("button", name="CPE Hours").click()
        page.get_by_role("button", name="CPE Hours").click()
        expect(page.locator("#results thead th").filter(has_text="CPE Hours")).to_have_attribute(
            "aria-sort", "descending"
        )
        expect(drawn.first.locator('td[data-column="CPE Hours"]')).to_have_text("8")
        page.get_by_role("button", name="Course Title").click()
        expect(drawn.first.locator('td[data-column="Course Title"]')).to_have_text("Course 00001")

        # Filtered by text and by field of study.
        page.get_by_label("Filter the rows").fill("Course 0012")
        expect(page.locator("#table-count")).to_have_text("20 of 5,000 rows")
        page.get_by_label("Field of study", exact=True).select_option("Taxes")
        expect(page.locator("#table-count")).to_have_text(re.compile(r"^\d of 5,000 rows$"))
        page.get_by_label("Filter the rows").fill("")
        expect(page.locator("#table-count")).to_have_text("624 of 5,000 rows")
        screenshot(page, "3-filtered")
    finally:
        context.close()
