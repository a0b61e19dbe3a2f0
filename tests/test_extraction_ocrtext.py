"""OCR's common misreadings mended by context (extraction/ocrtext.py), on words as
Tesseract hands them over: no OCR runs here, each case is a line as a tuning scan or
photo read it."""

from __future__ import annotations

from cpe_runs.extraction.layout import Word, page_lines
from cpe_runs.extraction.ocrtext import MENDED, mend_words


def _line(*texts: str, top: float = 100, height: float = 40, conf: float = 0.96) -> list[Word]:
    """Words left to right on one baseline, a word space apart."""
    words, left = [], 50.0
    for text in texts:
        width = 22.0 * len(text)
        words.append(Word(text, left, top, left + width, top + height, conf))
        left += width + 14
    return words


def _texts(words: list[Word]) -> list[str]:
    return [word.text for word in words]


def _mended(*texts: str) -> list[str]:
    return _texts(mend_words(_line(*texts)))


def test_a_capital_i_read_as_l_or_small_i_is_mended():
    assert _mended("lronbridge", "Fraud", "Institute") == ["Ironbridge", "Fraud", "Institute"]
    assert _mended("Crescent", "Analytics", "institute") == ["Crescent", "Analytics", "Institute"]
    assert _mended("Multistate", "income", "Tax", "Apportionment")[1] == "Income"
    assert _mended("CiVIC", "LEDGER", "TRAINING")[0] == "CIVIC"
    # "l" before a vowel opens words ("lease"), and a sentence keeps its small words.
    assert _mended("lease", "accounting", "update") == ["lease", "accounting", "update"]
    sentence = ("Jordan", "Blake", "has", "completed", "the", "course", "on", "May", "2")
    assert _mended(*sentence) == list(sentence)
    # Words a title keeps small stay small, and letters whose capital differs in shape.
    assert _mended("Choosing", "and", "Implementing", "Systems") == [
        "Choosing",
        "and",
        "Implementing",
        "Systems",
    ]
    assert _mended("Western", "States", "Government", "finance")[3] == "finance"


def test_a_mended_word_is_marked_less_sure():
    [word] = [w for w in mend_words(_line("Rocky", "Mountain", "institute")) if w.left > 300]
    assert word.text == "Institute" and word.confidence == 0.96 * MENDED
    same = mend_words(_line("Rocky", "Mountain", "Institute"))
    assert [w.confidence for w in same] == [0.96] * 3


def test_specks_read_as_punctuation_between_or_after_words_are_dropped():
    assert _mended("Finance.Conference,")[0] == "Finance Conference,"
    assert _mended("Revenue’Cycle", "Controls")[0] == "Revenue Cycle"
    assert _mended("Education.LLC")[0] == "Education LLC"
    assert _mended("Ethics:,", "Doing")[0] == "Ethics:"
    # Web addresses, initials and a CSV's commas are what they say.
    assert _mended("www.example.com", "U.S.", "Schemes,Redline") == [
        "www.example.com",
        "U.S.",
        "Schemes,Redline",
    ]


def test_a_function_word_run_into_the_word_before_is_split_off():
    assert _mended("Cascadia", "Societyof", "CPAs")[1] == "Society of"
    assert _mended("Samplingfor")[0] == "Sampling for"
    assert _mended("confirmsthat")[0] == "confirms that"
    kept = ["proof", "thereof", "therefor", "Roof"]
    assert _mended(*kept) == kept


def test_a_lone_speck_is_dropped_and_no_longer_pulls_a_word_off_its_line():
    """A speck read as "°" above a heading made a line of its own that took the next
    word with it: "Seminars," above "Lone Star Tax" (wild.py:
    registry_and_state_sponsor_numbers_fifty_minute_hour, photographed)."""
    heading = _line("Lone", "Star", "Tax", "Seminars,", "Inc.", top=386, height=65)
    speck = Word("°", 2387, 320, 2398, 331, 0.51)
    tall = heading[3]
    heading[3] = Word(tall.text, tall.left, 320, tall.right, 489, tall.confidence)
    words = [speck, *heading]
    assert page_lines(words, words_apart=True)[0].split() == ["Seminars,", "°"]
    mended = mend_words(words)
    assert "°" not in _texts(mended)
    assert page_lines(mended, words_apart=True)[0].split() == [
        "Lone",
        "Star",
        "Tax",
        "Seminars,",
        "Inc.",
    ]
    # A dash or a bullet is no speck: it shapes the line ("Sponsor - Red Rock").
    assert _mended("Sponsor", "-", "Red", "Rock")[1] == "-"


def test_a_label_with_one_letter_misread_is_mended_and_its_value_marked():
    words = mend_words(_line("Field", "af", "Study:", "Taxes"))
    assert _texts(words) == ["Field", "of", "Study:", "Taxes"]
    assert words[1].confidence == 0.96 * MENDED
    assert words[3].confidence < 0.96  # read after a guessed label: checked first
    assert _mended("Fiald", "of", "Study:", "Taxes")[0] == "Field"
    assert _mended("Field”", "of", "Study:", "Taxes")[0] == "Field"
    # Only a label the rules know, only before its colon, and never a label read right.
    assert _mended("Data", "Analytics:", "Basics") == ["Data", "Analytics:", "Basics"]
    assert _mended("Field", "af", "Study", "Taxes") == ["Field", "af", "Study", "Taxes"]
    assert _texts(mend_words(_line("Date:", "03/14/2025"))) == ["Date:", "03/14/2025"]


def test_ocr_words_keep_their_breaks_but_a_number_split_at_a_narrow_gap_is_one():
    society = Word("Society", 0, 0, 180, 45)
    of = Word("of", 139, 0, 180, 53)  # overlapping boxes on a tilted line
    assert page_lines([society, of], words_apart=True) == ["Society of"]
    assert page_lines([society, of]) == ["Societyof"]  # a PDF's characters join
    halves = [Word("KMF-2025-02", 0, 0, 300, 59), Word("10-044", 305, 0, 470, 54)]
    assert page_lines(halves, words_apart=True) == ["KMF-2025-0210-044"]
    words = [Word("confirms", 0, 0, 200, 45), Word("that", 205, 0, 300, 45)]
    assert page_lines(words, words_apart=True) == ["confirms that"]
