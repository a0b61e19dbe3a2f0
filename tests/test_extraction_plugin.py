"""load_extractor: the CPE_RUNS_EXTRACTOR setting into a callable."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

from cpe_runs.extraction import (
    Extractor,
    TemplateField,
    check_extractor,
    extract_certificates,
    load_extractor,
)


class UpperCaseExtractor:
    """An extractor named by its class: instantiated once, then called per file."""

    def __call__(
        self, data: bytes, *, filename: str, content_type: str, fields: Sequence[TemplateField]
    ) -> list[dict[str, Any]]:
        return [{field.name: data.decode().upper() for field in fields}]


def title_only(
    data: bytes, *, filename: str, content_type: str, fields: Sequence[TemplateField]
) -> list[dict[str, Any]]:
    return [{field.name: filename for field in fields}]


class Namespace:
    extract = staticmethod(title_only)


NOT_CALLABLE = "a string"


@pytest.mark.parametrize("spec", [None, "", "   "])
def test_no_spec_loads_the_default_extractor(spec: str | None):
    assert load_extractor(spec) is extract_certificates


def test_a_function_is_loaded_by_module_and_name():
    extractor: Extractor = load_extractor(f"{__name__}:title_only")
    fields = [TemplateField("Course Title", "text")]
    assert extractor(b"", filename="a.pdf", content_type="application/pdf", fields=fields) == [
        {"Course Title": "a.pdf"}
    ]


def test_a_dotted_attribute_is_followed():
    assert load_extractor(f"{__name__}:Namespace.extract") is title_only


def test_a_class_is_instantiated_and_its_instance_used():
    extractor = load_extractor(f" {__name__}:UpperCaseExtractor ")
    assert isinstance(extractor, UpperCaseExtractor)
    fields = [TemplateField("Course Title", "text")]
    assert extractor(b"leases", filename="a.txt", content_type="text/plain", fields=fields) == [
        {"Course Title": "LEASES"}
    ]


@pytest.mark.parametrize(
    ("spec", "reason"),
    [
        ("cpe_runs.extraction", "not of the form"),
        (":extract_certificates", "not of the form"),
        ("cpe_runs.extraction:", "not of the form"),
        ("no_such_package_for_cpe_runs.module:extract", "cannot import module"),
        ("cpe_runs.extraction:no_such_extractor", "has no attribute"),
        (f"{__name__}:Namespace.missing", "has no attribute"),
        (f"{__name__}:NOT_CALLABLE", "is not callable"),
    ],
)
def test_a_bad_spec_is_a_value_error_naming_it(spec: str, reason: str):
    with pytest.raises(ValueError, match=reason) as raised:
        load_extractor(spec)
    assert repr(spec) in str(raised.value)


class RefusesToStart:
    """An extractor whose construction fails (its model server is down, say)."""

    def __init__(self) -> None:
        raise ConnectionError("the model server is down")


def test_check_imports_but_never_instantiates_or_calls():
    # The worker checks the setting with it; only extraction processes construct.
    assert check_extractor(f"{__name__}:RefusesToStart") is RefusesToStart
    with pytest.raises(ValueError, match="cannot instantiate 'RefusesToStart'"):
        load_extractor(f"{__name__}:RefusesToStart")
