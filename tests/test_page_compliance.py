"""The requirement and progress panel in a real browser: set in the page (the server's
refusal shown at the form), live as rows are extracted, edited, added and deleted
(elsewhere: the stream's events), rows that do not count marked, the chart of hours
by field of study, and the audit packet download."""

from __future__ import annotations

import datetime
import io
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from playwright.sync_api import expect

if TYPE_CHECKING:
    from .browser import Dashboard

pytest_plugins = ["tests.browser"]

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def open_sheet(context, dashboard: Dashboard, job_id: str):
    page = context.new_page()
    page.goto(dashboard.sheet_url(job_id))
    expect(page.locator("#sheet-view")).to_be_visible()
    expect(page.locator("#compliance")).to_have_attribute("data-loaded", "true")
    return page


def test_panel_follows_extraction_live(browser_context, dashboard, screenshot):
    today = datetime.date.today()
    job_id = dashboard.create_sheet("Compliance 2026")
    requirement = {
        "period_start": str(today - datetime.timedelta(days=700)),
        "period_end": str(today + datetime.timedelta(days=30)),
        "total_hours": 4,
        "ethics_hours": 1,
    }
    dashboard.json("PUT", f"/api/cpe/sheets/{job_id}/requirement", json=requirement)
    page = open_sheet(browser_context, dashboard, job_id)
    total = page.locator("[data-testid=total-progress]")
    ethics = page.locator("[data-testid=ethics-progress]")
    expect(total).to_have_text("0 of 4 — 4 to go")
    expect(ethics).to_have_text("0 of 1 — 1 to go")
    warning = page.locator("#compliance-warning")
    expect(warning).to_contain_text("ends in 30 days")
    expect(warning).to_contain_text("4 hours and 1 ethics hour are still missing")

    # Extracted rows arrive (the gated extractor: 1 hour each, no date, no field).
    dashboard.upload(job_id, "ethics.txt", "tax.txt")
    run_id = dashboard.start(job_id)
    dashboard.open_gate()
    dashboard.wait_for_next_run(job_id, run_id)
    expect(page.locator("#compliance-totals")).to_contain_text("2 certificates · 2 hours in all")
    # Without a date they count towards no period, and the table says so.
    expect(total).to_have_text("0 of 4 — 4 to go")
    expect(page.locator("#results tbody tr.outside-period")).to_have_count(2)
    expect(page.locator("#results .row-flag").first).to_have_text("no date")
    expect(page.locator("#compliance-legend")).to_have_text(
        "Marked in the table: 2 rows without a completion date. Hover a marked row to see why."
    )
    screenshot(page, "extracted")


def test_requirement_is_set_in_the_page_and_the_packet_downloads(
    browser_context, dashboard, screenshot
):
    job_id = dashboard.create_sheet("Audit me")
    dashboard.upload(job_id, "one.txt")
    run_id = dashboard.start(job_id)
    dashboard.open_gate()
    dashboard.wait_for_next_run(job_id, run_id)
    # Its hours cleared: the row counts for nothing, and the page says which one it is.
    row_id = dashboard.json("GET", f"/api/jobs/{job_id}/results")["rows"][0]["row_id"]
    edit = {"values": {"CPE Hours": None}}
    dashboard.json("PATCH", f"/api/jobs/{job_id}/results/{row_id}", json=edit)
    page = open_sheet(browser_context, dashboard, job_id)
    expect(page.locator("#compliance-totals")).to_contain_text(
        "1 row whose hours could not be counted"
    )
    expect(page.locator("#results .row-flag")).to_have_text("hours not counted")
    expect(page.locator("#results tbody tr.hours-uncounted")).to_have_count(1)
    expect(page.locator("#compliance-legend")).to_contain_text("1 row whose hours were not counted")
    expect(page.locator("#requirement-text")).to_contain_text("No requirement set")
    expect(page.locator("#compliance-progress progress")).to_have_count(0)

    page.get_by_role("button", name="Set requirement").click()
    form = page.locator("#requirement-form")
    expect(form).to_contain_text("Check with your board")
    page.get_by_label("Period starts").fill("2025-01-01")
    page.get_by_label("Period ends").fill("2024-12-31")
    page.get_by_label("Total hours").fill("80")
    page.get_by_label("Ethics hours").fill("4")
    page.get_by_role("button", name="Save requirement").click()
    # The server's reason, at the form; nothing stored.
    expect(page.locator("#requirement-error")).to_have_text(
        "the period ends (2024-12-31) before it starts (2025-01-01)"
    )
    assert dashboard.json("GET", f"/api/cpe/sheets/{job_id}/requirement") is None

    page.get_by_label("Period ends").fill("2026-12-31")
    page.get_by_role("button", name="Save requirement").click()
    expect(form).to_be_hidden()
    expect(page.locator("#requirement-text")).to_contain_text(
        "Reporting period 2025-01-01 to 2026-12-31: 80 hours, 4 of them ethics."
    )
    expect(page.locator("[data-testid=total-progress]")).to_contain_text("of 80")
    assert dashboard.json("GET", f"/api/cpe/sheets/{job_id}/requirement")["total_hours"] == 80
    screenshot(page, "requirement")

    with page.expect_download() as download_info:
        page.get_by_role("button", name="Audit packet").click()
    download = download_info.value
    assert download.suggested_filename == "Audit me audit packet.zip"
    archive = zipfile.ZipFile(io.BytesIO(Path(download.path()).read_bytes()))
    assert archive.namelist() == [
        "summary.pdf", "sheet.csv", "sheet.xlsx", "certificates/001 one.txt",
    ]  # fmt: skip
    assert archive.read("certificates/001 one.txt") == b"Course Title: one.txt\n"


def test_panel_follows_edits_additions_and_deletions_live(browser_context, dashboard, screenshot):
    """Rows changed elsewhere (the API, as another tab would): row_updated,
    row_created and row_deleted reach the page, and the panel follows by itself."""
    today = datetime.date.today()
    job_id = dashboard.create_sheet("Edited elsewhere")
    dashboard.upload(job_id, "ethics.txt", "tax.txt")
    run_id = dashboard.start(job_id)
    dashboard.open_gate()
    dashboard.wait_for_next_run(job_id, run_id)
    requirement = {
        "period_start": str(today - datetime.timedelta(days=700)),
        "period_end": str(today + datetime.timedelta(days=30)),
        "total_hours": 4,
        "ethics_hours": 1,
    }
    dashboard.json("PUT", f"/api/cpe/sheets/{job_id}/requirement", json=requirement)
    page = open_sheet(browser_context, dashboard, job_id)
    total = page.locator("[data-testid=total-progress]")
    ethics = page.locator("[data-testid=ethics-progress]")
    expect(total).to_have_text("0 of 4 — 4 to go")
    rows = dashboard.json("GET", f"/api/jobs/{job_id}/results")["rows"]
    by_title = {r["values"]["Course Title"]: r["row_id"] for r in rows}

    dashboard.json(
        "PATCH",
        f"/api/jobs/{job_id}/results/{by_title['ethics.txt']}",
        json={"values": {"Completion Date": str(today), "Field of Study": "Regulatory Ethics",
                         "CPE Hours": 2}},
    )  # fmt: skip
    expect(total).to_have_text("2 of 4 — 2 to go")
    expect(ethics).to_have_text("2 of 1 — met")
    expect(page.locator("#results tbody tr.outside-period")).to_have_count(1)
    expect(page.locator("#compliance-warning")).to_contain_text("2 hours are still missing")
    expect(page.locator("#compliance-chart [data-field='Regulatory Ethics']")).to_have_count(1)

    old = str(today - datetime.timedelta(days=900))
    dashboard.json(
        "PATCH",
        f"/api/jobs/{job_id}/results/{by_title['tax.txt']}",
        json={"values": {"Completion Date": old, "Field of Study": "Taxes", "CPE Hours": 3}},
    )
    expect(page.locator("#compliance-totals")).to_contain_text("2 certificates · 5 hours in all")
    flag = page.locator("#results .row-flag")
    expect(flag).to_have_text("outside period")
    expect(flag).to_have_attribute(
        "title", f"Completed {old}, outside the reporting period: it does not count towards it"
    )
    expect(page.locator("#compliance-legend")).to_contain_text("1 row completed outside the period")
    expect(page.locator("#compliance-chart [data-field='Taxes']")).to_have_count(1)

    # A course without a certificate, typed by hand, completes the period.
    added = {"values": {"Course Title": "Conference", "Completion Date": str(today),
                        "CPE Hours": 2, "Field of Study": "Auditing"}}  # fmt: skip
    dashboard.json("POST", f"/api/jobs/{job_id}/results", json=added)
    expect(total).to_have_text("4 of 4 — met")
    expect(page.locator("#compliance-warning")).to_be_hidden()
    expect(page.locator("#compliance-totals")).to_contain_text("3 certificates · 7 hours in all")

    # The ethics course deleted: its hours are missing again.
    dashboard.json("DELETE", f"/api/jobs/{job_id}/results/{by_title['ethics.txt']}")
    expect(total).to_have_text("2 of 4 — 2 to go")
    expect(ethics).to_have_text("0 of 1 — 1 to go")
    expect(page.locator("#compliance-chart [data-field='Regulatory Ethics']")).to_have_count(0)
    screenshot(page, "edited")
