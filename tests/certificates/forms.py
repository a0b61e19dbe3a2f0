"""Certificates laid out as forms: labelled fields, in the many ways sponsors label them."""

from __future__ import annotations

from .corpus import Certificate

GIB = "Group Internet Based"
LIVE = "Group Live"
QAS = "QAS Self Study"

FORMS = [
    Certificate(
        "webinar_colon_labels",
        """
# Certificate of Completion
> This certificate is awarded to
> Maria Gonzalez, CPA
> for successfully completing

Course Title: Lease Accounting Under ASC 842: Year Two Lessons
Date Completed: March 14, 2025
CPE Credits Earned: 2.0
Field of Study: Accounting
Delivery Method: Group Internet Based
Certificate No.: CA-25-004812

~ Summit CPE Academy, LLC is registered with the National Association of State Boards of \
Accountancy (NASBA) as a sponsor of continuing professional education on the National \
Registry of CPE Sponsors. Sponsor ID 145678.
""",
        title="Lease Accounting Under ASC 842: Year Two Lessons",
        sponsor="Summit CPE Academy, LLC",
        date="2025-03-14",
        hours=2.0,
        field="Accounting",
        number="CA-25-004812",
        method=GIB,
    ),
    Certificate(
        "dotted_two_column",
        """
# CPE CERTIFICATE

Participant ...................... Daniel Okafor
Program Title .................... Fraud Risk Assessment for Small Entities
Program Sponsor .................. Ledgerline Learning Inc.
NASBA Sponsor Number ............. 112233
Date of Program .................. 05/06/2025
Recommended CPE Credit ........... 4.0
Field of Study ................... Auditing
Delivery Method .................. Group Live
Certificate Number ............... LL-2025-0456
""",
        title="Fraud Risk Assessment for Small Entities",
        sponsor="Ledgerline Learning Inc.",
        date="2025-05-06",
        hours=4.0,
        field="Auditing",
        number="LL-2025-0456",
        method=LIVE,
    ),
    Certificate(
        "all_caps_values_below_labels",
        """
# CERTIFICATE OF COMPLETION

NAME
JENNIFER WU

COURSE TITLE
GOVERNMENTAL ACCOUNTING AND REPORTING UPDATE

SPONSOR
GOLDEN STATE CPE NETWORK

DATE OF COMPLETION
2025-02-27

CPE CREDITS
8.0

FIELD OF STUDY
ACCOUNTING (GOVERNMENTAL)

DELIVERY METHOD
LIVE WEBCAST

CERTIFICATE ID
GSCN-2025-2271
""",
        title="GOVERNMENTAL ACCOUNTING AND REPORTING UPDATE",
        sponsor="GOLDEN STATE CPE NETWORK",
        date="2025-02-27",
        hours=8.0,
        field="Accounting (Governmental)",
        number="GSCN-2025-2271",
        method=GIB,
    ),
    Certificate(
        "table_header_row",
        """
# Certificate of Completion
> Awarded to Thomas Becker for completing
> Data Analytics with Power BI for Finance Teams

Date Completed        CPE Hours     Field of Study                         Delivery Method
04/22/2025            3.0           Computer Software and Applications     Group Internet Based

Provider: Northbridge Professional Education
Certificate #: NPE-30219
""",
        title="Data Analytics with Power BI for Finance Teams",
        sponsor="Northbridge Professional Education",
        date="2025-04-22",
        hours=3.0,
        field="Computer Software and Applications",
        number="NPE-30219",
        method=GIB,
    ),
    Certificate(
        "nano_fifth_credit",
        """
Certificate of Completion - Nano Learning
Participant: Alex Rivera
Course: Quick Hits: Form 1099-K Reporting Changes
Provider: MicroCPE Inc.
Completed on: Jan. 9, 2025
Credits: 0.2 CPE
Field of Study: Tax
Delivery Method: Nano
Certificate ID: MC-7781-22
""",
        title="Quick Hits: Form 1099-K Reporting Changes",
        sponsor="MicroCPE Inc.",
        date="2025-01-09",
        hours=0.2,
        field="Taxes",
        number="MC-7781-22",
        method="Nano Learning",
    ),
    Certificate(
        "self_study_dd_mon_yyyy",
        """
# CERTIFICATE OF COMPLETION
> Self-Study CPE Program

Student Name: Kevin O'Brien
Course Name: Partnership Taxation Fundamentals
Course ID: PT-101
Completion Date: 14-Mar-2025
CPE Hours: 1.5
Subject Area: Taxation
Format: Self-study (QAS)
Verification Code: 9F3K-22LQ

~ Brightpath CPE is registered with NASBA as a sponsor of continuing professional \
education on the National Registry of CPE Sponsors (Sponsor ID: 138502). Brightpath CPE is \
also registered as a QAS Self Study sponsor.
""",
        title="Partnership Taxation Fundamentals",
        sponsor="Brightpath CPE",
        date="2025-03-14",
        hours=1.5,
        field="Taxes",
        number="9F3K-22LQ",
        method=QAS,
    ),
    Certificate(
        "earned_beats_recommended",
        """
CERTIFICATE OF ATTENDANCE

Attendee: Sarah Lindqvist
Webinar Title: Cybersecurity Risks in the Close Process
Presented by: Harbor Risk Advisors
Webinar Date: June 3, 2025
Recommended CPE Credit: 2.0
CPE Credits Earned: 1.5
Field of Study: Information Technology
Delivery: Live webinar
Program Level: Intermediate
Prerequisites: None
Advance Preparation: None
""",
        title="Cybersecurity Risks in the Close Process",
        sponsor="Harbor Risk Advisors",
        date="2025-06-03",
        hours=1.5,
        field="Information Technology",
        number=None,
        method=GIB,
    ),
    Certificate(
        "blended_no_colon_number",
        """
# Certificate of Completion
Program: Leadership Essentials for Finance Managers
Provided by: Crestview Learning Group
Program completed: 2025-01-31
Total CPE credits: 12.5
Field of study: Personal Development
Learning format: Blended
Certificate no. CLG-BL-0092
""",
        title="Leadership Essentials for Finance Managers",
        sponsor="Crestview Learning Group",
        date="2025-01-31",
        hours=12.5,
        field="Personal Development",
        number="CLG-BL-0092",
        method="Blended Learning",
    ),
    Certificate(
        "behavioral_ethics_long_labels",
        """
CERTIFICATE OF COMPLETION
Name of Participant: Olivia Brooks
Title of Program: Professional Ethics: Doing the Right Thing
Name of Sponsor: Integrity First CPE
Sponsor's NASBA ID: 129934
Date(s) Attended: 07/08/2025
Number of CPE Credits: 4
Field of Study: Behavioral Ethics
Method of Delivery: Group-Internet Based
""",
        title="Professional Ethics: Doing the Right Thing",
        sponsor="Integrity First CPE",
        date="2025-07-08",
        hours=4.0,
        field="Behavioral Ethics",
        number=None,
        method=GIB,
    ),
    Certificate(
        "self_study_iso_sponsor_line",
        """
# Certificate of Completion
> CPE Self-Study Program

Participant Name: Nina Petrova
Course Title: Regression Analysis for Forecasting
Completion Date: 2025-05-19
Credits Awarded: 3.6
Field of Study: Statistics
Delivery Method: QAS Self-Study
Sponsor: Quantus Learning, NASBA Sponsor ID 140022
Certificate ID: QL-2025-05-19-7734
""",
        title="Regression Analysis for Forecasting",
        sponsor="Quantus Learning",
        date="2025-05-19",
        hours=3.6,
        field="Statistics",
        number="QL-2025-05-19-7734",
        method=QAS,
    ),
    Certificate(
        "inline_fields_on_one_line",
        """
# HARBORVIEW CPE
Certificate of Completion

Awarded to: Ethan Morales
Course: Cash Flow Forecasting for Controllers

Date: 03/14/2025     Credits: 2.0     Format: Webinar
Field of Study: Finance     Certificate #: HV-55012

Harborview CPE - NASBA Sponsor #131313
""",
        title="Cash Flow Forecasting for Controllers",
        sponsor="Harborview CPE",
        date="2025-03-14",
        hours=2.0,
        field="Finance",
        number="HV-55012",
        method=GIB,
    ),
    Certificate(
        "signature_block_and_issue_date",
        """
# Certificate of Completion
This certifies that Grace Liu completed the program below.

Course Title: Business Law Update for CPA Firm Owners
Sponsor: Redwood Professional Seminars
Completion Date: 03/28/2025
Date Issued: 04/01/2025
CPE Hours: 2
Field of Study: Business Law
Delivery Method: Classroom
ID Number: 000123

Instructor Signature: ____________________     Date: __________
""",
        title="Business Law Update for CPA Firm Owners",
        sponsor="Redwood Professional Seminars",
        date="2025-03-28",
        hours=2.0,
        field="Business Law",
        number="000123",
        method=LIVE,
    ),
    Certificate(
        "tab_like_gaps_mixed_case",
        """
Continuing Professional Education - Certificate of Completion

Name                  Hannah Schultz
Course                Marketing Your Advisory Services
Sponsor               Beacon Practice Growth Institute
Date                  Mar. 14, 2025
CPE Credit            1.0
Field of Study        Communications & Marketing
Delivery Method       Group Internet-Based
Certificate Code      BPGI-0314-118
""",
        title="Marketing Your Advisory Services",
        sponsor="Beacon Practice Growth Institute",
        date="2025-03-14",
        hours=1.0,
        field="Communications & Marketing",
        number="BPGI-0314-118",
        method=GIB,
    ),
    Certificate(
        "management_fields_as_written",
        """
# Certificate of Completion
Program Name: Strategic Planning for Mid-Sized Firms
Sponsoring Organization: Keystone Management Forum
Program Date: 10 February 2025
CPE: 3.0
Field of Study: Management Advisory Services
Delivery Method: Group Live
Certificate Number: KMF-2025-0210-044
""",
        title="Strategic Planning for Mid-Sized Firms",
        sponsor="Keystone Management Forum",
        date="2025-02-10",
        hours=3.0,
        field="Management Advisory Services",
        number="KMF-2025-0210-044",
        method=LIVE,
    ),
    Certificate(
        "business_management_ampersand",
        """
CERTIFICATE OF COMPLETION

Participant:   Victor Alvarez
Seminar:       Managing Remote Accounting Teams
Presented by:  Cornerstone CPE Partners
Date:          December 1st, 2024
CPE Hours:     4.5
Field:         Business Management & Organization
Delivery:      Group Live (in person)
Cert. No.:     CCP-1201-87
""",
        title="Managing Remote Accounting Teams",
        sponsor="Cornerstone CPE Partners",
        date="2024-12-01",
        hours=4.5,
        field="Business Management & Organization",
        number="CCP-1201-87",
        method=LIVE,
    ),
    Certificate(
        "multiple_fields_of_study",
        """
# 2025 Annual Accounting and Tax Symposium
Certificate of Attendance

Attendee Name: Laura Bennett
Event: 2025 Annual Accounting and Tax Symposium
Sponsor: Sierra Nevada Society of CPAs
Event Dates: June 9-11, 2025
Total CPE Hours Earned: 24.0
Fields of Study: Taxes (16.0), Accounting (8.0)
Delivery Method: Group Live
""",
        title="2025 Annual Accounting and Tax Symposium",
        sponsor="Sierra Nevada Society of CPAs",
        date="2025-06-11",
        hours=24.0,
        field="Taxes (16.0), Accounting (8.0)",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "economics_day_month_year",
        """
# Certificate of Completion
> Westbrook Economic Institute certifies that
> Samuel Adeyemi
> has completed the online self-study course

Course Title: Interest Rates, Inflation and the Audit of Estimates
Date of Completion: 19 May 2025
CPE Credits: 2.4
Field of Study: Economics
Delivery Method: Self Study
Certificate Number: WEI-19052025-31
""",
        title="Interest Rates, Inflation and the Audit of Estimates",
        sponsor="Westbrook Economic Institute",
        date="2025-05-19",
        hours=2.4,
        field="Economics",
        number="WEI-19052025-31",
        method=QAS,
    ),
    Certificate(
        "hr_slash_abbreviation",
        """
CERTIFICATE OF COMPLETION
Participant: Rachel Kim
Program: Hiring and Retaining Staff in a Tight Labor Market
Provider: TalentWise CPE
NASBA Sponsor ID: 150077
Date: 8/4/2025
Credit Hours: 1.0
Field of Study: Personnel/HR
Delivery Method: Group Internet Based (Webinar)
Certificate ID: TW-80425-9
""",
        title="Hiring and Retaining Staff in a Tight Labor Market",
        sponsor="TalentWise CPE",
        date="2025-08-04",
        hours=1.0,
        field="Personnel/Human Resources",
        number="TW-80425-9",
        method=GIB,
    ),
    Certificate(
        "specialized_knowledge_old_name",
        """
# Certificate of Completion
Course Title: Cannabis Industry Accounting Issues
Course Provider: Emerald Triangle Education LLC
Date Completed: 2025-03-03
CPE Credit Hours: 6.0
Field of Study: Specialized Knowledge and Applications
Delivery Format: On-demand webcast (QAS Self Study)
Certificate #: ETE-0303-2025-12
""",
        title="Cannabis Industry Accounting Issues",
        sponsor="Emerald Triangle Education LLC",
        date="2025-03-03",
        hours=6.0,
        field="Specialized Knowledge",
        number="ETE-0303-2025-12",
        method=QAS,
    ),
]
