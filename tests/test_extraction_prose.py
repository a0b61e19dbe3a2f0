"""The readers for certificates that state their fields in sentences, and the rule
that what a certificate does not say stays empty."""

from __future__ import annotations

import pytest

from cpe_runs.extraction import extract_certificates
from cpe_runs.extraction.certificate import read_certificate
from cpe_runs.extraction.prose import (
    clean_sponsor,
    prose_date,
    prose_field,
    prose_hours,
    prose_number,
    prose_sponsor,
    prose_title,
)

from .certificates import CALIFORNIA_FIELDS, fields_only


def _lines(text: str) -> list[str]:
    return text.strip("\n").splitlines()


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Jane Doe has successfully completed Leases in Practice on March 14, 2025.",
            "Leases in Practice",
        ),
        (
            "This certifies that Jane Doe attended the\nFall Tax Forum\nheld November 12, 2024",
            "Fall Tax Forum",
        ),
        (
            "has completed the following program:\nAnnual Federal Tax Update\nCPE credits: 8.0",
            "Annual Federal Tax Update",
        ),
        ('completed "Ethics for CPAs: A Review" on 14 March 2025', "Ethics for CPAs: A Review"),
        (
            "has earned 2 CPE credits for completing 'Gift Tax Basics' on 3/4/2025.",
            "Gift Tax Basics",
        ),
        ('thanks for joining "Year-End Tax Planning" on 12/10/2024', "Year-End Tax Planning"),
        (
            "completed the webinar\nTax Planning for Closely Held Businesses\non July 22, 2025",
            "Tax Planning for Closely Held Businesses",
        ),
        (
            "for the successful completion of the course Data Privacy Essentials on 12 June 2025",
            "Data Privacy Essentials",
        ),
        ("attended Audit Sampling Techniques\nDate: 11/05/2024", "Audit Sampling Techniques"),
        (
            "You have successfully completed Cost Accounting (Course ID: CAM-210).",
            "Cost Accounting",
        ),
        ("attended the Finance Conference, September 15 - 17, 2024, Reno", "Finance Conference"),
        (
            "Certificate of Completion | GASB 96 Arrangements\nAwarded to Diane Foster",
            "GASB 96 Arrangements",
        ),
        # A parenthesis inside the title is kept; one that ends it is not.
        (
            "has completed\n\nTax Provision (ASC 740) Interim Reporting",
            "Tax Provision (ASC 740) Interim Reporting",
        ),
        ("attended Leases (Live) on May 2, 2025", "Leases"),
        # A parenthesis that is part of the name is kept, whatever follows it (wild3.py:
        # nasba_and_qas_sponsor_numbers_slashed_certificate_number).
        ("attended Leases (ASC 842) on May 2, 2025", "Leases (ASC 842)"),
        (
            "has completed the course\n\nEthics Refresher (2025 Edition)",
            "Ethics Refresher (2025 Edition)",
        ),
        ("completed Gift Tax Basics (2.0 CPE credits) on May 2, 2025", "Gift Tax Basics"),
        ("completed Gift Tax Basics (NASBA #103345)", "Gift Tax Basics"),
        # What the sentence says of the program, then the title below it.
        (
            "completed the California Board of Accountancy approved course\nRegulatory Review",
            "Regulatory Review",
        ),
        ("has completed Ethics Course\non May 2, 2025", "Ethics Course"),
        ("You earned credit for the live webinar Leases 101, held on 10/29/2025.", "Leases 101"),
        ("has earned 2 CPE credits for completing 'Gift Tax' on 3/4/2025.", "Gift Tax"),
        (
            "for passing the final examination of\nForm 990 and UBIT\nExam passed: 2025-10-15",
            "Form 990 and UBIT",
        ),
        (
            "attended the in-person program\nNonprofit Conference\nfrom 06/02/2025 to 06/04/2025",
            "Nonprofit Conference",
        ),
    ],
)
def test_title_is_read_from_the_sentence(text: str, title: str):
    assert prose_title(_lines(text)) == title


@pytest.mark.parametrize(
    "text",
    [
        "This certifies that Grace Liu completed the program below.",
        "You attended 95 of 100 minutes of the session.",
        "Completed on 2025-06-30",
        "Certificate of Completion",
    ],
)
def test_no_title_is_made_up_from_other_words(text: str):
    assert prose_title(_lines(text)) is None


def test_under_the_heading_the_line_after_the_participants_name_is_the_title():
    lines = _lines(
        "Certificate of Completion\n\nDiego Ramos, CPA\nInventory Costing Methods Refresher"
    )
    assert prose_title(lines) == "Inventory Costing Methods Refresher"
    # A line that says something is no title.
    lines = _lines("Certificate of Completion\nDiego Ramos\nEarned by Jo Meyer")
    assert prose_title(lines) != "Earned by Jo Meyer"
    # Two names, or a name and a date: no title.
    assert prose_title(_lines("Certificate of Completion\nDiego Ramos\nAna Souza")) != "Ana Souza"
    dated = _lines("Certificate of Completion\nDiego Ramos\nMarch 3, 2025")
    assert prose_title(dated) != "March 3, 2025"


def test_a_heading_beside_certificate_of_is_the_title_unless_it_names_the_sponsor():
    lines = _lines("2025 Rocky Mountain Tax Institute\nCertificate of Attendance\nAttendee: Jo")
    # With no sponsor named elsewhere, an "Institute" heading may be the sponsor's name.
    assert prose_title(lines) is None
    assert prose_title(lines, "Front Range Society of CPAs") == "2025 Rocky Mountain Tax Institute"
    assert prose_title(lines, "Rocky Mountain Tax Institute") is None
    society = _lines("Front Range Society of CPAs\nCertificate of Attendance")
    assert prose_title(society, "Front Range CPAs") is None


@pytest.mark.parametrize(
    ("text", "sponsor"),
    [
        ("Sponsored by ACME CPE, NASBA Sponsor #112233", "ACME CPE"),
        (
            "a program presented by Valley Accounting Seminars on May 1, 2025",
            "Valley Accounting Seminars",
        ),
        ("Delivered as QAS Self-Study by Tidewater Tax School.", "Tidewater Tax School"),
        ("Harborview CPE - NASBA Sponsor #131313", "Harborview CPE"),
        ("Brightpath CPE is registered with NASBA as a sponsor of CPE.", "Brightpath CPE"),
        ("Mountain West CPA Society confirms that\nPaul Nguyen", "Mountain West CPA Society"),
        ("Lakeside CPE Group\ncertifies that\nBenjamin Carter", "Lakeside CPE Group"),
        ("The Yellow Book Institute\nCertificate of Completion", "The Yellow Book Institute"),
        (
            "Presented by the Peach State Society of CPAs, NASBA Sponsor #1",
            "Peach State Society of CPAs",
        ),
        (
            "American Institute of CPAs\nCertificate\nThe American Institute of CPAs is registered"
            " with NASBA.",
            "American Institute of CPAs",
        ),
        ("Lone Star Tax Seminars, Inc.\nCertificate of Completion", "Lone Star Tax Seminars, Inc."),
        (
            "Westfield Training, registered with NASBA as a sponsor\n(ID 1), certifies that",
            "Westfield Training",
        ),
        ("Harborline Learning (NASBA Sponsor 109234) certifies that", "Harborline Learning"),
        ("Acme Tax School      Certificate #: AB-1234\nCertificate", "Acme Tax School"),
        (
            "Certificate\nJo attended.\n(c) 2025 Tidewell Learning, LLC. All rights reserved.",
            "Tidewell Learning, LLC",
        ),
        ("Certificate\nJo attended.\n© Copyright 2024 Acme CPE Group", "Acme CPE Group"),
        ("Certificate\nBrightwater Learning recognizes\nEmma Lindgren", "Brightwater Learning"),
        (
            "Redstone CPE Institute\npresents this certificate to\nIvan Petrov",
            "Redstone CPE Institute",
        ),
        (
            "Certificate\nJo Ross has met the requirements.\n____\nKaren Wells, Director of"
            " Education\nSummit Learning Partners, LLC",
            "Summit Learning Partners, LLC",
        ),
        (
            "completed 4 hours of CPE, delivered as a live webinar by Midwest Tax Network.",
            "Midwest Tax Network",
        ),
        ("Redwood Education\nRedwood Education, Inc.\n12 K Street", "Redwood Education, Inc."),
        ("on October 2, 2025 from Foundry Finance Academy", "Foundry Finance Academy"),
        ("Questions? Contact Ledger Labs Learning at help@ll.example.", "Ledger Labs Learning"),
        (
            "Northfield State University\nSchool of Continuing Studies\n\ncertifies that\nAl Russo",
            "Northfield State University",
        ),
        (
            "Certificate\nQuickStudy CPE, 12 Market St, Philadelphia | (215) 555-0142 | NASBA ID 1",
            "QuickStudy CPE",
        ),
        (
            "Certificate\nJo Adams attended.\n\nTri-County CPA Education Foundation\nID: 7Q4M",
            "Tri-County CPA Education Foundation",
        ),
    ],
)
def test_sponsor_is_read_from_sentences_statements_and_letterhead(text: str, sponsor: str):
    assert prose_sponsor(_lines(text)) == sponsor


@pytest.mark.parametrize(
    "text",
    [
        "This certifies that Jane Doe has completed the course.",
        "Thank you for attending!\nWe hope to see you again.",
        "has completed the blended learning program\nController Academy",
        # A last line that is a delivery method or a sentence names no sponsor.
        "Certificate\nJo Adams attended the webinar.\n\nOnline Learning Group Internet Based",
        "Certificate\nJo Adams attended the webinar.\n\nThank you for learning with us.",
        "Jo Adams attended from 06/02/2025 to 06/04/2025 from home.",
    ],
)
def test_no_sponsor_is_made_up(text: str):
    assert prose_sponsor(_lines(text)) is None


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("completed Leases on March 14, 2025. Printed 04/01/2025", "2025-03-14"),
        ("Issued: 04/03/2025. Completed Ethics on March 31, 2025", "2025-03-31"),
        ("Excel Power Query August 5, 2025", "2025-08-05"),
        ("held November 12-13, 2024 in Sacramento", "2024-11-13"),
    ],
)
def test_completion_date_is_tied_to_completion_or_the_only_date(text: str, date: str):
    assert prose_date(text, set()) == date


@pytest.mark.parametrize(
    "text",
    [
        "Issued 04/03/2025",
        "Valid through 12/31/2026",
        "Registered 01/05/2025, reminder sent 01/20/2025",
    ],
)
def test_no_completion_date_is_guessed(text: str):
    assert prose_date(text, set()) is None


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("earning 4.0 CPE credits in Taxes", 4),
        ("for 3 hours of CPE credit", 3),
        ("Eight (8.0) CPE Credit Hours are awarded", 8),
        ("Recommended 2.0 CPE credits; you earned 1.5 CPE credits", 1.5),
        ("1.0 CPE Hour", 1),
        ("for 4 hours of continuing professional education credit", 4),
        # (wild3.py: one_sentence_per_fact_contact_hours)
        ("Participants earned 6 contact hours.", 6),
    ],
)
def test_hours_are_read_from_sentences(text: str, hours: float):
    assert prose_hours(text) == hours


@pytest.mark.parametrize("text", ["The session lasted 3 hours.", "Room 204, 2 hours parking"])
def test_hours_without_credit_are_not_credit(text: str):
    assert prose_hours(text) is None


def test_a_certificate_without_sponsor_date_or_hours_leaves_them_empty():
    text = b"Certificate of Participation\nThis certifies that Emily Clark participated in\n"
    text += b"Women in Accounting Leadership Panel\n"
    [row] = fields_only(
        extract_certificates(
            text, filename="c.txt", content_type="text/plain", fields=CALIFORNIA_FIELDS
        )
    )
    assert row["Course Title"] == "Women in Accounting Leadership Panel"
    assert [name for name, value in row.items() if value is not None] == ["Course Title"]


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("earned 1 1/2 CPE credits in Taxes", 1.5),
        ("completed a 2-hour Group Internet Based program in Taxes", 2),
        ("03/19/2025 Credit: 2 CPE credits", 2),
    ],
)
def test_hours_as_fractions_and_program_lengths(text: str, hours: float):
    """field_notes.py: fraction_hours_one_and_a_half, credit_in_minutes_only,
    one_sentence_quoted_title_hour_count_and_field."""
    assert prose_hours(text) == hours


def test_a_year_is_never_read_as_credits():
    # The credit is the 100 minutes (2.0 at 50 minutes to the credit), never the 25 of 2025
    # (wild4c.py: minutes_of_instruction_only_on_demand reads minutes in a sentence).
    assert prose_hours("Date attended: 03/19/2025 Credit: 100 minutes") == 2
    assert prose_hours("Date attended: 03/19/2025") is None


@pytest.mark.parametrize(
    ("text", "sponsor"),
    [
        ("Kessler Whitford\n1800 Larimer Street, Suite 900\nDenver, CO 80202", "Kessler Whitford"),
        ("Harbor & Vine\n55 Water Street | Boston, MA 02109", "Harbor & Vine"),
        ("Ironwood Group\nDallas, TX 75201\n\nJune 2, 2025", "Ironwood Group"),
        ("Ledgerwise Academy | Learning Transcript\n\nLearner: Hannah Cho", "Ledgerwise Academy"),
        (
            "From: Summit Ridge Education <e@x.example>\nSubject: Attendance\n\nDear Kim,\n\n"
            "We confirm your attendance.\n\nSummit Ridge Education",
            "Summit Ridge Education",
        ),
    ],
)
def test_letterhead_sponsors(text: str, sponsor: str):
    """field_notes.py: letterhead_logo_line_above_address_block,
    letterhead_name_then_pipe_address_and_phone, confirmation_letter_dated_above_the_text,
    lms_transcript_row_under_its_headers, email_forwarded_with_date_header_and_labels."""
    assert prose_sponsor(_lines(text)) == sponsor


def test_a_recipients_address_below_the_letterhead_names_no_sponsor():
    text = "Certificate of Completion\nJane Roe\n12 Elm Street\nSpringfield, IL 62701"
    assert prose_sponsor(_lines(text)) is None


@pytest.mark.parametrize(
    ("value", "sponsor"),
    [
        ("Taxwise Learning Center, IRS Approved CE Provider", "Taxwise Learning Center"),
        ("the Plains Institute on Wednesday, February 19,", "Plains Institute"),
        ("Smith & Co, a registered sponsor", "Smith & Co"),
        ("Ridgeway Partners, LLC", "Ridgeway Partners, LLC"),
    ],
)
def test_a_sponsor_ends_before_what_is_said_of_it(value: str, sponsor: str):
    assert clean_sponsor(value) == sponsor


def test_a_title_in_capitals_runs_on_over_two_lines():
    """field_notes.py: all_caps_title_over_two_lines_below_has_completed."""
    text = "has completed\n\nADVANCED ISSUES IN S CORPORATION\nBASIS AND DISTRIBUTIONS\n\nCPE: 4"
    assert prose_title(_lines(text)) == "ADVANCED ISSUES IN S CORPORATION BASIS AND DISTRIBUTIONS"
    text = "has completed\n\nTAX UPDATE\nCERTIFICATE OF COMPLETION"
    assert prose_title(_lines(text)) == "TAX UPDATE"


def test_an_agenda_completes_on_its_last_day():
    """field_notes.py: conference_agenda_times_per_session_credits_and_total."""
    lines = _lines(
        "Thursday, April 10, 2025\n8:30 AM  Keynote  1.0 CPE\n"
        "Friday, April 11, 2025\n9:00 AM  Pension Update  2.0 CPE"
    )
    assert prose_date(" ".join(lines), set(), lines) == "2025-04-11"
    # Dates in sentences that say nothing of completion stay unread.
    text = "Registered March 1, 2025. Paid March 4, 2025 by card."
    assert prose_date(text, set(), _lines(text)) is None


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Sponsored by Westbrook Partners\n\nBKL-2025-06610", "BKL-2025-06610"),
        ("Sponsored by Westbrook Partners\n\n2025-06610", None),
        ("Sponsored by Westbrook Partners\n\nPAGE-1", None),
        ("BKL-2025-06610\nline\nline\nline\nSponsored by Westbrook Partners", None),
    ],
)
def test_an_identifier_alone_at_the_foot_is_the_certificate_number(text: str, number):
    """field_notes.py: unlabelled_number_at_the_foot; a digit and a letter in it, never a
    bare number, and only on the page's last lines."""
    assert prose_number(_lines(text)) == number


def test_a_badge_line_of_cells_gives_credit_field_and_its_heading_the_title():
    """field_notes.py: badge_style_short_lines."""
    text = "DIGITAL BADGE\n\nPower BI Basics\n\nEarned by Lucas Meyer\n3.0 CPE | Taxes | Group Live"
    assert prose_hours(" ".join(_lines(text))) == 3
    assert prose_field(" ".join(_lines(text)), _lines(text)) == "Taxes"
    assert prose_title(_lines(text), "Clearview Academy") == "Power BI Basics"
    # A table whose rows name several fields names none for the certificate.
    table = "Keynote    Personal Development    1.0\nLeases    Accounting    2.0"
    assert prose_field(" ".join(_lines(table)), _lines(table)) is None
    assert prose_hours("NASBA CPE Sponsor 103 | 2 CPE credits") == 2


@pytest.mark.parametrize(
    ("text", "sponsor"),
    [
        (
            "> awarded by the Plains Chapter of Auditors\n> to Rebecca Stone",
            "Plains Chapter of Auditors",
        ),
        (
            "Certificate\n\nA program of the Midwest Accounting Society",
            "Midwest Accounting Society",
        ),
        ("Certificate\n\nFalcon Training\nNASBA Sponsor 120456", "Falcon Training"),
        (
            "Certificate\n\nTaxResearch Academy, 10 Park Row, New York, NY 10038",
            "TaxResearch Academy",
        ),
    ],
)
def test_sponsors_at_the_foot_and_awarding_bodies(text: str, sponsor: str):
    """field_notes.py: certificate_awarded_by_and_given_this_day,
    a_program_of_the_society_day_first_dashed_date,
    participation_sentence_with_in_the_field_of,
    completion_month_day_year_without_comma_and_cert_no_beside_heading."""
    assert prose_sponsor(_lines(text.replace("> ", ""))) == sponsor


def test_a_person_presents_a_program_the_letterhead_sponsors_it():
    """field_notes.py: presented_by_a_person_sponsor_in_the_letterhead."""
    assert clean_sponsor("Jane Holloway, CPA, CGMA") is None
    text = "Bluestem Institute\nCertificate of Completion\n\nPresented by Jane Holloway, CPA"
    assert prose_sponsor(_lines(text)) == "Bluestem Institute"
    assert prose_sponsor(_lines("Brought to you by the Southwest Controllers Network")) == (
        "Southwest Controllers Network"
    )
    # "No." is a label now (labels.py), so the heading's cell is read as labelled.
    heading = "CERTIFICATE OF COMPLETION        No. CSA-9931-25"
    assert read_certificate(heading)["certificate_number"] == "CSA-9931-25"
    assert prose_number(_lines("Sponsor ID:        #107231")) is None


def test_one_short_sentence_per_fact():
    """field_notes.py: one_short_sentence_per_fact."""
    text = (
        "The course was Controllership Fundamentals.\nThe course was delivered online.\n"
        "The field of study is Accounting.\nThe sponsor is Oakridge Finance Academy.\n"
    )
    assert prose_title(_lines(text)) == "Controllership Fundamentals"
    assert prose_field(" ".join(_lines(text))) == "Accounting"
    assert prose_sponsor(_lines(text)) == "Oakridge Finance Academy"
    assert prose_title(_lines("The course was delivered online.")) is None


def test_a_forms_revision_date_is_no_completion_date():
    """field_notes.py: form_revision_date_in_the_footer_and_a_date_line_alone."""
    text = "March 3, 2025\nCPE Credits: 3.0\nForm GP-1  Rev. 06/01/2023  (c) 2024 Granite"
    assert prose_date(" ".join(_lines(text)), set(), _lines(text)) == "2025-03-03"


def test_hours_in_a_field_of_study_are_credit():
    """field_notes.py: completed_at_a_time_of_day_and_sentence_field_in_taxation."""
    assert prose_hours("on June 11, 2025 at 2:30 PM ET for 2 hours in Taxation.") == 2
    assert prose_hours("The session lasted 2 hours in the afternoon.") is None


def test_an_address_block_in_a_right_hand_column_names_the_sponsor():
    """field_notes.py: sponsor_address_block_beside_the_facts; the left column does not."""
    text = (
        "Participant: Sophia Turner          Willow Creek Tax Academy\n"
        "Course: State Tax Credits           450 Main Street, Suite 200\n"
    )
    assert prose_sponsor(_lines(text)) == "Willow Creek Tax Academy"
    left = "Certificate of Completion\n\nJane Roe                Date: 03/03/2025\n12 Elm Street\n"
    assert prose_sponsor(_lines(left)) is None


def test_browser_footers_websites_and_re_lines():
    """field_notes.py: browser_printed_page_with_url_and_print_time,
    footer_with_website_and_phone_between_bars, letter_with_re_line_naming_the_program."""
    text = (
        "Certificate\n\nEvergreen Learning\nhttps://learn.example.com/certificates/view/88231  1/1"
    )
    assert prose_sponsor(_lines(text)) == "Evergreen Learning"
    assert clean_sponsor("Brightline CPE LLC | www.brightline.example | 800-555-0100") == (
        "Brightline CPE LLC"
    )
    assert prose_title(
        _lines("Re: Certificate of Attendance - GAAP Update\n\nDear Ms. Blake:")
    ) == ("GAAP Update")


def test_a_firms_name_over_the_heading_sponsors_where_the_title_is_given():
    """field_notes.py: letterhead_name_without_kind_of_body_above_the_heading; a person's
    name there does not, nor a name the title repeats."""
    text = "Kestrel & Vaughn\nCertificate of Completion\n\nCourse: Leases"
    assert prose_sponsor(_lines(text), "Leases") == "Kestrel & Vaughn"
    assert prose_sponsor(_lines(text), None) is None
    assert prose_sponsor(_lines("Jane Roe\nCertificate of Completion\n"), "Leases") is None
    text = "Tax Strategies and Planning\nCertificate of Completion\n"
    assert prose_sponsor(_lines(text), "Tax Strategies and Planning") is None


def test_presents_this_certificate_and_from_to_ranges():
    """field_notes.py: sponsor_first_in_the_sentence_presents_to,
    from_to_date_labels_and_credits_with_two_decimals."""
    text = "The Heartland Society of Accountants presents this certificate to Brian Lee for"
    assert prose_sponsor(_lines(text)) == "Heartland Society of Accountants"
    text = "From: 03/03/2025   To: 03/05/2025"
    assert prose_date(text, set(), _lines(text)) == "2025-03-05"


def test_hrs_cpe_a_field_after_a_dash_and_a_title_below_offered_by():
    """field_notes.py: hrs_in_a_sentence_and_field_after_a_dash,
    offered_by_before_the_title_below."""
    text = "and earned 1.5 hrs CPE - Auditing."
    assert prose_hours(text) == 1.5
    assert prose_field(text) == "Auditing"
    lines = _lines(
        "Lydia Chen attended the following continuing education course offered by Bay CPE:\n\n"
        "Functional Expense Allocation\n\nDate: 12/02/2025"
    )
    assert prose_title(lines) == "Functional Expense Allocation"


def test_titles_end_before_this_day_of_and_never_open_with_a_date():
    """field_notes.py: completed_this_day_of_in_a_sentence_without_cue,
    credits_line_with_method_and_number_in_a_footer_table."""
    text = "has successfully completed Internal Audit Basics this 3rd day of March 2025 and"
    assert prose_title(_lines(text)) == "Internal Audit Basics"
    assert prose_title(_lines("Completed November 14, 2025")) is None
    foot = "Awarded 8 CPE credits.\n\nCornerstone Audit Academy\nGroup Live"
    assert prose_sponsor(_lines(foot)) == "Cornerstone Audit Academy"


def test_day_numbered_agenda_headings_and_what_follows_a_name_in_accordance():
    """field_notes.py: agenda_with_day_numbers_before_the_dates,
    capital_labels_in_boxes_values_below_in_three_columns."""
    lines = _lines("Day 1 - Monday, June 2, 2025\nKeynote ... 3.0\nDay 2 - Tuesday, June 3, 2025\n")
    assert prose_date(" ".join(lines), set(), lines) == "2025-06-03"
    assert clean_sponsor("Tri-Valley Institute in accordance with the standards of") == (
        "Tri-Valley Institute"
    )


def test_a_seal_naming_the_sponsor_in_capitals_drops_the_sentences_article():
    lines = [
        "* OFFICIAL SEAL * GRANITE STATE FOUNDATION FOR ACCOUNTING EDUCATION * 1979 *",
        "Certificate of Completion",
        "The Granite State Foundation for Accounting Education is registered with NASBA as a"
        " sponsor of continuing professional education.",
    ]
    assert prose_sponsor(lines) == "Granite State Foundation for Accounting Education"


def test_cpe_credits_beat_the_contact_hours_beside_them_in_a_sentence():
    text = "The seminar ran 16 contact hours and qualifies for 19.0 CPE credits in Taxes."
    assert prose_hours(text) == 19
    assert prose_hours("Attendance totalled 6 contact hours.") == 6


def test_the_company_over_its_legal_footer_is_the_sponsor_whatever_notice_follows():
    lines = [
        "Certificate of Attendance",
        "",
        "Presented to Ava Brooks for attending Payroll Tax Basics on 4 May 2025.",
        "",
        "Tasman Audit Training Pty Ltd",
        "ACN 004 321 765  |  22 Queen Street, Brisbane QLD 4000",
        "Please keep this certificate with your records for at least three years.",
    ]
    assert prose_sponsor(lines) == "Tasman Audit Training Pty Ltd"


def test_a_credit_labelled_inside_the_sentences_with_its_field_after_in():
    text = "Participant: Owen Lake. CPE hours earned: 2.5 in Specialized Knowledge. Delivery: QAS."
    assert prose_hours(text) == 2.5
    assert prose_field(text) == "Specialized Knowledge"


def test_a_letters_apposition_ends_the_title_and_cpd_hours_in_words_are_credit():
    lines = [
        "Thank you for attending Leases Under ASPE, our in-person seminar of 3 June 2025."
        " This letter confirms five (5) hours of verifiable CPD."
    ]
    assert prose_title(lines) == "Leases Under ASPE"
    assert prose_hours(lines[0]) == 5
    text = "It confirms 4 hours of continuing professional development in Taxes."
    assert prose_field(text) == "Taxes"


def test_a_title_named_as_the_sentences_subject_after_its_kind():
    lines = ["Certificate", "", "The webinar Lease Basics was presented by Harbor CPE on 4/4/2025."]
    assert prose_title(lines) == "Lease Basics"
    # Not a sentence about the program that names no title.
    assert prose_title(["The course was presented by Harbor CPE."]) is None


def test_a_letterheads_name_beside_or_under_the_certificates_number():
    assert (
        prose_sponsor(
            ["Certificate ID: GLS-77310                Glenmoor Learning Services", "", "Course: X"]
        )
        == "Glenmoor Learning Services"
    )
    assert (
        prose_sponsor(
            [
                "Certificate of Completion",
                "Certificate No. 2025-TEB-0441",
                "Tidewater Ethics Bureau",
            ]
        )
        == "Tidewater Ethics Bureau"
    )


def test_a_header_band_of_number_and_issue_date_leaves_the_name_under_it():
    lines = [
        "CPE CERTIFICATE  |  No. 55012  |  Issued 04/02/2025",
        "",
        "Redfern Institute of Taxation",
    ]
    assert prose_sponsor(lines) == "Redfern Institute of Taxation"


def test_a_heading_title_beside_its_format_its_number_or_the_sponsors_name_and_a_dash():
    # Its format in brackets on the line under it pushes the heading down a line.
    lines = [
        "Harbor Point CPE Group",
        "",
        "SINGLE AUDIT ESSENTIALS",
        "[Group Internet Based]",
        "",
        "Certificate of Completion",
        "",
        "Presented to: Colin Meyer",
        "Date: 03/04/2025",
    ]
    assert prose_title(lines) == "SINGLE AUDIT ESSENTIALS"
    # The sponsor and the heading on one line, the number at the title line's right.
    lines = [
        "Birchwood Tax Learning - Certificate of Attendance",
        "",
        "Partnership Basis Deep Dive                      Cert. No. BTL-4410-22",
        "",
        "Awarded to Nora Quist on 05/06/2025",
    ]
    assert prose_title(lines) == "Partnership Basis Deep Dive"
    # A body's word after "for" says whom the program is for: the line under the
    # society's name is still the title.
    lines = [
        "CERTIFICATE OF COMPLETION",
        "",
        "Coastal Plains Society of CPAs",
        "Governance Workshop for Nonprofit Board Partners",
        "",
        "Attendee: Ruth Ames",
    ]
    assert prose_title(lines) == "Governance Workshop for Nonprofit Board Partners"


def test_a_heading_title_in_capitals_runs_on_over_the_lines_under_it():
    lines = [
        "CERTIFICATE OF COMPLETION",
        "",
        "GOVERNMENTAL ACCOUNTING AND REPORTING",
        "UPDATE: LEASES, SBITAS AND",
        "COMPENSATED ABSENCES",
        "",
        "Presented by Harbor Point CPE Society",
        "CPE hours: 4.0",
    ]
    assert prose_title(lines) == (
        "GOVERNMENTAL ACCOUNTING AND REPORTING UPDATE: LEASES, SBITAS AND COMPENSATED ABSENCES"
    )
    # Not over who presented it, in capitals right under it.
    lines = ["CERTIFICATE OF ATTENDANCE", "", "PAYROLL TAX ESSENTIALS", "PRESENTED BY HARBOR CPE"]
    assert prose_title(lines) == "PAYROLL TAX ESSENTIALS"


def test_a_chapter_a_sentence_names_is_read_with_the_body_its_letterhead_adds():
    lines = [
        "Gulf Coast Chapter, Institute of Internal Auditors",
        "Certificate of Completion",
        "",
        "This certifies that Ana Ruiz attended Audit Sampling Basics on May 2, 2025.",
        "",
        "The Gulf Coast Chapter is registered with NASBA as a sponsor of continuing"
        " professional education on the National Registry of CPE Sponsors.",
    ]
    assert prose_sponsor(lines) == "Gulf Coast Chapter, Institute of Internal Auditors"


def test_a_heading_naming_the_kind_of_certificate_before_the_word_heads_the_title():
    assert prose_title(
        ["Webcast Attendance Certificate", "", "Lease Modifications Under ASC 842"]
    ) == ("Lease Modifications Under ASC 842")
    assert prose_title(["Self-Study Course Certificate", "2025 Payroll Tax Update: Form 941"]) == (
        "2025 Payroll Tax Update: Form 941"
    )


def test_a_body_named_after_by_on_the_line_under_the_title_sponsors_it():
    lines = ["Nano Course Certificate", "", "Five Minutes on Form 1099-K", "by Kestrel Tax Academy"]
    assert prose_sponsor(lines, "Five Minutes on Form 1099-K") == "Kestrel Tax Academy"
    # A person so named wrote it or teaches it.
    lines = ["Five Minutes on Form 1099-K", "by Jordan Miles, CPA", "", "Kestrel Tax Academy"]
    assert prose_sponsor(lines, "Five Minutes on Form 1099-K") == "Kestrel Tax Academy"


def test_a_title_named_after_its_kind_within_a_sentence():
    lines = [
        "Harbor CPE Guild confirms the attendance of Lee Ortiz at its evening workshop, "
        "Payroll Tax Traps in Multistate Remote Work, held on 4 May 2025."
    ]
    assert prose_title(lines) == "Payroll Tax Traps in Multistate Remote Work"
    lines = ["Three CPE hours go to Lee Ortiz for the webcast Lease Refresher, offered by Harbor."]
    assert prose_title(lines) == "Lease Refresher"
    # A place named after "at the" is no program's kind.
    assert prose_title(["The dinner was held at the Lakeview Conference Center."]) is None


def test_a_course_of_study_in_heads_the_title_below():
    lines = ["having completed the prescribed course of study in", "", "ESTATE PLANNING BASICS"]
    assert prose_title(lines) == "ESTATE PLANNING BASICS"


def test_a_letters_re_line_names_what_the_body_calls_the_above_program():
    lines = [
        "Silver State CPE Council",
        "",
        "June 2, 2025",
        "",
        "Re: Ethics for Nevada CPAs - Independence and Objectivity",
        "",
        "Dear Ms. Lund,",
        "You attended the above-named program on March 3, 2025.",
    ]
    assert prose_title(lines) == "Ethics for Nevada CPAs - Independence and Objectivity"
    # Without the body pointing at it, a "Re:" line may be anything.
    assert prose_title(["Re: Your account", "", "Dear Ms. Lund,"]) is None


def test_an_office_certifying_under_its_universitys_letterhead_is_the_universitys():
    lines = [
        "Northbay State University",
        "School of Accountancy - Office of Continuing Education",
        "",
        "The Office of Continuing Education certifies that",
        "",
        "Ravi Menon",
        "",
        "completed Audit Sampling, held on May 2, 2025.",
    ]
    assert prose_sponsor(lines) == "Northbay State University"
