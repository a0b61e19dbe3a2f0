"""The seed's verification checklist, in a real browser against the real server.

The server's extractor holds every task until the test opens the gate
(tests/browser.py), so "the run is still in progress" and "the run finished
while the page was away" are states the test sets, not races it hopes to win.
Completion is always checked through the API; the page is then expected to
show it (Playwright's waiting expectations, no sleeps).
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, urlparse

import pytest
from playwright.sync_api import Page, expect

if TYPE_CHECKING:
    from .browser import Dashboard, DroppableProxy

# The browser fixtures (chromium, dashboard, browser_context, screenshot). Imported
# by pytest only, so that its assertions are rewritten.
pytest_plugins = ["tests.browser"]

pytestmark = [pytest.mark.browser, pytest.mark.slow]

START = re.compile(r"^Start extraction")
# Markup in a file name shows as the characters, never as markup (no "/": that is a path).
LATE_FILE = 'after <img src=x onerror="window.pwned=1"> & return.txt'


def open_sheet(context, dashboard: Dashboard, job_id: str) -> Page:
    page = context.new_page()
    page.goto(dashboard.sheet_url(job_id))
    expect(page.locator("#sheet-view")).to_be_visible()
    return page


def certificate(name: str) -> bytes:
    return f"Certificate of Completion\nCourse Title: {name}\nCPE Hours: 1\n".encode()


def pick_files(page: Page, *names: str) -> None:
    """Choose files with the file picker."""
    files = [{"name": n, "mimeType": "text/plain", "buffer": certificate(n)} for n in names]
    page.locator("#file-input").set_input_files(files)


def drop_files(page: Page, *names: str) -> None:
    """Drop files on the drop zone, as a drag from the desktop would."""
    transfer = page.evaluate_handle(
        """(files) => {
            const transfer = new DataTransfer();
            for (const [name, text] of files) {
                transfer.items.add(new File([text], name, {type: "text/plain"}));
            }
            return transfer;
        }""",
        [[n, certificate(n).decode()] for n in names],
    )
    page.dispatch_event("#drop-zone", "drop", {"dataTransfer": transfer})


def queue_item(page: Page, name: str):
    return page.locator(".queue-item").filter(has_text=name)


def expect_ready_batch(page: Page, number: int) -> None:
    """The page shows batch `number` as the sheet's editable batch, uploads open."""
    expect(page.locator("#sheet-subtitle")).to_contain_text(f"Batch {number}: Ready")
    expect(page.locator("#run-progress")).to_be_hidden()
    expect(page.locator("#upload-reason")).to_be_hidden()
    expect(page.locator("#pick-files")).to_be_enabled()


def expect_extracting(page: Page, done: int, total: int) -> None:
    expect(page.locator("#run-progress")).to_be_visible()
    expect(page.locator("#run-progress-label")).to_contain_text(f"{done} of {total} files done")
    expect(page.locator("#upload-reason")).to_contain_text("Extraction in progress")
    expect(page.locator("#pick-files")).to_be_disabled()
    expect(page.get_by_role("button", name=START)).to_be_disabled()


def test_start_leave_finish_return_shows_the_new_run_and_uploads_at_once(
    dashboard: Dashboard, browser_context, screenshot
):
    job_id = dashboard.create_sheet("Leave and return")
    dashboard.upload(job_id, "ethics.txt", "tax-update.txt")
    first_run = dashboard.sheet(job_id)["latest_run_id"]

    page = open_sheet(browser_context, dashboard, job_id)
    start = page.get_by_role("button", name=START)
    expect(start).to_have_text("Start extraction (2 new files)")
    start.click()
    expect_extracting(page, 0, 2)
    screenshot(page, "1-started")

    page.goto("about:blank")
    dashboard.open_gate()
    sheet = dashboard.wait_for_next_run(job_id, first_run)

    page.goto(dashboard.sheet_url(job_id))
    expect_ready_batch(page, 2)
    expect(page.locator("#results tbody tr")).to_have_count(2)
    drop_files(page, LATE_FILE)
    expect(queue_item(page, LATE_FILE)).to_contain_text("Uploaded")
    expect(start).to_have_text("Start extraction (1 new file)")
    expect(page.locator(".batch").first.locator(".file-name")).to_have_text(LATE_FILE)
    assert page.locator("#app-view img").count() == 0
    assert page.evaluate("window.pwned") is None
    screenshot(page, "2-uploaded-after-return")

    [uploaded] = [f for f in dashboard.files(job_id) if f["name"] == LATE_FILE]
    assert uploaded["job_run_id"] == sheet["latest_run_id"]
    assert uploaded["status"] == "uploaded"


def test_return_while_in_progress_shows_progress_then_flips_to_the_next_run_without_reload(
    dashboard: Dashboard, browser_context, screenshot
):
    job_id = dashboard.create_sheet("Come back mid-run")
    dashboard.upload(job_id, "a.txt", "b.txt", "c.txt")
    first_run = dashboard.start(job_id)

    page = open_sheet(browser_context, dashboard, job_id)
    expect_extracting(page, 0, 3)
    page.goto("about:blank")
    page.goto(dashboard.sheet_url(job_id))
    expect_extracting(page, 0, 3)
    expect(page.locator(".sheet.selected .badge")).to_have_text("Extracting")
    expect(page.locator(".sheet.selected progress")).to_be_visible()
    screenshot(page, "1-in-progress")

    # A reload would wipe this marker: the flip must come from the event stream.
    page.evaluate("window.sameDocument = true")
    dashboard.open_gate()
    expect_ready_batch(page, 2)
    expect(page.locator("#results tbody tr")).to_have_count(3)
    expect(page.locator(".sheet.selected .badge")).to_have_text("Ready")
    assert page.evaluate("window.sameDocument") is True
    assert dashboard.sheet(job_id)["latest_run_id"] != first_run
    screenshot(page, "2-flipped")


def test_a_stale_tab_gets_409_switches_to_the_latest_run_and_retries_once(
    dashboard: Dashboard, browser_context, screenshot
):
    job_id = dashboard.create_sheet("Two tabs")
    dashboard.upload(job_id, "first.txt")
    first_run = dashboard.sheet(job_id)["latest_run_id"]

    fresh = open_sheet(browser_context, dashboard, job_id)
    # The stale tab never hears an event (as if its connection were down), so it
    # keeps believing that the first batch is the one to add to.
    stale = browser_context.new_page()
    stale.route(re.compile(r"/api/events(\?|$)"), lambda route: route.abort())
    stale.goto(dashboard.sheet_url(job_id))
    expect(stale.get_by_role("button", name=START)).to_have_text("Start extraction (1 new file)")
    posts: list[tuple[int, str | None]] = []

    def record_upload(response) -> None:
        if response.request.method == "POST" and "/files" in response.url:
            run_id = parse_qs(urlparse(response.url).query).get("run_id", [None])[0]
            posts.append((response.status, run_id))

    stale.on("response", record_upload)

    fresh.get_by_role("button", name=START).click()
    expect_extracting(fresh, 0, 1)
    dashboard.open_gate()
    second_run = dashboard.wait_for_next_run(job_id, first_run)["latest_run_id"]
    expect_ready_batch(fresh, 2)
    expect(stale.get_by_role("button", name=START)).to_have_text("Start extraction (1 new file)")

    pick_files(stale, "from-stale-tab.txt")
    expect(stale.locator("#notices")).to_contain_text("This tab was out of date")
    expect(queue_item(stale, "from-stale-tab.txt")).to_contain_text("Uploaded to the current batch")
    expect_ready_batch(stale, 2)
    expect(stale.get_by_role("button", name=START)).to_have_text("Start extraction (1 new file)")
    screenshot(stale, "stale-tab-recovered")

    assert posts == [(409, first_run), (201, second_run)]
    [landed] = [f for f in dashboard.files(job_id) if f["name"] == "from-stale-tab.txt"]
    assert landed["job_run_id"] == second_run


def test_after_a_run_where_every_file_failed_the_sheet_still_takes_uploads_and_starts(
    dashboard: Dashboard, browser_context, screenshot
):
    from .browser import UNREADABLE  # the test extractor's error for unreadable* files

    job_id = dashboard.create_sheet("All failed")
    dashboard.upload(job_id, "unreadable-scan.txt")
    dashboard.open_gate()
    page = open_sheet(browser_context, dashboard, job_id)
    page.get_by_role("button", name=START).click()

    expect(page.locator(".sheet.selected .badge")).to_have_text("Failed")
    batch = page.locator(".batch").first
    expect(batch.locator(".badge")).to_have_text("Failed")
    expect(batch.locator(".file-error")).to_have_text(UNREADABLE)
    expect(page.locator("#pick-files")).to_be_enabled()
    screenshot(page, "1-failed")

    # No dead end: the upload opens the sheet's next batch, and Start takes it.
    pick_files(page, "readable.txt")
    expect(queue_item(page, "readable.txt")).to_contain_text("Uploaded")
    expect_ready_batch(page, 2)
    start = page.get_by_role("button", name=START)
    expect(start).to_have_text("Start extraction (1 new file)")
    start.click()
    expect(page.locator("#results tbody tr")).to_have_count(1)
    expect_ready_batch(page, 3)
    screenshot(page, "2-next-batch-done")


def test_a_tab_coming_back_into_view_refetches_what_it_missed(
    dashboard: Dashboard, browser_context, screenshot
):
    job_id = dashboard.create_sheet("Hidden tab")
    dashboard.upload(job_id, "one.txt")
    page = browser_context.new_page()
    page.route(re.compile(r"/api/events(\?|$)"), lambda route: route.abort())  # no stream
    page.goto(dashboard.sheet_url(job_id))
    expect(page.get_by_role("button", name=START)).to_have_text("Start extraction (1 new file)")

    first_run = dashboard.start(job_id)
    dashboard.open_gate()
    dashboard.wait_for_next_run(job_id, first_run)
    expect(page.locator("#sheet-subtitle")).to_contain_text("Batch 1: Ready")  # nothing heard

    # What the browser does when the user comes back to the tab (it is visible already).
    assert page.evaluate("document.visibilityState") == "visible"
    page.evaluate("document.dispatchEvent(new Event('visibilitychange'))")
    expect_ready_batch(page, 2)
    expect(page.locator("#results tbody tr")).to_have_count(1)
    screenshot(page, "visible-again")


def test_a_stale_tab_uploading_while_the_batch_is_extracted_is_told_to_wait(
    dashboard: Dashboard, browser_context, screenshot
):
    job_id = dashboard.create_sheet("Started elsewhere")
    dashboard.upload(job_id, "first.txt")
    stale = browser_context.new_page()
    stale.route(re.compile(r"/api/events(\?|$)"), lambda route: route.abort())
    stale.goto(dashboard.sheet_url(job_id))
    expect(stale.get_by_role("button", name=START)).to_have_text("Start extraction (1 new file)")
    dashboard.start(job_id)  # another tab started it; the gate holds it in progress

    pick_files(stale, "too-late.txt")
    expect(queue_item(stale, "too-late.txt")).to_contain_text("Not uploaded")
    expect(stale.locator("#notices")).to_contain_text("started in the meantime")
    expect_extracting(stale, 0, 1)  # the 409 made it reload the sheet
    screenshot(stale, "told-to-wait")
    assert "too-late.txt" not in [f["name"] for f in dashboard.files(job_id)]


def test_batches_from_open_tabs_leave_exactly_one_next_run_per_finished_run(
    dashboard: Dashboard, browser_context, conn, screenshot
):
    dashboard.open_gate()  # tasks finish as fast as two workers go, close together
    job_id = dashboard.create_sheet("Three batches")
    tabs = [open_sheet(browser_context, dashboard, job_id) for _ in range(2)]
    finished = []
    for batch in (1, 2, 3):
        tab = tabs[batch % 2]
        names = [f"batch{batch}-{n}.txt" for n in range(4)]
        pick_files(tab, *names)
        start = tab.get_by_role("button", name=START)
        expect(start).to_have_text("Start extraction (4 new files)")
        run_id = dashboard.sheet(job_id)["latest_run_id"]
        start.click()
        dashboard.wait_for_next_run(job_id, run_id)
        finished.append(run_id)
        for each in tabs:
            expect_ready_batch(each, batch + 1)
            expect(each.locator("#results tbody tr")).to_have_count(4 * batch)
    # One continuous table: every batch's rows, batch after batch, files in the order picked.
    titles = tabs[0].locator("#results tbody tr td:nth-of-type(1)")
    expect(titles).to_have_text([f"batch{b}-{n}.txt" for b in (1, 2, 3) for n in range(4)])
    screenshot(tabs[0], "three-batches")

    # Through the API: each run after the first was appended from the one before.
    latest = dashboard.sheet(job_id)["latest_run_id"]
    chain = [*finished, latest]
    for earlier, later in itertools.pairwise(chain):
        run = dashboard.run(job_id, later)
        assert run["append_from_run_id"] == earlier
    assert dashboard.run(job_id, latest)["status"] == "pending"
    # And in the database: nothing else was created, by the page or anyone.
    rows = conn.execute(
        "SELECT append_from_run_id, count(*) FROM job_runs WHERE job_id = %s"
        " GROUP BY 1 ORDER BY 2 DESC",
        [job_id],
    ).fetchall()
    assert len(rows) == 4 and all(count == 1 for _, count in rows)


def test_after_a_network_drop_the_stream_resumes_from_its_last_event_and_replays_the_rest(
    dashboard: Dashboard, proxy: DroppableProxy, browser_context, screenshot
):
    job_id = dashboard.create_sheet("Dropped connection")
    dashboard.upload(job_id, "one.txt", "two.txt")
    page = browser_context.new_page()
    streams: list[str] = []
    page.on("request", lambda r: streams.append(r.url) if "/api/events?" in r.url else None)
    page.goto(f"{proxy.url}/?job_id={job_id}")
    expect(page.locator("#stream-state")).to_have_text("Live")
    first_run = dashboard.start(job_id)
    expect_extracting(page, 0, 2)  # heard live, over the stream

    proxy.cut()
    expect(page.locator("#stream-state")).not_to_have_text("Live")
    dashboard.open_gate()
    dashboard.wait_for_next_run(job_id, first_run)
    proxy.restore()

    # The page does not refetch on a resumed stream: only the replayed events
    # (the run finished, the next one was created) can bring it up to date.
    expect(page.locator("#stream-state")).to_have_text("Live")
    expect_ready_batch(page, 2)
    expect(page.locator("#results tbody tr")).to_have_count(2)
    resumed = parse_qs(urlparse(streams[-1]).query)
    assert int(resumed["last_event_id"][0]) > 0
    assert "last_event_id" not in parse_qs(urlparse(streams[0]).query)
    screenshot(page, "resumed")
