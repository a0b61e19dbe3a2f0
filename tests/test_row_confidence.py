"""A row's confidence and source, end to end: what an extractor hands over inside a row
("_confidence", "_source") is stored in the row's columns through the completion
report, shown by GET /results (and described in the OpenAPI document), and dropped
for the cells a person edits."""

from __future__ import annotations

from . import apiclient
from .apiclient import new_sheet
from .test_api_results import run_batch

alice, client = apiclient.alice, apiclient.client


def _stored(conn, run_id) -> list[tuple]:
    return conn.execute(
        'SELECT source, confidence, "values" FROM result_rows WHERE run_id = %s ORDER BY position',
        [run_id],
    ).fetchall()


def test_reported_confidence_and_source_are_stored_beside_the_values(client, alice, conn):
    job = new_sheet(client, alice, conn)["job_id"]
    run_id = run_batch(client, alice, conn, job, {"scan.png": [
        {"Course Title": "Ethics", "CPE Hours": 2, "_source": "ocr",
         "_confidence": {"Course Title": 0.62, "CPE Hours": 0.97}},
        {"Course Title": "Plain", "_source": "pdf"},
    ]})  # fmt: skip
    (source, confidence, values), (source2, confidence2, values2) = _stored(conn, run_id)
    assert (source, confidence) == ("ocr", {"Course Title": 0.62, "CPE Hours": 0.97})
    assert values == {"Course Title": "Ethics", "CPE Hours": 2}  # no "_" keys left
    assert (source2, confidence2, values2) == ("pdf", None, {"Course Title": "Plain"})


def test_a_row_without_notes_keeps_the_default_source(client, alice, conn):
    job = new_sheet(client, alice, conn)["job_id"]
    run_id = run_batch(client, alice, conn, job, {"a.txt": [{"Course Title": "x"}]})
    assert _stored(conn, run_id) == [("ai", None, {"Course Title": "x"})]


def test_notes_an_extractor_may_not_give_are_ignored(client, alice, conn):
    job = new_sheet(client, alice, conn)["job_id"]
    run_id = run_batch(client, alice, conn, job, {"a.txt": [
        # 'manual' is for people; confidences outside 0..1 or not numbers are dropped.
        {"Course Title": "x", "_source": "manual",
         "_confidence": {"Course Title": 1.5, "CPE Hours": "high", "Field of Study": -0.1,
                         "Delivery Method": 0.5}},
        {"Course Title": "y", "_source": "telepathy", "_confidence": [0.5]},
    ]})  # fmt: skip
    assert _stored(conn, run_id) == [
        ("ai", {"Delivery Method": 0.5}, {"Course Title": "x"}),
        ("ai", None, {"Course Title": "y"}),
    ]


def test_results_show_confidence_and_an_edit_clears_it_for_the_edited_cell(client, alice, conn):
    job = new_sheet(client, alice, conn)["job_id"]
    run_batch(client, alice, conn, job, {"scan.png": [{
        "Course Title": "Ethcs", "CPE Hours": 2, "_source": "ocr",
        "_confidence": {"Course Title": 0.41, "CPE Hours": 0.93},
    }]})  # fmt: skip
    url = f"/api/jobs/{job}/results"
    [row] = client.get(url, headers=alice.headers).json()["rows"]
    assert row["source"] == "ocr"
    assert row["confidence"] == {"Course Title": 0.41, "CPE Hours": 0.93}

    edited = client.patch(
        f"{url}/{row['row_id']}", json={"values": {"Course Title": "Ethics"}}, headers=alice.headers
    ).json()
    assert edited["source"] == "manual"
    assert edited["confidence"] == {"CPE Hours": 0.93}
    [again] = client.get(url, headers=alice.headers).json()["rows"]
    assert again["confidence"] == {"CPE Hours": 0.93}

    client.patch(f"{url}/{row['row_id']}", json={"values": {"CPE Hours": 2}}, headers=alice.headers)
    [checked] = client.get(url, headers=alice.headers).json()["rows"]
    assert checked["confidence"] is None


def test_openapi_describes_confidence_on_result_rows(client):
    schemas = client.get("/schema/openapi.json").json()["components"]["schemas"]
    row = next(
        s
        for name, s in schemas.items()
        if name.endswith("Row") and "values" in s.get("properties", {})
    )
    assert "confidence" in row["properties"]
