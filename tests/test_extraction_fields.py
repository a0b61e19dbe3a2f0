"""The labelled-value rules for tables, and labels that look like a field's but name
something else (a person's number, a bare total)."""

from __future__ import annotations

import pytest

from cpe_runs.extraction.certificate import read_certificate


def _read(text: str) -> dict:
    return read_certificate(text.strip("\n"))


def test_a_one_row_table_gives_each_cell_to_the_label_above_it():
    values = _read(
        """
Course Title              Date          CPE Hours
Leases in Practice        03/14/2025    2.0
"""
    )
    assert values["title"] == "Leases in Practice"
    assert values["date"] == "2025-03-14"
    assert values["hours"] == 2


def test_a_table_of_sessions_names_no_title_ends_on_the_last_session_and_adds_credits():
    values = _read(
        """
Date          Session                        CPE
10/06/2025    Federal Tax Update             4.0
10/08/2025    Tax Practice Ethics            2.0
10/07/2025    State and Local Tax Nexus      1.5
"""
    )
    assert "title" not in values
    assert values["date"] == "2025-10-08"
    assert values["hours"] == 7.5


def test_a_stated_total_beats_the_sessions_sum():
    values = _read(
        """
Session                        Credits
Federal Tax Update             4.0
Tax Practice Ethics            2.0

Total Credits: 5.0
"""
    )
    assert values["hours"] == 5


def test_a_bare_total_is_credit_only_when_nothing_better_names_it():
    assert _read("Accounting ...... 6.0\nTaxes ..... 3.0\nTotal ...... 9.0")["hours"] == 9
    assert _read("CPE Credits: 2.0\nTotal ...... 9.0")["hours"] == 2
    assert "hours" not in _read("Total: $250.00")


def test_a_persons_or_an_accounts_number_is_not_the_certificate_number():
    for label in ("Employee ID", "Learner ID", "Student No.", "Member #", "Order Number"):
        values = _read(f"Name: Kim Osei     {label}: 00451287\nCourse: Leases")
        assert "certificate_number" not in values, label
    assert _read("Certificate ID: AB-123")["certificate_number"] == "AB-123"


def test_captions_under_their_values_name_them():
    values = _read(
        """
Helen Marsh

August 14, 2025             6.0                     Group Live
Date                        CPE Credits             Delivery Method
"""
    )
    assert values["date"] == "2025-08-14"
    assert values["hours"] == 6
    assert values["delivery_method"] == "Group Live"


def test_a_caption_over_something_else_names_nothing():
    values = _read("Jane Smith, Director         ____________\nInstructor            Date")
    assert "date" not in values and "instructor" not in values


def test_a_table_cell_wrapped_onto_the_next_line_is_kept_whole():
    values = _read(
        """
Course Title                        Date Completed    CPE Hours
Revenue Recognition for Software    03/14/2025        2.0
and SaaS Companies
"""
    )
    assert values["title"] == "Revenue Recognition for Software and SaaS Companies"
    assert values["hours"] == 2


def test_another_bodys_credit_is_not_cpe_credit():
    values = _read("IRS CE Credits: 2\nCTEC Hours: 2\nCPE Credits: 2.4")
    assert values["hours"] == 2.4
    assert "hours" not in _read("IRS CE Credits: 2")


def test_a_label_opening_its_line_may_end_at_a_dash_or_a_bar():
    values = _read("Course - Audit Data Analytics - Journal Entries\nProvider | Acme CPE\nCPE - 4")
    assert values["title"] == "Audit Data Analytics - Journal Entries"
    assert values["sponsor"] == "Acme CPE"
    assert values["hours"] == 4
    # Not inside a line: a dash after a word that is a label elsewhere is the title's.
    assert _read("Course Title: Ethics - Course - Review")["title"] == "Ethics - Course - Review"


def test_list_markers_before_a_label_are_not_part_of_it():
    values = _read("1. Course: Crypto Tax\n2) Provider: Blockledger\n(3) Credits: 2.0\nb. CPE: 2")
    assert values["title"] == "Crypto Tax"
    assert values["sponsor"] == "Blockledger"
    assert values["hours"] == 2


def test_a_key_value_tables_header_is_no_value():
    values = _read("| Field | Value |\n|---|---|\n| Field of study | Accounting |")
    assert values["field_of_study"] == "Accounting"


def test_a_subject_is_a_field_of_study_only_when_it_names_one():
    assert _read("Subject: Accounting")["field_of_study"] == "Accounting"
    assert "field_of_study" not in _read("Subject: Your CPE certificate for Leases")


def test_ceus_and_contact_hours():
    assert _read("Continuing Education Units: 2.4 CEU\nCPE Hours: 24")["hours"] == 24
    assert "hours" not in _read("CEUs: 2.4")
    assert _read("Contact Hours: 12.0")["hours"] == 12


def test_check_boxes_name_the_option_ticked():
    values = _read(
        "Field of Study:   [ ] Accounting   [X] Taxes   [ ] Auditing\n"
        "Delivery Method:  [ ] Group Live   [ ] Group Internet Based   [ ] QAS Self Study"
    )
    assert values["field_of_study"] == "Taxes"
    assert "delivery_method" not in values  # nothing ticked: nothing stated


def test_a_forms_blanks_are_no_part_of_its_values():
    values = _read("Date of Completion: __10/27/2025__\nCPE Credits: __3.0__\nCourse: ______")
    assert values["date"] == "2025-10-27"
    assert values["hours"] == 3
    assert "title" not in values


def test_captions_under_a_rule_name_the_value_above_it():
    values = _read(
        """
Ethics and Independence
________________________
Course Title

March 18, 2025          2.0
______________          ______________
Date Completed          CPE Credits
"""
    )
    assert values["title"] == "Ethics and Independence"
    assert values["date"] == "2025-03-18"
    assert values["hours"] == 2


def test_plural_and_qualified_labels():
    values = _read("Course(s): Leases\nCredit(s) (CPE): 2.0\nDate(s): 07/22/2025")
    assert values["title"] == "Leases"
    assert values["hours"] == 2
    assert values["date"] == "2025-07-22"


def test_a_bare_title_yields_to_a_label_naming_the_program():
    values = _read("Employee Name: Priya Shah\nTitle: Senior Associate\nCourse: SAS 143")
    assert values["title"] == "SAS 143"
    assert _read("Title: Form 990 Preparation")["title"] == "Form 990 Preparation"
    assert "title" not in _read("Position: Tax Manager")


def test_a_label_may_name_what_it_counts_in_brackets_and_other_bodies_hours_are_not_cpe():
    """field_notes.py: cpd_and_cpe_with_ethics_minutes."""
    values = _read("CPD hours: 6\nCPE credits (US): 7.0\n")
    assert values["hours"] == 7


def test_a_meetings_id_is_not_the_certificate_number_but_a_serial_is():
    """field_notes.py: webinar_id_is_not_the_certificate_number,
    completion_timestamp_with_time_zone_and_serial."""
    assert "certificate_number" not in _read("Webinar ID: 845 2231 9087\nDate: 05/08/2025\n")
    assert _read("Serial: DPE-25-071-4402\n")["certificate_number"] == "DPE-25-071-4402"
    assert _read("Confirmation: BP-514-20873\n")["certificate_number"] == "BP-514-20873"


def test_a_title_left_unfinished_runs_on_to_the_next_line_of_text_only():
    """field_notes.py: title_with_subtitle_wrapped_after_its_colon."""
    values = _read("Course Title: Leases Under ASC 842:\nBeyond the Basics\nDate: 06/26/2025\n")
    assert values["title"] == "Leases Under ASC 842: Beyond the Basics"
    assert _read("Course Title: Ethics for CPAs\nBeyond words\n")["title"] == "Ethics for CPAs"
    assert _read("Course Title: Leases and\nDate: 06/26/2025\n")["title"] == "Leases and"


def test_a_spreadsheet_export_row_gives_each_value_to_its_header():
    """field_notes.py: comma_separated_export_row; quoted cells keep their commas, and a
    header row that is not all labels is no header."""
    values = _read(
        "Course Name,Provider,Completion Date,CPE Credits\n"
        '"Leases, Part 2",Ledger Co,2025-06-18,1.0\n'
    )
    assert values["title"] == "Leases, Part 2"
    assert values["sponsor"] == "Ledger Co"
    assert values["date"] == "2025-06-18"
    assert values["hours"] == 1
    assert _read("Course\tProvider\tCredits\nLeases\tLedger Co\t2\n")["sponsor"] == "Ledger Co"
    assert "title" not in _read("Taxes, Ethics, Audit\nLeases, Ledger Co, 2\n")


def test_a_date_under_a_signature_is_the_signing_date():
    """field_notes.py: signature_date_below_the_text_is_not_completion."""
    values = _read(
        "Jane Roe completed Leases on March 3, 2025.\n\n_______\nAuthorized Signature\n"
        "Date: March 10, 2025\n"
    )
    assert values["date"] == "2025-03-03"
    assert _read("Instructor: Ann Lee\nDate: March 10, 2025\n")["date"] == "2025-03-10"


def test_a_bar_table_matches_cells_by_their_place_however_spaced():
    values = _read(
        "| Course | Date | Credits | Field |\n|---|---|---|---|\n"
        "| Leases | 09/09/2025 | 2.0 | Taxes |"
    )
    assert values["title"] == "Leases"
    assert values["date"] == "2025-09-09"
    assert values["hours"] == 2
    assert values["field_of_study"] == "Taxes"
    # A row with other cells than the header has is not read by place.
    assert _read("| Course | Date | CPE |\n| Leases |").get("title") != "Leases"


def test_values_plainly_of_their_captions_kind_beat_the_line_below():
    values = _read(
        "8.0          Taxes              11/30/2025\n"
        "CPE CREDITS  FIELD OF STUDY     DATE COMPLETED\n\n"
        "Group Live | Certificate #NG-1"
    )
    assert values["hours"] == 8
    assert values["field_of_study"] == "Taxes"
    assert values["date"] == "2025-11-30"


def test_for_with_a_colon_labels_the_title_and_in_a_sentence_does_not():
    """field_notes.py: two_certificates_worth_of_dates_printed_and_completed_day_month."""
    values = _read("Awarded to: Gwen Harper\nFor: Fundamentals of Fraud Examination\n")
    assert values["title"] == "Fundamentals of Fraud Examination"
    assert "title" not in _read("Thank you for attending. For questions call 555-0100.\n")


def test_the_longest_label_is_read_whole():
    """field_notes.py: hours_of_instruction_on_a_state_form, course_name_slash_number_label."""
    assert _read("Hours of Instruction: 16\n")["hours"] == 16
    assert _read("Course Name/Number: Revenue Controls (RC-210)\n")["title"] == (
        "Revenue Controls (RC-210)"
    )
    assert _read("Verification: FVM-2511-88231\n")["certificate_number"] == "FVM-2511-88231"
    assert "certificate_number" not in _read("Enrollment ID: 5566123\n")


def test_joined_labels_and_a_certificate_column_heading():
    """field_notes.py: sponsor_name_and_number_on_one_state_form_label,
    name_of_sponsor_slash_provider_and_program_level_beside,
    credits_line_with_method_and_number_in_a_footer_table."""
    assert _read("Sponsor Name and Number: Keystone CPE (NASBA #109876)\n")["sponsor"] == (
        "Keystone CPE"
    )
    assert _read("Name of Sponsor/Provider: Midland Education Group\n")["sponsor"] == (
        "Midland Education Group"
    )
    values = _read("Sponsor                  Certificate\nNorthgate Webinars       NAW-1114-2210\n")
    assert values["sponsor"] == "Northgate Webinars"
    assert values["certificate_number"] == "NAW-1114-2210"
    # A heading "Certificate" opening its line names no number below it.
    assert "certificate_number" not in _read("Certificate\n2025 Tax Update\n")


def test_after_by_the_sentences_article_is_no_part_of_the_name():
    assert _read("PRESENTED BY THE GOLDEN STATE CPE INSTITUTE")["sponsor"] == (
        "GOLDEN STATE CPE INSTITUTE"
    )
    assert _read("Provided by: The Yellow Book Institute")["sponsor"] == "The Yellow Book Institute"


def test_a_certificate_number_given_in_a_sentence():
    assert _read("Your certificate ID is LX-22-9981.")["certificate_number"] == "LX-22-9981"


def test_a_value_below_its_label_ends_at_the_next_column_bar_or_label():
    values = _read(
        "Course Title:\nPartnership Basis        Certificate No.: HLG-55\n"
        "Field of Study:\nTaxes | 2.0 CPE credits\n"
        "Credit Type          Hours\nCPE (NASBA)          2.0"
    )
    assert values["title"] == "Partnership Basis"
    assert values["certificate_number"] == "HLG-55"
    assert values["field_of_study"] == "Taxes"
    assert values["hours"] == 2


def test_a_self_study_completes_on_its_exam_date():
    """field_notes.py: self_study_course_date_and_exam_date."""
    assert _read("Course Date: 05/05/2025\nExam Date: 05/20/2025\n")["date"] == "2025-05-20"


def test_compound_labels_followed_by_a_gap_are_read_whole():
    values = _read(
        "CPE Credit Hours        3.0\nCourse Field of Study   Auditing\n"
        "Hours of CPE Credit     3.0\nCourse Credits          3.0"
    )
    assert values["hours"] == 3
    assert values["field_of_study"] == "Auditing"
    assert "title" not in values


def test_an_emails_date_header_is_the_day_it_was_sent():
    """field_notes.py: email_date_header_the_only_labelled_date."""
    values = _read(
        "From: Events <e@x.example>\nDate: October 16, 2025\nTo: Paula\nSubject: Thanks\n\n"
        "Thank you for attending Leases on October 14, 2025.\n"
    )
    assert values["date"] == "2025-10-14"
    assert values["title"] == "Leases"
    assert _read("Course: Leases\nDate: October 16, 2025\n")["date"] == "2025-10-16"


def test_a_host_organization_and_hours_in_words_with_a_half():
    """field_notes.py: attended_virtually_via_zoom, hours_in_words_with_a_half."""
    assert _read("Host organization: Harborline CFO Council\n")["sponsor"] == (
        "Harborline CFO Council"
    )
    assert _read("CPE Credit Hours: Two and one-half\n")["hours"] == 2.5


def test_a_title_runs_on_to_a_line_in_lower_case():
    """field_notes.py: title_label_value_continues_in_lower_case."""
    values = _read("Course Title: Deferred Revenue for Software\nand subscription companies\n")
    assert values["title"] == "Deferred Revenue for Software and subscription companies"


def test_a_table_rows_first_cell_may_hold_a_labels_word_and_tables_add_up():
    """wild3.py: blended_components_table_with_format_and_dates,
    conference_sessions_table_under_date_headings_total_row."""
    rows = (
        "Component     Format            Date(s)        CPE\n"
        "Pre-work      On-demand video   03/03/2025     3.0\n"
        "Workshop      In person         03/11/2025    12.0\n"
    )
    values = _read(rows)
    assert values["date"] == "2025-03-11"
    assert values["hours"] == 15
    assert "title" not in values  # "Workshop" names the row, not the program
    assert _read(rows + "TOTAL                                        16.0\n")["hours"] == 16
    assert _read(rows + "\n" + rows)["hours"] == 30


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # wild3.py: parenthesis_x_options_and_yes_no_ethics
            "Format:   ( ) Classroom   (X) Live webinar   ( ) Self-study\n"
            "Field:    Taxes ( )   Regulatory Ethics (x)   Other ( )",
            {"delivery_method": "Group Internet Based", "field_of_study": "Regulatory Ethics"},
        ),
        (  # wild3.py: reporting_form_revised_date_on_top_and_vertical_check_list
            "Delivery method (check one):\n[ ] Group Live\n[X] Group Internet Based\n"
            "[ ] QAS Self Study\nField of study: Taxes",
            {"delivery_method": "Group Internet Based", "field_of_study": "Taxes"},
        ),
        (  # wild3.py: method_table_with_an_x_column
            "Delivery method                 Mark one\nGroup Live\n"
            "Group Internet Based            X\nQAS Self Study\n\nCPE credits: 4.0",
            {"delivery_method": "Group Internet Based", "hours": 4},
        ),
        (  # wild3.py: state_sponsor_numbers_and_slashed_number_with_letter
            "CPE Credit(s) Earned: 2.0",
            {"hours": 2},
        ),
        (  # wild3.py: annual_meeting_sessions_attended_bullets_and_total,
            # lms_learning_history_row_with_course_id_and_status
            "Total credits for sessions attended: 7.0\nField of study for APE-3391: Auditing",
            {"hours": 7, "field_of_study": "Auditing"},
        ),
        (  # wild3.py: indented_sections_with_gaps_and_a_certificate_section
            "Credit Information\n      CPE Credits        4.0\n"
            "Certificate\n      Number             EPSL-2025-0529-014\n",
            {"certificate_number": "EPSL-2025-0529-014", "hours": 4},
        ),
        (  # wild3.py: facts_separated_by_double_dashes
            "Provider -- Lumen Analytics Training\nCredits earned -- 2.0",
            {"sponsor": "Lumen Analytics Training", "hours": 2},
        ),
        ("Field: Taxes (TX)", {"field_of_study": "Taxes"}),  # a code in brackets is no box
        (  # wild3.py: conference_days_as_columns_with_a_total
            "              Mon 6/2/2025     Tue 6/3/2025     Total\n"
            "CPE credits   8.0              4.0              12.0\n",
            {"hours": 12, "date": "2025-06-03"},
        ),
        (  # wild3.py: signed_statement_certify_under_the_facts
            "Delivery            Webinar\n\nI certify that the participant attended.",
            {"delivery_method": "Group Internet Based"},
        ),
        (  # wild3.py: transcript_two_rows_one_in_progress
            "Course                     Completed    CPE   Field\n"
            "Ethics for Arizona CPAs    06/20/2025   4.0   Regulatory Ethics\n"
            "GAAP Update (in progress)  -            -     -\n",
            {"title": "Ethics for Arizona CPAs", "hours": 4, "date": "2025-06-20"},
        ),
        (  # wild3.py: sponsor_address_bottom_left_participant_address_right
            "Issued by:                    Issued to:\n"
            "Sterling Fraud Institute      Paul Adeyemi\n"
            "650 Pine Street, Suite 210    22 Orchard Lane\n",
            {"sponsor": "Sterling Fraud Institute"},
        ),
        (  # wild3.py: payment_confirmation_with_cpe_credit_line
            "Item: Webinar - Cash Flow Statements Made Simple (May 21, 2025)",
            {"title": "Cash Flow Statements Made Simple"},
        ),
        (  # wild3.py: email_reply_quoting_the_original_message
            "On Tue, Nov 4, 2025 at 10:02 AM CPE Team <cpe@x.example> wrote:\n"
            "| Hi Sam,\n| Your certificate is attached.\n| CPE credits: 1.0\n"
            "| Ridgeview Learning Partners\n",
            {"hours": 1, "sponsor": "Ridgeview Learning Partners"},
        ),
    ],
)
def test_options_sections_and_separators(text: str, expected: dict):
    values = _read(text)
    assert {concept: values.get(concept) for concept in expected} == expected


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        # A credit label's words in a sentence name no credit.
        ("You earned credit for the live webinar Leases: Basics.", "hours"),
        # Not under a heading, "Number" names nothing.
        ("Number             EPSL-2025-0529-014", "certificate_number"),
    ],
)
def test_what_these_rules_leave_alone(text: str, concept: str):
    assert concept not in _read(text)


def test_a_box_drawn_with_bars_holds_one_caption_over_its_value():
    values = _read(
        """
+--------------------------------------------+
| COURSE                                     |
| Leases Two Years In: What Changed          |
+------------------------+-------------------+
| DELIVERY               | CERTIFICATE NUMBER |
| Live Webcast           | RCP-25-100734      |
+------------------------+-------------------+
"""
    )
    assert values["title"] == "Leases Two Years In: What Changed"
    assert values["certificate_number"] == "RCP-25-100734"


def test_every_box_ticked_is_read_in_the_order_printed():
    values = _read("Field(s) of study:  [X] Taxes   [ ] Auditing   [X] Accounting")
    assert values["field_of_study"] == "Taxes; Accounting"


def test_a_title_wraps_in_its_cell_while_the_column_beside_it_goes_on():
    values = _read(
        """
Course Title     Not-for-Profit              Meridian Learning Group
                 Revenue: Gifts and          1200 Market Street
                 Grants                      St. Louis, MO 63103
Date             09/30/2025
Credits          4
"""
    )
    assert values["title"] == "Not-for-Profit Revenue: Gifts and Grants"
    assert values["hours"] == 4


def test_a_row_wrapped_under_a_table_row_is_that_row_and_a_second_session_is_not():
    wrapped = _read(
        """
Course                  Completion    CPE      Field of
Title                   Date          Hours    Study
Advanced Governmental   11/18/2025    16.0     Accounting
Accounting Topics                              (Governmental)
"""
    )
    assert wrapped["title"] == "Advanced Governmental Accounting Topics"
    assert wrapped["hours"] == 16
    assert wrapped["field_of_study"] == "Accounting (Governmental)"
    sessions = _read(
        """
Course                  Completion    CPE      Field of
Title                   Date          Hours    Study
Governmental Update     11/18/2025    8.0      Accounting
Single Audit Update     11/19/2025    8.0      Auditing
"""
    )
    assert "title" not in sessions
    assert sessions["hours"] == 16


def test_a_mark_under_a_row_of_options_chooses_the_option_above_it():
    values = _read(
        """
Delivery method:  Group Live   Group Internet Based   QAS Self Study
                                    X
"""
    )
    assert values["delivery_method"] == "Group Internet Based"


def test_a_caption_at_the_right_reads_its_column_beside_labelled_lines():
    values = _read(
        """
EVENT DETAILS                                     ISSUED BY
Event: Construction Accounting Forum              Keystone Builders Group
Date: March 11, 2025                              410 Liberty Avenue
"""
    )
    assert values["sponsor"] == "Keystone Builders Group"
    assert values["title"] == "Construction Accounting Forum"


def test_an_identifier_after_a_number_label_at_the_right_of_the_heading_row():
    values = _read("CERTIFICATE OF COMPLETION                      Serial 25-0917-3321")
    assert values["certificate_number"] == "25-0917-3321"
    assert "certificate_number" not in _read("Certificate 2025 Annual Conference")


def test_a_table_heading_qualified_in_brackets_names_its_label():
    values = _read(
        """
| Course | Completed | CPE Credits (50-min) | Certificate |
|---|---|---|---|
| Depreciation: Book vs. Tax | 10/29/2025 | 2.5 | LP-88104-22 |
"""
    )
    assert values["hours"] == 2.5
    assert values["certificate_number"] == "LP-88104-22"


def test_captions_close_under_their_values_and_apart_from_what_follows_name_them():
    values = _read(
        """
Materiality and Sampling Refresher
course

Westlake Audit Institute              January 22, 2025
sponsor                               date completed

Participant: Yusuf Adeyemi
"""
    )
    assert values["title"] == "Materiality and Sampling Refresher"
    assert values["sponsor"] == "Westlake Audit Institute"
    assert values["date"] == "2025-01-22"


def test_boxes_after_options_behind_leaders_under_a_label_saying_what_to_tick():
    values = _read(
        """
Field of study (check all that apply)
  Accounting ................ [ ]
  Auditing .................. [X]
  Taxes ..................... [X]
"""
    )
    assert values["field_of_study"] == "Auditing; Taxes"


def test_a_caption_qualified_in_brackets_heads_its_column_but_not_inside_a_value():
    values = _read(
        """
Cert #        Date          CPE (hrs)   Course
HTS-4471-K    12/09/2025    3           Payroll Tax Compliance
"""
    )
    assert values["hours"] == 3
    assert values["title"] == "Payroll Tax Compliance"
    assert values["certificate_number"] == "HTS-4471-K"
    assert _read("Sponsor: Ridgeway CPE (NASBA Sponsor ID: 117245)")["sponsor"] == "Ridgeway CPE"


def test_captions_by_turns_under_values_without_blank_lines_name_the_lines_above():
    # As a PDF gives them when its blank lines are too narrow to tell.
    values = _read(
        """
Materiality and Sampling Refresher
course
Westlake Audit Institute              January 22, 2025
sponsor                               date completed
"""
    )
    assert values["title"] == "Materiality and Sampling Refresher"
    assert values["sponsor"] == "Westlake Audit Institute"
    stacked = _read(
        """
Title
Trust Income Tax Returns
Course Code
TX-1041
Field of Study
Taxes
"""
    )
    assert stacked["title"] == "Trust Income Tax Returns"
    assert stacked["field_of_study"] == "Taxes"


def test_a_badge_issued_with_its_id_between_dotted_facts():
    values = _read(
        """
[ NANO ]   0.4 CPE

Issued by Quickmark CPE  .  Issued on 02 Dec 2025  .  Badge ID QM-NANO-77120
"""
    )
    assert values["sponsor"] == "Quickmark CPE"
    assert values["date"] == "2025-12-02"
    assert values["certificate_number"] == "QM-NANO-77120"
    assert values["delivery_method"] == "Nano Learning"


def test_a_sponsor_wrapped_flush_right_under_its_value_runs_on():
    values = _read(
        """
Sponsor                      Bluewater Government Finance
                                       Training Institute
Completion date                              April 29, 2025
"""
    )
    assert values["sponsor"] == "Bluewater Government Finance Training Institute"


def test_a_date_under_a_signers_rule_name_and_title_is_the_day_signed():
    values = _read(
        """
_________________________          _________________________
Martin Cole, CPA                   Grace Lim
President                          Director of Learning
Date: 12/01/2025                   Date: 12/01/2025

Program: Washington Ethics for CPAs
Attended: November 13, 2025
"""
    )
    assert values["date"] == "2025-11-13"


def test_a_value_alone_with_a_bracket_is_no_caption():
    values = _read(
        """
   Format:
      Webcast (live)
   Hours:
      2.0
"""
    )
    assert values["delivery_method"] == "Group Internet Based"
    assert "title" not in values


def test_a_label_and_its_value_both_wrapped_in_a_narrow_column():
    values = _read(
        """
Program             Internal Audit Analytics
Title               with Python: Sampling and
                    Exception Testing
Completion          10/03/2025
Date
"""
    )
    assert values["title"] == "Internal Audit Analytics with Python: Sampling and Exception Testing"
    assert values["date"] == "2025-10-03"


def test_fields_listed_with_hours_name_the_ones_earned_but_sessions_name_none():
    values = _read(
        """
Field of Study                        Hours
Accounting                            -
Behavioral Ethics                     2.0
Taxes                                 -
"""
    )
    assert values["field_of_study"] == "Behavioral Ethics"
    assert values["hours"] == 2
    sessions = _read(
        """
Session                        Field of Study        Credits
Lease Accounting Update        Accounting            2.0
Fraud Case Studies             Auditing              2.0
"""
    )
    assert "field_of_study" not in sessions


def test_boxes_side_by_side_with_a_title_wrapped_down_its_box():
    values = _read(
        """
| COURSE                          |   | CREDIT                     |
| State Conformity to the 2025    |   | 4.0 CPE hours              |
| Federal Tax Changes             |   | Field: Taxes               |
| Completed 10/21/2025            |   | Live online (Zoom)         |
"""
    )
    assert values["title"] == "State Conformity to the 2025 Federal Tax Changes"
    assert values["hours"] == 4
    assert values["date"] == "2025-10-21"


def test_a_barred_row_of_labels_and_values_by_turns():
    values = _read(
        """
| Title       | Audit Evidence and Documentation | Hours      | 2.0           |
| Format      | Webinar                          | Card No.   | LAE-RC-0219-6 |
"""
    )
    assert values["title"] == "Audit Evidence and Documentation"
    assert values["hours"] == 2
    assert values["delivery_method"] == "Group Internet Based"


def test_a_numbers_caption_beside_another_columns_caption_reads_below():
    values = _read(
        """
certificate no.                                   verify at
PR-5521-0603                                      monarchcpe.example/verify
"""
    )
    assert values["certificate_number"] == "PR-5521-0603"


def test_captions_set_inside_rules_caption_the_values_above():
    values = _read(
        """
            Priya Natarajan                          09/25/2025
        ------- Participant -------          ------- Date -------

                  Capitol Audit Training Center, Group Live
        ----------------------- Sponsor and Format -----------------------
"""
    )
    assert values["date"] == "2025-09-25"
    assert values["sponsor"] == "Capitol Audit Training Center"


def test_a_sidebar_beside_a_narrative_is_read_after_it_but_a_column_of_labels_is_not():
    values = _read(
        """
This certifies that Ana Ruiz has             DETAILS
successfully completed the course            Credits
Fraud Risk in Small Entities                 2.5 CPE
offered by Keller Audit Institute.           Completed
                                             2025-04-18
"""
    )
    assert values["hours"] == 2.5
    assert values["date"] == "2025-04-18"
    assert values["title"] == "Fraud Risk in Small Entities"
    form = _read(
        """
Participant Name         Olga Ivanova
Course                   Audit Sampling for Controls Testing
Credits                  3.0
Date                     2025-04-18
"""
    )
    assert form["title"] == "Audit Sampling for Controls Testing"


def test_a_bare_no_before_an_identifier_names_the_certificate():
    assert _read("No.: 25-1028-0412")["certificate_number"] == "25-1028-0412"
    assert _read("No.        004-2219")["certificate_number"] == "004-2219"
    assert "certificate_number" not in _read("No. of participants: 40")


def test_captions_in_brackets_under_their_values():
    values = _read(
        """
Pinecrest Tax Education          2.0                 Regulatory Ethics
(Sponsor)                        (CPE Hours)         (Field of Study)

Jorge Silva
"""
    )
    assert values["sponsor"] == "Pinecrest Tax Education"
    assert values["hours"] == 2
    assert values["field_of_study"] == "Regulatory Ethics"


def test_two_lists_of_boxes_side_by_side_under_their_captions():
    values = _read(
        """
FIELD OF STUDY                 DELIVERY METHOD
[ ] Accounting                 [ ] Group Live
[x] Auditing                   [x] Group Internet Based
[ ] Taxes                      [ ] QAS Self Study
"""
    )
    assert values["field_of_study"] == "Auditing"
    assert values["delivery_method"] == "Group Internet Based"


def test_a_title_wrapped_in_its_cell_between_bars_and_a_bare_certificate_before_a_bar():
    values = _read(
        """
Course Title                        | Date       | Hours | Field
Partnership Allocations Workshop:   | 09/15/2025 | 4.0   | Taxes
Special Allocations and 704(b)      |            |       |

CERTIFICATE  | RAL-DTA-250821-3
"""
    )
    assert values["title"] == "Partnership Allocations Workshop: Special Allocations and 704(b)"
    assert values["certificate_number"] == "RAL-DTA-250821-3"


def test_a_double_rule_parts_rows_and_a_filled_radio_is_the_option_chosen():
    values = _read(
        """
==========================================   ============
 COURSE                                        CPE HOURS
 Form 990 Preparation for Exempt Entities      4.0
==========================================   ============

Delivery method:  (o) Group Live   ( ) Group Internet Based
"""
    )
    assert values["title"] == "Form 990 Preparation for Exempt Entities"
    assert values["hours"] == 4
    assert values["delivery_method"] == "Group Live"


def test_a_title_wrapped_over_three_lines_in_its_cell():
    values = _read(
        """
       COURSE:  Managing Engagement Risk in Small
                Firms: Acceptance, Continuance and
                Withdrawal Decisions
        DATE:  07/29/2025
"""
    )
    assert values["title"] == (
        "Managing Engagement Risk in Small Firms: Acceptance, Continuance and Withdrawal Decisions"
    )


def test_captions_wrapped_over_three_lines_over_one_row():
    values = _read(
        """
                                       Date of       Recommended     Field
Program                                Completion    CPE             of
                                                     Credits         Study
Revenue Recognition for Contractors    03/11/2025    3.0             Accounting
"""
    )
    assert values["title"] == "Revenue Recognition for Contractors"
    assert values["date"] == "2025-03-11"
    assert values["hours"] == 3
    assert values["field_of_study"] == "Accounting"


def test_webinar_in_a_row_under_captions_is_the_method_not_a_label():
    values = _read(
        """
FORMAT                      CERTIFICATE                          LICENSE
Webinar                     CPF-0619-MBD-3                       NY 0931177
"""
    )
    assert values["certificate_number"] == "CPF-0619-MBD-3"
    assert values["delivery_method"] == "Group Internet Based"


def test_a_title_does_not_run_on_into_the_lists_next_item():
    values = _read(
        """
1. Program
   a. Title: Internal Control Over Financial Reporting for Small Issuers
   b. Date held: 08/07/2025
"""
    )
    assert values["title"] == "Internal Control Over Financial Reporting for Small Issuers"


def test_values_at_the_left_with_their_captions_flush_right():
    values = _read(
        """
Dominic Reyes                                                     participant
Accounting for Cloud Computing Arrangements                            course
Pillar Point CPE                                                     provider
September 3, 2025                                                   completed
1.5 CPE                                                               credits
"""
    )
    assert values["title"] == "Accounting for Cloud Computing Arrangements"
    assert values["sponsor"] == "Pillar Point CPE"
    assert values["date"] == "2025-09-03"
    assert values["hours"] == 1.5


# wild4d.py's mechanisms, each on a certificate of its class that is not in the corpus.


def test_cpd_hours_are_the_credit_only_where_no_cpe_credit_is_printed():
    assert read_certificate("Duration: 2 hours 15 minutes\nCPD hours: 2.25\n")["hours"] == 2.25
    both = read_certificate("Verifiable CPD hours: 6\nCPE credits: 7.0\n")
    assert both["hours"] == 7


def test_a_labels_translation_after_a_slash_keeps_its_value():
    values = read_certificate(
        "Competency area / Domaine de compétence: Auditing\n"
        "Certificate number / Numéro d'attestation: QC-2025-00912\n"
    )
    assert values["field_of_study"] == "Auditing"
    assert values["certificate_number"] == "QC-2025-00912"


def test_a_verification_address_names_the_certificate_by_its_last_part():
    values = read_certificate("Certificate verification: learn.example/verify/AB-2025-7731\n")
    assert values["certificate_number"] == "AB-2025-7731"


def test_a_label_opened_in_a_bracket_ends_at_its_close():
    values = read_certificate(
        "Approved for 2.0 hours of CPE credit (Field of Study: Accounting) under the standards "
        "of the National Registry.\n"
    )
    assert values["field_of_study"] == "Accounting"


def test_the_field_a_cpe_credit_names_after_its_number():
    values = read_certificate("CLE    1.5 General\nCPE (NASBA)    2.0 Auditing    Group Live\n")
    assert values["field_of_study"] == "Auditing"


def test_a_field_and_the_method_after_it():
    values = read_certificate("CPE: 3.0 credits, Field of Study: Accounting, Group Live\n")
    assert values["field_of_study"] == "Accounting"


def test_a_company_named_above_its_legal_footer_and_a_logo_caption_over_the_heading():
    text = (
        "[Logo: Fenwick Audit Training]\n\nCertificate of Attendance\n\n"
        "Course: Going Concern Judgements\nDate: 2 October 2025\nCPD hours: 2\n\n"
        "Fenwick Audit Training Ltd\n"
        "Registered in England and Wales No. 01234567 | VAT No. GB 987 6543 21\n"
    )
    assert read_certificate(text)["sponsor"] == "Fenwick Audit Training Ltd"


def test_a_course_version_in_brackets_is_no_part_of_the_title():
    values = read_certificate("Course: Bank Reconciliations Made Simple (version 2.1)\nCPE: 1.0\n")
    assert values["title"] == "Bank Reconciliations Made Simple"


def test_a_certificate_number_labelled_inside_a_sentence_or_saying_whose_it_is():
    values = read_certificate(
        "Dear Ms. Hale,\nYou attended on May 5, 2025 and earned 3.0 CPE credits in Taxes."
        " Certificate number: KTA-0505-118.\n"
    )
    assert values["certificate_number"] == "KTA-0505-118"
    values = read_certificate(
        "This confirms our associate completed the course.\n\n"
        "Certificate number issued by the sponsor: RLS-2025-0917\n"
    )
    assert values["certificate_number"] == "RLS-2025-0917"


def test_a_fields_value_gives_the_credit_after_each_field_where_nothing_else_does():
    text = "Course: Payroll Basics\nCredit by field: Accounting 1.5; Taxes 1.0\n"
    values = read_certificate(text)
    assert values["hours"] == 2.5
    # A stated credit beats it; a field without an amount gives none.
    values = read_certificate("CPE credits: 3.0\nField of study: Taxes 2.0\n")
    assert values["hours"] == 3
    assert "hours" not in read_certificate("Course: Payroll Basics\nField of study: Taxes\n")


def test_a_certificate_reference_given_in_a_sentence():
    values = read_certificate("Thank you.\nYour certificate reference is QX-2025-0199.\n")
    assert values["certificate_number"] == "QX-2025-0199"


def test_a_bare_certificate_before_a_dash_and_a_number_alone_names_it():
    text = "COURSE -- PAYROLL FRAUD SCHEMES\nCPE -- 1.5\nCERTIFICATE -- NLA-1104-3372\n"
    assert read_certificate(text)["certificate_number"] == "NLA-1104-3372"
    # Not a heading's dash before words: no number stands alone after it.
    values = read_certificate("CERTIFICATE - CPE PROGRAM\nCPE: 1.5\n")
    assert values.get("certificate_number") is None


def test_one_fact_a_line_under_a_cpe_certificate_heading():
    values = read_certificate(
        "CPE Certificate\n\nPayroll Tax Deposits: What Changed in 2025\n"
        "Bluestem Payroll Institute\nMarch 4, 2025\n1.5 CPE credits\nTaxes\n"
    )
    assert values["title"] == "Payroll Tax Deposits: What Changed in 2025"
    assert values["sponsor"] == "Bluestem Payroll Institute"
    assert values["field_of_study"] == "Taxes"


def test_a_heading_band_dated_beside_the_heading_leaves_the_sponsor_below():
    text = (
        "CERTIFICATE OF COMPLETION    |   No. 771   |  Issued 06/02/2025\n"
        "           Harrow Tax Institute\n\n"
        "   Lena Ortiz completed Partnership Basis Basics on June 1, 2025 for 2.0 CPE credits.\n"
    )
    assert read_certificate(text)["sponsor"] == "Harrow Tax Institute"


def test_a_date_range_in_a_cell_whose_first_day_has_no_year():
    text = (
        "Course                        Dates              Hours\n"
        "Yellow Book Refresher         04/14-04/16/2025   24.0\n"
    )
    assert read_certificate(text)["date"] == "2025-04-16"


def test_a_title_below_its_label_word_stops_where_the_sentence_goes_on():
    text = (
        "Marta Ilic, CPA\ncompleted the webcast\nLease Modifications Under ASC 842\n"
        "on May 6, 2025 for 1.5 CPE credits (Accounting).\n"
    )
    assert read_certificate(text)["title"] == "Lease Modifications Under ASC 842"


def test_a_program_of_label_names_the_sponsor_a_chapter_with_its_body():
    row = _read(
        """
CERTIFICATE OF ATTENDANCE
Attendee: Mara Olsen
Seminar: Lease Accounting Refresher
Seminar of: Prairie Lakes Chapter, Institute of Internal Auditors
Date: 04/22/2025
"""
    )
    assert row["sponsor"] == "Prairie Lakes Chapter, Institute of Internal Auditors"
    assert row["title"] == "Lease Accounting Refresher"


def test_a_label_in_a_section_set_beside_another_is_named_by_its_column_heading():
    text = (
        "COURSE                                 CERTIFICATE\n"
        "Title: Audit Sampling Basics           Number: HWA-1102-55\n"
        "Date: 11/02/2025                       Issued: 11/03/2025\n"
    )
    values = read_certificate(text)
    assert values["certificate_number"] == "HWA-1102-55"
    assert values["title"] == "Audit Sampling Basics"


def test_a_bare_certificate_caption_right_of_its_value_names_the_number():
    text = (
        "Certificate of Completion\n\n"
        "Nora Quist                                      participant\n"
        "Deferred Taxes in Practice                           course\n"
        "Wrenfield CPE                                      provider\n"
        "WCP-0412-DT-09                                  certificate\n"
    )
    values = read_certificate(text)
    assert values["certificate_number"] == "WCP-0412-DT-09"
    assert values["sponsor"] == "Wrenfield CPE"


def test_the_last_day_of_a_sessions_table_whose_rows_open_with_their_dates():
    text = (
        "Certificate of Attendance\n\n"
        "| Day | Session | CPE |\n|-----|---------|-----|\n"
        "| Mar 3, 2025 | Payroll Taxes Today | 2.0 |\n"
        "| Mar 4, 2025 | Sales Tax Nexus | 1.0 |\n"
    )
    assert read_certificate(text)["date"] == "2025-03-04"


def test_a_body_named_by_its_kind_of_program_at_the_foot_is_the_sponsor():
    text = (
        "Thank you for attending Cash Forecasting Basics on 10/02/2025.\n"
        "CPE earned: 1.0\nField of study: Finance\n\n"
        "Harborview Finance Webinars\n"
    )
    assert read_certificate(text)["sponsor"] == "Harborview Finance Webinars"


def test_a_self_study_courses_publisher_is_its_sponsor_unless_a_sponsor_is_named():
    values = read_certificate("Course: Form 990 Workbook\nPublisher: Osprey Tax Press\nCPE: 6\n")
    assert values["sponsor"] == "Osprey Tax Press"
    text = "Course: Form 990 Workbook\nPublisher: Osprey Tax Press\nSponsor: Kite CPE\nCPE: 6\n"
    assert read_certificate(text)["sponsor"] == "Kite CPE"


def test_a_title_wrapped_in_a_narrow_column_runs_on_until_the_sentence_goes_on():
    text = (
        "This certifies that Lee Park has\nsuccessfully completed the course\n"
        "Going Concern Assessments\nUnder the Clarified Standards\n"
        "offered by Dunmore Audit Academy.\nCredits: 2.0\n"
    )
    assert read_certificate(text)["title"] == (
        "Going Concern Assessments Under the Clarified Standards"
    )
