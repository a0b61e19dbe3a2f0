"""Field-level accuracy of the default extractor over the tuning corpus, read both
as plain-text files and as PDFs; the frozen evaluation set's rows checked without
the extractor (its accuracy is what `just eval` prints, its misses are never read)."""

from __future__ import annotations

from datetime import date

import pytest

from cpe_runs.extraction import extract_certificates
from cpe_runs.extraction.normalize import FIELD_NAMES, STANDARD_METHODS

from .certificates import (
    CALIFORNIA_FIELDS,
    CORPUS,
    EVALUATION,
    TUNING,
    Certificate,
    evaluate,
    fields_only,
    pdf_bytes,
    plain_text,
    text_bytes,
)
from .certificates.earlier_evaluation import EARLIER_EVALUATION

FORMATS = {
    "text": (text_bytes, "text/plain", ".txt"),
    "pdf": (lambda markup: pdf_bytes([markup]), "application/pdf", ".pdf"),
}


def _row(cert: Certificate, kind: str) -> dict:
    render, content_type, extension = FORMATS[kind]
    rows = extract_certificates(
        render(cert.markup),
        filename=cert.name + extension,
        content_type=content_type,
        fields=CALIFORNIA_FIELDS,
    )
    assert len(rows) == 1, f"{cert.name} ({kind}) gave {len(rows)} rows"
    return fields_only(rows)[0]


def test_corpus_is_large_and_varied_enough():
    assert len(CORPUS) >= 30
    assert len({cert.name for cert in CORPUS}) == len(CORPUS)
    missing = sum(value is None for cert in CORPUS for value in cert.expected.values())
    assert missing >= 10, "the corpus must include fields a certificate does not state"


def test_corpus_field_accuracy_is_at_least_95_percent(capsys: pytest.CaptureFixture[str]):
    right = total = 0
    misses: list[str] = []
    by_kind: dict[str, list[int]] = {}
    for kind in FORMATS:
        kind_right = kind_total = 0
        for cert in CORPUS:
            row = _row(cert, kind)
            assert set(row) == {field.name for field in CALIFORNIA_FIELDS}
            for name, expected in cert.expected.items():
                kind_total += 1
                if row[name] == expected:
                    kind_right += 1
                else:
                    misses.append(f"  {cert.name} ({kind}) {name}: {row[name]!r} != {expected!r}")
        by_kind[kind] = [kind_right, kind_total]
        right, total = right + kind_right, total + kind_total
    with capsys.disabled():
        print()
        for kind, (kind_right, kind_total) in by_kind.items():
            print(f"{kind:>5}: {kind_right}/{kind_total} = {100 * kind_right / kind_total:.1f}%")
        print(f"accuracy {right}/{total} = {100 * right / total:.1f}%")
        print("\n".join(misses))
    assert right / total >= 0.95, "\n".join(misses)


@pytest.mark.parametrize("cert", CORPUS, ids=lambda cert: cert.name)
def test_every_value_has_the_type_its_field_asks_for(cert: Certificate):
    row = _row(cert, "text")
    assert row["Completion Date"] is None or len(row["Completion Date"]) == 10
    assert row["CPE Hours"] is None or isinstance(row["CPE Hours"], int | float)
    for name in ("Course Title", "Provider/Sponsor", "Field of Study", "Delivery Method"):
        value = row[name]
        assert value is None or (isinstance(value, str) and value == value.strip() and value)


# The names a sheet's "Field of Study" and "Delivery Method" hold, from their one home
# (normalize.py).
NASBA_FIELDS = FIELD_NAMES
METHODS = STANDARD_METHODS
_EDGES = ",;:.()\"'"


def test_the_evaluation_set_is_apart_from_the_tuning_set_and_large_enough():
    assert len(EVALUATION) >= 32
    assert len({cert.name for cert in EVALUATION}) == len(EVALUATION)
    # On failure, only the tuning certificates are named: what the evaluation set
    # holds is never printed (README.md here).
    for key in ("name", "markup", "title"):
        held = {getattr(cert, key) for cert in EVALUATION}
        clashing = [cert.name for cert in TUNING if getattr(cert, key) in held]
        assert not clashing, f"tuning certificates whose {key} an evaluation one has: {clashing}"


@pytest.mark.parametrize("cert", EVALUATION, ids=lambda cert: cert.name)
def test_every_expected_evaluation_row_is_one_a_person_could_copy(cert: Certificate):
    """The expected rows checked against their certificates without the extractor (whose
    reading of this set no one looks at): a value copied from the text is in the text,
    word after word; dates, hours, fields of study and methods are in the sheet's forms."""
    words = [word.strip(_EDGES) for word in plain_text(cert.markup).split()]
    for value in (cert.title, cert.sponsor, cert.number):
        if value is not None:
            rest = iter(words)
            assert all(word.strip(_EDGES) in rest for word in value.split()), (
                f"{value!r} is not in the text"
            )
    assert cert.date is None or date.fromisoformat(cert.date).isoformat() == cert.date
    assert cert.hours is None or (isinstance(cert.hours, float) and 0 < cert.hours <= 40)
    assert cert.field is None or cert.field in NASBA_FIELDS
    assert cert.method is None or cert.method in METHODS
    pdf_bytes([cert.markup])  # the markup is latin-1, as the PDF renderer needs


@pytest.mark.parametrize("kind", FORMATS)
def test_earlier_evaluation_set_accuracy_of_text_and_text_pdfs_stays_at_97_percent(kind: str):
    """The floor the earlier evaluation set held as text and PDF, kept now it is tuning."""
    right = total = 0
    misses = []
    for cert in EARLIER_EVALUATION:
        row = _row(cert, kind)
        for name, expected in cert.expected.items():
            total += 1
            right += row[name] == expected
            if row[name] != expected:
                misses.append(f"{cert.name} {name}: {row[name]!r} != {expected!r}")
    assert right / total >= 0.97, "\n".join(misses)


def test_just_eval_refuses_to_list_the_evaluation_sets_misses(
    capsys: pytest.CaptureFixture[str],
):
    for argv in (["--misses"], ["--set", "evaluation", "--misses"]):
        with pytest.raises(SystemExit) as refused:
            evaluate.main(argv)
        assert refused.value.code == 2
        err = capsys.readouterr().err
        assert "--misses is for the tuning set only" in err
