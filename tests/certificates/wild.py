"""Tuning certificates written from how real CPE certificates look, before the
extractor read them: AICPA-style and state-society certificates, national providers'
self-study, webinars and multi-day conferences (sessions with per-session credits
and a total), nano-learning and blended programs, universities, firms' in-house
training, state-board ethics courses, and sponsor statements whose registry numbers
must not be read as certificate numbers or hours. Participants, instructors,
licence and employee numbers, addresses, phone numbers, "Program Level" and
"Prerequisites" sit near the fields; hours, dates, fields of study and delivery
methods are written in the loose ways sponsors write them.

They are tuning certificates: rules may cite them (README.md). Their expected rows
were written with them, before their first run, and are kept as written.
"""

from __future__ import annotations

from .corpus import Certificate

GIB = "Group Internet Based"
LIVE = "Group Live"
QAS = "QAS Self Study"
NANO = "Nano Learning"
BLENDED = "Blended Learning"

WILD = [
    Certificate(
        "institute_letterhead_self_study_registry_statement",
        """
# American Institute of CPAs
# Certificate of Completion

> This certifies that
> Jessica M. Alvarez
> has successfully completed

Revenue Recognition: Mastering the Five-Step Model

Date of completion: 10/14/2025
CPE credits: 6.5
Field of study: Accounting
Delivery method: QAS Self Study
Program level: Intermediate
Prerequisites: None
Advance preparation: None

~ The American Institute of CPAs is registered with the National Association of State \
Boards of Accountancy (NASBA) as a sponsor of continuing professional education on the \
National Registry of CPE Sponsors. State boards of accountancy have final authority on the \
acceptance of individual courses for CPE credit. Complaints regarding registered sponsors \
may be submitted to the National Registry of CPE Sponsors through its website: \
www.nasbaregistry.org. Sponsor ID 103483.
""",
        title="Revenue Recognition: Mastering the Five-Step Model",
        sponsor="American Institute of CPAs",
        date="2025-10-14",
        hours=6.5,
        field="Accounting",
        number=None,
        method=QAS,
    ),
    Certificate(
        "state_society_two_columns_sponsor_id_beside_hours",
        """
# Buckeye State Society of CPAs
Certificate of Attendance

Participant: Daniel Reyes, CPA              NASBA Sponsor ID: 105050
Program: Ethics for Ohio CPAs 2025          Program Date: 12/09/2025
CPE Hours Earned: 3                         Field of Study: Regulatory Ethics
Delivery: Webcast                           Program Level: Update
""",
        title="Ethics for Ohio CPAs 2025",
        sponsor="Buckeye State Society of CPAs",
        date="2025-12-09",
        hours=3.0,
        field="Regulatory Ethics",
        number=None,
        method=GIB,
    ),
    Certificate(
        "conference_sessions_table_heading_title",
        """
# 2025 Rocky Mountain Tax Institute
Certificate of Attendance

Attendee: Megan O'Connell
Sponsor: Front Range Society of CPAs
Conference Dates: October 6-8, 2025
Location: Colorado Convention Center, 700 14th Street, Denver, CO 80202

Date          Session                                  CPE
10/06/2025    Federal Tax Update                       4.0
10/06/2025    Partnership Allocations                  2.0
10/07/2025    State and Local Tax Nexus                3.0
10/08/2025    Tax Practice Ethics                      2.0

Total CPE Credits Earned: 11.0
Fields of Study: Taxes, Regulatory Ethics
Delivery Method: Group Live
""",
        title="2025 Rocky Mountain Tax Institute",
        sponsor="Front Range Society of CPAs",
        date="2025-10-08",
        hours=11.0,
        field="Taxes, Regulatory Ethics",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "nano_footer_address_and_phone",
        """
Nano-Learning Certificate of Completion

Awarded to: Priya Raman
Course: Lease Modifications in 10 Minutes
Date of completion: 2025-09-03
CPE Credit: 0.2
Field of Study: Acctg
Delivery Method: Nano-learning

~ QuickStudy CPE, 1200 Market Street, Suite 400, Philadelphia, PA 19107 | (215) 555-0142 \
| NASBA Sponsor ID 151212
""",
        title="Lease Modifications in 10 Minutes",
        sponsor="QuickStudy CPE",
        date="2025-09-03",
        hours=0.2,
        field="Accounting",
        number=None,
        method=NANO,
    ),
    Certificate(
        "university_term_range_ceus_beside_hours",
        """
# Northfield State University
# School of Professional and Continuing Studies

> certifies that
> Anthony Russo
> has completed the continuing education course

Advanced Governmental Auditing

Course Number: ACCT 5120
Term: Fall 2025 (September 8 - November 14, 2025)
Continuing Education Units: 2.4 CEU
CPE Hours: 24
Field of Study: Auditing (Gov't)
Format: Instructor-led online (synchronous)
Certificate No.: NSU-CE-88412
""",
        title="Advanced Governmental Auditing",
        sponsor="Northfield State University",
        date="2025-11-14",
        hours=24.0,
        field="Auditing (Governmental)",
        number="NSU-CE-88412",
        method=GIB,
    ),
    Certificate(
        "firm_in_house_employee_id_virtual_classroom",
        """
Harrow & Vance LLP
National Professional Education

CPE CERTIFICATE OF COMPLETION

Name: Kimberly Osei                    Employee ID: 00451287
Office: Chicago                        Service Line: Audit & Assurance

Course Title: Audit Data Analytics - Journal Entry Testing
Course Code: AUD-4471-V
Completion Date: 14 Oct 2025
CPE Hours: 16.0
Field of Study: Auditing
Learning Type: Virtual classroom

~ Harrow & Vance LLP is registered with the National Association of State Boards of \
Accountancy (NASBA) as a sponsor of continuing professional education on the National \
Registry of CPE Sponsors. Sponsor ID 103012.
""",
        title="Audit Data Analytics - Journal Entry Testing",
        sponsor="Harrow & Vance LLP",
        date="2025-10-14",
        hours=16.0,
        field="Auditing",
        number=None,
        method=GIB,
    ),
    Certificate(
        "state_board_ethics_day_of_month",
        """
# CERTIFICATE OF COMPLETION

> Golden Gate Ethics Institute
> hereby certifies that
> Teresa Vasquez, CPA (License No. 87412)
> completed the California Board of Accountancy approved course
> Regulatory Review for California CPAs
> on this 5th day of December, 2025

Credit: 2 hours
Field of Study: Regulatory Ethics
Delivery: Self-paced online
Instructor: Margaret Ellison, CPA
Certificate ID: GGEI-RR-20251205-0147
""",
        title="Regulatory Review for California CPAs",
        sponsor="Golden Gate Ethics Institute",
        date="2025-12-05",
        hours=2.0,
        field="Regulatory Ethics",
        number="GGEI-RR-20251205-0147",
        method=QAS,
    ),
    Certificate(
        "registry_and_state_sponsor_numbers_fifty_minute_hour",
        """
# Lone Star Tax Seminars, Inc.
Certificate of Completion

This is to certify that Carlos Mendoza attended the live seminar

S Corporation Basis and Distributions

Date: Thursday, November 6, 2025
Location: Houston, Texas
CPE Credits: 8.0 (based on a 50-minute hour)
Field of Study: Taxes
Certificate Number: 2025-118893

~ Lone Star Tax Seminars, Inc. is registered with the National Association of State Boards \
of Accountancy (NASBA) as a sponsor of continuing professional education on the National \
Registry of CPE Sponsors, Sponsor ID 112358. Texas State Board of Public Accountancy CPE \
Sponsor No. 009876.
""",
        title="S Corporation Basis and Distributions",
        sponsor="Lone Star Tax Seminars, Inc.",
        date="2025-11-06",
        hours=8.0,
        field="Taxes",
        number="2025-118893",
        method=LIVE,
    ),
    Certificate(
        "email_receipt_webinar",
        """
From: CPE Team <certificates@ledgerwisecpe.example>
Subject: Your CPE Certificate - Inventory Costing Under ASC 330

Hi Jordan,

Thanks for joining our live webinar on Tuesday. Your attendance has been verified and your \
certificate details are below.

Webinar: Inventory Costing Under ASC 330
Date: 09/16/2025
Duration: 100 minutes
CPE Credits: 2.0
Field of Study: Accounting
Certificate #: LW-0916-20931

LedgerWise CPE | NASBA Sponsor #146720 | 888-555-0199
""",
        title="Inventory Costing Under ASC 330",
        sponsor="LedgerWise CPE",
        date="2025-09-16",
        hours=2.0,
        field="Accounting",
        number="LW-0916-20931",
        method=GIB,
    ),
    Certificate(
        "right_aligned_values_form_with_licensee",
        """
# CERTIFICATE OF CPE CREDIT

Licensee                                          Samantha Brooks, CPA
Course                        Not-for-Profit Revenue: Contributions vs. Exchanges
Provider                                            Keystone Nonprofit Academy
Date                                                             March 3, 2025
Credit Hours                                                               3.0
Subject Area                                                        Accounting
Method                                                       Online self-study
""",
        title="Not-for-Profit Revenue: Contributions vs. Exchanges",
        sponsor="Keystone Nonprofit Academy",
        date="2025-03-03",
        hours=3.0,
        field="Accounting",
        number=None,
        method=QAS,
    ),
    Certificate(
        "lms_export_timestamp_learner_id",
        """
CPE Completion Record

Learner Name: Olivia Chen
Learner ID: 7730215
Course: Excel Dynamic Arrays for Finance Pros
Course ID: XL-DA-301
Provider: SkillBridge Accounting Academy
Completed: 2025-08-21T15:42:07Z
Credits Earned: 1.5 CPE credits
Field of Study: Computer Software & Apps
Delivery: On-demand video (QAS Self-Study)
Certificate Code: SBA-XL-7730215-0821
""",
        title="Excel Dynamic Arrays for Finance Pros",
        sponsor="SkillBridge Accounting Academy",
        date="2025-08-21",
        hours=1.5,
        field="Computer Software & Applications",
        number="SBA-XL-7730215-0821",
        method=QAS,
    ),
    Certificate(
        "participant_and_date_side_by_side",
        """
# Certificate of Completion

Presented to: Ana Souza                          Date: October 14, 2025

for successful completion of

Fraud Schemes in Payroll and Procurement

Sponsored by: Sentinel Forensic Training Group          CPE Credits: 4.0
Field of Study: Auditing                                Delivery Method: In person
Program Level: Basic                                    Prerequisites: None
Instructor: Linda Marsh, CPA, CFE
""",
        title="Fraud Schemes in Payroll and Procurement",
        sponsor="Sentinel Forensic Training Group",
        date="2025-10-14",
        hours=4.0,
        field="Auditing",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "webcast_dotted_date_minutes_attended",
        """
WEBCAST CERTIFICATE

Name of Attendee: Robert Kowalski
Webcast: Single Audit Compliance Supplement 2025 Update
Presented by: Great Lakes Government Finance Institute
Air date: 10.22.2025
Minutes attended: 110
CPE awarded: 2.0 hours
Field of Study: Auditing (Governmental)
Polling questions answered: 6 of 6
""",
        title="Single Audit Compliance Supplement 2025 Update",
        sponsor="Great Lakes Government Finance Institute",
        date="2025-10-22",
        hours=2.0,
        field="Auditing (Governmental)",
        number=None,
        method=GIB,
    ),
    Certificate(
        "live_streamed_format",
        """
# Certificate of Attendance

Attendee: Hannah Lee
Program: Washington State Tax Update
Sponsor: Cascadia Society of CPAs
Date: January 22, 2026
CPE Credits: 8.0
Field of Study: Taxes
Format: Live-streamed
""",
        title="Washington State Tax Update",
        sponsor="Cascadia Society of CPAs",
        date="2026-01-22",
        hours=8.0,
        field="Taxes",
        number=None,
        method=GIB,
    ),
    Certificate(
        "self_study_exam_score_sponsor_address_and_phone",
        """
# CERTIFICATE OF COMPLETION
> QAS self-study

Participant: William Tran
Course: Understanding the New Single Audit Compliance Supplement
Final exam score: 85%
Date of completion: June 30, 2025
Recommended CPE credit: 5.0
Field of study: Auditing (Governmental)
Delivery method: QAS Self-study
Sponsor: Canyon Audit Academy
Sponsor address: 410 Desert Ridge Drive, Suite 12, Tucson, AZ 85701
Sponsor phone: (520) 555-0117
Certificate number: CAA-SS-063025-41
""",
        title="Understanding the New Single Audit Compliance Supplement",
        sponsor="Canyon Audit Academy",
        date="2025-06-30",
        hours=5.0,
        field="Auditing (Governmental)",
        number="CAA-SS-063025-41",
        method=QAS,
    ),
    Certificate(
        "summit_cross_month_range_credits_by_field",
        """
# SOUTHEAST ACCOUNTING LEADERSHIP SUMMIT
Certificate of Attendance

Awarded to Jamal Whitaker
Oct. 30 - Nov. 1, 2025  |  Savannah, Georgia

CPE credits earned by field of study
Accounting ............................ 6.0
Business Management & Organization .... 4.5
Personal Development .................. 5.0
Taxes ................................. 3.0
Total ................................. 18.5

Presented by the Peach State Society of CPAs, NASBA Sponsor #103322
Instructional method: Group Live
""",
        title="SOUTHEAST ACCOUNTING LEADERSHIP SUMMIT",
        sponsor="Peach State Society of CPAs",
        date="2025-11-01",
        hours=18.5,
        field=None,
        number=None,
        method=LIVE,
    ),
    Certificate(
        "dotted_leaders_hours_earned_nasba_field",
        """
STATEMENT OF CONTINUING PROFESSIONAL EDUCATION

Participant ............ Laura Jimenez
Course ................. Fundamentals of Trust Accounting (Fiduciary Income Tax)
Sponsor ................ Heritage Estate Planning Council
Date(s) ................ 04/28/2025 - 04/29/2025
CPE Hours Earned ....... 2
NASBA Field ............ Taxes
Instructional Format ... Group-Live
""",
        title="Fundamentals of Trust Accounting (Fiduciary Income Tax)",
        sponsor="Heritage Estate Planning Council",
        date="2025-04-29",
        hours=2.0,
        field="Taxes",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "webinar_times_beside_date_sponsor_at_foot",
        """
# Certificate of Attendance
> Rachel Adams
> attended the live webinar
> "Individual Tax Provisions of the 2025 Reconciliation Act"
> Wed, Feb 11, 2026, 1:00 PM - 2:40 PM ET
> and is awarded 2.0 CPE credits in Taxes

Tri-County CPA Education Foundation
Certificate ID: 7Q4M-2K9P
""",
        title="Individual Tax Provisions of the 2025 Reconciliation Act",
        sponsor="Tri-County CPA Education Foundation",
        date="2026-02-11",
        hours=2.0,
        field="Taxes",
        number="7Q4M-2K9P",
        method=GIB,
    ),
    Certificate(
        "license_instructor_and_sponsor_id_near_fields",
        """
# CERTIFICATE OF COMPLETION

Attendee Name:      Michael J. Fitzgerald
CPA License #:      CPA-0123456 (IL)
Seminar:            Construction Contractor Accounting and Auditing
Instructor:         Dr. Alan Pierce, CPA, CFE
Sponsor:            Prairie State Seminars LLC
Location:           Springfield, IL
Date:               September 24, 2025
Credits:            8
Field of Study:     Acctg & Auditing
Delivery Method:    Group Live
Sponsor ID:         #107231
""",
        title="Construction Contractor Accounting and Auditing",
        sponsor="Prairie State Seminars LLC",
        date="2025-09-24",
        hours=8.0,
        field="Acctg & Auditing",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "firm_certifies_title_with_parenthesis",
        """
Certificate of Completion

Fairhaven Sterling LLP certifies that

Nicholas Grant

has completed

Tax Provision (ASC 740) Interim Reporting

Completion date:      January 9, 2026
CPE credits:          2.5
Field of study:       Taxes
Delivery method:      Group Internet Based
NASBA sponsor ID:     103005
QAS sponsor ID:       103005
""",
        title="Tax Provision (ASC 740) Interim Reporting",
        sponsor="Fairhaven Sterling LLP",
        date="2026-01-09",
        hours=2.5,
        field="Taxes",
        number=None,
        method=GIB,
    ),
    Certificate(
        "number_in_heading_specialized_knowledge_and_applications",
        """
# Certificate of Completion
# No. 2025-SK-004417

> Emerald City Learning certifies that Jasmine Patel has completed the self-paced course
> Cannabis Business Tax and Accounting Issues
> Completed on 2025/12/01

Credits: 3.0
Field of study: Specialized Knowledge & Applications
""",
        title="Cannabis Business Tax and Accounting Issues",
        sponsor="Emerald City Learning",
        date="2025-12-01",
        hours=3.0,
        field="Specialized Knowledge",
        number="2025-SK-004417",
        method=QAS,
    ),
    Certificate(
        "ascii_grid_table",
        """
CERTIFICATE OF COMPLETION

+-----------------+--------------------------------------------+
| Participant     | Rosa Delgado                               |
| Course          | GAAP Update for Small Businesses           |
| Provider        | Bayside CPE Collaborative                  |
| Completed       | 02/27/2026                                 |
| CPE Credits     | 4.0                                        |
| Field of Study  | Accounting                                 |
| Delivery        | Group Internet Based                       |
| Certificate ID  | BCC-26-0227-114                            |
+-----------------+--------------------------------------------+
""",
        title="GAAP Update for Small Businesses",
        sponsor="Bayside CPE Collaborative",
        date="2026-02-27",
        hours=4.0,
        field="Accounting",
        number="BCC-26-0227-114",
        method=GIB,
    ),
    Certificate(
        "blended_bare_certificate_label",
        """
# Certificate of Completion
Program: Certificate in Data Analytics for Accountants (Module 2)
Format: Blended learning - self-study modules and a live virtual workshop
Completed: 5/16/2025
CPE: 12.0 hours
Field of Study: Information Technology
Provider: Crescent Analytics Institute
Certificate: CAI-DA2-00981
""",
        title="Certificate in Data Analytics for Accountants (Module 2)",
        sponsor="Crescent Analytics Institute",
        date="2025-05-16",
        hours=12.0,
        field="Information Technology",
        number="CAI-DA2-00981",
        method=BLENDED,
    ),
    Certificate(
        "letterhead_phone_and_web_line",
        """
KEYSTONE CPE NETWORK
1-800-555-0163 | www.keystonecpe.example

Certificate of Completion

Name: Evelyn Park
Title: Form 990 Preparation: Schedules A through R
Date: 07/15/2025
Credits: 1.5 CPE credits
Field of Study: Taxes
Type: Webinar (live)
""",
        title="Form 990 Preparation: Schedules A through R",
        sponsor="KEYSTONE CPE NETWORK",
        date="2025-07-15",
        hours=1.5,
        field="Taxes",
        number=None,
        method=GIB,
    ),
    Certificate(
        "registry_number_in_the_certifying_sentence",
        """
# Certificate of Completion
> Harborline Learning (NASBA Sponsor 109234) certifies that
> Grace Okonkwo
> completed Forecasting Cash Needs in a High-Rate Environment
> on 2025-05-14 and earned three (3) CPE credits
> in the field of Finance via live online instruction.
""",
        title="Forecasting Cash Needs in a High-Rate Environment",
        sponsor="Harborline Learning",
        date="2025-05-14",
        hours=3.0,
        field="Finance",
        number=None,
        method=GIB,
    ),
    Certificate(
        "boot_camp_heading_range_on_one_line",
        """
# Governmental Accounting Boot Camp
# Certificate of Completion
> awarded to
> Steven Nakamura
> March 10-12, 2026 | Sacramento, CA | 24 CPE credits

Field of Study: Accounting (Governmental) 16.0, Auditing (Governmental) 8.0
Sponsor: Capitol Public Finance Institute
Delivery: In-person
""",
        title="Governmental Accounting Boot Camp",
        sponsor="Capitol Public Finance Institute",
        date="2026-03-12",
        hours=24.0,
        field="Accounting (Governmental) 16.0, Auditing (Governmental) 8.0",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "abbreviated_field_cert_hash",
        """
Certificate of Completion
Course: Leading Hybrid Teams
Sponsor: Northstar Leadership Institute
Date Completed: 11/03/2025
CPE: 1.0
FOS: Bus Mgmt & Org
Delivery: Group Internet Based
Cert #: NLI-110325-882
""",
        title="Leading Hybrid Teams",
        sponsor="Northstar Leadership Institute",
        date="2025-11-03",
        hours=1.0,
        field="Business Management & Organization",
        number="NLI-110325-882",
        method=GIB,
    ),
    Certificate(
        "credits_label_holds_the_field",
        """
# Certificate of Completion

Participant: Diego Fernandez
Course: Multistate Payroll Withholding
Provider: Payroll Compliance Academy
Date: 03-Mar-25
CPE Credits: Taxes 4.0
Delivery Method: Webinar
Certificate No: PCA-2503-3318
""",
        title="Multistate Payroll Withholding",
        sponsor="Payroll Compliance Academy",
        date="2025-03-03",
        hours=4.0,
        field="Taxes",
        number="PCA-2503-3318",
        method=GIB,
    ),
    Certificate(
        "from_to_dates_in_person_venue",
        """
# Certificate of Attendance

This certifies that Kevin Larsen, CPA attended the in-person program
Not-for-Profit Accounting and Auditing Conference
from 06/02/2025 to 06/04/2025 at the Marriott Downtown, 1 Market Plaza, San Francisco.

Sponsor: Bay Area Nonprofit Finance Council
Total CPE Hours: 21.5
Field of Study: Acctg & Auditing
Certificate #: BANFC-2025-0318
""",
        title="Not-for-Profit Accounting and Auditing Conference",
        sponsor="Bay Area Nonprofit Finance Council",
        date="2025-06-04",
        hours=21.5,
        field="Acctg & Auditing",
        number="BANFC-2025-0318",
        method=LIVE,
    ),
    Certificate(
        "on_demand_course_completion_day_first_words",
        """
# CERTIFICATE OF COMPLETION
> Westfield Financial Training, registered with NASBA as a QAS Self Study sponsor
> (Sponsor ID 119876), certifies that

Laila Hassan

has completed the on-demand course

Budgeting and Forecasting Best Practices

Completed on: Monday, 9 June 2025
CPE: 2 credits (100 minutes)
Field of study: Finance
""",
        title="Budgeting and Forecasting Best Practices",
        sponsor="Westfield Financial Training",
        date="2025-06-09",
        hours=2.0,
        field="Finance",
        number=None,
        method=QAS,
    ),
    Certificate(
        "virtual_classroom_behavioral_ethics_order_number",
        """
# Certificate of Completion

Name: Grace Holloway
Course: Ethical Decision-Making in Public Practice
Course Date: 11/18/2025
Provider: Mariner CPE Institute
Order Number: 448812
CPE Credits: 4
Field of Study: Ethics - Behavioral
Delivery Method: Virtual classroom
""",
        title="Ethical Decision-Making in Public Practice",
        sponsor="Mariner CPE Institute",
        date="2025-11-18",
        hours=4.0,
        field="Behavioral Ethics",
        number=None,
        method=GIB,
    ),
    # Second batch, written after the rules for the first were in.
    Certificate(
        "irs_and_ctec_numbers_with_ptin",
        """
# Certificate of Completion

Participant Name: Marcus Bell, EA
PTIN: P01234567
IRS Program Number: K7T3Q-T-00412-25-S
CTEC Course Number: 6215-CE-0188
Program Title: Depreciation and Section 179 After the 2025 Act
Completion Date: 11/03/2025 10:32:11 AM
IRS CE Credits: 2
CPE Credits: 2.4
NASBA Field of Study: Taxes
Delivery Method: QAS Self-Study
Provider: Sequoia Tax Education
""",
        title="Depreciation and Section 179 After the 2025 Act",
        sponsor="Sequoia Tax Education",
        date="2025-11-03",
        hours=2.4,
        field="Taxes",
        number=None,
        method=QAS,
    ),
    Certificate(
        "sponsor_label_runs_into_its_address",
        """
# CERTIFICATE OF COMPLETION

Name: Sophie Turner
Course: Audit Evidence Under SAS 142
Provider: Lakeshore Professional Education, 3005 Highland Parkway, Downers Grove, IL 60515
Completion Date: 09/30/2025
CPE Credit: 3.0
Field of Study: Auditing
Delivery Method: Group Internet Based
Certificate #: LPE-93025-4471
""",
        title="Audit Evidence Under SAS 142",
        sponsor="Lakeshore Professional Education",
        date="2025-09-30",
        hours=3.0,
        field="Auditing",
        number="LPE-93025-4471",
        method=GIB,
    ),
    Certificate(
        "captions_under_their_values",
        """
# Certificate of Completion
> This certifies that
> Helen Marsh
> has completed
> Forensic Accounting for Divorce Engagements

______________________          ______________          ______________
August 14, 2025                 6.0                     Group Live
Date                            CPE Credits             Delivery Method

Sponsored by Riverbend Forensic Academy
""",
        title="Forensic Accounting for Divorce Engagements",
        sponsor="Riverbend Forensic Academy",
        date="2025-08-14",
        hours=6.0,
        field=None,
        number=None,
        method=LIVE,
    ),
    Certificate(
        "table_title_cell_wraps_to_a_second_line",
        """
# Certificate of Completion
> Awarded to Julia Romero

Course Title                            Date Completed    CPE Hours    Field of Study
Revenue Recognition for Software        03/14/2025        2.0          Accounting
and SaaS Companies

Provider: Cloudline CPE
Delivery Method: Group Internet Based
""",
        title="Revenue Recognition for Software and SaaS Companies",
        sponsor="Cloudline CPE",
        date="2025-03-14",
        hours=2.0,
        field="Accounting",
        number=None,
        method=GIB,
    ),
    Certificate(
        "two_day_and_range_conference",
        """
# Certificate of Attendance

Attendee: Peter Vaughn, CPA
Event: Great Plains Accounting and Auditing Conference
Event Dates: November 3 & 4, 2025
Location: Omaha, Nebraska
Sponsor: Great Plains Society of CPAs
CPE Credits: 16.0
Field of Study: Accounting (8.0), Auditing (8.0)
Delivery: Conference (in-person)
""",
        title="Great Plains Accounting and Auditing Conference",
        sponsor="Great Plains Society of CPAs",
        date="2025-11-04",
        hours=16.0,
        field="Accounting (8.0), Auditing (8.0)",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "learning_activity_and_credential_id",
        """
CERTIFICATE OF COMPLETION

Learner: Tomas Novak
Learning Activity: Data Visualization with Tableau for Auditors
Organization: Insight Audit Analytics
Date Completed: Nov 3rd 2025
CPE Hours: 1.5
Field of Study: Computer Software & Applications
Delivery Type: Group Internet Based
Credential ID: 8A7F2C19
""",
        title="Data Visualization with Tableau for Auditors",
        sponsor="Insight Audit Analytics",
        date="2025-11-03",
        hours=1.5,
        field="Computer Software & Applications",
        number="8A7F2C19",
        method=GIB,
    ),
    Certificate(
        "number_on_the_letterhead_line",
        """
Meridian CPE Partners                                   Certificate #: MCP-251104-07

CERTIFICATE OF COMPLETION

This is to certify that Aaron Blackwell has completed the course below.

Course: Preparing Form 1065 for Complex Partnerships
Date: 11/04/2025
Credits: 8 hrs
Field of Study: Taxes
Format: Group-Live (Virtual)
""",
        title="Preparing Form 1065 for Complex Partnerships",
        sponsor="Meridian CPE Partners",
        date="2025-11-04",
        hours=8.0,
        field="Taxes",
        number="MCP-251104-07",
        method=GIB,
    ),
    Certificate(
        "dated_this_day_without_comma",
        """
# Certificate of Completion

> Be it known that
> Lauren Price
> has satisfactorily completed the self-study program
> Governmental Fund Accounting Basics
> for 4 hours of continuing professional education credit
> in Accounting (Governmental).
> Dated this 3rd day of November 2025.

Summit Public Sector Training
""",
        title="Governmental Fund Accounting Basics",
        sponsor="Summit Public Sector Training",
        date="2025-11-03",
        hours=4.0,
        field="Accounting (Governmental)",
        number=None,
        method=QAS,
    ),
    Certificate(
        "webinar_platform_email_credits_with_field_in_brackets",
        """
Subject: Certificate of completion

Hello Kavya,

Congratulations! You have earned credit for the live webinar Leases: Remeasurement and \
Modifications, held on 10/29/2025.

Credits earned: 1 (Accounting)
Credit type: CPE
Certificate number: 20251029-31877

Questions? Contact Ledger Labs Learning at support@ledgerlabs.example.
""",
        title="Leases: Remeasurement and Modifications",
        sponsor="Ledger Labs Learning",
        date="2025-10-29",
        hours=1.0,
        field="Accounting",
        number="20251029-31877",
        method=GIB,
    ),
    Certificate(
        "instructors_listed_beside_sponsor",
        """
# CERTIFICATE OF ATTENDANCE

Seminar Title: Mergers and Acquisitions Due Diligence
Instructors: Rebecca Stone, CPA; David Kim, CFA
Sponsor: Harbor Point Seminars, LLC
Seminar Date: 10/21/2025
Hours of CPE Credit: 8.0
Field of Study: Finance
Method of Presentation: Group Live
Program Level: Advanced
Prerequisites: Experience in transaction services
""",
        title="Mergers and Acquisitions Due Diligence",
        sponsor="Harbor Point Seminars, LLC",
        date="2025-10-21",
        hours=8.0,
        field="Finance",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "all_caps_labels_and_half_credit_in_words",
        """
CPE CERTIFICATE

PARTICIPANT: NOAH FISCHER
COURSE NAME: WORKPAPER DOCUMENTATION STANDARDS
SPONSOR NAME: CLEARVIEW AUDIT INSTITUTE
DATE OF COMPLETION: 2025-10-07
CPE CREDIT HOURS: 1.5 (ONE AND ONE-HALF)
FIELD OF STUDY: AUDITING
DELIVERY METHOD: SELF STUDY
CERTIFICATE NUMBER: CAI-1007-2291
""",
        title="WORKPAPER DOCUMENTATION STANDARDS",
        sponsor="CLEARVIEW AUDIT INSTITUTE",
        date="2025-10-07",
        hours=1.5,
        field="Auditing",
        number="CAI-1007-2291",
        method=QAS,
    ),
    Certificate(
        "labels_right_of_a_wide_left_column",
        """
# CERTIFICATE OF COMPLETION

Awarded to                 Nadia Karimi
for completing             Internal Control Design for Startups
on                         October 2, 2025
from                       Foundry Startup Finance Academy

CPE Credits   2.0          Field of Study   Auditing          Delivery   Webinar
""",
        title="Internal Control Design for Startups",
        sponsor="Foundry Startup Finance Academy",
        date="2025-10-02",
        hours=2.0,
        field="Auditing",
        number=None,
        method=GIB,
    ),
    Certificate(
        "ethics_course_state_board_number_not_certificate",
        """
# Texas Ethics for CPAs
Certificate of Completion

Participant: Olivia Grant
License Number: 098765
Sponsor: Lone Oak Ethics Academy (TSBPA Sponsor No. 012345)
Course Number: TXE-2025
Completion Date: 12/01/2025
CPE Hours: 4.0
Field of Study: Regulatory Ethics
Delivery Method: Self-study
""",
        title="Texas Ethics for CPAs",
        sponsor="Lone Oak Ethics Academy",
        date="2025-12-01",
        hours=4.0,
        field="Regulatory Ethics",
        number=None,
        method=QAS,
    ),
    Certificate(
        "completion_then_issue_date_generated",
        """
Certificate of Completion

Cedar Ridge Learning certifies that Brandon Hughes completed
Fraud Risk in Nonprofit Organizations

Completed: 2025-11-28
Certificate generated on 2025-12-01
CPE credit: 2.0
Field of study: Auditing
Delivery: On-demand
Certificate ID: CRL-112825-4400
""",
        title="Fraud Risk in Nonprofit Organizations",
        sponsor="Cedar Ridge Learning",
        date="2025-11-28",
        hours=2.0,
        field="Auditing",
        number="CRL-112825-4400",
        method=QAS,
    ),
    # Third batch: separators, list markers, label wordings and sentences not seen above.
    Certificate(
        "dash_separated_labels",
        """
CERTIFICATE OF COMPLETION

Participant - Hector Alvarez
Course - Understanding Form 1120-S
Sponsor - Red Rock Tax Academy
Date Completed - 10/09/2025
CPE Credits - 2.0
Field of Study - Taxes
Delivery Method - Group Internet Based
""",
        title="Understanding Form 1120-S",
        sponsor="Red Rock Tax Academy",
        date="2025-10-09",
        hours=2.0,
        field="Taxes",
        number=None,
        method=GIB,
    ),
    Certificate(
        "pipe_separated_label_and_value",
        """
Certificate of Completion

Participant | Laura Chen
Program | Fraud Examination Essentials
Provider | Southwest Fraud Institute
Date | 2025-09-18
CPE | 4.0
Field | Auditing
Format | Live virtual
""",
        title="Fraud Examination Essentials",
        sponsor="Southwest Fraud Institute",
        date="2025-09-18",
        hours=4.0,
        field="Auditing",
        number=None,
        method=GIB,
    ),
    Certificate(
        "training_record_contact_hours_and_tracking_number",
        """
# Certificate of Participation

Name: Dominic Ruiz
Training Title: Internal Audit in Healthcare Organizations
Training Provider: Meridian Health Audit Network
Start Date: 08/20/2025
End Date: 08/22/2025
Contact Hours: 12.0
Competency Area: Auditing
Mode: Classroom
Tracking Number: MHAN-0822-1193
""",
        title="Internal Audit in Healthcare Organizations",
        sponsor="Meridian Health Audit Network",
        date="2025-08-22",
        hours=12.0,
        field="Auditing",
        number="MHAN-0822-1193",
        method=LIVE,
    ),
    Certificate(
        "presents_this_certificate_month_dash_date",
        """
# Redstone CPE Institute
> presents this certificate to
> Ivan Petrov
> for satisfactorily completing the course
> Cost Segregation Studies for Real Estate Owners
> Delivered on: Nov-03-2025
> 3.0 CPE Credits | Taxes | QAS Self Study
""",
        title="Cost Segregation Studies for Real Estate Owners",
        sponsor="Redstone CPE Institute",
        date="2025-11-03",
        hours=3.0,
        field="Taxes",
        number=None,
        method=QAS,
    ),
    Certificate(
        "module_subject_and_reference_labels",
        """
Certificate of Completion

Module: Fixed Asset Accounting Essentials
Offering: On-demand e-learning (QAS Self Study)
Provided through: Pinnacle Accounting Academy
Date Awarded: 14 November 2025
Course Credits: 1.8
Subject: Accounting
Reference No.: PAA-0041-1125
""",
        title="Fixed Asset Accounting Essentials",
        sponsor="Pinnacle Accounting Academy",
        date="2025-11-14",
        hours=1.8,
        field="Accounting",
        number="PAA-0041-1125",
        method=QAS,
    ),
    Certificate(
        "recognizes_for_passing_the_final_examination",
        """
# Certificate of Achievement
> Brightwater Learning recognizes
> Emma Lindgren
> for passing the final examination of
> Nonprofit Tax Compliance: Form 990 and UBIT
> Exam passed: 2025-10-15  |  Score: 92%
> CPE: 6.0 credits in Taxes  |  Delivery: Self-Study
""",
        title="Nonprofit Tax Compliance: Form 990 and UBIT",
        sponsor="Brightwater Learning",
        date="2025-10-15",
        hours=6.0,
        field="Taxes",
        number=None,
        method=QAS,
    ),
    Certificate(
        "credits_by_day_table_with_total_row",
        """
Conference Name: 2025 Pacific Northwest Governmental Finance Conference
Organizer: Cascade Government Finance Officers
Dates: 09/08/2025 - 09/10/2025

Day            CPE
Monday         8.0
Tuesday        8.0
Wednesday      4.0
Total CPE      20.0

Field of Study: Accounting (Governmental)
Format: In-person conference
""",
        title="2025 Pacific Northwest Governmental Finance Conference",
        sponsor="Cascade Government Finance Officers",
        date="2025-09-10",
        hours=20.0,
        field="Accounting (Governmental)",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "awarded_on_date_before_name_and_tracking_hash",
        """
# Certificate of Completion
> Awarded on December 2, 2025 to
> Rahul Mehta
> for the webinar "Audit Quality Management Under SQMS 1"
> CPE Units: 1.0
> Category: Auditing
> Certificate Tracking #: 2025-AQM-7781
> Hosted by Sterling Quality Institute
""",
        title="Audit Quality Management Under SQMS 1",
        sponsor="Sterling Quality Institute",
        date="2025-12-02",
        hours=1.0,
        field="Auditing",
        number="2025-AQM-7781",
        method=GIB,
    ),
    Certificate(
        "label_above_value_in_two_columns",
        """
# Certificate of Completion

PARTICIPANT                          COURSE
Gabriel Santos                       Auditing Employee Benefit Plans

COMPLETION DATE                      CPE CREDITS
June 18, 2025                        8.0

FIELD OF STUDY                       DELIVERY METHOD
Auditing                             Group Live

SPONSOR                              CERTIFICATE NO.
Benefit Plan Audit Academy           BPAA-0618-25
""",
        title="Auditing Employee Benefit Plans",
        sponsor="Benefit Plan Audit Academy",
        date="2025-06-18",
        hours=8.0,
        field="Auditing",
        number="BPAA-0618-25",
        method=LIVE,
    ),
    Certificate(
        "numbered_list_of_labels",
        """
Statement of CPE Credit

1. Participant: Wei Zhang
2. Course: Crypto Asset Tax Reporting
3. Provider: Blockledger Education
4. Date of completion: 10/01/2025
5. Credits: 2.0
6. Field of study: Taxes
7. Delivery method: Group internet-based
""",
        title="Crypto Asset Tax Reporting",
        sponsor="Blockledger Education",
        date="2025-10-01",
        hours=2.0,
        field="Taxes",
        number=None,
        method=GIB,
    ),
    Certificate(
        "asterisk_bullets_and_dash_separators",
        """
Certificate of Completion

* Course - Advanced Excel Modeling for Controllers
* Sponsor - Quantify Training Co.
* Completed - 07/07/2025
* CPE - 4
* Field - Computer Software & Applications
* Format - Self-paced
""",
        title="Advanced Excel Modeling for Controllers",
        sponsor="Quantify Training Co.",
        date="2025-07-07",
        hours=4.0,
        field="Computer Software & Applications",
        number=None,
        method=QAS,
    ),
    Certificate(
        "markdown_table_with_field_and_value_header",
        """
Your certificate of completion

| Field            | Value                                   |
|------------------|-----------------------------------------|
| Course           | Segment Reporting Under ASU 2023-07     |
| Provider         | Northline Reporting Academy             |
| Completion date  | 2025-11-12                              |
| CPE credits      | 1.5                                     |
| Field of study   | Accounting                              |
| Delivery method  | Group Internet Based                    |
| Certificate ID   | NRA-1112-3345                           |
""",
        title="Segment Reporting Under ASU 2023-07",
        sponsor="Northline Reporting Academy",
        date="2025-11-12",
        hours=1.5,
        field="Accounting",
        number="NRA-1112-3345",
        method=GIB,
    ),
    Certificate(
        "one_sentence_with_bracketed_credit_details",
        """
# Certificate of Completion

Jordan Miles completed "Sales Tax Nexus After Wayfair" (2 CPE credits, Taxes, Group \
Internet Based) on 10/10/2025.

Cert. #: ST-101025-88 | Provided by Nexus Tax Institute | NASBA #138877
""",
        title="Sales Tax Nexus After Wayfair",
        sponsor="Nexus Tax Institute",
        date="2025-10-10",
        hours=2.0,
        field="Taxes",
        number="ST-101025-88",
        method=GIB,
    ),
    # Fourth batch: check boxes, sample-form blanks, captions, signature blocks and more
    # sentence wordings.
    Certificate(
        "check_boxes_for_method_and_field",
        """
# CERTIFICATE OF COMPLETION

Sponsor Name: Heartland CPE Consortium
Participant's Name: Amanda Cole
Course Title: Single Audit Uniform Guidance Refresher
Date of Completion: 05/20/2025
CPE Credits: 4.0

Field of Study:   [ ] Accounting   [X] Auditing (Governmental)   [ ] Taxes
Delivery Method:  [ ] Group Live   [X] Group Internet Based   [ ] QAS Self Study

NASBA Sponsor Number: 118822
""",
        title="Single Audit Uniform Guidance Refresher",
        sponsor="Heartland CPE Consortium",
        date="2025-05-20",
        hours=4.0,
        field="Auditing (Governmental)",
        number=None,
        method=GIB,
    ),
    Certificate(
        "sample_form_with_underscored_values",
        """
CPE Certificate of Completion

Sponsor Name: __Prairie Wind Accounting Education__
Participant Name: __Jacob Lund__
Course Title: __Inventory Observation and Cutoff Testing__
Course Field of Study: __Auditing__
Date of Completion: __10/27/2025__
Number of CPE Credits: __3.0__
Instructional Delivery Method: __Group Live__
NASBA Sponsor Number: __109911__

Sponsor Representative Signature: ______________________
""",
        title="Inventory Observation and Cutoff Testing",
        sponsor="Prairie Wind Accounting Education",
        date="2025-10-27",
        hours=3.0,
        field="Auditing",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "title_and_sponsor_captions_under_lines",
        """
# CERTIFICATE OF COMPLETION

> Jessica Moreno

Ethics and Independence for Nonattest Services
______________________________________________
Course Title

Clearwater CPA Learning Center
______________________________________________
Sponsor

March 18, 2025                  2.0                       Regulatory Ethics
______________                  ______________            ______________
Date Completed                  CPE Credits               Field of Study
""",
        title="Ethics and Independence for Nonattest Services",
        sponsor="Clearwater CPA Learning Center",
        date="2025-03-18",
        hours=2.0,
        field="Regulatory Ethics",
        number=None,
        method=None,
    ),
    Certificate(
        "signature_block_names_the_sponsor",
        """
# Certificate of Completion
> This certifies that Marco Rossi has met the requirements for
> Fundamentals of Fraud Detection in Small Businesses
> Completed November 17, 2025 | 2.5 CPE Credits | Auditing | Self-study

______________________________
Karen Wells, Director of Education
Summit Learning Partners, LLC
""",
        title="Fundamentals of Fraud Detection in Small Businesses",
        sponsor="Summit Learning Partners, LLC",
        date="2025-11-17",
        hours=2.5,
        field="Auditing",
        number=None,
        method=QAS,
    ),
    Certificate(
        "long_centred_title_after_its_cue",
        """
# Certificate of Completion
> This is to certify that
> Anita Desai
> has successfully completed the program
> Navigating Revenue Recognition, Leases, and Credit Losses: A Practical Update for Private \
Company Controllers and Chief Financial Officers
> on September 9, 2025, earning 8.0 CPE credits in Accounting.
> Sponsored by Harborlight Accounting Institute.
""",
        title=(
            "Navigating Revenue Recognition, Leases, and Credit Losses: A Practical Update for"
            " Private Company Controllers and Chief Financial Officers"
        ),
        sponsor="Harborlight Accounting Institute",
        date="2025-09-09",
        hours=8.0,
        field="Accounting",
        number=None,
        method=None,
    ),
    Certificate(
        "completed_hours_of_cpe_in_the_course",
        """
Certificate of Completion

Peter Walsh, CPA, completed 4 hours of CPE in the course Multistate Income Tax Apportionment \
on 08/12/2025. The course was delivered as a live webinar by Midwest Tax Network.

Field of Study: Taxes
""",
        title="Multistate Income Tax Apportionment",
        sponsor="Midwest Tax Network",
        date="2025-08-12",
        hours=4.0,
        field="Taxes",
        number=None,
        method=GIB,
    ),
    Certificate(
        "field_with_code_prefix_and_sponsoring_firm",
        """
# CPE Attendance Certificate

Attendee: Ruth Okafor
Session Title: Partnership Audit Regime Elections
Sponsoring Firm: Baxter Lyle & Co. LLP
Session Date: 10/16/2025
CPE Credit: 1.5
Field of Study: TX - Taxes
Learning Format: Group Live
""",
        title="Partnership Audit Regime Elections",
        sponsor="Baxter Lyle & Co. LLP",
        date="2025-10-16",
        hours=1.5,
        field="Taxes",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "credit_line_with_field_in_parentheses_and_course_completed",
        """
# Certificate of Completion
Issued to: Caroline Hughes
Title: Preparing Statements of Cash Flows
Organization: Elmwood Reporting School
Course completed on: 2025-06-06
CPE Credits: 2.0 (Accounting)
Format: On demand
ID: ERS-060625-55
""",
        title="Preparing Statements of Cash Flows",
        sponsor="Elmwood Reporting School",
        date="2025-06-06",
        hours=2.0,
        field="Accounting",
        number="ERS-060625-55",
        method=QAS,
    ),
    Certificate(
        "course_completed_label_holds_the_title",
        """
CERTIFICATE OF CPE

Name: Victor Chen
Course Completed: Surviving a Sales Tax Audit
Date: 07/29/2025
Hours: 1.0
Provider: Ridgecrest Tax Learning
Field: Taxes
Method: Webinar
""",
        title="Surviving a Sales Tax Audit",
        sponsor="Ridgecrest Tax Learning",
        date="2025-07-29",
        hours=1.0,
        field="Taxes",
        number=None,
        method=GIB,
    ),
    Certificate(
        "two_dates_weekday_range",
        """
# Certificate of Attendance

This certifies that Naomi Fields attended the
Western Regional Audit Symposium
Monday, November 3, 2025 - Wednesday, November 5, 2025

CPE Credits: 22.0
Field of Study: Auditing
Delivery Method: Group Live
Sponsor: Western Regional Audit Forum
""",
        title="Western Regional Audit Symposium",
        sponsor="Western Regional Audit Forum",
        date="2025-11-05",
        hours=22.0,
        field="Auditing",
        number=None,
        method=LIVE,
    ),
    # Fifth batch: label qualifiers, a participant's job title, NASBA's abbreviations.
    Certificate(
        "plural_s_and_qualified_labels",
        """
# Certificate of Completion

Participant(s): Henry Adams
Course(s): Lease Accounting for Lessors
Sponsor(s): Granite Peak CPE
Date(s): 07/22/2025
Credit(s) (CPE): 2.0
Hour(s) (50-minute): 2.0
Field(s): Accounting
Format (delivery): Webinar
""",
        title="Lease Accounting for Lessors",
        sponsor="Granite Peak CPE",
        date="2025-07-22",
        hours=2.0,
        field="Accounting",
        number=None,
        method=GIB,
    ),
    Certificate(
        "participants_job_title_beside_the_course",
        """
CONTINUING EDUCATION CERTIFICATE

Employee Name: Priya Shah
Title: Senior Audit Associate
Department: Assurance Services

Course: Auditing Accounting Estimates Under SAS 143
Date Completed: 09/05/2025
CPE Credits: 2.5
Field of Study: Auditing
Delivery: GIB
Sponsor: Caldwell Morgan LLP
""",
        title="Auditing Accounting Estimates Under SAS 143",
        sponsor="Caldwell Morgan LLP",
        date="2025-09-05",
        hours=2.5,
        field="Auditing",
        number=None,
        method=GIB,
    ),
    Certificate(
        "nasba_method_abbreviations",
        """
Certificate of Completion

Program: Nonprofit Board Governance Essentials
Provider: Civic Boards Academy
Completed: 04/04/2025
CPE: 3.0
FOS: BMO
Method: GL
Certificate: CBA-0404-19
""",
        title="Nonprofit Board Governance Essentials",
        sponsor="Civic Boards Academy",
        date="2025-04-04",
        hours=3.0,
        field="Business Management & Organization",
        number="CBA-0404-19",
        method=LIVE,
    ),
    Certificate(
        "position_label_and_value_on_the_next_line_after_a_colon",
        """
# CERTIFICATE OF ATTENDANCE

Attendee:
Lucas Meyer
Position:
Tax Manager
Program Title:
Tax Accounting for Pass-Through Entities
Program Date:
June 12, 2025
CPE Hours:
4.0
Field of Study:
Taxes
Presented By:
Keystone Tax Forum
""",
        title="Tax Accounting for Pass-Through Entities",
        sponsor="Keystone Tax Forum",
        date="2025-06-12",
        hours=4.0,
        field="Taxes",
        number=None,
        method=None,
    ),
    # Sixth batch: compact tables and one-line records, copyright footers, big numbers
    # over their captions.
    Certificate(
        "compact_pipe_table_with_header_row",
        """
Certificate of Completion - Dana Whitfield

| Course                              | Completed  | CPE | Field of Study  | Format               |
| Employee Retention Credit Clean-Up  | 2025-08-08 | 1.5 | Taxes           | Group Internet Based |

Issued by Patriot Tax Seminars
""",
        title="Employee Retention Credit Clean-Up",
        sponsor="Patriot Tax Seminars",
        date="2025-08-08",
        hours=1.5,
        field="Taxes",
        number=None,
        method=GIB,
    ),
    Certificate(
        "single_spaced_pipe_table",
        """
CPE CERTIFICATE
| Course | Date | Credits | Field | Delivery |
| Fraud in Construction Contracts | 09/09/2025 | 2.0 | Auditing | Webinar |
Sponsor: Ironbridge Fraud Institute | Certificate ID: IFI-0909-7
""",
        title="Fraud in Construction Contracts",
        sponsor="Ironbridge Fraud Institute",
        date="2025-09-09",
        hours=2.0,
        field="Auditing",
        number="IFI-0909-7",
        method=GIB,
    ),
    Certificate(
        "semicolon_separated_record",
        """
Certificate of Completion
Participant: Ella Brooks; Course: Accounting for Crypto Assets (ASU 2023-08); Date: \
10/20/2025; Credits: 1.0; Field: Accounting; Method: Self-study; Certificate No: CA-1020-61
Provider: Digital Ledger Institute
""",
        title="Accounting for Crypto Assets (ASU 2023-08)",
        sponsor="Digital Ledger Institute",
        date="2025-10-20",
        hours=1.0,
        field="Accounting",
        number="CA-1020-61",
        method=QAS,
    ),
    Certificate(
        "copyright_footer_names_the_sponsor",
        """
# Certificate of Completion
> This certificate confirms that
> Owen Patel
> has successfully completed the self-study course
> Understanding Deferred Revenue in Subscription Businesses

Date of Exam Completion: 11/21/2025
CPE Credits: 2.0 hours of QAS Self Study credit in Accounting

~ (c) 2025 Tidewell Learning, LLC. All rights reserved.
""",
        title="Understanding Deferred Revenue in Subscription Businesses",
        sponsor="Tidewell Learning, LLC",
        date="2025-11-21",
        hours=2.0,
        field="Accounting",
        number=None,
        method=QAS,
    ),
    Certificate(
        "big_numbers_over_their_captions",
        """
Northgate CPE                                        Certificate of Completion

> Diego Ramos
> Inventory Costing Methods Refresher

8.0                       Taxes                       11/30/2025
CPE CREDITS               FIELD OF STUDY              DATE COMPLETED

Group Live | Certificate #NG-113025-08
""",
        title="Inventory Costing Methods Refresher",
        sponsor="Northgate CPE",
        date="2025-11-30",
        hours=8.0,
        field="Taxes",
        number="NG-113025-08",
        method=LIVE,
    ),
    # Seventh batch: web addresses and e-mail beside the sponsor, suffixed dates.
    Certificate(
        "sponsor_with_web_address_and_email",
        """
# Certificate of Completion

Participant: Gloria Banks
Course Title: Cybersecurity Controls for Small CPA Firms
Provided by: Sentinel Practice Academy (www.sentinelpractice.example)
Contact: Sentinel Practice Academy - info@sentinelpractice.example
Date of Completion: Wednesday the 3rd of December 2025
CPE Hours Awarded: 1.0
Field of Study: Information Technology
Delivery Method: Live (via Zoom)
""",
        title="Cybersecurity Controls for Small CPA Firms",
        sponsor="Sentinel Practice Academy",
        date="2025-12-03",
        hours=1.0,
        field="Information Technology",
        number=None,
        method=GIB,
    ),
    Certificate(
        "sponsor_then_url_after_a_dash",
        """
CERTIFICATE OF COMPLETION

Awarded to: Henry Liu
For: Lease Accounting Update for Lessees
Sponsor: Coastal CPE Collective - www.coastalcpe.example
Completed: 10/14/2025 12:00:00 AM
Credits: 2.00
Field of Study: Accounting
Delivery Method: Group Internet Based
Certificate Number: CCC-101425-2210
""",
        title="Lease Accounting Update for Lessees",
        sponsor="Coastal CPE Collective",
        date="2025-10-14",
        hours=2.0,
        field="Accounting",
        number="CCC-101425-2210",
        method=GIB,
    ),
    # Eighth batch: text copied out of a PDF viewer, every line followed by a blank one.
    Certificate(
        "double_spaced_text_copied_from_a_viewer",
        """
Certificate of Completion

This certifies that

Marisa Delgado

has successfully completed


Auditing Revenue in Software and SaaS Entities


sponsored by Redwood Audit Forum on September 30, 2025, for 3.0 CPE credits.


Field of Study: Auditing

Delivery Method: Group Internet Based

Certificate Number: RAF-0930-5521
""",
        title="Auditing Revenue in Software and SaaS Entities",
        sponsor="Redwood Audit Forum",
        date="2025-09-30",
        hours=3.0,
        field="Auditing",
        number="RAF-0930-5521",
        method=GIB,
    ),
    # Ninth batch: a design set all in capitals, a number given in a sentence, a duration
    # before the credit.
    Certificate(
        "all_capitals_design_with_sentences",
        """
# CERTIFICATE OF COMPLETION
> THIS CERTIFIES THAT
> JOHN DOE, CPA
> HAS SUCCESSFULLY COMPLETED THE COURSE
> ETHICS FOR CALIFORNIA CPAS
> ON MARCH 3, 2025
> PRESENTED BY THE GOLDEN STATE CPE INSTITUTE
> 2.0 CPE CREDITS IN REGULATORY ETHICS | SELF-STUDY
""",
        title="ETHICS FOR CALIFORNIA CPAS",
        sponsor="GOLDEN STATE CPE INSTITUTE",
        date="2025-03-03",
        hours=2.0,
        field="Regulatory Ethics",
        number=None,
        method=QAS,
    ),
    Certificate(
        "certificate_id_given_in_a_sentence",
        """
Congratulations, Jane Roe!

You passed the final exam for Lease Modifications and Remeasurement on 04/05/2025 and \
earned 1.5 CPE credits (Accounting) through QAS Self Study.

Your certificate ID is LX-22-9981.

Acme Learning, NASBA Sponsor 123456
""",
        title="Lease Modifications and Remeasurement",
        sponsor="Acme Learning",
        date="2025-04-05",
        hours=1.5,
        field="Accounting",
        number="LX-22-9981",
        method=QAS,
    ),
    Certificate(
        "duration_before_the_credit_in_one_value",
        """
# Certificate of Completion

Participant: Mei Tanaka
Course: Auditing Related Party Transactions
Hours: 1 hour 40 minutes (2.0 CPE credits)
Completion: 04/07/2025
Provider: Pinecone Audit School
Field of Study: Auditing
Delivery Method: Group Internet Based
""",
        title="Auditing Related Party Transactions",
        sponsor="Pinecone Audit School",
        date="2025-04-07",
        hours=2.0,
        field="Auditing",
        number=None,
        method=GIB,
    ),
    # Tenth batch: a label alone on its line whose value below shares its line with a
    # right-hand column.
    Certificate(
        "value_below_its_label_beside_a_right_hand_column",
        """
# Certificate of Completion

Course Title:
Partnership Basis Essentials                      Certificate No.: HLG-0314-55
Sponsor:
Harbor Learning Group                             Date Completed: 03/14/2025
Field of Study:
Taxes | 2.0 CPE credits | Group Internet Based
""",
        title="Partnership Basis Essentials",
        sponsor="Harbor Learning Group",
        date="2025-03-14",
        hours=2.0,
        field="Taxes",
        number="HLG-0314-55",
        method=GIB,
    ),
    # Eleventh batch: compound labels followed by a gap, as PDF forms come out (the class
    # found by reading tuning certificates with a tab after their labels).
    Certificate(
        "compound_labels_then_a_gap",
        """
CERTIFICATE OF COMPLETION

Participant Name        Olga Ivanova
Course Name             Audit Sampling for Controls Testing
Course Provider         Lakeview Audit Institute
Course Completion Date  06/18/2025
CPE Credit Hours        3.0
Course Field of Study   Auditing
Course Delivery Method  Group Internet Based
""",
        title="Audit Sampling for Controls Testing",
        sponsor="Lakeview Audit Institute",
        date="2025-06-18",
        hours=3.0,
        field="Auditing",
        number=None,
        method=GIB,
    ),
    Certificate(
        "hours_of_cpe_credit_then_a_gap",
        "Certificate of Completion\n"
        "Program                 Surviving a Payroll Tax Audit\n"
        "Sponsor                 Great Basin Payroll School\n"
        "Date of Program         05/05/2025\n"
        "Hours of CPE Credit     2.0\n"
        "Course Credits          2.0\n"
        "Field of Study          Taxes\n",
        title="Surviving a Payroll Tax Audit",
        sponsor="Great Basin Payroll School",
        date="2025-05-05",
        hours=2.0,
        field="Taxes",
        number=None,
        method=None,
    ),
]
