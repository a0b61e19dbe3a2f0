"""The page marks the cells whose value the extractor was unsure of, so that a person
checks those first; the mark says how sure it was."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from playwright.sync_api import expect

if TYPE_CHECKING:
    from .browser import Dashboard

pytest_plugins = ["tests.browser"]

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_low_confidence_cells_are_marked_with_how_sure_the_reading_was(
    dashboard: Dashboard, browser_context, screenshot
):
    job_id = dashboard.create_sheet("Unsure scans")
    dashboard.upload(job_id, "unsure-scan.txt", "clear.txt")
    run_id = dashboard.start(job_id)
    dashboard.open_gate()
    dashboard.wait_for_next_run(job_id, run_id)

    page = browser_context.new_page()
    page.goto(dashboard.sheet_url(job_id))
    expect(page.locator("#results tbody tr")).to_have_count(2)
    marked = page.locator("#results td.low-confidence")
    expect(marked).to_have_count(1)  # the unsure title; its hours (0.97) and the clear row not
    expect(marked).to_have_text("unsure-scan.txt")
    expect(marked).to_have_attribute("title", "Check this value: read with 55% confidence")
    screenshot(page, "low-confidence-cell")
