"""Tuning certificates in layouts and wordings that national providers' self-study and
webinar platforms, firms' learning-system exports, state societies and universities
print, and that the other tuning files have once or not at all: captions above their
values in boxes, values standing on captioned rules (signature-line style), labels
right-aligned against their values, narrow two-cell tables with a title wrapped in its
cell, badges, fields grouped under section headings, the certificate's number at the
right of the heading row, CEUs beside the CPE credit, CPE, CLE and IRS credits on one
line, exam scores beside the credit, dates with a time of day, "Given this ... day of",
day-month-year dates ("04 NOV 2025", "17-Oct-2025"), "Ethics (Behavioral)",
"Taxation", "Virtual Instructor-Led Training" and "Recommended CPE".

They are tuning certificates: rules may cite them (README.md). They were written in
batches, each batch's expected rows committed before the extractor first read it.
"""

from __future__ import annotations

from .corpus import Certificate

GIB = "Group Internet Based"
LIVE = "Group Live"
QAS = "QAS Self Study"
NANO = "Nano Learning"
BLENDED = "Blended Learning"

WILD2 = [
    # ---------------------------------------------------------------- batch 1
    Certificate(
        "caption_boxes_with_values_below_national_provider",
        """
# Certificate of Completion
> Northbridge Professional Education

PARTICIPANT NAME                 LICENSE NUMBER
Hannah K. Whitfield              CPA-TX 0847712

COURSE TITLE
Lease Accounting Deep Dive: Sale-Leaseback Transactions

DATE COMPLETED          CPE CREDITS          FIELD OF STUDY
11/18/2025              4.0                  Accounting

DELIVERY METHOD                  CERTIFICATE ID
QAS Self-Study                   NPE-2025-1140982

~ Northbridge Professional Education is registered with the National Association of State \
Boards of Accountancy (NASBA) as a sponsor of continuing professional education on the \
National Registry of CPE Sponsors. Sponsor ID 112938.
""",
        title="Lease Accounting Deep Dive: Sale-Leaseback Transactions",
        sponsor="Northbridge Professional Education",
        date="2025-11-18",
        hours=4.0,
        field="Accounting",
        number="NPE-2025-1140982",
        method=QAS,
    ),
    Certificate(
        "values_standing_on_captioned_rules",
        """
# CERTIFICATE OF ATTENDANCE

Marcus T. Oyelaran
______________________________________
Participant

Not-for-Profit Financial Reporting Update 2025
______________________________________
Program Title

October 29, 2025                    6.0
____________________                ____________
Date of Program                     CPE Hours

Specialized Knowledge               Group Live
____________________                ____________
Field of Study                      Delivery Method

Heartwood Society of CPAs
______________________________________
Sponsor
""",
        title="Not-for-Profit Financial Reporting Update 2025",
        sponsor="Heartwood Society of CPAs",
        date="2025-10-29",
        hours=6.0,
        field="Specialized Knowledge",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "right_aligned_labels_webinar_platform",
        """
# LedgerLoop Webinars
# Certificate of Completion

          Awarded to:  Priyanka Deshmukh
       Webinar Title:  Spreadsheet Automation for Accountants: Prompts That Save Hours
     Date of Webinar:  Tue, Nov 4, 2025 1:00 PM EST
  CPE Credits Earned:  2
      Field of Study:  Computer Software & Applications
     Delivery Method:  Group Internet Based
     Certificate No.:  LLW-88213-4471

~ LedgerLoop Webinars, 200 Commerce Drive, Edison, NJ 08837 | NASBA Sponsor ID 140940
""",
        title="Spreadsheet Automation for Accountants: Prompts That Save Hours",
        sponsor="LedgerLoop Webinars",
        date="2025-11-04",
        hours=2.0,
        field="Computer Software & Applications",
        number="LLW-88213-4471",
        method=GIB,
    ),
    Certificate(
        "narrow_two_cell_table_title_wrapped_in_its_cell",
        """
# University of Westbrook
# Continuing Education for Accounting Professionals

Certificate of Completion

Name            Oliver Brandt
Course          Forensic Accounting and Fraud
                Investigation for Controllers
Dates           Sept. 22 - 24, 2025
CPE Hours       24.0
CEUs            2.4
Field           Auditing
Format          In-person classroom
Certificate     UW-CPE-25-0412
""",
        title="Forensic Accounting and Fraud Investigation for Controllers",
        sponsor="University of Westbrook",
        date="2025-09-24",
        hours=24.0,
        field="Auditing",
        number="UW-CPE-25-0412",
        method=LIVE,
    ),
    Certificate(
        "badge_earned_by_issued_by_credential_id",
        """
DIGITAL BADGE

Cloud Controls for SOC 2 Readiness
Earned by Rafael Quintero
Issued by Summit Assurance Academy
Date earned: 04 NOV 2025
3.5 CPE | Information Technology | Group Internet Based
Credential ID: SAA-B-55120
Verify at badges.summitassurance.example/SAA-B-55120
""",
        title="Cloud Controls for SOC 2 Readiness",
        sponsor="Summit Assurance Academy",
        date="2025-11-04",
        hours=3.5,
        field="Information Technology",
        number="SAA-B-55120",
        method=GIB,
    ),
    Certificate(
        "firm_lms_record_fields_under_section_headings",
        """
# Harlow & Finch LLP
National Learning & Development
Learning Completion Record

PARTICIPANT
Name: Grace Oduya
Employee ID: 0045127
Office: Chicago

PROGRAM
Title: Revenue Recognition for Engineering and Construction Contracts
Program ID: HF-ACC-2291
Delivery: Virtual Instructor-Led Training
Completion Date: 12-Nov-2025

CREDIT
CPE Hours: 3.5
Field of Study: Accounting
Record No.: 2025-118734
""",
        title="Revenue Recognition for Engineering and Construction Contracts",
        sponsor="Harlow & Finch LLP",
        date="2025-11-12",
        hours=3.5,
        field="Accounting",
        number="2025-118734",
        method=GIB,
    ),
    Certificate(
        "number_at_the_right_of_the_heading_row_taxation",
        """
CERTIFICATE OF COMPLETION                                   No. 0098127-B
Keystone Tax Seminars

This is to certify that
Devon A. Marsh, EA, CPA
has successfully completed

Individual Tax Planning After the 2025 Tax Act

Date: 10/09/2025 2:30 PM CT       Credits: 8.0 CPE / 8.0 IRS CE
Field: Taxation                   Method: Group Internet Based (live webcast)
""",
        title="Individual Tax Planning After the 2025 Tax Act",
        sponsor="Keystone Tax Seminars",
        date="2025-10-09",
        hours=8.0,
        field="Taxes",
        number="0098127-B",
        method=GIB,
    ),
    Certificate(
        "given_this_ordinal_day_state_society",
        """
# The Magnolia Society of Certified Public Accountants

> This certificate is awarded to
> Louisa Fairbanks, CPA
> for participation in

Ethics for Mississippi CPAs: Independence and Conflicts

> Given this 3rd day of December, 2025

Continuing Professional Education credit: 4 hours
Field of study: Ethics (Regulatory)
Delivery method: Group Live
Program No. MSCPA-25-E114
""",
        title="Ethics for Mississippi CPAs: Independence and Conflicts",
        sponsor="The Magnolia Society of Certified Public Accountants",
        date="2025-12-03",
        hours=4.0,
        field="Regulatory Ethics",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "exam_score_and_ceus_beside_the_credit",
        """
# Certificate of Completion
Pacific Rim Accounting Academy

Student: Tomasz Nowicki
Course: Governmental Fund Accounting Essentials
Final Exam Score: 88%     Date Passed: 12/01/2025
CPE Credit: 6.0 (0.6 CEU)
Field of Study: Accounting (Governmental)
Delivery Method: QAS Self-Study
NASBA Sponsor ID: 108877
""",
        title="Governmental Fund Accounting Essentials",
        sponsor="Pacific Rim Accounting Academy",
        date="2025-12-01",
        hours=6.0,
        field="Accounting (Governmental)",
        number=None,
        method=QAS,
    ),
    Certificate(
        "cpe_cle_irs_and_cfp_credits_on_one_line",
        """
# 2025 Gulf Coast Estate Planning Symposium
Certificate of Attendance

Attendee: Natalie Brooks-Ewing
Presented by: Gulf Coast Estate Planning Council
Event Dates: November 12-13, 2025
Location: Hilton Riverside, New Orleans, LA
Credits Earned: CLE 10.0 | CPE 12.0 | IRS CE 12.0 | CFP 11.5
Field of Study: Taxes
Delivery: In-Person
""",
        title="2025 Gulf Coast Estate Planning Symposium",
        sponsor="Gulf Coast Estate Planning Council",
        date="2025-11-13",
        hours=12.0,
        field="Taxes",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "recommended_cpe_credits_and_virtual_instructor_led",
        """
# Certificate of Completion

Learner:                   Aisha Rahman
Learning Event:            Data Analytics for Internal Auditors
Provider:                  Clearwater Audit Institute
Completed:                 2025-10-30 16:05
Recommended CPE Credits:   2.5
NASBA Field:               Auditing
Delivery Format:           Virtual Instructor-Led Training (VILT)
Completion ID:             CAI-000431-X
""",
        title="Data Analytics for Internal Auditors",
        sponsor="Clearwater Audit Institute",
        date="2025-10-30",
        hours=2.5,
        field="Auditing",
        number="CAI-000431-X",
        method=GIB,
    ),
    Certificate(
        "one_row_table_with_score_credits_and_day_month_year",
        """
Kestrel CPE                                         Certificate of Completion

Participant       Course                               Score    Credits   Completed
Jonah Whitaker    Fraud Risk in Small Businesses       92%      5.0       17-Oct-2025

Field of Study: Auditing
Delivery Method: QAS Self Study
Certificate #: KCS-47190
""",
        title="Fraud Risk in Small Businesses",
        sponsor="Kestrel CPE",
        date="2025-10-17",
        hours=5.0,
        field="Auditing",
        number="KCS-47190",
        method=QAS,
    ),
    Certificate(
        "ethics_behavioral_completed_at_a_time_of_day",
        """
# CERTIFICATE OF COMPLETION
# Ironwood Learning Group

Presented to: Benjamin Ortiz
For successfully completing: Everyday Ethics: Bias, Pressure and Judgment in Practice
Completed on: November 7, 2025 at 11:42 AM
CPE Credit: 2.0 hours
Field of Study: Ethics (Behavioral)
Delivery Method: Group Internet Based
NASBA Sponsor #: 138002
Certificate Number: ILG-20251107-0391
""",
        title="Everyday Ethics: Bias, Pressure and Judgment in Practice",
        sponsor="Ironwood Learning Group",
        date="2025-11-07",
        hours=2.0,
        field="Behavioral Ethics",
        number="ILG-20251107-0391",
        method=GIB,
    ),
    # ---------------------------------------------------------------- batch 2
    Certificate(
        "caption_boxes_title_wrapped_below_its_caption_four_columns",
        """
CERTIFICATE OF COMPLETION

NAME OF PARTICIPANT
Beatriz Coelho, CPA  (License #: 0102744, Florida)

TITLE OF PROGRAM
Construction Contractor Accounting: Percentage-of-Completion
and Job Costing in Practice

SPONSOR                                    NASBA SPONSOR NUMBER
Sunbelt CPE Partners                       117745

DATE(S)                 HOURS              FIELD OF STUDY            FORMAT
Oct 27-28, 2025         16.0               Accounting                Seminar (in person)
""",
        title=(
            "Construction Contractor Accounting: Percentage-of-Completion and Job Costing"
            " in Practice"
        ),
        sponsor="Sunbelt CPE Partners",
        date="2025-10-28",
        hours=16.0,
        field="Accounting",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "awards_this_certificate_values_on_captioned_rules",
        """
# Certificate of Achievement
> Tri-State Governmental Finance Academy

> awards this certificate to

Elena Vasquez-Morrow

> for completion of

Single Audit Uniform Guidance Refresher

2.0 CPE credits      Auditing (Governmental)      November 20, 2025
__________________   _________________________    __________________
Credits              Field of Study               Date

Delivery: Live webinar (Group Internet Based)
""",
        title="Single Audit Uniform Guidance Refresher",
        sponsor="Tri-State Governmental Finance Academy",
        date="2025-11-20",
        hours=2.0,
        field="Auditing (Governmental)",
        number=None,
        method=GIB,
    ),
    Certificate(
        "right_aligned_labels_without_colons_statement_of_credit",
        """
                    STATEMENT OF CPE CREDIT

        Participant   Kwame Asante
            Program   Cybersecurity Risk Oversight for Audit Committees
         Instructor   Dana Whitcombe, CISA
               Date   13 Nov 2025
           Location   Online - live
        CPE Credits   1.5
     Field of Study   Information Technology
    Delivery Method   Group Internet Based
            Sponsor   Bayview Governance Institute
""",
        title="Cybersecurity Risk Oversight for Audit Committees",
        sponsor="Bayview Governance Institute",
        date="2025-11-13",
        hours=1.5,
        field="Information Technology",
        number=None,
        method=GIB,
    ),
    Certificate(
        "college_sections_with_dotted_leaders_and_contact_hours",
        """
Crescent Valley Community College
Workforce & Continuing Education

CERTIFICATE OF COMPLETION

ATTENDEE INFORMATION
Name ............ Samuel Ike
CPA License ..... 118204 (OR)

COURSE INFORMATION
Course .......... QuickBooks Online for Advisory Practices
Course Code ..... ACCT-CE 214
Date(s) ......... 09/15/2025 - 09/17/2025
Contact Hours ... 12.0 (1.2 CEUs)
Field of Study .. Computer Software & Applications
Format .......... Online, instructor-led (live)
""",
        title="QuickBooks Online for Advisory Practices",
        sponsor="Crescent Valley Community College",
        date="2025-09-17",
        hours=12.0,
        field="Computer Software & Applications",
        number=None,
        method=GIB,
    ),
    Certificate(
        "labelled_number_at_the_right_of_the_letterhead_row",
        """
Prairie Accounting Institute                      Certificate No: PAI/2025/00713
CERTIFICATE OF COMPLETION

Awarded to Hugo Lindqvist for completing

Payroll Tax Compliance for Multi-State Employers

on 2 December 2025, earning 3 CPE credits in Taxes.
Delivery method: Group Internet Based
""",
        title="Payroll Tax Compliance for Multi-State Employers",
        sponsor="Prairie Accounting Institute",
        date="2025-12-02",
        hours=3.0,
        field="Taxes",
        number="PAI/2025/00713",
        method=GIB,
    ),
    Certificate(
        "verified_credential_issuer_and_issue_date_only",
        """
VERIFIED CREDENTIAL

Nonprofit Revenue Recognition Essentials

Issued to: Chloe Park
Issuer: Evergreen Nonprofit CPE
Issue date: 2025-08-06
CPE: 0.6 | Field: Accounting | Format: Nano Learning
Credential ID: ENC-NL-20931
""",
        title="Nonprofit Revenue Recognition Essentials",
        sponsor="Evergreen Nonprofit CPE",
        date="2025-08-06",
        hours=0.6,
        field="Accounting",
        number="ENC-NL-20931",
        method=NANO,
    ),
    Certificate(
        "cpe_cle_credits_in_one_slashed_label",
        """
# Certificate of Attendance
# Lakes Region Bar & CPA Forum

Attendee: Jorge Villanueva, CPA, JD
Program: Trusts and Estates Update: Portability, Basis and the 2026 Sunset
Date: Friday, October 24, 2025
Credits (CPE/CLE): 4.0 / 3.5
Field of Study: Taxes
Format: Live, in person
""",
        title="Trusts and Estates Update: Portability, Basis and the 2026 Sunset",
        sponsor="Lakes Region Bar & CPA Forum",
        date="2025-10-24",
        hours=4.0,
        field="Taxes",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "passed_the_exam_with_a_score_then_credits_for_the_title_below",
        """
# Certificate of Completion

Rosalind Achebe

successfully passed the final examination with a score of 90% on January 9, 2026 \
and has earned 8.0 CPE credits for

Advanced Partnership Taxation: Section 754 Elections

Field of Study: Taxes    Delivery Method: QAS Self-Study    Course ID: APT-754
Westlake Professional Learning, 455 Lake Shore Dr, Chicago, IL 60611 | NASBA #109876
""",
        title="Advanced Partnership Taxation: Section 754 Elections",
        sponsor="Westlake Professional Learning",
        date="2026-01-09",
        hours=8.0,
        field="Taxes",
        number=None,
        method=QAS,
    ),
    Certificate(
        "completed_on_with_seconds_and_utc_offset_field_with_a_subfield",
        """
MyLedger Academy - Course Completion

Learner Name:      Farah Siddiqui
Course Name:       Sales Tax Nexus After Wayfair
Completed On:      11/19/2025 09:14:33 AM (UTC-05:00)
CPE Earned:        2.0
Field of Study:    Taxes - State and Local
Delivery Method:   QAS Self Study
Certificate Code:  MLA-7F3K-9921
""",
        title="Sales Tax Nexus After Wayfair",
        sponsor="MyLedger Academy",
        date="2025-11-19",
        hours=2.0,
        field="Taxes",
        number="MLA-7F3K-9921",
        method=QAS,
    ),
    Certificate(
        "awarded_this_ordinal_day_quoted_title_credit_sentence",
        """
# Granite State Tax Forum

> We hereby certify that
> Philip Ng
> attended the program
> "Practice Before the IRS: Collections and Appeals"
> and is entitled to 4.0 CPE credits (Field of Study: Taxes; Delivery: Group Live)
> Awarded this 14th day of November 2025

Sponsor Number 103377      Program Number GSTF-2511-04
""",
        title="Practice Before the IRS: Collections and Appeals",
        sponsor="Granite State Tax Forum",
        date="2025-11-14",
        hours=4.0,
        field="Taxes",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "all_capitals_form_day_month_abbreviation_year",
        """
CERTIFICATE OF CONTINUING PROFESSIONAL EDUCATION
ISSUED BY: HIGH DESERT CPA SOCIETY
PROGRAM: ANNUAL NOT-FOR-PROFIT CONFERENCE 2025
DATE: 19 DEC 2025
CPE HOURS: 7.5
FIELD OF STUDY: SPECIALIZED KNOWLEDGE
METHOD: GROUP LIVE
ATTENDEE: MARGARET O'HALLORAN
""",
        title="ANNUAL NOT-FOR-PROFIT CONFERENCE 2025",
        sponsor="HIGH DESERT CPA SOCIETY",
        date="2025-12-19",
        hours=7.5,
        field="Specialized Knowledge",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "firm_confirms_virtual_instructor_led_ceu_and_activity_id",
        """
Certificate of Completion
Ashgrove Pierce LLP | Tax Learning

This confirms that Leo Marchetti completed the virtual instructor-led training
"International Tax: GILTI and FDII Computations" on 12/03/2025.

CPE credit: 4.0        CEU: 0.4        Field of study: Taxation
Delivery method: Virtual Instructor-Led        Activity ID: APL-TX-25-0917
""",
        title="International Tax: GILTI and FDII Computations",
        sponsor="Ashgrove Pierce LLP",
        date="2025-12-03",
        hours=4.0,
        field="Taxes",
        number=None,
        method=GIB,
    ),
    Certificate(
        "bordered_two_cell_table_title_wrapped_in_a_row_of_its_own",
        """
CPE CERTIFICATE

| Participant      | Ivan Petrov                               |
| Course           | Audit Sampling: Attribute and Variables   |
|                  | Sampling Plans for Small Firms            |
| Sponsor          | Lakeshore Audit Training Consortium       |
| Date Completed   | 10/02/2025                                |
| Credit Hours     | 3.0                                       |
| Field of Study   | Auditing                                  |
| Delivery         | Group Internet Based                      |
| Certificate #    | LATC-0925-118                             |
""",
        title="Audit Sampling: Attribute and Variables Sampling Plans for Small Firms",
        sponsor="Lakeshore Audit Training Consortium",
        date="2025-10-02",
        hours=3.0,
        field="Auditing",
        number="LATC-0925-118",
        method=GIB,
    ),
    # ---------------------------------------------------------------- batch 3
    Certificate(
        "dotted_leaders_vilt_and_a_session_time_range",
        """
Brookfield Advisory Group
Learning & Development | CPE Certificate

Participant ............ Ana Lucia Ferreira
Course ................. Audit Data Analytics with IDEA: Journal Entry Testing
Course Number .......... BAG-AUD-1187
Delivery ............... VILT
Session Date ........... 2025-11-06 (09:00-12:30 CST)
CPE Credits ............ 3.5
Field of Study ......... Auditing
Sponsor ID ............. 103145
""",
        title="Audit Data Analytics with IDEA: Journal Entry Testing",
        sponsor="Brookfield Advisory Group",
        date="2025-11-06",
        hours=3.5,
        field="Auditing",
        number=None,
        method=GIB,
    ),
    Certificate(
        "ilt_classroom_assessment_score_and_recommended_cpe",
        """
# Certificate of Completion
# Cedar Ridge CPE Institute

Name: Desmond Okafor
Course: Not-for-Profit Audit Essentials
Delivery Type: ILT (classroom)
Attendance: Nov. 4th, 2025
Assessment Score: 100% (Pass)
Recommended CPE: 7
Field of Study: Auditing
""",
        title="Not-for-Profit Audit Essentials",
        sponsor="Cedar Ridge CPE Institute",
        date="2025-11-04",
        hours=7.0,
        field="Auditing",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "date_and_time_range_after_a_bar_credit_with_its_field",
        """
WEBINAR CERTIFICATE OF ATTENDANCE

Pinewood Tax Academy certifies that
Grace Liu
attended the live webinar

Form 1065 Schedules K-2 and K-3 in Practice

Date and time: October 21, 2025 | 1:00 PM - 2:40 PM ET
CPE: 2.0 hours (Taxes)
Delivery method: Group Internet Based
Attendance verified by polling: 4 of 4 polls answered
""",
        title="Form 1065 Schedules K-2 and K-3 in Practice",
        sponsor="Pinewood Tax Academy",
        date="2025-10-21",
        hours=2.0,
        field="Taxes",
        number=None,
        method=GIB,
    ),
    Certificate(
        "iso_timestamp_with_an_offset_and_cert_id",
        """
Course Certificate

Provider: Quantum Ledger Learning
Learner: Isabelle Moreau
Course: Crypto Asset Accounting Under ASU 2023-08
Completed: 2025-11-04T14:30:00-05:00
Credits: 1.5 CPE
Field: Accounting
Delivery: Self-study (QAS)
Cert ID: QLL-2025-004512
""",
        title="Crypto Asset Accounting Under ASU 2023-08",
        sponsor="Quantum Ledger Learning",
        date="2025-11-04",
        hours=1.5,
        field="Accounting",
        number="QLL-2025-004512",
        method=QAS,
    ),
    Certificate(
        "confirms_completed_on_the_ordinal_of_month",
        """
# Certificate of Completion

> Silverline Forensic Institute confirms that Noah Petersen, CFE, CPA
> completed Interviewing Techniques for Fraud Examiners
> on the 21st of October 2025, earning 8 CPE credits (Field of Study: Auditing).
> Delivered as a live in-person workshop.
""",
        title="Interviewing Techniques for Fraud Examiners",
        sponsor="Silverline Forensic Institute",
        date="2025-10-21",
        hours=8.0,
        field="Auditing",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "captioned_rules_beside_a_signer_on_a_rule",
        """
# CERTIFICATE OF ATTENDANCE
# Old Dominion Forum of CPAs

This is to certify that
Rachel Kim
attended

2025 Virginia Tax Conference

November 18, 2025 - Richmond, Virginia

8.0                                 Taxes
_______________                     _______________
CPE Credits                         Field of Study

Jane P. Holloway, CPA               Group Live
_______________                     _______________
Director of Education               Delivery Method
""",
        title="2025 Virginia Tax Conference",
        sponsor="Old Dominion Forum of CPAs",
        date="2025-11-18",
        hours=8.0,
        field="Taxes",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "section_headings_over_two_columns_of_fields",
        """
CERTIFICATE OF COMPLETION
Evergreen State Society of CPAs

PARTICIPANT                              PROGRAM
Name: Lucas Meyer                        Title: Governmental Accounting Update 2025
License: WA 40128                        Date: 12/08/2025
Firm: Meyer & Quinn PLLC                 Location: Virtual

CREDIT                                   NASBA
CPE Hours: 4.0                           Sponsor ID: 107188
Field of Study: Accounting (Governmental)
Delivery Method: Group Internet Based
""",
        title="Governmental Accounting Update 2025",
        sponsor="Evergreen State Society of CPAs",
        date="2025-12-08",
        hours=4.0,
        field="Accounting (Governmental)",
        number=None,
        method=GIB,
    ),
    Certificate(
        "hash_number_at_the_right_of_the_heading_row",
        """
CERTIFICATE OF COMPLETION                                        #A-2025-55120
Harbor Point CPE

Participant: Olivia Grant
Course: Excel Power Query for Month-End Close
Date: 9-Dec-2025
Hours: 2.0 CPE
Field of Study: Computer Software & Applications
Method: Group Internet Based
""",
        title="Excel Power Query for Month-End Close",
        sponsor="Harbor Point CPE",
        date="2025-12-09",
        hours=2.0,
        field="Computer Software & Applications",
        number="A-2025-55120",
        method=GIB,
    ),
    Certificate(
        "ceus_first_cpe_hours_in_brackets_university",
        """
# Mountain West University
Office of Continuing & Professional Education

Certificate of Completion awarded to Wesley Tran

Program: Advanced Excel Modeling for Finance Professionals
Dates: November 3 - 7, 2025
Awarded: 3.2 CEUs (32 CPE hours)
Field of study: Finance
Instructional method: Live, online (Zoom)
""",
        title="Advanced Excel Modeling for Finance Professionals",
        sponsor="Mountain West University",
        date="2025-11-07",
        hours=32.0,
        field="Finance",
        number=None,
        method=GIB,
    ),
    Certificate(
        "address_under_the_name_gap_labels_ethics_dash_behavioral",
        """
# Certificate of Attendance

Bluebonnet Accounting Academy
4400 Lamar Blvd, Suite 210, Austin, TX 78756

Attendee              Carmen Delgado, CPA (TX 091144)
Program               Professional Skepticism and Ethical Decision-Making
Held                  October 30, 2025
Credit                2 CPE hours
Field                 Ethics - Behavioral
Delivery              Virtual (Zoom webinar)
""",
        title="Professional Skepticism and Ethical Decision-Making",
        sponsor="Bluebonnet Accounting Academy",
        date="2025-10-30",
        hours=2.0,
        field="Behavioral Ethics",
        number=None,
        method=GIB,
    ),
    Certificate(
        "open_badge_issued_to_on_by_in_one_sentence",
        """
OPEN BADGE

Fraud Examination Fundamentals

This badge was issued to Marcus Bell on Nov 4, 2025 by Lighthouse Fraud Academy
for completing 4.0 CPE hours in Auditing through self-paced online learning.

Badge ID: LFA-FEF-0419-22
""",
        title="Fraud Examination Fundamentals",
        sponsor="Lighthouse Fraud Academy",
        date="2025-11-04",
        hours=4.0,
        field="Auditing",
        number="LFA-FEF-0419-22",
        method=QAS,
    ),
    Certificate(
        "cpe_irs_ce_and_ctec_each_labelled_on_one_line",
        """
Golden Bear Tax Seminars
CTEC Provider #1234 | IRS Approved CE Provider | NASBA Sponsor #145566

CERTIFICATE OF COMPLETION

Student: Harold Jimenez, EA
PTIN: P01234567
Course: 2025 Federal Tax Update for California Preparers
IRS Course #: GBTS-U-00412-25
Date Completed: 12/12/2025
CPE: 8.0    IRS CE: 8.0    CTEC: 8.0
Field of Study: Taxes
Delivery Method: QAS Self Study
""",
        title="2025 Federal Tax Update for California Preparers",
        sponsor="Golden Bear Tax Seminars",
        date="2025-12-12",
        hours=8.0,
        field="Taxes",
        number=None,
        method=QAS,
    ),
    Certificate(
        "statement_number_right_and_right_aligned_labels",
        """
                         CPE COMPLETION STATEMENT
                                                   Statement No. CS-88120
Lakeview Learning Partners

                Name:   Yusuf Demir
               Event:   Lease Accounting for Lessors - ASC 842 Refresher
                Date:   04 DEC 2025
               Hours:   1.0
      Field of Study:   Accounting
              Format:   Webcast (archived, self-study)
""",
        title="Lease Accounting for Lessors - ASC 842 Refresher",
        sponsor="Lakeview Learning Partners",
        date="2025-12-04",
        hours=1.0,
        field="Accounting",
        number="CS-88120",
        method=QAS,
    ),
    # ---------------------------------------------------------------- batch 4
    Certificate(
        "section_headings_as_captions_over_their_values",
        """
# Riverbend CPE Collaborative
Certificate of Completion

PARTICIPANT
Theodore Banks, CPA

COURSE
Estate Planning for Blended Families

SPONSOR
Riverbend CPE Collaborative

CREDIT
2.5 CPE hours | Taxes | Group Internet Based

COMPLETED
November 4, 2025
""",
        title="Estate Planning for Blended Families",
        sponsor="Riverbend CPE Collaborative",
        date="2025-11-04",
        hours=2.5,
        field="Taxes",
        number=None,
        method=GIB,
    ),
    Certificate(
        "labels_wrapped_in_a_narrow_table_column",
        """
CERTIFICATE OF COMPLETION
Coastal Empire Accounting Society

Participant     Valerie Dunn
Program         Payroll Fraud Schemes and
Title           Internal Controls
Date            11/04/2025
CPE Credit      1.5
Hours
Field of        Auditing
Study
Delivery        Group Internet Based
""",
        title="Payroll Fraud Schemes and Internal Controls",
        sponsor="Coastal Empire Accounting Society",
        date="2025-11-04",
        hours=1.5,
        field="Auditing",
        number=None,
        method=GIB,
    ),
    Certificate(
        "ordinal_day_in_words_given_under_seal",
        """
# Commonwealth Institute of Public Accountants

> Be it known that
> Eleanor Whitaker-Price
> has completed the course of study entitled

> Governmental Auditing Standards: The 2024 Yellow Book

> and is awarded sixteen (16) hours of continuing professional education credit
> in the field of Auditing (Governmental), delivered in a group live setting.

> Given under our seal this twenty-first day of October, 2025
""",
        title="Governmental Auditing Standards: The 2024 Yellow Book",
        sponsor="Commonwealth Institute of Public Accountants",
        date="2025-10-21",
        hours=16.0,
        field="Auditing (Governmental)",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "completion_date_slash_time_label",
        """
Certificate of Completion - Tallgrass CPE

Name: Bradley Nguyen
Course: Cash Flow Forecasting for Small Businesses
Completion Date/Time: 11/04/2025 15:47
CPE Credits: 1.0
Field of Study: Finance
Delivery Method: QAS Self Study
Certificate Number: TG-1104-7781
""",
        title="Cash Flow Forecasting for Small Businesses",
        sponsor="Tallgrass CPE",
        date="2025-11-04",
        hours=1.0,
        field="Finance",
        number="TG-1104-7781",
        method=QAS,
    ),
    Certificate(
        "issued_after_completed_both_day_month_capitals",
        """
# Blue Heron Learning
# CERTIFICATE OF COMPLETION

Participant: Irene Kowalski
Course: Internal Control Over Financial Reporting for Smaller Reporting Companies
Completed: 03 NOV 2025
Issued: 05 NOV 2025
CPE Credits: 3.0
Field of Study: Auditing
Delivery: QAS Self-Study
Certificate #: BHL-ICFR-31207
""",
        title="Internal Control Over Financial Reporting for Smaller Reporting Companies",
        sponsor="Blue Heron Learning",
        date="2025-11-03",
        hours=3.0,
        field="Auditing",
        number="BHL-ICFR-31207",
        method=QAS,
    ),
    Certificate(
        "final_exam_passed_with_score_on_a_date_and_ceu_in_brackets",
        """
# Certificate of Completion
Lone Pine Professional Education

Student: Megan Castillo
Course Title: Fraud Risk Management in Governmental Entities
Final Exam: Passed (score 82%) on 11/15/2025
CPE Credit Hours Awarded: 3.0 (CEU 0.3)
Field of Study: Auditing (Governmental)
Delivery Method: QAS Self Study
""",
        title="Fraud Risk Management in Governmental Entities",
        sponsor="Lone Pine Professional Education",
        date="2025-11-15",
        hours=3.0,
        field="Auditing (Governmental)",
        number=None,
        method=QAS,
    ),
    Certificate(
        "virtual_instructor_led_on_teams_total_cpe_and_ceu",
        """
Castellan Hart LLP - Tax Academy
CPE Certificate

Attendee: Simone Adeyemi
Session: Partnership Audit Regime: BBA Push-Out Elections
Location: Microsoft Teams
Delivery Method: Virtual Instructor-Led Training
Date: 10/21/2025 10:00 AM - 11:40 AM PT
Total Credits: 2.0 CPE / 0.2 CEU
Field of Study: Taxation (Federal)
""",
        title="Partnership Audit Regime: BBA Push-Out Elections",
        sponsor="Castellan Hart LLP",
        date="2025-10-21",
        hours=2.0,
        field="Taxes",
        number=None,
        method=GIB,
    ),
    Certificate(
        "caption_boxes_two_per_row_values_below",
        """
Certificate of Completion

Presented to                               Date
Harriet Osei                               Thursday, October 23, 2025

Course                                     CPE Credits
Behavioral Ethics for CPAs in Industry     2.0

Field of Study                             Delivery Method
Ethics (Behavioral)                        Group Internet Based (webcast)

~ Summit Ridge CPE is registered with the National Association of State Boards of \
Accountancy (NASBA) as a sponsor of continuing professional education on the National \
Registry of CPE Sponsors. Sponsor ID 139000.
""",
        title="Behavioral Ethics for CPAs in Industry",
        sponsor="Summit Ridge CPE",
        date="2025-10-23",
        hours=2.0,
        field="Behavioral Ethics",
        number=None,
        method=GIB,
    ),
    Certificate(
        "values_above_dashed_rules_with_captions",
        """
CERTIFICATE OF ATTENDANCE
Keel & Compass CPE Partners

Diego Alvarez                      11/20/2025
-------------------------          -----------------
Participant                        Date Completed

Nonprofit Tax Compliance: Form 990 Deep Dive
--------------------------------------------------
Course Title

4.0                                Taxes
-------------------------          -----------------
CPE Credits                        Field of Study

Delivery method: Group Live
""",
        title="Nonprofit Tax Compliance: Form 990 Deep Dive",
        sponsor="Keel & Compass CPE Partners",
        date="2025-11-20",
        hours=4.0,
        field="Taxes",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "serial_number_right_under_a_centred_heading",
        """
# CERTIFICATE OF COMPLETION
                                                   Serial No. CPE-ETH-25-0093
# Granite Peak Ethics Institute

Participant: Samuel Oduya
Program: Ethics for Colorado CPAs 2025
Date: December 1, 2025
CPE Hours: 4.0
Field of Study: Regulatory Ethics
Delivery Method: Group Internet Based
""",
        title="Ethics for Colorado CPAs 2025",
        sponsor="Granite Peak Ethics Institute",
        date="2025-12-01",
        hours=4.0,
        field="Regulatory Ethics",
        number="CPE-ETH-25-0093",
        method=GIB,
    ),
    Certificate(
        "cpe_cle_and_irs_credits_in_one_sentence",
        """
# Certificate of Attendance

> This certifies that Alan Brightwater, CPA, JD attended the live seminar
> Charitable Planning With Donor-Advised Funds on November 6, 2025 and earned
> 3.0 CPE, 2.5 CLE and 3.0 IRS CE credits in the field of Taxes.

> Sponsored by the Delta Estate & Tax Council
""",
        title="Charitable Planning With Donor-Advised Funds",
        sponsor="Delta Estate & Tax Council",
        date="2025-11-06",
        hours=3.0,
        field="Taxes",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "exam_score_and_result_columns_in_the_course_row",
        """
Sagebrush Self-Study CPE
Certificate of Completion

Name: Owen Fitzgerald
Date of Completion: 10/28/2025

Course                               Exam Score   Result   CPE
Internal Controls for Nonprofits     85%          Pass     4.0

Field: Auditing
Delivery: QAS Self Study
""",
        title="Internal Controls for Nonprofits",
        sponsor="Sagebrush Self-Study CPE",
        date="2025-10-28",
        hours=4.0,
        field="Auditing",
        number=None,
        method=QAS,
    ),
    Certificate(
        "lms_export_credit_types_one_per_row",
        """
Ridgeway & Lowe LLP | Learning Record

Learner: Chen Wei
Learning Item: Transfer Pricing Documentation Refresher
Item Type: Virtual Instructor-Led
Completion Status: Completed
Completion Date: 11/04/2025 03:47 PM

Credit Type     Credits     Field of Study
CPE             1.2         Taxes
CLE             1.0         -
""",
        title="Transfer Pricing Documentation Refresher",
        sponsor="Ridgeway & Lowe LLP",
        date="2025-11-04",
        hours=1.2,
        field="Taxes",
        number=None,
        method=GIB,
    ),
    # ---------------------------------------------------------------- batch 5
    Certificate(
        "self_study_provider_with_level_prerequisites_and_timestamp",
        """
# Meridian Point Professional Education
Certificate of Completion

Awarded to: Patricia Holloway
CPA License: 0099812 (GA)

Course: Audit Evidence Under SAS 142
Course Level: Basic
Prerequisites: None
Advance Preparation: None
Date Completed: 11/05/2025 2:11:34 PM
Recommended CPE Credit: 4.0
Field of Study: Auditing
Delivery Method: QAS Self-Study

Meridian Point Professional Education | 1500 Peachtree St NE, Atlanta, GA 30309 | \
NASBA Sponsor 112200
Page 1 of 1
""",
        title="Audit Evidence Under SAS 142",
        sponsor="Meridian Point Professional Education",
        date="2025-11-05",
        hours=4.0,
        field="Auditing",
        number=None,
        method=QAS,
    ),
    Certificate(
        "conference_week_range_hours_with_cpe_after_the_number",
        """
# CERTIFICATE OF ATTENDANCE
# Sierra Summit Tax & Accounting Conference

This certifies that Jonathan Reyes, CPA attended the conference listed above.

Sponsor: High Country CPE
Attended: 10/27/2025 - 10/31/2025
Location: Lake Tahoe, Nevada
Hours: 32.0 CPE
Field of Study: Taxes
Delivery Method: Group Live
""",
        title="Sierra Summit Tax & Accounting Conference",
        sponsor="High Country CPE",
        date="2025-10-31",
        hours=32.0,
        field="Taxes",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "webinar_presenter_weekday_time_credits_with_field_in_brackets",
        """
Certificate of Attendance

Webinar: Nonprofit Board Governance and Internal Controls
Presenter: Dr. Alana Whitfield
Attendee: Marco Esposito
Date: Tue, Nov 18 2025 01:00 PM EST
Credits: 1 CPE (Specialized Knowledge)
Attendance verified: 3 of 3 polls answered
Delivery Method: Group Internet Based

Hosted by Clearview CPE Webinars
""",
        title="Nonprofit Board Governance and Internal Controls",
        sponsor="Clearview CPE Webinars",
        date="2025-11-18",
        hours=1.0,
        field="Specialized Knowledge",
        number=None,
        method=GIB,
    ),
    Certificate(
        "month_abbreviation_zero_padded_day_and_a_code_without_dashes",
        """
# CERTIFICATE OF COMPLETION

Skyline CPE Online

Name: Aaliyah Johnson
Course Name: Professional Ethics for CPAs in Business
Date Completed: Nov 04, 2025
CPE Credits: 1
Field of Study: Behavioral Ethics
Delivery method: QAS Self-Study
Certificate ID: CE0012345678
""",
        title="Professional Ethics for CPAs in Business",
        sponsor="Skyline CPE Online",
        date="2025-11-04",
        hours=1.0,
        field="Behavioral Ethics",
        number="CE0012345678",
        method=QAS,
    ),
    Certificate(
        "credit_earned_label_and_course_code",
        """
Certificate of Completion
Awarded by Ascent Finance Learning

Kevin O'Malley

Credit Earned: 1.5 CPE
Course: Building a Rolling Forecast in Excel
Course Code: AFL-FPA-205
Completion Date: 11/04/2025
Field of Study: Specialized Knowledge
Delivery Method: QAS Self-Study
""",
        title="Building a Rolling Forecast in Excel",
        sponsor="Ascent Finance Learning",
        date="2025-11-04",
        hours=1.5,
        field="Specialized Knowledge",
        number=None,
        method=QAS,
    ),
    Certificate(
        "verification_code_beside_scan_to_verify",
        """
# Palmetto Association of CPAs
Certificate of Completion

Participant: Rebecca Turnbull
Program: South Carolina Tax Update 2025
Program Date: December 4, 2025
CPE Hours: 8.0
Field of Study: Taxes
Format: Live Webcast

Scan to verify           Verification Code: 7XQ2-9LMA
""",
        title="South Carolina Tax Update 2025",
        sponsor="Palmetto Association of CPAs",
        date="2025-12-04",
        hours=8.0,
        field="Taxes",
        number="7XQ2-9LMA",
        method=GIB,
    ),
    Certificate(
        "ceus_awarded_and_equivalent_cpe_hours",
        """
# Lakeland State University
Center for Professional Development

Certificate of Completion

Student: Nadia Haddad
Course: Managerial Cost Accounting Refresher
Completed: 10/10/2025
Continuing Education Units Awarded: 0.8
Equivalent CPE Hours: 8.0
Field of Study: Accounting
Delivery: Online, self-paced
""",
        title="Managerial Cost Accounting Refresher",
        sponsor="Lakeland State University",
        date="2025-10-10",
        hours=8.0,
        field="Accounting",
        number=None,
        method=QAS,
    ),
    Certificate(
        "all_capitals_wording_with_the_title_between_cues",
        """
# CERTIFICATE OF COMPLETION

> THIS CERTIFIES THAT
> GABRIEL MORENO
> HAS SUCCESSFULLY COMPLETED
> CONSOLIDATIONS AND NONCONTROLLING INTERESTS
> ON OCTOBER 16, 2025

> CPE CREDITS: 6.0
> FIELD OF STUDY: ACCOUNTING
> DELIVERY METHOD: GROUP INTERNET BASED
> NORTHSTAR ACCOUNTING INSTITUTE - NASBA SPONSOR 108811
""",
        title="CONSOLIDATIONS AND NONCONTROLLING INTERESTS",
        sponsor="NORTHSTAR ACCOUNTING INSTITUTE",
        date="2025-10-16",
        hours=6.0,
        field="Accounting",
        number=None,
        method=GIB,
    ),
    Certificate(
        "values_right_aligned_at_the_page_edge",
        """
Harborview CPE Society                                 Certificate of Completion

Participant                                                    Yara Haddad, CPA
Course                                           Governmental Accounting Basics
Date                                                                 10/14/2025
CPE                                                                         2.0
Field of Study                                         Accounting (Governmental)
Delivery Method                                            Group Internet Based
""",
        title="Governmental Accounting Basics",
        sponsor="Harborview CPE Society",
        date="2025-10-14",
        hours=2.0,
        field="Accounting (Governmental)",
        number=None,
        method=GIB,
    ),
    Certificate(
        "two_column_form_with_number_and_sponsor_id_on_one_row",
        """
# Certificate of Completion
# Great Plains CPE Alliance

Name: Thomas Eagleheart                 Certificate No.: GPCA-25-3381
Course: Tribal Government Financial Reporting
Date: 09/30/2025                        Sponsor ID: 137744
CPE: 3.0                                Field: Accounting (Governmental)
Method: Group Internet Based            Level: Intermediate
""",
        title="Tribal Government Financial Reporting",
        sponsor="Great Plains CPE Alliance",
        date="2025-09-30",
        hours=3.0,
        field="Accounting (Governmental)",
        number="GPCA-25-3381",
        method=GIB,
    ),
    Certificate(
        "instructor_and_moderator_lines_between_the_fields",
        """
# Certificate of Attendance

Ironbridge Advisory Academy

Attendee: Helena Sorensen
Course Title: Mergers & Acquisitions Due Diligence for CPAs
Instructor: Paul Everett, CPA, CFF
Moderator: Lisa Tran
Date of Course: 11/12/2025
Duration: 4 hours (200 minutes)
CPE Credits Awarded: 4.0
Field of Study: Finance
Delivery Method: Group Internet Based
""",
        title="Mergers & Acquisitions Due Diligence for CPAs",
        sponsor="Ironbridge Advisory Academy",
        date="2025-11-12",
        hours=4.0,
        field="Finance",
        number=None,
        method=GIB,
    ),
    Certificate(
        "day_first_numeric_date_with_month_over_twelve_and_taxation",
        """
Certificate of Completion - Maple Leaf Cross-Border Tax Institute

Participant: Jean-Luc Tremblay, CPA (US), CPA (Canada)
Course: US-Canada Cross-Border Taxation for Individuals
Date: 18/11/2025
CPE Credits (US): 3.0
Field of Study: Taxation
Delivery Method: Group Internet Based
""",
        title="US-Canada Cross-Border Taxation for Individuals",
        sponsor="Maple Leaf Cross-Border Tax Institute",
        date="2025-11-18",
        hours=3.0,
        field="Taxes",
        number=None,
        method=GIB,
    ),
    Certificate(
        "badge_with_skills_and_earning_criteria",
        """
DIGITAL BADGE
Lease Accounting Practitioner

Earner: Fatima Zahra
Issuer: Crestline CPE Academy
Date Issued: November 14, 2025
Earning Criteria: Completed the course and passed the final assessment (80% or higher).
CPE Credits: 6.0 | Field of Study: Accounting | Delivery: QAS Self Study
Skills: ASC 842, Lease Classification, Remeasurement
Badge ID: CCA-LAP-66120
""",
        title="Lease Accounting Practitioner",
        sponsor="Crestline CPE Academy",
        date="2025-11-14",
        hours=6.0,
        field="Accounting",
        number="CCA-LAP-66120",
        method=QAS,
    ),
    # ---------------------------------------------------------------- batch 6
    Certificate(
        "heading_row_with_bars_title_and_number",
        """
Certificate of Completion  |  Bayside CPE Network  |  No. BCN-58120

This certifies that Lauren Fisk completed the self-study course

Revenue From Contracts With Customers: Principal vs. Agent

on November 21, 2025 and earned 2.0 CPE credits in Accounting.
Delivery method: QAS Self Study
""",
        title="Revenue From Contracts With Customers: Principal vs. Agent",
        sponsor="Bayside CPE Network",
        date="2025-11-21",
        hours=2.0,
        field="Accounting",
        number="BCN-58120",
        method=QAS,
    ),
    Certificate(
        "capital_captions_with_colons_each_above_its_value",
        """
CERTIFICATE OF COMPLETION

NAME:
ROBERT CHEN

COURSE:
REAL ESTATE TAXATION: 1031 EXCHANGES

PROVIDER:
DESERT SUN TAX SCHOOL

DATE:
11/21/2025

CREDITS:
3.0 CPE

FIELD OF STUDY:
TAXES

DELIVERY METHOD:
GROUP INTERNET BASED
""",
        title="REAL ESTATE TAXATION: 1031 EXCHANGES",
        sponsor="DESERT SUN TAX SCHOOL",
        date="2025-11-21",
        hours=3.0,
        field="Taxes",
        number=None,
        method=GIB,
    ),
    Certificate(
        "facts_separated_by_semicolons_on_one_line",
        """
Northwind Learning Collective
Certificate of Completion

Gwen Holloway completed the following program.
Course Title: Data Visualization for Audit Committees; Completion Date: 10/09/2025; \
CPE Hours: 1.0; Field of Study: Communications & Marketing; Delivery Method: GIB
""",
        title="Data Visualization for Audit Committees",
        sponsor="Northwind Learning Collective",
        date="2025-10-09",
        hours=1.0,
        field="Communications & Marketing",
        number=None,
        method=GIB,
    ),
    Certificate(
        "registration_completion_and_expiry_dates",
        """
# Tidewater CPE Online
# Certificate of Completion

Student: Omar Farouk
Course: Sarbanes-Oxley Section 404 Walkthroughs
Registration Date: 09/02/2025
Course Completion Date: 10/17/2025
Certificate Expires: 10/17/2028
CPE Credit: 5.0
Field of Study: Auditing
Delivery Method: QAS Self Study
Certificate Number: TCO-404-11873
""",
        title="Sarbanes-Oxley Section 404 Walkthroughs",
        sponsor="Tidewater CPE Online",
        date="2025-10-17",
        hours=5.0,
        field="Auditing",
        number="TCO-404-11873",
        method=QAS,
    ),
    Certificate(
        "ordinal_date_with_comma_and_time_in_words",
        """
# Certificate of Attendance
# Foothills Chapter, Society of Financial Educators

Attendee: Benjamin Okoro
Session: Behavioral Finance and Client Decision-Making
Held on: October 21st, 2025 at 2:00 p.m.
CPE Credit: 1.0
Field of Study: Personal Development
Format: In-person luncheon
""",
        title="Behavioral Finance and Client Decision-Making",
        sponsor="Foothills Chapter, Society of Financial Educators",
        date="2025-10-21",
        hours=1.0,
        field="Personal Development",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "dotted_iso_date_and_older_field_name",
        """
Certificate of Completion

Provider: Cobalt Ridge Training
Attendee: Ingrid Solberg
Title: Industry Accounting for Oil and Gas Producers
Date: 2025.11.04
CPE Credits: 4.0
Field of Study: Specialized Knowledge & Applications
Delivery: Group Internet Based (GIB)
""",
        title="Industry Accounting for Oil and Gas Producers",
        sponsor="Cobalt Ridge Training",
        date="2025-11-04",
        hours=4.0,
        field="Specialized Knowledge",
        number=None,
        method=GIB,
    ),
    Certificate(
        "hours_in_words_with_digits_and_us_dashed_date",
        """
# Certificate of Completion
# Keystone Ethics Center

This is to certify that Monica Alvarez has completed

Pennsylvania Professional Ethics for CPAs

Date: 11-04-2025
CPE Hours: Four (4.0)
Field of Study: Ethics (Regulatory)
Delivery: On-Demand Video (QAS)
""",
        title="Pennsylvania Professional Ethics for CPAs",
        sponsor="Keystone Ethics Center",
        date="2025-11-04",
        hours=4.0,
        field="Regulatory Ethics",
        number=None,
        method=QAS,
    ),
    Certificate(
        "certificate_hash_number_alone_and_live_stream",
        """
Certificate of Participation
Granite Falls Accounting Forum

Participant: Derek Lindholm
Event: 2025 Not-for-Profit Accounting & Auditing Forum
Date: December 9, 2025
CPE: 7.0
Field of Study: Auditing
Delivery: Live Stream

Certificate: #000123
""",
        title="2025 Not-for-Profit Accounting & Auditing Forum",
        sponsor="Granite Falls Accounting Forum",
        date="2025-12-09",
        hours=7.0,
        field="Auditing",
        number="000123",
        method=GIB,
    ),
    Certificate(
        "wide_lms_export_header_and_one_row",
        """
Pemberton Rowe LLP - CPE Transcript Export

Employee          Course Title                         Completed   CPE   Field of Stud\
y   Delivery Type
Ruth Abernathy    Audit Quality: Root Cause Analysis   11/13/2025  2.0   Auditing     \
    Virtual Classroom
""",
        title="Audit Quality: Root Cause Analysis",
        sponsor="Pemberton Rowe LLP",
        date="2025-11-13",
        hours=2.0,
        field="Auditing",
        number=None,
        method=GIB,
    ),
    Certificate(
        "cpe_and_ea_credits_in_brackets_on_one_line",
        """
# Certificate of Completion
# Redwood Enrolled Agents Academy

Name: Tyler Brooks, EA, CPA
Course: Representing Taxpayers in Collection Due Process Hearings
Completed: 12/02/2025
Credit: 2.0 (CPE) | 2.0 (EA)
Field of Study: Taxes
Delivery Method: QAS Self Study
""",
        title="Representing Taxpayers in Collection Due Process Hearings",
        sponsor="Redwood Enrolled Agents Academy",
        date="2025-12-02",
        hours=2.0,
        field="Taxes",
        number=None,
        method=QAS,
    ),
    Certificate(
        "participant_first_then_has_attended_with_dates_and_venue",
        """
# Certificate of Attendance

Miriam Castellanos, CPA

has attended the two-day seminar

Advanced Fraud Examination: Digital Forensics for Accountants

held November 17-18, 2025 at the Marriott Downtown, Kansas City, Missouri,
presented by the Heartland Fraud Examiners Association.

CPE Credits: 16.0          Field of Study: Auditing
""",
        title="Advanced Fraud Examination: Digital Forensics for Accountants",
        sponsor="Heartland Fraud Examiners Association",
        date="2025-11-18",
        hours=16.0,
        field="Auditing",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "footer_with_program_id_and_certificate_id_apart",
        """
Certificate of Completion

Ferris Lane CPE

Jasmine Patel
completed
Government Contracts: Cost Accounting Standards Overview
on 10/30/2025 for 3.0 CPE credits (Accounting, Group Internet Based)

Program ID: FL-GOV-118          Certificate ID: FLC-2025-77310
""",
        title="Government Contracts: Cost Accounting Standards Overview",
        sponsor="Ferris Lane CPE",
        date="2025-10-30",
        hours=3.0,
        field="Accounting",
        number="FLC-2025-77310",
        method=GIB,
    ),
    Certificate(
        "sponsor_name_with_inc_and_state_after_an_ampersand",
        """
# Certificate of Completion

Awarded to Charlotte Dubois for completing
Excel Dynamic Arrays for Finance Teams
Date of completion: 11/25/2025
CPE credits: 2.0
Field of study: Computer Software & Applications
Delivery method: Group Internet Based

Smith & Ostrowski Training, Inc. | Madison, WI | NASBA Sponsor #146602
""",
        title="Excel Dynamic Arrays for Finance Teams",
        sponsor="Smith & Ostrowski Training, Inc.",
        date="2025-11-25",
        hours=2.0,
        field="Computer Software & Applications",
        number=None,
        method=GIB,
    ),
    # ---------------------------------------------------------------- batch 7
    Certificate(
        "centred_values_over_centred_captions_on_rules",
        """
# Certificate of Completion
# Cypress Bay Accounting Institute

> This certifies that Angela Whitmore successfully completed

> Controllership Essentials: Closing the Books Faster

       10/15/2025                   4.0                  Accounting
  ____________________     ____________________     ____________________
    Date Completed              CPE Credits             Field of Study

Delivery Method: Group Internet Based
""",
        title="Controllership Essentials: Closing the Books Faster",
        sponsor="Cypress Bay Accounting Institute",
        date="2025-10-15",
        hours=4.0,
        field="Accounting",
        number=None,
        method=GIB,
    ),
    Certificate(
        "date_left_and_number_right_above_the_heading",
        """
Date: December 3, 2025                                Certificate Number: 25-WRF-00917
# Certificate of Completion
# Willow Run Finance Forum

Presented to Claire Donovan

for completing the program

Treasury Management for Mid-Sized Companies

CPE credit: 2.0 hours in Finance, delivered as a live webinar.
""",
        title="Treasury Management for Mid-Sized Companies",
        sponsor="Willow Run Finance Forum",
        date="2025-12-03",
        hours=2.0,
        field="Finance",
        number="25-WRF-00917",
        method=GIB,
    ),
    Certificate(
        "sponsor_wrapped_in_a_narrow_cell",
        """
Certificate of Attendance

Name            Helen Park, CPA
Program         Grant Accounting Under Uniform Guidance
Sponsor         Association of Public Finance Officers,
                Capital Region Chapter
Date            11/19/2025
CPE             4.0
Field           Accounting (Governmental)
Method          Group Live
""",
        title="Grant Accounting Under Uniform Guidance",
        sponsor="Association of Public Finance Officers, Capital Region Chapter",
        date="2025-11-19",
        hours=4.0,
        field="Accounting (Governmental)",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "badge_issued_and_expires_dates",
        """
DIGITAL BADGE

Nonprofit Audit Specialist: Single Audits

Issued to Felix Romero by Prairie Audit Academy
Issued Nov 4, 2025          Expires Nov 4, 2027
6.0 CPE | Auditing (Governmental) | QAS Self Study
Credential ID: PAA-SA-00417
""",
        title="Nonprofit Audit Specialist: Single Audits",
        sponsor="Prairie Audit Academy",
        date="2025-11-04",
        hours=6.0,
        field="Auditing (Governmental)",
        number="PAA-SA-00417",
        method=QAS,
    ),
    Certificate(
        "cpe_and_cle_with_a_state_bar_note",
        """
# Certificate of Attendance
# Empire Tax & Law Institute

Attendee: Priya Natarajan, CPA, Esq.
Program: New York Estate Tax Cliff and Planning Strategies
Date: 11/06/2025
Credits: 3.0 CPE / 3.0 CLE (NY Areas of Professional Practice)
Field of Study: Taxes
Delivery Method: Group Live
""",
        title="New York Estate Tax Cliff and Planning Strategies",
        sponsor="Empire Tax & Law Institute",
        date="2025-11-06",
        hours=3.0,
        field="Taxes",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "score_out_of_a_hundred_and_passed_on",
        """
Keystone Learning Systems
Certificate of Completion

Learner: Ethan Brooks
Course: Fair Value Measurements Under ASC 820
Assessment: 75/100 (passing score 70)
Passed on: 10/02/2025
CPE Credits: 3.5
Field of Study: Accounting
Delivery Method: QAS Self Study
""",
        title="Fair Value Measurements Under ASC 820",
        sponsor="Keystone Learning Systems",
        date="2025-10-02",
        hours=3.5,
        field="Accounting",
        number=None,
        method=QAS,
    ),
    Certificate(
        "virtual_instructor_led_with_the_nasba_name_in_brackets",
        """
Certificate of Completion

Bright Harbor Learning
Participant: Sofia Lindgren
Course: Power BI for Financial Reporting
Date: 10/23/2025
CPE: 3.0
Field of Study: Computer Software & Applications
Delivery Method: Virtual Instructor-Led Training (Group Internet-Based)
Certificate #: BHL-PBI-3391
""",
        title="Power BI for Financial Reporting",
        sponsor="Bright Harbor Learning",
        date="2025-10-23",
        hours=3.0,
        field="Computer Software & Applications",
        number="BHL-PBI-3391",
        method=GIB,
    ),
    Certificate(
        "right_aligned_labels_in_two_columns",
        """
# Statement of Attendance
# Redrock Society of CPAs

     Attendee:  Lucia Romero             Program No.:  RS-2025-118
       Course:  Governmental Audit Quality Update
         Date:  04 NOV 2025                CPE Hours:  2.0
        Field:  Auditing (Governmental)       Method:  Group Internet Based
""",
        title="Governmental Audit Quality Update",
        sponsor="Redrock Society of CPAs",
        date="2025-11-04",
        hours=2.0,
        field="Auditing (Governmental)",
        number=None,
        method=GIB,
    ),
    Certificate(
        "section_heading_course_details_with_a_table_of_two_cells",
        """
# Harrowgate Partners LLP
Continuing Professional Education

COURSE DETAILS
Title             Ethics and Independence for Audit Staff
Date              17-Nov-2025
Duration          100 minutes

CREDIT DETAILS
CPE               2.0
Field             Regulatory Ethics
Delivery          Virtual Instructor-Led Training

PARTICIPANT
Name              Ian McAllister
Employee No.      77120
""",
        title="Ethics and Independence for Audit Staff",
        sponsor="Harrowgate Partners LLP",
        date="2025-11-17",
        hours=2.0,
        field="Regulatory Ethics",
        number=None,
        method=GIB,
    ),
    Certificate(
        "awarded_hours_and_ceus_in_a_sentence",
        """
# Certificate of Completion
# Ridgeline College of Business - Professional Programs

> Nathan Cole has completed Nonprofit Financial Management on December 5, 2025
> and is awarded 1.2 CEUs (12 CPE hours) in Finance.
> Delivered online with a live instructor.
""",
        title="Nonprofit Financial Management",
        sponsor="Ridgeline College of Business",
        date="2025-12-05",
        hours=12.0,
        field="Finance",
        number=None,
        method=GIB,
    ),
    # ---------------------------------------------------------------- batch 8
    Certificate(
        "recommended_cpe_caption_over_a_whole_number",
        """
Certificate of Completion
Juniper Valley CPE

PARTICIPANT                      COURSE
Rosa Delgado                     Understanding Form 1099 Reporting Changes

DATE                             RECOMMENDED CPE
04 NOV 2025                      3

FIELD OF STUDY                   DELIVERY METHOD
Taxation                         Group Internet Based
""",
        title="Understanding Form 1099 Reporting Changes",
        sponsor="Juniper Valley CPE",
        date="2025-11-04",
        hours=3.0,
        field="Taxes",
        number=None,
        method=GIB,
    ),
    Certificate(
        "certificate_id_at_the_right_of_a_plain_heading_row",
        """
CERTIFICATE OF ATTENDANCE                                  Certificate ID: SVA-25-0466
Silver Valley Accountants Association

Attendee: Andre Dubois
Program: Internal Audit Planning for Small Organizations
Date: October 28, 2025
CPE Hours: 2.0
Field of Study: Auditing
Delivery Method: Group Live
""",
        title="Internal Audit Planning for Small Organizations",
        sponsor="Silver Valley Accountants Association",
        date="2025-10-28",
        hours=2.0,
        field="Auditing",
        number="SVA-25-0466",
        method=LIVE,
    ),
    Certificate(
        "instructor_and_sponsor_on_captioned_rules",
        """
# Certificate of Completion

> Monica Reyes
> has completed
> Not-for-Profit Revenue: Contributions and Exchange Transactions

Dr. Samuel Ortega, CPA                 Brazos Valley Learning Institute
_____________________________          _____________________________
Instructor                             Sponsor

November 12, 2025          2.0          Accounting          Group Internet Based
________________           ____         __________          ____________________
Date                       CPE          Field of Study      Delivery Method
""",
        title="Not-for-Profit Revenue: Contributions and Exchange Transactions",
        sponsor="Brazos Valley Learning Institute",
        date="2025-11-12",
        hours=2.0,
        field="Accounting",
        number=None,
        method=GIB,
    ),
    Certificate(
        "cpe_hours_and_ceus_in_two_columns_with_score",
        """
# Certificate of Completion
# Alpine CPE Institute

Name: Greta Hoffman                 Exam Score: 90%
Course: Payroll Taxes for Household Employers
Completed: 11/10/2025               CPE Hours: 7.5
CEUs: 0.75                          Field of Study: Taxes
Delivery Method: QAS Self-Study
""",
        title="Payroll Taxes for Household Employers",
        sponsor="Alpine CPE Institute",
        date="2025-11-10",
        hours=7.5,
        field="Taxes",
        number=None,
        method=QAS,
    ),
    Certificate(
        "weekday_date_time_and_time_zone_in_words",
        """
Canyon Ridge Learning - Certificate of Completion

Participant: Jasper Collins
Course: Cyber Incident Response for Finance Teams
Completed: Tuesday, November 4, 2025, 3:47 PM Eastern
CPE Credits: 1.0
Field of Study: Information Technology
Delivery Method: QAS Self Study
Certificate No.: CRL-110425-0093
""",
        title="Cyber Incident Response for Finance Teams",
        sponsor="Canyon Ridge Learning",
        date="2025-11-04",
        hours=1.0,
        field="Information Technology",
        number="CRL-110425-0093",
        method=QAS,
    ),
    Certificate(
        "ethics_behavioral_in_a_caption_box_and_4_dash_month",
        """
CERTIFICATE OF COMPLETION

PROGRAM TITLE
Ethical Leadership and Workplace Culture

SPONSOR                         DATE
Maple Grove CPE Consortium      4-Dec-2025

CPE CREDITS    FIELD OF STUDY           DELIVERY
2.0            Ethics (Behavioral)      Virtual Instructor-Led Training
""",
        title="Ethical Leadership and Workplace Culture",
        sponsor="Maple Grove CPE Consortium",
        date="2025-12-04",
        hours=2.0,
        field="Behavioral Ethics",
        number=None,
        method=GIB,
    ),
    Certificate(
        "credits_in_taxation_in_a_sentence_via_webex",
        """
# Certificate of Attendance

> Birchwood Tax Seminars certifies that Irene Caldwell attended
> Like-Kind Exchanges and Installment Sales on December 10, 2025
> and earned 4 CPE credits in Taxation.

Delivery: Virtual Instructor-Led Training (VILT) via Webex
""",
        title="Like-Kind Exchanges and Installment Sales",
        sponsor="Birchwood Tax Seminars",
        date="2025-12-10",
        hours=4.0,
        field="Taxes",
        number=None,
        method=GIB,
    ),
    Certificate(
        "label_with_colon_and_its_value_wrapped_under_the_value_column",
        """
Certificate of Completion
Oakhurst Audit Academy

Participant:       Lena Fischer
Course Title:      Auditing Employee Benefit Plans: Defined
                   Contribution Plan Audits Under SAS 136
Completion Date:   11/20/2025
CPE Credits:       8.0
Field of Study:    Auditing
Delivery Method:   QAS Self Study
""",
        title=("Auditing Employee Benefit Plans: Defined Contribution Plan Audits Under SAS 136"),
        sponsor="Oakhurst Audit Academy",
        date="2025-11-20",
        hours=8.0,
        field="Auditing",
        number=None,
        method=QAS,
    ),
    Certificate(
        "badge_earned_on_with_a_credential_url",
        """
DIGITAL BADGE

Governmental Accounting Foundations

Earned by Paulo Mendes on 2025-11-04
Issued by Capitol City CPE Academy
2.0 CPE | Accounting (Governmental) | Group Internet Based
Credential URL: https://badges.capitolcitycpe.example/b/7731-GAF
""",
        title="Governmental Accounting Foundations",
        sponsor="Capitol City CPE Academy",
        date="2025-11-04",
        hours=2.0,
        field="Accounting (Governmental)",
        number=None,
        method=GIB,
    ),
    Certificate(
        "cpe_cle_irs_columns_table_with_one_row",
        """
# Certificate of Attendance
# Pacific Northwest Estate Planning Council

Attendee: Harold Yamamoto, CPA
Program: Estate Planning Update 2025
Date: 11/14/2025

CPE      CLE      IRS CE
6.0      5.5      6.0

Field of Study: Taxes
Delivery Method: Group Live
""",
        title="Estate Planning Update 2025",
        sponsor="Pacific Northwest Estate Planning Council",
        date="2025-11-14",
        hours=6.0,
        field="Taxes",
        number=None,
        method=LIVE,
    ),
    # ---------------------------------------------------------------- batch 9
    Certificate(
        "title_as_heading_then_awarded_for_completion_on",
        """
# Annual Federal Tax Update
# Individual and Business Provisions

> Awarded to Stephanie Ruiz, EA
> for successful completion on 11/04/2025

CPE Credit: 8.0    Field of Study: Taxes    Delivery Method: Group Internet Based
Presented by Westgate Tax Education Network | NASBA Sponsor #139977
""",
        title="Annual Federal Tax Update",
        sponsor="Westgate Tax Education Network",
        date="2025-11-04",
        hours=8.0,
        field="Taxes",
        number=None,
        method=GIB,
    ),
    Certificate(
        "level_prerequisites_and_preparation_on_one_line_with_bars",
        """
Certificate of Completion
Ashford Lane CPE

Participant: Victor Chen
Course: Leases for Lessees: Practical Implementation
Program Level: Overview | Prerequisites: None | Advance Preparation: None
Course Date(s): 11/3/2025 through 11/5/2025
CPE Credits: 12.0
Field of Study: Accounting
Delivery Method: Group Live
""",
        title="Leases for Lessees: Practical Implementation",
        sponsor="Ashford Lane CPE",
        date="2025-11-05",
        hours=12.0,
        field="Accounting",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "state_board_form_name_of_course_and_subject_area",
        """
STATE BOARD OF ACCOUNTANCY
CONTINUING EDUCATION CERTIFICATE OF COMPLETION

Name of Licensee: Douglas Wright          License No.: 0048812
Name of Course: Fraud Prevention for Local Governments
Name of Sponsor: Tri-County Government Finance Officers Association
Date(s) of Course: 10/22/2025
Number of Hours: 4
Subject Area: Auditing (Governmental)
Method of Presentation: Live seminar
""",
        title="Fraud Prevention for Local Governments",
        sponsor="Tri-County Government Finance Officers Association",
        date="2025-10-22",
        hours=4.0,
        field="Auditing (Governmental)",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "quoted_title_with_a_code_in_brackets",
        """
# Certificate of Completion
# Bluewater CPE Partners

Awarded to: Min-Jun Park
Course: "Revenue Recognition for Franchisors" (ACC-1187)
Date Completed: 11/08/2025
Credits: 2.0 CPE
Field of Study: Accounting
Delivery: QAS Self Study
""",
        title="Revenue Recognition for Franchisors",
        sponsor="Bluewater CPE Partners",
        date="2025-11-08",
        hours=2.0,
        field="Accounting",
        number=None,
        method=QAS,
    ),
    Certificate(
        "credits_earned_of_possible",
        """
Certificate of Attendance
Summit Peak Webinars

Attendee: Olga Petrova
Webinar: Audit Committee Communications Under AU-C 260
Date: 11/19/2025
Attendance: 95 of 100 minutes
Credits Earned: 1.5 of 2.0 possible
Field of Study: Auditing
Delivery Method: Group Internet Based
""",
        title="Audit Committee Communications Under AU-C 260",
        sponsor="Summit Peak Webinars",
        date="2025-11-19",
        hours=1.5,
        field="Auditing",
        number=None,
        method=GIB,
    ),
    Certificate(
        "two_column_certificate_facts_left_sponsor_block_right",
        """
CERTIFICATE OF COMPLETION

Participant: Laura Bennett              Prairie Wind CPE Academy
Course: Budgeting for Nonprofits        210 Main Street, Suite 4
Date: 12/01/2025                        Fargo, ND 58102
CPE: 2.0                                NASBA Sponsor 150877
Field: Finance
Format: Live webinar
""",
        title="Budgeting for Nonprofits",
        sponsor="Prairie Wind CPE Academy",
        date="2025-12-01",
        hours=2.0,
        field="Finance",
        number=None,
        method=GIB,
    ),
    Certificate(
        "nano_learning_in_a_badge_line_with_minutes",
        """
NANO BADGE

Quick Guide: Form 7203 S Corporation Basis

Earned by Trevor Hall
Issued by Microlearn CPE
Date earned: 11/21/2025
0.4 CPE (20 minutes) | Taxes | Nano Learning
Badge ID: MLC-N-20871
""",
        title="Quick Guide: Form 7203 S Corporation Basis",
        sponsor="Microlearn CPE",
        date="2025-11-21",
        hours=0.4,
        field="Taxes",
        number="MLC-N-20871",
        method=NANO,
    ),
    Certificate(
        "blended_program_with_its_completion_and_ceu",
        """
# Certificate of Completion
# Northern Lights CPE Institute

Participant: Ingrid Larsen
Program: Emerging Leaders in Finance (blended: online modules and a live workshop)
Program Completed: 11/26/2025
CPE Credits: 20.0 (2.0 CEUs)
Field of Study: Personal Development
Delivery Method: Blended Learning
""",
        title="Emerging Leaders in Finance",
        sponsor="Northern Lights CPE Institute",
        date="2025-11-26",
        hours=20.0,
        field="Personal Development",
        number=None,
        method=BLENDED,
    ),
    Certificate(
        "caption_boxes_with_the_number_among_them",
        """
Certificate of Completion
Ledgerline Professional Learning

NAME                             CERTIFICATE NO.
Marisol Vega                     LPL-2025-40016

COURSE                                             COMPLETED
Internal Controls for Cash and Receivables         11/17/2025

CPE          FIELD OF STUDY          DELIVERY
1.0          Auditing                QAS Self Study
""",
        title="Internal Controls for Cash and Receivables",
        sponsor="Ledgerline Professional Learning",
        date="2025-11-17",
        hours=1.0,
        field="Auditing",
        number="LPL-2025-40016",
        method=QAS,
    ),
    Certificate(
        "firm_training_record_with_employee_number_and_session_times",
        """
# Whitcombe Grant LLP
Training Record

Employee: Nora Lindqvist (Employee No. 30417)
Session: Audit Sampling Refresher
Session Time: 11/13/2025, 9:00 AM - 10:40 AM CT
CPE Credit: 2.0
Field of Study: Auditing
Delivery Method: Group Live (Minneapolis office)
""",
        title="Audit Sampling Refresher",
        sponsor="Whitcombe Grant LLP",
        date="2025-11-13",
        hours=2.0,
        field="Auditing",
        number=None,
        method=LIVE,
    ),
    # ---------------------------------------------------------------- batch 10
    Certificate(
        "course_row_with_cpe_hours_and_ceus_columns",
        """
# Certificate of Completion
# Bridgeport Community College - Continuing Education

Student: Kevin Marsh

Course                                  Dates                     CPE Hours   CEUs
Fundamentals of Governmental Auditing   Oct 6 - Oct 8, 2025       24.0        2.4

Field of Study: Auditing (Governmental)
Delivery: Classroom
""",
        title="Fundamentals of Governmental Auditing",
        sponsor="Bridgeport Community College",
        date="2025-10-08",
        hours=24.0,
        field="Auditing (Governmental)",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "date_at_a_time_after_an_at_sign",
        """
Certificate of Completion
Quarry Hill CPE

Participant: Denise Albright
Course: Writing Effective Audit Findings
Completed: 11/04/2025 @ 2:30pm
Score: 88
Credits: 3
Field of Study: Auditing
Delivery Method: QAS Self Study
""",
        title="Writing Effective Audit Findings",
        sponsor="Quarry Hill CPE",
        date="2025-11-04",
        hours=3.0,
        field="Auditing",
        number=None,
        method=QAS,
    ),
    Certificate(
        "dated_this_day_of_month_anno_domini",
        """
# Bay State Academy of Accountants

> This is to certify that
> Timothy O'Rourke, CPA
> has attended the seminar
> Massachusetts Tax Update for Practitioners
> for which 8 CPE credits in Taxes are awarded.

> Dated this 4th day of November, A.D. 2025

Delivery method: Group Live
""",
        title="Massachusetts Tax Update for Practitioners",
        sponsor="Bay State Academy of Accountants",
        date="2025-11-04",
        hours=8.0,
        field="Taxes",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "bare_completion_label_with_capital_month",
        """
# Certificate of Completion
# Silver Creek Professional Education

Name: Hannah Liu
Course: Year-End Close Best Practices
Completion: 04 NOV 2025
CPE Credits: 2.0
Field of Study: Accounting
Delivery Method: Group Internet Based
""",
        title="Year-End Close Best Practices",
        sponsor="Silver Creek Professional Education",
        date="2025-11-04",
        hours=2.0,
        field="Accounting",
        number=None,
        method=GIB,
    ),
    Certificate(
        "field_of_study_with_its_hours_after_a_dash",
        """
Certificate of Completion
Orchard Hill CPE Society

Participant: Raymond Cho
Program: Ethics and the Public Interest
Date: 12/02/2025
Total CPE: 2.0
Field of Study: Ethics (Behavioral) - 2.0 hours
Delivery Method: Group Internet Based
""",
        title="Ethics and the Public Interest",
        sponsor="Orchard Hill CPE Society",
        date="2025-12-02",
        hours=2.0,
        field="Behavioral Ethics",
        number=None,
        method=GIB,
    ),
    Certificate(
        "taxation_in_a_table_cell_and_virtual_ilt",
        """
Fairmont & Gale LLP - National Tax Training
CPE Certificate

Participant        Program                                  Date         CPE    Field
Amelia Ross        State Tax Apportionment Workshop         11/06/2025   3.0    Taxation

Delivery: Virtual ILT
""",
        title="State Tax Apportionment Workshop",
        sponsor="Fairmont & Gale LLP",
        date="2025-11-06",
        hours=3.0,
        field="Taxes",
        number=None,
        method=GIB,
    ),
    Certificate(
        "open_badge_credential_name_recipient_issuer_issued",
        """
OPEN BADGE

Credential: Governmental Auditing Basics
Recipient: Carlos Mendez
Issuer: Westfield Audit Learning
Issued: 2025-11-04
CPE: 4.0 | Auditing (Governmental) | Self-study
""",
        title="Governmental Auditing Basics",
        sponsor="Westfield Audit Learning",
        date="2025-11-04",
        hours=4.0,
        field="Auditing (Governmental)",
        number=None,
        method=QAS,
    ),
    Certificate(
        "right_aligned_caption_column_with_values_left",
        """
CERTIFICATE OF COMPLETION
Hollow Oak Institute for Finance

             Presented to   Rachel Stein
                   Course   Liquidity Risk Management for Community Banks
        Date of Completion   October 30, 2025
              CPE Credits   6.0
           Field of Study   Finance
          Delivery Method   Group Live
""",
        title="Liquidity Risk Management for Community Banks",
        sponsor="Hollow Oak Institute for Finance",
        date="2025-10-30",
        hours=6.0,
        field="Finance",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "signature_line_values_with_the_certificate_number_captioned",
        """
# Certificate of Completion
# Tri-Lakes Accounting Society

Emily Sato
______________________________
Participant

Fraud Schemes in Procurement
______________________________
Course

12/08/2025            3.0             TLAS-25-1208-07
______________        ______          __________________
Date                  CPE Credits     Certificate Number

Field of study: Auditing. Delivery method: Group Internet Based.
""",
        title="Fraud Schemes in Procurement",
        sponsor="Tri-Lakes Accounting Society",
        date="2025-12-08",
        hours=3.0,
        field="Auditing",
        number="TLAS-25-1208-07",
        method=GIB,
    ),
    Certificate(
        "webinar_with_cpe_and_irs_ce_credits_in_one_value",
        """
Certificate of Completion

Host: Evergreen Tax Webinars
Participant: Megan Foster, EA
Webinar: Form 1040 Schedule C Deep Dive
Date: November 20, 2025 at 1:00 PM ET
Credits: CPE 2.0 / IRS CE 2.0 (Federal Tax Law)
Field of Study: Taxes
Delivery Method: Group Internet Based
IRS Program Number: ETW-T-00871-25-O
""",
        title="Form 1040 Schedule C Deep Dive",
        sponsor="Evergreen Tax Webinars",
        date="2025-11-20",
        hours=2.0,
        field="Taxes",
        number=None,
        method=GIB,
    ),
    # ---------------------------------------------------------------- batch 11
    Certificate(
        "title_and_sponsor_both_wrapped_in_a_narrow_table",
        """
CERTIFICATE OF CPE CREDIT

PARTICIPANT     Nathaniel Brooks
PROGRAM         Not-for-Profit Accounting: Net Asset
                Classification and Disclosures
PROVIDER        Great Lakes Association of Nonprofit
                Financial Professionals
DATE            11/12/2025
CREDITS         2.0 CPE
FIELD           Accounting
METHOD          Group Internet Based
""",
        title="Not-for-Profit Accounting: Net Asset Classification and Disclosures",
        sponsor="Great Lakes Association of Nonprofit Financial Professionals",
        date="2025-11-12",
        hours=2.0,
        field="Accounting",
        number=None,
        method=GIB,
    ),
    Certificate(
        "certificate_number_in_groups_of_digits",
        """
# Certificate of Completion
# Lantern Bay CPE

Awarded to: Oscar Lindgren
Course: Understanding the Statement of Cash Flows
Date: 2025/11/04
CPE: 1.0 credit (50 minutes)
Field of Study: Accounting
Delivery Method: Self-Study (QAS) - On-Demand
Certificate No. 2025 0481 77
""",
        title="Understanding the Statement of Cash Flows",
        sponsor="Lantern Bay CPE",
        date="2025-11-04",
        hours=1.0,
        field="Accounting",
        number="2025 0481 77",
        method=QAS,
    ),
    Certificate(
        "title_with_part_number_and_a_date_range_with_weekdays",
        """
Certificate of Attendance

Sponsor: Coastal Valley CPA Society
Attendee: Georgia Mills
Program: Fraud Examination Workshop - Part 2
Dates: Monday, November 17, 2025 - Tuesday, November 18, 2025
CPE Hours: 16
Field of Study: Auditing
Delivery Method: Group-Internet-Based (Live Webinar)
""",
        title="Fraud Examination Workshop - Part 2",
        sponsor="Coastal Valley CPA Society",
        date="2025-11-18",
        hours=16.0,
        field="Auditing",
        number=None,
        method=GIB,
    ),
    Certificate(
        "caption_boxes_with_sponsor_and_sponsor_id_side_by_side",
        """
CERTIFICATE OF COMPLETION

PARTICIPANT                           DATE COMPLETED
Hiroshi Tanaka                        11/24/2025

COURSE TITLE
Foreign Currency Transactions and Translation

SPONSOR                               SPONSOR ID
Meridian Ridge CPE                    117732

CPE CREDITS        FIELD OF STUDY       DELIVERY METHOD
3.0                Accounting           QAS Self Study
""",
        title="Foreign Currency Transactions and Translation",
        sponsor="Meridian Ridge CPE",
        date="2025-11-24",
        hours=3.0,
        field="Accounting",
        number=None,
        method=QAS,
    ),
    Certificate(
        "statement_of_continuing_education_course_id_beside_certificate_id",
        """
# Statement of Continuing Education
# Copperline Learning Institute

Learner: Farida Nasser
Course: Analytics for Internal Audit: Sampling With Python
Course ID: CLI-IA-304          Certificate ID: CLI-2025-88110
Completed: 10/31/2025
CPE Credits: 4.0
Field of Study: Auditing
Delivery Method: QAS Self Study
""",
        title="Analytics for Internal Audit: Sampling With Python",
        sponsor="Copperline Learning Institute",
        date="2025-10-31",
        hours=4.0,
        field="Auditing",
        number="CLI-2025-88110",
        method=QAS,
    ),
    Certificate(
        "sentence_with_weekday_ordinal_and_field_in_brackets",
        """
# Certificate of Completion

> Stonebridge Accounting Society certifies that Alicia Moreno completed
> Cost Segregation Studies for Real Estate Owners on Thursday, the 6th of November 2025,
> earning 2.0 CPE credits (Taxes) through a live webinar.
""",
        title="Cost Segregation Studies for Real Estate Owners",
        sponsor="Stonebridge Accounting Society",
        date="2025-11-06",
        hours=2.0,
        field="Taxes",
        number=None,
        method=GIB,
    ),
    Certificate(
        "exam_passed_and_credit_granted_lines",
        """
Bellwood CPE Online
Certificate of Completion

Name: Xavier Holt
Course: Consolidations: Variable Interest Entities
Exam Passed: 12/03/2025 (Score: 80%)
CPE Credit Granted: 5.0
Field of Study: Accounting
Delivery Method: QAS Self Study
Certificate Code: BCO-VIE-5591
""",
        title="Consolidations: Variable Interest Entities",
        sponsor="Bellwood CPE Online",
        date="2025-12-03",
        hours=5.0,
        field="Accounting",
        number="BCO-VIE-5591",
        method=QAS,
    ),
    Certificate(
        "registry_number_and_certificate_number_on_one_footer_row",
        """
# Certificate of Completion
# Redcliff Tax & Ethics Institute

Participant: Sandra Pike
Program: Tax Practice Standards and Circular 230
Date: 11/21/2025
CPE Credits: 4.0
Field of Study: Regulatory Ethics
Delivery Method: Group Internet Based
Registry Sponsor No. 140211    Certificate No. RTE-1121-044
""",
        title="Tax Practice Standards and Circular 230",
        sponsor="Redcliff Tax & Ethics Institute",
        date="2025-11-21",
        hours=4.0,
        field="Regulatory Ethics",
        number="RTE-1121-044",
        method=GIB,
    ),
    # ---------------------------------------------------------------- batch 12
    Certificate(
        "captions_wrapped_over_two_lines_above_their_values",
        """
CERTIFICATE OF COMPLETION
Sandhill Society of CPAs

PARTICIPANT        PROGRAM                                  DATE
NAME               TITLE                                    COMPLETED
Ruth Okonkwo       Segment Reporting Under ASU 2023-07      11/07/2025

CPE CREDIT         FIELD OF                                 DELIVERY
HOURS              STUDY                                    METHOD
2.0                Accounting                               Group Internet Based
""",
        title="Segment Reporting Under ASU 2023-07",
        sponsor="Sandhill Society of CPAs",
        date="2025-11-07",
        hours=2.0,
        field="Accounting",
        number=None,
        method=GIB,
    ),
    Certificate(
        "units_in_ceus_and_contact_hours",
        """
# Eastbrook University
# Professional and Continuing Education

Certificate of Completion

Participant: Leon Fischer
Course: Financial Statement Analysis for Lenders
Dates: 10/06/2025 - 10/17/2025
Units: 1.5 CEU
Contact Hours: 15
Field of Study: Finance
Format: Instructor-led virtual classroom
""",
        title="Financial Statement Analysis for Lenders",
        sponsor="Eastbrook University",
        date="2025-10-17",
        hours=15.0,
        field="Finance",
        number=None,
        method=GIB,
    ),
    Certificate(
        "copyright_footer_sponsor_and_cert_hash",
        """
CERTIFICATE OF COMPLETION

Presented to Abigail Turner for completing

Mergers & Acquisitions: Purchase Price Allocation

Completed: November 4th, 2025
Date Issued: November 5th, 2025
CPE Credit Hours: 2 (two)
Field of Study: Accounting
Delivery Method: QAS Self Study
Cert. #: 55-PPA-1104

(c) 2025 Crossroads CPE Learning, LLC. All rights reserved.
""",
        title="Mergers & Acquisitions: Purchase Price Allocation",
        sponsor="Crossroads CPE Learning, LLC",
        date="2025-11-04",
        hours=2.0,
        field="Accounting",
        number="55-PPA-1104",
        method=QAS,
    ),
    Certificate(
        "letter_dated_at_the_top_completed_on_in_the_body",
        """
Ravenwood Tax Institute
                                                              November 6, 2025

Certificate of Completion

This confirms that Paul Dimitriou completed Tax Treatment of Cryptocurrency
Transactions on November 3, 2025, earning 3.0 CPE credits in the field of Taxes.
The program was delivered as a live webinar.
""",
        title="Tax Treatment of Cryptocurrency Transactions",
        sponsor="Ravenwood Tax Institute",
        date="2025-11-03",
        hours=3.0,
        field="Taxes",
        number=None,
        method=GIB,
    ),
    Certificate(
        "number_top_left_and_title_as_the_heading",
        """
No. 004512
# Auditing Revenue Cycles in Healthcare Entities
# Certificate of Completion

Awarded to Jennifer Alvarez by Mesa Verde Healthcare CPE
Completion Date: 11/13/2025
CPE Credits: 3.0 | Field of Study: Auditing | Delivery: Group Internet Based
""",
        title="Auditing Revenue Cycles in Healthcare Entities",
        sponsor="Mesa Verde Healthcare CPE",
        date="2025-11-13",
        hours=3.0,
        field="Auditing",
        number="004512",
        method=GIB,
    ),
    Certificate(
        "conference_certificate_with_session_count_and_total_only",
        """
# Certificate of Attendance
# 2025 Midwest Governmental Finance Conference

Attendee: Oliver Grant, CPA
Hosted by: Midwest Government Finance Officers Association
Dates: September 29 - October 1, 2025
Sessions attended: 9
Total CPE Credits Earned: 18.5
Field of Study: Accounting (Governmental)
Delivery Method: Group Live
""",
        title="2025 Midwest Governmental Finance Conference",
        sponsor="Midwest Government Finance Officers Association",
        date="2025-10-01",
        hours=18.5,
        field="Accounting (Governmental)",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "field_given_as_a_code_and_its_name",
        """
Certificate of Completion
Pinecrest CPE Group

Participant: Danielle Ward
Course: Excel Lookups: XLOOKUP and INDEX-MATCH
Date: 10/14/2025
CPE: 1.5
Field: CS&A - Computer Software & Applications
Method: QAS Self Study
""",
        title="Excel Lookups: XLOOKUP and INDEX-MATCH",
        sponsor="Pinecrest CPE Group",
        date="2025-10-14",
        hours=1.5,
        field="Computer Software & Applications",
        number=None,
        method=QAS,
    ),
    Certificate(
        "delivered_in_person_label_and_the_sponsor_after_offered_by",
        """
# Certificate of Attendance

Participant: Marcus Lee
Session: Family Office Accounting and Reporting
Offered by: Summit Wealth CPE Partners
Date: 12/11/2025
Delivered: In-Person
Credits: 4 CPE
Field of Study: Specialized Knowledge
""",
        title="Family Office Accounting and Reporting",
        sponsor="Summit Wealth CPE Partners",
        date="2025-12-11",
        hours=4.0,
        field="Specialized Knowledge",
        number=None,
        method=LIVE,
    ),
    # ---------------------------------------------------------------- batch 13
    Certificate(
        "management_services_field_and_leaders_to_a_whole_number",
        """
# Certificate of Completion
# Copper Canyon Consulting Academy

Participant ............................ Lydia Park
Course ................................. Pricing Advisory Engagements
Date ................................... Oct. 21, 2025
CPE Hours Awarded ...................... 4
Field of Study ......................... Management Services
Delivery Method ........................ Group Live (In-Person)
""",
        title="Pricing Advisory Engagements",
        sponsor="Copper Canyon Consulting Academy",
        date="2025-10-21",
        hours=4.0,
        field="Management Services",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "title_with_its_delivery_in_brackets_presented_by_a_person",
        """
Silverton CPE Institute
Certificate of Completion

Participant: Aaron Whitley
Course: Governmental Fund Balance Reporting (Live Webinar)
Presented by: Maria Lopez, CPA, CGFM
Date: 11/05/2025
CPE: 2.0
Field of Study: Accounting (Governmental)
""",
        title="Governmental Fund Balance Reporting",
        sponsor="Silverton CPE Institute",
        date="2025-11-05",
        hours=2.0,
        field="Accounting (Governmental)",
        number=None,
        method=GIB,
    ),
    Certificate(
        "program_length_beside_credit_in_fifty_minute_hours",
        """
Certificate of Completion
Northpoint Learning Partners

Name: Elise Moreau
Program: Strategic Cost Management
Date: 11/18/2025
Program Length: 2 hours; CPE Credit: 2.4 (50-minute hour)
Field of Study: Business Management & Organization
Delivery: Group Internet Based
""",
        title="Strategic Cost Management",
        sponsor="Northpoint Learning Partners",
        date="2025-11-18",
        hours=2.4,
        field="Business Management & Organization",
        number=None,
        method=GIB,
    ),
    Certificate(
        "caption_box_completion_date_dashed_capitals",
        """
CERTIFICATE OF COMPLETION

LEARNER                          COMPLETION DATE
Theo Marchetti                   04-NOV-2025

COURSE NAME                                        CPE
Auditing Estimates and Related Disclosures         3.0

PROVIDER                         FIELD              FORMAT
Seaside Audit Institute          Auditing           On-demand
""",
        title="Auditing Estimates and Related Disclosures",
        sponsor="Seaside Audit Institute",
        date="2025-11-04",
        hours=3.0,
        field="Auditing",
        number=None,
        method=QAS,
    ),
    Certificate(
        "sponsor_letterhead_with_address_and_number_footer",
        """
Harbor Lights Accounting Education
88 Wharf Street, Portland, ME 04101

CERTIFICATE OF ATTENDANCE

This certifies that Brendan O'Neil attended Maine Tax Law Update on 12/05/2025
and earned 4.0 CPE credits in Taxes (Group Live).

Certificate No. HLAE-1205-19
""",
        title="Maine Tax Law Update",
        sponsor="Harbor Lights Accounting Education",
        date="2025-12-05",
        hours=4.0,
        field="Taxes",
        number="HLAE-1205-19",
        method=LIVE,
    ),
    Certificate(
        "two_credits_lines_cpe_for_the_program_and_ethics_part",
        """
# Certificate of Completion
# Granite Coast CPE

Participant: Naomi Fischer
Program: Annual Accounting & Ethics Update
Date Completed: 12/12/2025
CPE Credits: 8.0 (including 2.0 Regulatory Ethics)
Field of Study: Accounting
Delivery Method: Group Internet Based
""",
        title="Annual Accounting & Ethics Update",
        sponsor="Granite Coast CPE",
        date="2025-12-12",
        hours=8.0,
        field="Accounting",
        number=None,
        method=GIB,
    ),
    # ---------------------------------------------------------------- batch 14
    Certificate(
        "long_title_over_two_centred_lines_after_has_completed",
        """
# Certificate of Completion
# Westbrook Institute of Accountancy

> This certifies that Valentina Cruz has completed
> Auditing Internal Control Over Compliance in Single Audits Under the
> 2024 Compliance Supplement
> on November 24, 2025, earning 4 CPE credits in Auditing (Governmental).

Delivery method: Group Internet Based
""",
        title=(
            "Auditing Internal Control Over Compliance in Single Audits Under the"
            " 2024 Compliance Supplement"
        ),
        sponsor="Westbrook Institute of Accountancy",
        date="2025-11-24",
        hours=4.0,
        field="Auditing (Governmental)",
        number=None,
        method=GIB,
    ),
    Certificate(
        "date_of_final_exam_beside_an_enrollment_date",
        """
Certificate of Completion
Sunrise Self-Study CPE

Student: Harper Quinn
Course: Partnership Taxation Fundamentals
Enrollment Date: 09/15/2025
Date of Final Exam: 10/20/2025
CPE Credits: 10.0
Field of Study: Taxes
Delivery Method: QAS Self Study
""",
        title="Partnership Taxation Fundamentals",
        sponsor="Sunrise Self-Study CPE",
        date="2025-10-20",
        hours=10.0,
        field="Taxes",
        number=None,
        method=QAS,
    ),
    Certificate(
        "nano_credit_in_brackets_and_minutes",
        """
Certificate of Completion
Bitesize CPE

Learner: Owen Price
Course: Three Red Flags in Expense Reports
Completed: 11/25/2025
Credits: 0.2 CPE (Nano)
Length: 10 min
Field of Study: Auditing
Delivery: Nano-Learning
""",
        title="Three Red Flags in Expense Reports",
        sponsor="Bitesize CPE",
        date="2025-11-25",
        hours=0.2,
        field="Auditing",
        number=None,
        method=NANO,
    ),
    Certificate(
        "instructor_before_the_sponsor_and_zoom_location",
        """
# Certificate of Attendance

Participant: Lucas Ferreira
Course Title: Forecasting Cash for Construction Contractors
Instructor: Jim Hargrove, CPA, CCIFP
Sponsor: Keystone Construction Finance Forum
Location: Online (Zoom)
Date: 11/20/2025
CPE Credit: 2.0
Field of Study: Finance
""",
        title="Forecasting Cash for Construction Contractors",
        sponsor="Keystone Construction Finance Forum",
        date="2025-11-20",
        hours=2.0,
        field="Finance",
        number=None,
        method=GIB,
    ),
    Certificate(
        "cpe_ceu_and_pdh_in_one_value",
        """
# Certificate of Completion
# Riverside Engineering & Accounting Institute

Attendee: Chloe Bennett
Course: Cost Accounting for Engineering Firms
Date: 12/04/2025
Hours: 7.5 CPE / 0.75 CEU / 7.5 PDH
Field of Study: Accounting
Delivery Method: Group Live
""",
        title="Cost Accounting for Engineering Firms",
        sponsor="Riverside Engineering & Accounting Institute",
        date="2025-12-04",
        hours=7.5,
        field="Accounting",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "number_after_verify_at_and_a_sponsor_in_the_sentence",
        """
# Certificate of Completion

> Lakeshore Tax Academy certifies that Dennis Kovacs completed
> Tax Planning for Medical Practices on 11/14/2025 for 2.0 CPE credits in Taxes.

Delivered as: On-demand self-study
Verify at lakeshoretax.example/verify with code LTA-44721-Q
""",
        title="Tax Planning for Medical Practices",
        sponsor="Lakeshore Tax Academy",
        date="2025-11-14",
        hours=2.0,
        field="Taxes",
        number="LTA-44721-Q",
        method=QAS,
    ),
    # ---------------------------------------------------------------- batch 15
    Certificate(
        "award_line_title_in_capitals_between_rules_of_equals_signs",
        """
Northgate Accounting Academy
==================================================
CERTIFICATE OF COMPLETION
==================================================

PARTICIPANT: Samira Haddad
COURSE: LEASE MODIFICATIONS AND REMEASUREMENT
COMPLETED: 21 OCT 2025
CREDITS: 2.0 CPE
FIELD OF STUDY: ACCOUNTING
DELIVERY: QAS SELF STUDY
""",
        title="LEASE MODIFICATIONS AND REMEASUREMENT",
        sponsor="Northgate Accounting Academy",
        date="2025-10-21",
        hours=2.0,
        field="Accounting",
        number=None,
        method=QAS,
    ),
    Certificate(
        "recommended_and_earned_both_stated_with_attendance_minutes",
        """
Certificate of Attendance
Prairie Sky Webinars

Attendee: Connor Walsh
Webinar: Accounting for Software Development Costs
Date: 11/20/2025 12:00 PM CT
Recommended CPE: 2
Minutes Attended: 75 of 100
CPE Earned: 1.5
Field of Study: Accounting
Delivery Method: Group Internet Based
""",
        title="Accounting for Software Development Costs",
        sponsor="Prairie Sky Webinars",
        date="2025-11-20",
        hours=1.5,
        field="Accounting",
        number=None,
        method=GIB,
    ),
    Certificate(
        "two_cell_table_label_column_right_aligned_with_colons",
        """
Certificate of Completion - Ironleaf CPE

           Name:   Beatrice Olsen
         Course:   Revenue Recognition for Construction
                   Contractors: Input and Output Methods
           Date:   10/30/2025
        Credits:   4.0
          Field:   Accounting
         Method:   QAS Self Study
   Certificate#:   ILC-30491
""",
        title=("Revenue Recognition for Construction Contractors: Input and Output Methods"),
        sponsor="Ironleaf CPE",
        date="2025-10-30",
        hours=4.0,
        field="Accounting",
        number="ILC-30491",
        method=QAS,
    ),
    Certificate(
        "society_chapter_event_with_cpe_and_ceu_on_one_row",
        """
# Certificate of Attendance
# Bluegrass Chapter, Institute of Management Accountants

This certifies that Wyatt Harmon attended the chapter's
Fall Technical Session: Data-Driven Budgeting
held on October 9, 2025 in Lexington, Kentucky.

CPE: 2.0 hours      CEU: 0.2      Field of Study: Finance      Delivery: Group Live
""",
        title="Fall Technical Session: Data-Driven Budgeting",
        sponsor="Bluegrass Chapter, Institute of Management Accountants",
        date="2025-10-09",
        hours=2.0,
        field="Finance",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "vilt_abbreviation_in_a_caption_box",
        """
CERTIFICATE OF COMPLETION
Stratton Hale LLP - Audit Learning

EMPLOYEE                              DATE
Grant Whitfield                       12/02/2025

COURSE
Group Audits Under SAS 149: Component Auditors

CPE      FIELD          METHOD
3.0      Auditing       VILT
""",
        title="Group Audits Under SAS 149: Component Auditors",
        sponsor="Stratton Hale LLP",
        date="2025-12-02",
        hours=3.0,
        field="Auditing",
        number=None,
        method=GIB,
    ),
    Certificate(
        "awarded_for_completing_on_the_ordinal_day_of",
        """
# Certificate of Completion
# Cascade Forensic Accounting Society

> Awarded to Leah Montgomery
> for completing Cryptocurrency Fraud Investigations
> on the 12th day of November, 2025

CPE Credits: 3.0 | Field of Study: Auditing | Delivery Method: Group Internet Based
""",
        title="Cryptocurrency Fraud Investigations",
        sponsor="Cascade Forensic Accounting Society",
        date="2025-11-12",
        hours=3.0,
        field="Auditing",
        number=None,
        method=GIB,
    ),
]
