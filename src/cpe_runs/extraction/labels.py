"""The labels certificates put before their values, and which field each one names.

A label is a phrase (a small regular expression, spaces matching any blank) with a
rank: when a certificate states a field twice, the higher rank wins ("CPE Credits
Earned" over "Recommended CPE Credit", "Completion Date" over "Date").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

TITLE = "title"
SPONSOR = "sponsor"
SPONSOR_ID = "sponsor_id"
DATE = "date"
HOURS = "hours"
FIELD = "field_of_study"
NUMBER = "certificate_number"
METHOD = "delivery_method"
PARTICIPANT = "participant"
LICENSE = "license_number"
COURSE_ID = "course_id"
INSTRUCTOR = "instructor"
LOCATION = "location"
LEVEL = "program_level"
BADGE_ID = "badge_id"
# Dates that are not the completion date (issued, registered, expires ...).
ISSUED = "issued"
OTHER = "other"

# Labels naming these fields may follow a value on the same line after a single space
# ("Date: 03/14/2025 Credits: 2.0"); words such as "Course" or "Program" may not, as
# titles hold them ("Crash Course: Leases").
INLINE_CONCEPTS = frozenset({SPONSOR_ID, DATE, HOURS, FIELD, NUMBER, METHOD, ISSUED, LICENSE})

_NO = r"(?:no\.?|nbr\.?|num\.?|number|#|id|i\.d\.)"
_OF_EVENT = r"(?:the\s)?(?:course|program|programme|seminar|webinar|session|event|class)"

# (concept, rank, phrases)
_CATALOGUE: list[tuple[str, int, list[str]]] = [
    (
        TITLE,
        3,
        [
            r"(?:course|program|programme|session|webinar|seminar|event|class) (?:title|name)",
            # "Training Title", "Conference Name" (wild.py:
            # training_record_contact_hours_and_tracking_number,
            # credits_by_day_table_with_total_row)
            r"(?:training|conference|workshop|module|activity|webcast) (?:title|name)",
            rf"(?:title|name) of {_OF_EVENT}",
            # "Course Name/Number: ..." (field_notes.py: course_name_slash_number_label)
            r"(?:course|program) (?:name|title)\s*/\s*(?:number|no\.?|code|id)",
            r"course/program",
            r"program/course",
            r"course/event",
            # "Learning Activity: ..." (wild.py: learning_activity_and_credential_id)
            r"learning activity",
            # "Learning Event: Data Analytics for Internal Auditors" (wild2.py:
            # recommended_cpe_credits_and_virtual_instructor_led)
            r"learning event",
            # "Learning Item: Transfer Pricing Documentation Refresher" (wild2.py:
            # lms_export_credit_types_one_per_row)
            r"learning item",
            r"activity (?:title|name)",
        ],
    ),
    (
        TITLE,
        2,
        [
            r"course",
            r"program",
            r"programme",
            r"seminar",
            r"webinar",
            r"event",
            # "Webcast: Single Audit ..." (wild.py: webcast_dotted_date_minutes_attended)
            r"webcast",
            r"workshop",
            r"conference",
            # "Module: Fixed Asset Accounting Essentials" (wild.py:
            # module_subject_and_reference_labels)
            r"module",
            # "Training: IFRS 16 vs. ASC 842 - ..." (wild3.py:
            # hyphenated_cpe_credits_label_comma_decimal)
            r"training",
        ],
    ),
    # "Activity: Leading Remote Teams" on a transcript entry (field_notes.py:
    # transcript_style_labels_right_of_heading_with_record_id).
    # A bare "Title" may be a person's job title: any label that names the program wins
    # (wild.py: participants_job_title_beside_the_course).
    # "Awarded to: ..." over "For: Fundamentals of Fraud Examination" (field_notes.py:
    # two_certificates_worth_of_dates_printed_and_completed_day_month); a colon or a gap
    # must follow, as for every label that is not loose.
    # A badge's "Credential: Governmental Auditing Basics" (wild2.py:
    # open_badge_credential_name_recipient_issuer_issued)
    (
        TITLE,
        1,
        # "Credential" alone, so that "Credential No." is read whole before it (wild4a.py:
        # blended_phases_in_sentences_with_their_dates_and_credits).
        [
            r"title",
            r"session",
            r"class",
            r"topic",
            r"activity",
            r"for",
            r"credential",
            r"credential name",
        ],
    ),
    # An invoice's line item over its price: "Item    Price" (wild3.py:
    # invoice_for_a_self_study_course_with_exam_passed).
    # "Description: CPE Webinar - Audit Risk Alerts 2025 - 2.0 CPE (Auditing)" (wild3.py:
    # invoice_description_with_dashes_and_a_date_of_service)
    # "Service: Seminar - New Hampshire Business Profits Tax" under "Service date:" (wild4a.py:
    # invoice_with_a_service_date_as_the_program_date)
    (TITLE, 1, [r"item", r"item description", r"product", r"description", r"service"]),
    (OTHER, 1, [r"price", r"unit price", r"amount", r"qty", r"quantity", r"fee"]),
    (
        SPONSOR,
        3,
        [
            r"provider\s*/\s*sponsor",
            r"sponsor\s*/\s*provider",
            r"(?:cpe |program |course |training |event )?(?:sponsor|provider)(?:'s)? name",
            r"name of (?:the )?(?:sponsor|provider|sponsoring organi[sz]ation)",
            r"sponsoring organi[sz]ation",
            # "Sponsoring Firm: Baxter Lyle & Co. LLP" (wild.py:
            # field_with_code_prefix_and_sponsoring_firm)
            r"sponsoring (?:firm|entity|company|society|association|institution|body)",
            # "Webinar provider: ..." (field_notes.py:
            # completed_at_a_time_of_day_and_sentence_field_in_taxation)
            r"(?:cpe|program|course|training|event|seminar|webinar|webcast|conference"
            r"|education|learning) (?:sponsor|provider)",
            r"sponsored by",
            r"sponsor",
            r"provider",
        ],
    ),
    (
        SPONSOR,
        2,
        [
            r"provided by",
            r"offered by",
            r"hosted by",
            r"issued by",
            r"organi[sz]er",
            # "Host organization: ..." (field_notes.py: attended_virtually_via_zoom)
            r"host(?:ing)? organi[sz]ation",
            # A credential's "Issuer: Evergreen Nonprofit CPE" (wild2.py:
            # verified_credential_issuer_and_issue_date_only)
            r"issuer",
            r"issuing (?:organi[sz]ation|body)",
            # "Provided through: Pinnacle Accounting Academy" (wild.py:
            # module_subject_and_reference_labels)
            r"provided through",
            r"delivered by",
            r"conducted by",
            # "Organized by: Heartland Farm Tax Educators" (wild4a.py:
            # registration_with_event_start_and_end_timestamps_and_up_to_credits)
            r"organi[sz]ed by",
            # "Program of: Three Rivers Chapter, Institute of Management Accountants" (wild4e.py:
            # program_of_label_naming_a_chapter_of_an_institute)
            r"(?:a )?(?:program|course|seminar|webinar|event) of",
        ],
    ),
    # "Host: Meridian CPE" (layouts.py: host_and_issued_by_labels).
    # "Bill from: Redwood Audit Academy, ..." (wild3.py:
    # invoice_description_with_dashes_and_a_date_of_service)
    # "Merchant: Quickstep Nano CPE" (wild3.py: receipt_for_a_nano_course_with_credits)
    (
        SPONSOR,
        1,
        [
            r"presented by",
            r"organi[sz]ation",
            r"host",
            r"bill(?:ed)? from",
            r"merchant",
            r"sold by",
            # "Seller: Granite Peak Tax Education, LLC" (wild4a.py:
            # receipt_for_an_on_demand_course_with_access_and_completion_dates)
            r"seller",
            r"vendor",
            # A self-study course's publisher gives its credit: "PUBLISHER / SPONSOR: Tanager
            # Professional Press" (wild4c.py:
            # title_in_capitals_with_edition_and_self_study_with_expiry)
            r"publisher",
        ],
    ),
    (
        SPONSOR_ID,
        3,
        [
            rf"(?:sponsor'?s )?nasba (?:sponsor )?(?:registry )?{_NO}",
            r"nasba sponsor",
            rf"(?:national )?registry (?:sponsor )?{_NO}",
            rf"(?:cpe )?sponsor {_NO}",
            rf"(?:cpe )?provider {_NO}",
        ],
    ),
    (
        DATE,
        3,
        [
            r"(?:course |program |date )?completion date",
            r"date (?:of )?completion",
            r"date completed",
            r"completed on",
            r"completed",
            r"(?:program |course )completed",
            r"date earned",
            r"date (?:of )?(?:credit|cpe)",
            # A self-study course completes when its exam is passed: "Exam Date" beats
            # "Course Date" (field_notes.py: self_study_course_date_and_exam_date).
            # "Exam passed on: 2025-07-02 at 22:14 UTC" (wild4a.py:
            # self_study_exam_passed_at_a_utc_time_with_version_and_enrollment_dates)
            r"(?:final )?(?:exam|examination|test|assessment) (?:date|passed|completed)(?: on)?",
            r"date (?:of )?(?:the )?(?:final )?(?:exam|examination)",
            # An LMS's "Final assessment:    01/14/2025  (score 84%)" after its modules'
            # dates (wild4a.py: lms_activity_page_modules_exam_and_issue_dates)
            r"final (?:exam|examination|assessment|test)",
            # "Passed final exam 08/20/2025" (wild4a.py: self_study_dates_between_middle_dots)
            r"passed (?:the )?(?:final )?(?:exam|examination|assessment|test)",
            # "Exam attempt 2: 05/05/2025 - 84% (passed)"; a failed one is skipped
            # (certificate.py; wild4a.py: self_study_with_a_failed_and_a_passed_exam_attempt)
            r"(?:exam|examination|assessment|test|quiz) attempt(?: (?:#\s?)?\d{1,2})?",
        ],
    ),
    (
        DATE,
        2,
        [
            r"date(?:\(s\)|s)? attended",
            r"attendance date",
            # "Start Date" / "End Date": a range ends on its end (wild.py:
            # training_record_contact_hours_and_tracking_number)
            r"end date",
            r"date awarded",
            r"awarded on",
            # "Date(s) of attendance: 11/17/2025 - 11/18/2025" (wild4a.py:
            # letter_with_a_date_of_this_letter_and_dates_of_attendance_labels)
            r"date(?:\(s\)|s)? of attendance",
            r"(?:program|course|webinar|event|seminar|session|class|conference|workshop|activity)"
            r" dates?",
            # "Date(s) of program" (wild4a.py:
            # form_revised_in_header_and_footer_with_a_compact_date_range)
            rf"date(?:\(s\)|s)? of {_OF_EVENT}",
            # "Date(s) Course Held: 06/23/2025 - 06/24/2025" (wild3.py:
            # numbered_state_form_underscore_x_method_and_revision_footer)
            rf"date(?:\(s\)|s)? (?:{_OF_EVENT}) (?:held|attended|presented|taken|given)",
            # "Event ends: 2025-09-17 17:00 CDT" under "Event starts: ..." (wild4a.py:
            # registration_with_event_start_and_end_timestamps_and_up_to_credits)
            rf"(?:{_OF_EVENT}|conference|workshop) (?:ends|ended|end time)",
        ],
    ),
    (DATE, 1, [r"date(?:\(s\)|s)?", r"held on"]),
    (
        ISSUED,
        1,
        [
            # Not "Issued by" (the sponsor) nor "Issued to" (layouts.py: issued_by_and_id_labels).
            r"(?:date )?issued(?! by\b| to\b)(?: on)?",
            r"issue date",
            r"date of issue",
            r"print(?:ed)? date",
            r"printed(?: on)?",
            r"expir(?:es|ation date|ation)",
            r"(?:registration|enrollment|enrolment|purchase|order|birth|start) date",
            rf"(?:{_OF_EVENT}|conference|workshop) (?:starts|started|begins|start time)",
            # "Course version date: 2025-01-15" (wild4a.py:
            # self_study_exam_passed_at_a_utc_time_with_version_and_enrollment_dates)
            r"(?:course |program )?(?:version|publication|release) date",
            # A bill's dates are not the program's: "Invoice date: 07/30/2025", "Due date"
            # (wild4a.py: invoice_with_event_date_and_credit_line_item)
            r"(?:invoice|due|payment|billing|transaction|receipt|statement|sent) date",
            r"date (?:of )?(?:registration|enrollment|purchase|order|birth)",
            r"date (?:registered|enrolled|purchased|ordered|started)",
            r"(?:instructor |authori[sz]ed |participant )?signature",
        ],
    ),
    (
        HOURS,
        4,
        [
            # A total beats a table's per-session credits (total_credits_beat_the_sessions_table).
            r"total (?:cpe )?(?:credits?|hours|credit hours|units)",
            # "Total CPE      20.0" under credits by day (wild.py:
            # credits_by_day_table_with_total_row)
            r"total cpe",
            # The whole event's total under its days' totals: "CONFERENCE TOTAL: 15.0 CPE
            # credits" (wild4a.py:
            # conference_bullets_by_day_with_times_day_totals_and_a_grand_total)
            r"(?:grand|overall|conference|program|event|course|seminar|summit|symposium|forum)"
            r" total(?: (?:cpe|credits?|hours))?",
            r"(?:total )?(?:cpe )?(?:credits?|hours|credit hours|cpe) (?:earned|awarded|granted)",
            # "CPE credits recorded: 8.0" (wild3.py: check_in_and_check_out_receipt_with_credits)
            # "Total credits claimed: 7.0" (wild4a.py:
            # sessions_table_with_a_time_column_and_credits_claimed)
            r"(?:total )?(?:cpe )?(?:credits?|hours|credit hours) (?:recorded|reported|verified"
            r"|claimed)",
            r"(?:cpe )?(?:credits?|hours) (?:earned|awarded)",
        ],
    ),
    (
        HOURS,
        3,
        [
            r"(?:total )?cpe (?:credits?|hours|credit hours|units)",
            # A state form's "Hours of Instruction: 16" (field_notes.py:
            # hours_of_instruction_on_a_state_form)
            r"(?:total )?hours of instruction",
            r"(?:total )?(?:credit hours|credits|credit)",
            r"number of (?:cpe )?(?:credits?|hours|credit hours)",
            r"hours of (?:cpe )?credit",
            r"cpe",
            r"learning hours",
            r"continuing education (?:credits?|hours)",
        ],
    ),
    (
        HOURS,
        2,
        [
            r"recommended (?:cpe )?(?:credits?|hours|credit hours)",
            r"recommended cpe",
            # "Contact Hours: 12.0" (wild.py: training_record_contact_hours_and_tracking_number),
            # below a CPE credit beside it (wild3.py: contact_hours_differ_from_the_cpe_credit);
            # so are bare hours: "Hours    CPE" head a transcript's two columns (wild3.py:
            # hours_and_cpe_columns_in_a_transcript_row)
            r"contact hours",
            r"(?:total )?hours",
            # CPD is what the UK, Canada and Australia call CPE: its hours are the credit
            # where no CPE credit is printed ("CPD hours: 3.5 (verifiable)" below "Duration: 3
            # hours 30 minutes"; "Verifiable CPD hours / Heures de DPC vérifiables: 7.0");
            # "CPE credits (US): 7.0" beside "CPD hours: 6" outranks them (wild4d.py:
            # uk_cpd_certificate_with_duration_reference_and_company_footer,
            # canadian_bilingual_cpd_certificate_with_competency_area; field_notes.py:
            # cpd_and_cpe_with_ethics_minutes).
            r"(?:total )?(?:verifiable |verified |structured )?cpd (?:credits?|hours|credit hours"
            r"|units|points)",
        ],
    ),
    # A bare "Total ....... 18.5" under credits listed by field of study, when nothing
    # names the credit better (wild.py: summit_cross_month_range_credits_by_field).
    # A length in minutes where nothing names the credit: "Length: 20 minutes" (field_notes.py:
    # nano_twenty_minutes); "CPE Credits" beside a "Duration" wins.
    (HOURS, 1, [r"total", r"length", r"duration"]),
    # A day's or a part's total is one part of the credit: rank 0 adds up with the others,
    # below any total of the whole (certificate.py; wild4a.py:
    # conference_bullets_by_day_with_times_day_totals_and_a_grand_total).
    (HOURS, 0, [r"(?:day|daily|day's|session|track|phase|part) (?:sub)?total", r"subtotal"]),
    (
        FIELD,
        3,
        [
            r"(?:nasba |cpe )?fields? of study",
            r"field\(s\) of study",
            r"subject areas?",
            r"areas? of study",
            r"subject matter",
            r"knowledge area",
            r"(?:cpe )?category",
            r"field",
            r"fos",
            # "Competency Area: Auditing"
            # (wild.py: training_record_contact_hours_and_tracking_number)
            r"competency(?: area)?",
            # "NASBA Field ...... Taxes" (wild.py: dotted_leaders_hours_earned_nasba_field)
            r"(?:nasba|cpe) fields?",
        ],
    ),
    # "Subject: Accounting"; as e-mails head their subject so, read only when it names a
    # NASBA field (certificate.py; wild.py: module_subject_and_reference_labels).
    # "Fields: Accounting; Auditing", read only when each names a field (wild4a.py:
    # agenda_under_weekday_headings_with_credits_in_brackets_and_dates_in_the_heading);
    # not "Dear Dr. Fields:" over the letter.
    (FIELD, 1, [r"subject", r"fields"]),
    (
        NUMBER,
        3,
        [
            rf"certificate (?:{_NO}|code|serial(?: number)?|identification number)",
            rf"cert\.? {_NO}",
            rf"completion (?:{_NO}|code)",
            rf"verification (?:{_NO}|code)",
            # "Certificate reference: TPT/25/10/1437" (wild4d.py:
            # uk_cpd_certificate_with_duration_reference_and_company_footer)
            rf"certificate (?:reference|ref\.?)(?: {_NO})?",
            rf"serial {_NO}",
            r"id (?:number|no\.?)",
        ],
    ),
    # "Tracking Number", "Certificate Tracking #", "Reference No." (wild.py:
    # training_record_contact_hours_and_tracking_number,
    # awarded_on_date_before_name_and_tracking_hash, module_subject_and_reference_labels)
    # "Statement No. CS-88120" heading a CPE completion statement (wild2.py:
    # statement_number_right_and_right_aligned_labels)
    (
        NUMBER,
        2,
        [
            rf"(?:certificate )?tracking {_NO}",
            rf"(?:reference|ref\.?) {_NO}",
            rf"statement {_NO}",
            rf"credential {_NO}",
        ],
    ),
    # A bare "ID:" names the certificate when nothing more specific does (issued_by_and_id_labels).
    # "Confirmation: BP-514-20873" (field_notes.py: email_headers_sent_date_then_attended_on,
    # certificate_valid_through_and_issued_dates_beside_completion).
    # "Serial: DPE-25-071-4402" (field_notes.py: completion_timestamp_with_time_zone_and_serial)
    (
        NUMBER,
        1,
        # "Verification: FVM-2511-88231" (field_notes.py:
        # browser_printed_page_with_url_and_print_time)
        [
            rf"confirmation (?:{_NO}|code)",
            r"confirmation",
            rf"record {_NO}",
            # "Record: BCO-44817-K" (wild4c.py: minutes_of_instruction_only_on_demand)
            r"record",
            r"id",
            r"serial",
            r"verification",
            # A bare "Reference:", as e-mails confirming attendance give the certificate's
            # (wild4e.py: email_day_first_dates_in_header_and_body)
            r"reference",
            # Only as a table's column heading (fields.py: _column_heading_only).
            r"certificate",
            # A bare "No." before the number at the top right, "No.: 25-1028-0412" under the
            # facts, a record card's "Card No." (wild4b.py:
            # number_and_completion_stacked_at_the_top_right,
            # sponsor_named_only_under_the_signature, four_column_barred_record_card)
            r"no\.",
            rf"card {_NO}",
        ],
    ),
    (
        COURSE_ID,
        1,
        # "Activity ID: APL-TX-25-0917" names the program, not the certificate (wild2.py:
        # firm_confirms_virtual_instructor_led_ceu_and_activity_id).
        [
            rf"(?:course|program|event|session|activity|learning activity) (?:{_NO}|code)",
            r"course identification",
        ],
    ),
    (
        METHOD,
        3,
        [
            r"(?:instructional )?delivery (?:method|format|type|mode)",
            r"method of (?:delivery|instruction|presentation)",
            r"instructional method",
            # "Item Type: Virtual Instructor-Led" (wild2.py: lms_export_credit_types_one_per_row)
            r"(?:learning|program|course|instruction|item) (?:format|method|type)",
            r"format",
            r"delivery",
            # "Mode: Classroom" (wild.py: training_record_contact_hours_and_tracking_number)
            r"(?:delivery |instructional |learning )?mode",
        ],
    ),
    # A bare "Method: GL" (wild.py: nasba_method_abbreviations)
    (METHOD, 2, [r"method"]),
    (
        PARTICIPANT,
        2,
        [
            r"(?:participant|attendee|student|learner|licensee)(?:'s)? name",
            r"name of (?:the )?(?:participant|attendee|student|licensee)",
            r"participant",
            r"attendee",
            r"student",
            r"learner",
            r"licensee",
            r"recipient",
            # A badge's "Earner: Fatima Zahra" (wild2.py: badge_with_skills_and_earning_criteria)
            r"earner",
            r"awarded to",
            r"presented to",
            r"issued to",
        ],
    ),
    (PARTICIPANT, 1, [r"name"]),
    (LICENSE, 1, [rf"(?:cpa )?licen[sc]e (?:{_NO})", r"(?:cpa )?licen[sc]e"]),
    (INSTRUCTOR, 1, [r"instructors?", r"presenters?", r"speakers?", r"facilitators?"]),
    (LOCATION, 1, [r"location", r"venue", r"city"]),
    (LEVEL, 1, [r"(?:program |course |knowledge )?level"]),
    (OTHER, 1, [r"prerequisites?", r"advanced? preparation"]),
    (OTHER, 1, [r"job title", r"position", r"department"]),
    # Credit of another body is not CPE credit: "IRS CE Credits: 2" beside "CPE Credits:
    # 2.4" (wild.py: irs_and_ctec_numbers_with_ptin).
    (
        OTHER,
        1,
        [
            r"(?:irs|ctec|cfp|cle|cfe|cia|cma|pdu|ea|afsp)(?: ce)? (?:credits?|hours"
            r"|credit hours|units)",
            # A meeting's number is not the certificate's: "Webinar ID: 845 2231 9087"
            # (field_notes.py: webinar_id_is_not_the_certificate_number).
            rf"(?:webinar|meeting|zoom|webcast|teams) {_NO}",
            # A CEU is ten hours, not a CPE credit
            # (wild.py: university_term_range_ceus_beside_hours).
            r"continuing education units?",
            r"ceus?",
        ],
    ),
    # An attendee's badge number is not the certificate's, but a digital badge's ID names
    # the badge itself (certificate.py; wild2.py: open_badge_issued_to_on_by_in_one_sentence).
    (BADGE_ID, 1, [rf"badge {_NO}"]),
    # A person's or an account's number is not the certificate's: "Employee ID", "Learner
    # ID", "Order Number" (wild.py: firm_in_house_employee_id_virtual_classroom,
    # lms_export_timestamp_learner_id, virtual_classroom_behavioral_ethics_order_number).
    (
        OTHER,
        1,
        [
            rf"(?:employee|staff|personnel|student|learner|member|membership|customer|client"
            # "Enrollment ID" (field_notes.py: self_study_with_date_passed_and_enrollment_id)
            rf"|participant|attendee|user|account|order|invoice|registration|ptin"
            rf"|enrollment|enrolment"
            rf"|transaction|payment|receipt) {_NO}",
        ],
    ),
]


@dataclass(frozen=True, slots=True)
class Label:
    concept: str
    rank: int


def _phrase(pattern: str) -> str:
    # A group's alternatives longest first, so that "CPE Credit Hours" is read whole, not
    # as "CPE Credit" and then "Hours", which a gap then leaves unread (wild.py:
    # compound_labels_then_a_gap).
    pattern = _GROUP.sub(_longest_first, pattern)
    # "Credit(s)" inside a label as well as at its end: "CPE Credit(s) Earned" (wild3.py:
    # state_sponsor_numbers_and_slashed_number_with_letter).
    pattern = pattern.replace("credits?", r"credit(?:\(s\)|s)?")
    # One blank between a label's words, or none: OCR runs "Course Title" together. Never
    # a column's gap: "Date          CPE Hours" heads two columns, not one "Date CPE" label.
    # Or a hyphen: "CPE-Credits", "Certificate-No." (wild3.py:
    # hyphenated_cpe_credits_label_comma_decimal).
    return pattern.replace(" ", r"[\s-]?")


def _longest_first(group: re.Match[str]) -> str:
    alternatives = sorted(group.group(1).split("|"), key=len, reverse=True)
    return "(?:" + "|".join(alternatives) + ")" + ("?" if group.group(0).endswith("?") else "")


_GROUP = re.compile(r"\(\?:([^()]*)\)\??")
_SYNTAX = re.compile(r"\\s[?*+]?|\?|\\")


def _longest_reading(pattern: str) -> int:
    """How long the longest text a phrase reads is, roughly: each group as its longest
    alternative. "(?:total )?(?:credit hours|credits|credit|hours)" reads at most 18
    characters, so "hours of instruction" (20) is tried before it and is read whole
    (field_notes.py: hours_of_instruction_on_a_state_form, course_name_slash_number_label)."""
    while True:
        expanded = _GROUP.sub(lambda group: max(group.group(1).split("|"), key=len), pattern)
        if expanded == pattern:
            return len(_SYNTAX.sub("", pattern))
        pattern = expanded


# Longest phrase first, so that "Program Title" is read before "Program".
_PHRASES: list[tuple[str, Label]] = sorted(
    (
        (_phrase(pattern), Label(concept, rank))
        for concept, rank, patterns in _CATALOGUE
        for pattern in patterns
    ),
    key=lambda item: _longest_reading(item[0]),
    reverse=True,
)
# One group per phrase (L0, L1, ...), so a match tells which label it found; a label
# ends at a word boundary, or right after its "#" or "No.". Every phrase opens with a
# letter: the lookahead turns every other position away before the ~150 branches are
# tried, which keeps a line of punctuation linear and cheap.
_LABEL_RE = re.compile(
    r"(?<![\w'])(?=[a-z])(?:"
    + "|".join(f"(?P<L{i}>{phrase})" for i, (phrase, _) in enumerate(_PHRASES))
    # "Course(s):", "Credit(s):" (wild.py: plural_s_and_qualified_labels)
    + r")(?:\(s\))?(?:(?<=[#.)])|(?!\w))",
    re.I,
)


# Labels after which the value follows with no colon: "Provided by Ledgerly",
# "Certificate #PEI-88213", "Certificate no. CLG-BL-0092".
_LOOSE_END = re.compile(r"(?:\bby|\bto|#|\bno\.?|\bnbr\.?|\bnum\.?|\bid|\bnumber|\bcode)$", re.I)


def is_loose(label_text: str) -> bool:
    """Whether the value may follow this label after a plain space."""
    return bool(_LOOSE_END.search(label_text))


def label_at(match: re.Match[str]) -> Label:
    """The label a match of _LABEL_RE found."""
    return _PHRASES[int(match.lastgroup[1:])][1]  # type: ignore[index]


def iter_labels(line: str):
    """Every label phrase in ``line`` that ends on a word boundary, with its Label."""
    for match in _LABEL_RE.finditer(line):
        yield match, label_at(match)


def concept_of_label(text: str) -> Label | None:
    """The Label that ``text`` is in full ("Program Title", "Credit Hours"), or None."""
    text = " ".join(text.split())
    match = _LABEL_RE.fullmatch(text)
    return label_at(match) if match else None


def catalogue_words() -> set[str]:
    """Every word the labels above are written with, in lower case ("field", "of", "study",
    "credits", "credit"): what OCR's misread labels are mended to (ocrtext.py)."""
    words: set[str] = set()
    for _, _, patterns in _CATALOGUE:
        for pattern in patterns:
            # "organi[sz]ation" is written "organisation" or "organization".
            for letter in "sz":
                plain = re.sub(r"\[(\w)\w*\]", letter if "[sz]" in pattern else r"\1", pattern)
                # Endings are no words of their own: "host(?:ing)?", "expir(?:es|ation)".
                plain = re.sub(r"(?<=[a-z])\(\?:[^()]*\)\??", "", plain)
                for word in re.findall(r"(?<!\\)\b[a-z]{2,}\??", plain):
                    words.add(word.rstrip("?"))
                    if word.endswith("?"):
                        words.add(word[:-2])
    return words
