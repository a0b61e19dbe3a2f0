"""Each normalisation rule of the default extractor, case by case."""

from __future__ import annotations

import pytest

from cpe_runs.extraction.normalize import (
    NASBA_FIELDS,
    clean_text,
    delivery_method,
    drop_article,
    field_of_study,
    find_dates,
    parse_date,
    parse_hours,
)
from cpe_runs.extraction.prose import clean_sponsor


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("March 14, 2025", "2025-03-14"),
        ("Mar. 14, 2025", "2025-03-14"),
        ("Mar 14 2025", "2025-03-14"),
        ("03/14/2025", "2025-03-14"),
        ("3/4/2025", "2025-03-04"),
        ("03/14/25", "2025-03-14"),
        ("03-14-2025", "2025-03-14"),
        ("14 March 2025", "2025-03-14"),
        ("14-Mar-2025", "2025-03-14"),
        ("2025-03-14", "2025-03-14"),
        ("2025/03/14", "2025-03-14"),
        ("December 1st, 2024", "2024-12-01"),
        ("the 21st of March, 2025", "2025-03-21"),
        ("Tuesday, March 4, 2025", "2025-03-04"),
        ("28/02/2025", "2025-02-28"),
        ("SEPTEMBER 9, 2024", "2024-09-09"),
        # A range completes on its last day.
        ("June 9-11, 2025", "2025-06-11"),
        ("November 12 - 13, 2024", "2024-11-13"),
        ("September 15 - September 17, 2024", "2024-09-17"),
        ("09/18/2024 - 09/19/2024", "2024-09-19"),
        ("12-13 November 2024", "2024-11-13"),
        ("from 06/02/2025 to 06/04/2025", "2025-06-04"),
        ("Oct. 30 - Nov. 1, 2025", "2025-11-01"),
        ("on this 5th day of December, 2025", "2025-12-05"),
        # Ordinal words (wild2.py: ordinal_day_in_words_given_under_seal).
        ("this twenty-first day of October, 2025", "2025-10-21"),
        ("the Thirty First day of December 2025", "2025-12-31"),
        ("this third day of March, 2026", "2026-03-03"),
        ("Dated this 4th day of November, A.D. 2025", "2025-11-04"),
        ("2025-08-21T15:42:07Z", "2025-08-21"),
        ("03-Mar-25", "2025-03-03"),
        ("November 3 & 4, 2025", "2025-11-04"),
        ("Nov-03-2025", "2025-11-03"),
        ("Monday, November 3, 2025 - Wednesday, November 5, 2025", "2025-11-05"),
        # A range without blanks (wild4a.py).
        ("03/04/2025-03/05/2025", "2025-03-05"),
        # The same moment again in brackets, in another zone, is no second date (wild4a.py).
        ("Nov 12, 2025 11:58 PM ET (Nov 13, 2025 04:58 UTC)", "2025-11-12"),
    ],
)
def test_dates_become_iso(text: str, iso: str):
    assert parse_date(text) == iso


@pytest.mark.parametrize(
    "text", ["", "____________", "TBD", "13/13/2025", "February 30, 2025", "Course 1040-ES"]
)
def test_text_without_a_real_date_has_none(text: str):
    assert parse_date(text) is None


def test_several_fields_in_capitals_take_the_sheets_spelling():
    assert field_of_study("TAXES 2.0; SPECIALIZED KNOWLEDGE 1.0") == (
        "Taxes 2.0; Specialized Knowledge 1.0"
    )
    assert field_of_study("Taxes 2.0; ethics talk 1.0") == "Taxes 2.0; ethics talk 1.0"


def test_two_dates_that_are_not_a_range_stay_two():
    # Joined by words, not by a dash or "to": the completion date is the first one.
    assert find_dates("Completed 03/28/2025, issued 04/01/2025")[0][2] == "2025-03-28"
    # A "range" that runs backwards is two dates, not a range.
    assert len(find_dates("06/04/2025 - 06/02/2025")) == 2


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("4.0 CPE credits", 4),
        ("2", 2),
        ("1.5", 1.5),
        ("0.2 CPE", 0.2),
        ("3.6 credits", 3.6),
        ("12.5", 12.5),
        (".5 hours", 0.5),
        ("Eight (8.0)", 8),
        ("Two", 2),
        ("2.0 (50-minute hours)", 2),
        ("1.0 (based on a 50-minute hour)", 1),
        ("1.0 hour", 1),
        ("1 hour 40 minutes (2.0 CPE credits)", 2),
        # A decimal comma (wild3.py: bracket_x_rows_for_field_and_method_comma_decimal).
        ("2,5", 2.5),
        ("12,25 CPE", 12.25),
        ("3, 4", 3),
    ],
)
def test_hours_become_numbers_keeping_half_and_fifth_credits(text: str, hours: float):
    value = parse_hours(text)
    assert value == hours
    assert isinstance(value, int if hours == int(hours) else float)


@pytest.mark.parametrize("text", ["", "None", "TBD", "50-minute hour", "0", "$250.00", "€40"])
def test_text_without_credit_has_no_hours(text: str):
    assert parse_hours(text) is None


@pytest.mark.parametrize(
    ("text", "method"),
    [
        ("Group Live", "Group Live"),
        ("In person", "Group Live"),
        ("In-person (classroom)", "Group Live"),
        ("Classroom", "Group Live"),
        ("Live seminar", "Group Live"),
        ("Group Internet Based", "Group Internet Based"),
        ("Group-Internet-Based", "Group Internet Based"),
        ("Webinar", "Group Internet Based"),
        ("Live webcast", "Group Internet Based"),
        ("Live webinar", "Group Internet Based"),
        ("Virtual live", "Group Internet Based"),
        ("Self-study", "QAS Self Study"),
        ("QAS Self-Study", "QAS Self Study"),
        ("Self-paced online", "QAS Self Study"),
        ("On-demand webcast", "QAS Self Study"),
        ("Nano", "Nano Learning"),
        ("Nano-learning", "Nano Learning"),
        ("Blended", "Blended Learning"),
        ("BLENDED LEARNING", "Blended Learning"),
        ("Live-streamed", "Group Internet Based"),
        ("GL", "Group Live"),
        ("GIB", "Group Internet Based"),
        ("VILT", "Group Internet Based"),
        ("ILT", "Group Live"),
        ("QAS-SS", "QAS Self Study"),
        ("Livestream", "Group Internet Based"),
        ("Virtual classroom", "Group Internet Based"),
    ],
)
def test_delivery_methods_take_the_standard_names(text: str, method: str):
    assert delivery_method(text) == method


def test_unknown_delivery_method_is_not_guessed():
    assert delivery_method("Correspondence") is None


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("Taxes", "Taxes"),
        ("Tax", "Taxes"),
        ("TAXATION", "Taxes"),
        ("taxes - 8.0 hours", "Taxes"),
        # Printed as a 2016 name: kept as printed; older names and variants mapped.
        ("Regulatory Ethics", "Regulatory Ethics"),
        ("Ethics - Regulatory", "Regulatory Ethics"),
        ("ethics (regulatory)", "Regulatory Ethics"),
        ("Ethics (Behavioral)", "Behavioral Ethics"),
        ("Behavioral Ethics", "Behavioral Ethics"),
        ("Accounting - Governmental", "Accounting (Governmental)"),
        ("ACCOUNTING (GOVERNMENTAL)", "Accounting (Governmental)"),
        ("Governmental Auditing", "Auditing (Governmental)"),
        ("Computer Software & Applications", "Computer Software & Applications"),
        ("Computer Software and Applications", "Computer Software and Applications"),
        ("Communications & Marketing", "Communications & Marketing"),
        ("Business Management & Organization", "Business Management & Organization"),
        ("business management and organization", "Business Management & Organization"),
        ("Management Services", "Management Services"),
        ("MANAGEMENT SERVICES", "Management Services"),
        ("Personnel/HR", "Personnel/Human Resources"),
        ("Human Resources", "Personnel/Human Resources"),
        ("Specialized Knowledge and Applications", "Specialized Knowledge"),
        ("  information   technology ", "Information Technology"),
        ("Statistics", "Statistics"),
        ("Economics", "Economics"),
        ("Production", "Production"),
        ("Finance", "Finance"),
        ("Business Law", "Business Law"),
        ("Personal Development", "Personal Development"),
        ("Auditing", "Auditing"),
        ("Accounting", "Accounting"),
        # Abbreviations sponsors print.
        ("Acctg", "Accounting"),
        ("Auditing (Gov't)", "Auditing (Governmental)"),
        ("Acctg - Govt", "Accounting (Governmental)"),
        ("Computer Software & Apps", "Computer Software & Applications"),
        ("Bus Mgmt & Org", "Business Management & Organization"),
        ("Comm & Mktg", "Communications & Marketing"),
        ("TX - Taxes", "Taxes"),
        ("BMO", "Business Management & Organization"),
        ("CS&A", "Computer Software & Applications"),
        ("Taxes (TX)", "Taxes"),
        # A field and its part (wild2.py).
        ("Taxes - State and Local", "Taxes"),
        ("Auditing: Employee Benefit Plans", "Auditing"),
    ],
)
def test_fields_of_study_take_the_nasba_names(text: str, field: str):
    assert field_of_study(text) == field


def test_the_2016_list_has_twenty_fields_each_read_as_itself():
    assert len(NASBA_FIELDS) == len(set(NASBA_FIELDS)) == 20
    for name in NASBA_FIELDS:
        assert field_of_study(name) == name
        assert field_of_study(name.upper()) == name


@pytest.mark.parametrize(
    "text",
    [
        "Management Advisory Services",
        # A 2006 field no 2016 one is named after.
        "Mathematics",
        "Taxes (16.0), Accounting (8.0)",
        "Ethics",
        "Acctg & Auditing",
    ],
)
def test_other_fields_of_study_are_kept_as_written(text: str):
    assert field_of_study(text) == text


@pytest.mark.parametrize(
    ("text", "sponsor"),
    [
        ("ACME CPE, NASBA Sponsor #112233", "ACME CPE"),
        ("Apex Accounting Forum (NASBA #107711)", "Apex Accounting Forum"),
        ("Quantus Learning, NASBA Sponsor ID 140022", "Quantus Learning"),
        ("Ridgeway CPE (NASBA Sponsor ID: 117245)", "Ridgeway CPE"),
        ("Summit CPE Academy, LLC", "Summit CPE Academy, LLC"),
        ("Great Plains Tax Seminars, Inc.", "Great Plains Tax Seminars, Inc."),
        # ... and its address, phone, an open parenthesis and a sentence's article.
        ("Lakeshore Education, 3005 Highland Parkway, Downers Grove, IL", "Lakeshore Education"),
        ("Keystone CPE | (800) 555-0163", "Keystone CPE"),
        ("Lone Oak Ethics Academy (TSBPA Sponsor No. 012345)", "Lone Oak Ethics Academy"),
        ("Sentinel Academy (www.sentinel.example)", "Sentinel Academy"),
        ("Sentinel Academy (info@sentinel.example)", "Sentinel Academy"),
        ("Sentinel Academy (West)", "Sentinel Academy (West)"),
        ("the Peach State Society of CPAs", "Peach State Society of CPAs"),
        ("The Yellow Book Institute", "The Yellow Book Institute"),
        ("Suite 400 Partners, LLC", "Suite 400 Partners, LLC"),
    ],
)
def test_sponsor_loses_its_nasba_number(text: str, sponsor: str):
    assert clean_sponsor(text) == sponsor


@pytest.mark.parametrize(
    ("text", "cleaned"),
    [
        ("  Lease   Accounting \n Update ", "Lease Accounting Update"),
        ('"Revenue Recognition Roundtable"', "Revenue Recognition Roundtable"),
        ("........ Daniel Okafor", "Daniel Okafor"),
        ("__________", None),
        ("Audit Sampling.", "Audit Sampling"),
    ],
)
def test_text_values_are_cleaned(text: str, cleaned: str | None):
    assert clean_text(text) == cleaned


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("1 1/2", 1.5),
        ("1-1/2 CPE hours", 1.5),
        ("1½", 1.5),
        ("100 minutes", 2),
        ("20 minutes (nano-learning)", 0.4),
        ("2.0 (100 minutes)", 2),
    ],
)
def test_hours_as_fractions_or_only_in_minutes(text: str, hours: float):
    """field_notes.py: fraction_hours_one_and_a_half, credit_in_minutes_only,
    nano_twenty_minutes (50 minutes to the credit)."""
    assert parse_hours(text) == hours


@pytest.mark.parametrize("text", ["1/2/2025", "a 50-minute hour", "Room 3/4B"])
def test_dates_and_the_credits_definition_are_no_fractions_or_minutes(text: str):
    assert parse_hours(text) is None


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("1.5 CFP / 2.0 CPE / 2.0 IRS", 2),
        ("CLE: 1.5 | CPE: 2.0", 2),
        ("CPE 8.0 / CLE 6.5", 8),
        ("2.0 (including 1.0 ethics)", 2),
    ],
)
def test_the_cpe_credit_among_other_bodies_credits(text: str, hours: float):
    """field_notes.py: several_credit_types_in_one_value."""
    assert parse_hours(text) == hours


def test_an_abbreviated_older_field_name_is_spelled_out():
    """field_notes.py: abbreviated_management_advisory_services."""
    assert field_of_study("Mgmt Advisory Services") == "Management Advisory Services"
    assert field_of_study("Management Advisory Services") == "Management Advisory Services"


def test_the_article_of_a_sentence_is_dropped_a_names_own_kept():
    assert drop_article("the Peach State Society") == "Peach State Society"
    assert drop_article("THE GOLDEN STATE CPE INSTITUTE") == "GOLDEN STATE CPE INSTITUTE"
    assert drop_article("The Yellow Book Institute") == "The Yellow Book Institute"


def test_a_field_with_a_note_in_brackets_is_the_field():
    """field_notes.py: field_with_its_former_name_in_brackets."""
    value = "Specialized Knowledge (formerly Specialized Knowledge and Applications)"
    assert field_of_study(value) == "Specialized Knowledge"
    assert field_of_study("Auditing (Governmental)") == "Auditing (Governmental)"
