"""The extractor contract as the worker enforces it: every field, no other key."""

from __future__ import annotations

import pytest

from cpe_runs.extraction import TemplateField
from cpe_runs.extraction.contract import check_rows

FIELDS = [TemplateField("Course Title", "text"), TemplateField("CPE Hours", "number")]


def test_rows_with_every_field_and_the_notes_pass():
    rows = [
        {"Course Title": "Ethics", "CPE Hours": 2},
        {"Course Title": None, "CPE Hours": None, "_source": "ocr", "_confidence": {}},
    ]
    assert check_rows(tuple(rows), FIELDS) == rows


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ({"Course Title": "Ethics"}, "row 1 of the extractor has no key 'CPE Hours'"),
        (
            {"Course Title": "Ethics", "CPE Hours": 2, "hours": 2, "_note": 1},
            "row 1 of the extractor has keys that are not fields: '_note', 'hours'",
        ),
        (
            {"title": "Ethics", "CPE Hours": 2},
            "row 1 of the extractor has no key 'Course Title'; keys that are not fields: 'title'",
        ),
    ],
)
def test_a_missing_field_or_an_extra_key_is_refused(row, message):
    with pytest.raises(ValueError) as refused:
        check_rows([row], FIELDS)
    assert str(refused.value) == message


def test_rows_that_are_not_a_list_of_objects_or_not_json_are_refused():
    with pytest.raises(TypeError, match="returned str, not a list of dicts"):
        check_rows("rows", FIELDS)
    with pytest.raises(ValueError):
        check_rows([{"Course Title": "x", "CPE Hours": float("nan")}], FIELDS)


def test_without_a_template_rows_need_only_be_objects():
    assert check_rows([{"anything": 1}], []) == [{"anything": 1}]
