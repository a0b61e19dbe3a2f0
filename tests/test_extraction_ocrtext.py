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
    # A name inside a sentence: the words either side are capitalised (or a small word).
    course = ("in", "the", "course", "Multistate", "income", "Tax", "Apportionment", "on")
    assert _mended(*course)[4] == "Income"
    issued = ("issued", "by", "Tri-Valley", "Payroll", "institute", "in", "accordance")
    assert _mended(*issued) == ["issued", "by", "Tri-Valley", "Payroll", "Institute", "in",
                                "accordance"]  # fmt: skip
    assert _mended("the", "internal", "control")[1] == "internal"
    # A sentence's full stop closes the name.
    assert _mended("was", "Granite", "Finance", "institute.")[3] == "Institute."


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


def test_a_word_space_after_a_colon_is_no_column_gap_in_ocr_boxes():
    """OCR's boxes hold ink only (a line 36 pixels high at 11 points and 300 dpi): a
    colon's side bearing and a space are 36 pixels (wild.py: webinar_colon_labels,
    scanned); two spaces of a form's columns are wider."""
    words = [Word("842:", 1255, 668, 1335, 705), Word("Year", 1371, 669, 1467, 705)]
    assert page_lines(words, words_apart=True) == ["842: Year"]
    wide = [Word("842:", 1255, 668, 1335, 705), Word("Year", 1395, 669, 1491, 705)]
    assert "  " in page_lines(wide, words_apart=True)[0]


def test_ocr_words_keep_their_breaks_but_a_number_split_at_a_narrow_gap_is_one():
    society = Word("Society", 0, 0, 180, 45)
    of = Word("of", 139, 0, 180, 53)  # overlapping boxes on a tilted line
    assert page_lines([society, of], words_apart=True) == ["Society of"]
    assert page_lines([society, of]) == ["Societyof"]  # a PDF's characters join
    halves = [Word("KMF-2025-02", 0, 0, 300, 59), Word("10-044", 309, 0, 470, 54)]
    assert page_lines(halves, words_apart=True) == ["KMF-2025-0210-044"]
    two = [Word("2025", 0, 0, 100, 40), Word("2.0", 122, 0, 180, 40)]  # a space's gap
    assert page_lines(two, words_apart=True) == ["2025 2.0"]
    words = [Word("confirms", 0, 0, 200, 45), Word("that", 205, 0, 300, 45)]
    assert page_lines(words, words_apart=True) == ["confirms that"]


def test_dotted_leaders_read_as_small_letters_are_dots_again():
    """ "Program Sponsor eee eee ee ee  Ledgerline Learning Inc." (forms.py:
    dotted_two_column, scanned): the leaders are one run of dots, the label's separator."""
    label = _line("Program", "Sponsor", top=100, height=46)
    leaders = [
        Word("eee", 500, 130, 750, 137, 0.26),
        Word("ee", 760, 110, 800, 138, 0.43),
    ]
    value = [Word("Ledgerline", 900, 100, 1130, 146), Word("Learning", 1150, 100, 1340, 146)]
    words = mend_words([*label, *leaders, *value])
    assert _texts(words) == ["Program", "Sponsor", "........", "Ledgerline", "Learning"]
    [line] = page_lines(words, words_apart=True)
    assert line.split()[:3] == ["Program", "Sponsor", "........"]
    # A dash parts a line, and a small word read surely is a word.
    assert _texts(mend_words([*label, Word("~-", 500, 130, 530, 134, 0.3)]))[-1] == "~-"
    assert _texts(mend_words([*label, Word("ace", 500, 115, 560, 140, 0.96)]))[-1] == "ace"


def test_dates_broken_by_ocr_are_mended():
    assert _mended("on", "Octaber", "2,", "2025") == ["on", "October", "2,", "2025"]
    assert _mended("Date:", "December", "Ist,", "2024")[2] == "1st,"
    assert _mended("hosted", "on", "February", "1", "1,", "2025") == [
        "hosted",
        "on",
        "February",
        "11,",
        "2025",
    ]
    assert _mended("on", "3/", "14/25", "for") == ["on", "3/14/25", "for"]
    assert _mended("Date:", "l0/O2/2O25") == ["Date:", "10/02/2025"]
    # Not a month without a number beside it, nor an identifier's letters.
    assert _mended("Octaber", "Fest") == ["Octaber", "Fest"]
    assert _mended("ID:", "IFL-O0909-7")[1] == "IFL-O0909-7"
    assert _mended("Module", "1", "1,", "Part") == ["Module", "1", "1,", "Part"]


def test_a_colon_a_speck_made_of_is_read_back_in_a_label():
    assert _mended("Sponsor’", "Spreadsheet", "Skills") == ["Sponsor:", "Spreadsheet", "Skills"]
    # (labels.py reads a hyphen between a label's words: "CPE-hours:" is a label as read.)
    assert _mended("CPE-hours:", "2.0")[0] == "CPE-hours:"
    assert _mended("-CPE", "Hours")[0] == "CPE"
    # Not where the words are no label, nor a full stop ("Cert. No.").
    assert _mended("Okay’", "then") == ["Okay’", "then"]
    assert _mended("Cert.", "No.", "CCP-1201-87") == ["Cert.", "No.", "CCP-1201-87"]


def test_a_blank_line_survives_a_speck_that_made_one_box_taller():
    """The blank line above "Northbridge Governance Institute" tells the sponsor from the
    facts above it (prose.py: completion_statement_with_points_and_cpe, scanned): a speck
    below "format:" made its box reach into the gap."""
    facts = _line("Learning", "format:", "Self-paced", top=100, height=40)
    facts[1] = Word("format:", facts[1].left, 100, facts[1].right, 170)  # a speck below
    sponsor = _line("Northbridge", "Governance", "Institute", top=210, height=40)
    assert page_lines([*facts, *sponsor], words_apart=True)[1] == ""
    assert "" not in page_lines([*facts, *sponsor])  # a PDF's boxes are exact


def test_a_label_a_whole_table_cell_holds_is_mended_and_vocabulary_words_too():
    row = [
        Word("|", 0, 100, 8, 146),
        Word("Certificate", 30, 100, 270, 146),
        Word("1D", 285, 100, 330, 146),
        Word("|", 700, 100, 708, 146),
        Word("BCC-26-0227-114", 740, 100, 1100, 146),
    ]
    mended = mend_words(row)
    assert _texts(mended) == ["|", "Certificate", "ID", "|", "BCC-26-0227-114"]
    assert mended[-1].confidence < 1.0
    dotted = [Word("|", 0, 100, 8, 146), Word("Record", 30, 100, 170, 146),
              Word("Number.", 185, 100, 360, 146),
              Word("CW-606-88142", 700, 100, 1000, 146)]  # fmt: skip
    assert _texts(mend_words(dotted))[2] == "Number"
    # A cell that is no label of a field read stays as read, and a cell with no border.
    cells = [Word("|", 0, 100, 8, 146), Word("Quantify", 30, 100, 200, 146),
             Word("2.0", 700, 100, 760, 146)]  # fmt: skip
    assert _texts(mend_words(cells))[1] == "Quantify"
    assert _texts(mend_words(row[1:]))[1] == "1D"
    # "rn" read as "m" in a word of the certificates' vocabulary; a date's closing speck.
    assert _mended("Stonegate", "Professional", "Leaming")[2] == "Learning"
    assert _mended("Group", "Intemet", "Based")[1] == "Internet"
    assert _mended("Completed", "06/12/25”")[1] == "06/12/25"
    assert _mended("Under", "SQMS", '1"')[2] == '1"'


def test_a_row_of_check_boxes_read_with_braces_gets_its_brackets_back():
    # wild3.py: lower_case_x_boxes_and_a_yes_no_row, check_boxes_in_a_two_by_two_grid,
    # spaced_capital_x_in_brackets, photographed.
    line = ("Method:", "{", "}", "Group", "Live", "{x]", "Group", "Internet", "Based", "[", "]")
    assert " ".join(_mended(*line)) == "Method: [ ] Group Live [x] Group Internet Based [ ]"
    assert " ".join(_mended("[x].", "Accounting", "{", "]", "Auditing", "{", "Taxes")) == (
        "[x] Accounting [ ] Auditing [ ] Taxes"
    )
    assert " ".join(_mended("{x}", "Taxes", "{)", "Accounting")) == "[x] Taxes [ ] Accounting"
    assert " ".join(_mended("{", "X", "]", "Auditing", "[", "]", "Taxes")) == (
        "[ X ] Auditing [ ] Taxes"
    )
    # Parentheses stay parentheses; a speck after the box goes.
    assert " ".join(_mended("Live", "(", ")-", "Self-Study", "().")) == "Live ( ) Self-Study ( )"
    # One bracket alone is no row of boxes: "(Governmental)" or a lone brace stays as read.
    assert _mended("Accounting", "(Governmental)") == ["Accounting", "(Governmental)"]
    assert _mended("Course", "{", "Ethics") == ["Course", "{", "Ethics"]


def test_quotes_of_two_kinds_are_one_kind():
    # wild3.py: credit_hours_fifty_minute_label_and_nasba_cpe_credits_label, photographed.
    assert _mended("Beyond", "“Going", 'Concern":', "Auditor") == [
        "Beyond",
        '"Going',
        'Concern":',
        "Auditor",
    ]
    # Curly quotes read alike are left as they are.
    assert _mended("“Going", "Concern”") == ["“Going", "Concern”"]


def test_a_list_of_fields_gets_its_semicolons_back():
    # wild3.py: conference_total_in_words_and_digits, conference_credits_by_track_and_a_total.
    read = ("Fields", "of", "study:", "Accounting", "Auditing:", "Behavioral", "Ethics")
    assert " ".join(_mended(*read)) == "Fields of study: Accounting; Auditing; Behavioral Ethics"
    assert " ".join(_mended("Taxes;", "Accounting:", "Auditing")) == "Taxes; Accounting; Auditing"
    # A list without semicolons keeps its own marks; a field before a label is no list.
    assert _mended("Accounting", "Auditing") == ["Accounting", "Auditing"]
    assert _mended("Accounting,", "Auditing") == ["Accounting,", "Auditing"]
    assert _mended("Field:", "Taxes") == ["Field:", "Taxes"]


def test_a_range_dash_read_as_a_degree_and_an_accent_a_speck_made_are_mended():
    # wild3.py: conference_credits_by_track_and_a_total; wild2.py:
    # two_credits_lines_cpe_for_the_program_and_ethics_part (photographed).
    assert _mended("June", "16°18,", "2025") == ["June", "16-18,", "2025"]
    assert _mended("Field:", "Acéounting") == ["Field:", "Accounting"]
    assert _mended("Behavioral", "Éthics") == ["Behavioral", "Ethics"]
    # A name written with its accents keeps them.
    assert _mended("Presented", "by", "Renée", "Côté") == ["Presented", "by", "Renée", "Côté"]
