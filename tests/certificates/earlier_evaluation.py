"""The earlier evaluation set, now tuning: 25 certificates in layouts the first
tuning certificates did not have (two-column forms, pipe tables, right-aligned
values, sessions tables, dotted and day-first dates, letterheads, e-mail receipts).

They were written as a frozen evaluation set, but their misses were read before
the rules in `layouts.py` were written, so they no longer measure unseen layouts:
they are tuning certificates now (README.md in this folder), and the frozen set is
`evaluation.py`. Rules may cite them like any tuning certificate.
"""

from __future__ import annotations

from .corpus import Certificate

GIB = "Group Internet Based"
LIVE = "Group Live"
QAS = "QAS Self Study"
NANO = "Nano Learning"
BLENDED = "Blended Learning"

EARLIER_EVALUATION = [
    Certificate(
        "two_column_form_side_by_side",
        """
# Certificate of Completion
> Northgate Accounting Institute certifies that

Participant:   Helen Marsh                      Course:   Audit Sampling in Practice
Date:          April 8, 2025                    CPE Credits:   3.0
Field of Study:   Auditing                      Delivery Method:   Group Live
Certificate ID:   NAI-2025-3318                 Sponsor:   Northgate Accounting Institute
""",
        title="Audit Sampling in Practice",
        sponsor="Northgate Accounting Institute",
        date="2025-04-08",
        hours=3.0,
        field="Auditing",
        number="NAI-2025-3318",
        method=LIVE,
    ),
    Certificate(
        "pipe_table_label_value_cells",
        """
# CPE Completion Record

| Program              | Revenue Recognition: ASC 606 Deep Dive  |
| Provider             | Clearwater CPE Partners                 |
| Completed            | 2025-05-21                              |
| CPE Hours Earned     | 4.0                                     |
| Field of Study       | Accounting                              |
| Format               | Live Webinar                            |
| Record Number        | CW-606-88142                            |
""",
        title="Revenue Recognition: ASC 606 Deep Dive",
        sponsor="Clearwater CPE Partners",
        date="2025-05-21",
        hours=4.0,
        field="Accounting",
        number="CW-606-88142",
        method=GIB,
    ),
    Certificate(
        "right_aligned_values",
        """
# Statement of CPE Credit

Course title                                              Cash Flow Forecasting for Controllers
Provider                                                               Ledger & Line Seminars
Completion date                                                                   06/12/2025
Credit hours                                                                             2.5
Field of study                                                                       Finance
Delivery method                                                         Group Internet Based
""",
        title="Cash Flow Forecasting for Controllers",
        sponsor="Ledger & Line Seminars",
        date="2025-06-12",
        hours=2.5,
        field="Finance",
        number=None,
        method=GIB,
    ),
    Certificate(
        "certificate_number_after_the_word_certificate",
        """
# Certificate 2025-ETH-00917
> This certifies that Owen Price completed
> Ethics in the Age of AI
> on July 1, 2025, earning 2.0 CPE credits in Behavioral Ethics.

Offered by Bright Path Professional Learning (NASBA Sponsor 140022)
Group Internet Based
""",
        title="Ethics in the Age of AI",
        sponsor="Bright Path Professional Learning",
        date="2025-07-01",
        hours=2.0,
        field="Behavioral Ethics",
        number="2025-ETH-00917",
        method=GIB,
    ),
    Certificate(
        "sponsor_sentence_runs_into_the_date",
        """
# Certificate of Attendance
> Samuel Ortiz attended Multistate Sales Tax After Wayfair presented by Horizon Tax
> Academy on June 3, 2025 and earned 1.5 CPE credits.

Field of Study: Taxes
Delivery: In-person seminar
""",
        title="Multistate Sales Tax After Wayfair",
        sponsor="Horizon Tax Academy",
        date="2025-06-03",
        hours=1.5,
        field="Taxes",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "title_with_its_parenthesis",
        """
# Certificate of Completion

Course Title: Advanced Partnership Taxation (Part 2: Allocations)
Sponsor: Keystone Tax Education LLC
Date Completed: 09/30/2025
CPE Credit: 8.0
Field of Study: Taxes
Delivery Method: QAS Self-Study
Certificate Number: KTE-0930-221
""",
        title="Advanced Partnership Taxation (Part 2: Allocations)",
        sponsor="Keystone Tax Education LLC",
        date="2025-09-30",
        hours=8.0,
        field="Taxes",
        number="KTE-0930-221",
        method=QAS,
    ),
    Certificate(
        "title_wrapped_over_two_lines_below_its_label",
        """
# CERTIFICATE OF COMPLETION

PROGRAM TITLE
Leases, Impairments and Other Judgment-Heavy Areas of
Nonprofit Financial Reporting

PROVIDER
CIVIC LEDGER TRAINING

COMPLETION DATE
10/14/2025

CPE HOURS
6.0

FIELD OF STUDY
ACCOUNTING

DELIVERY METHOD
GROUP LIVE
""",
        title=(
            "Leases, Impairments and Other Judgment-Heavy Areas of Nonprofit Financial Reporting"
        ),
        sponsor="CIVIC LEDGER TRAINING",
        date="2025-10-14",
        hours=6.0,
        field="Accounting",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "dotted_dates_and_hrs",
        """
# Certificate of Participation

Session: Data Privacy Controls for Small Firms
Host: Meridian Tech CPE
Date: 2025.08.19
CPE: 1.5 hrs
Subject Area: Information Technology
Mode: Virtual live
""",
        title="Data Privacy Controls for Small Firms",
        sponsor="Meridian Tech CPE",
        date="2025-08-19",
        hours=1.5,
        field="Information Technology",
        number=None,
        method=GIB,
    ),
    Certificate(
        "ordinal_day_month_year",
        """
# Certificate of Achievement
> Awarded to Rita Gomez for completing the course
> Excel Power Query for Accountants
> on the 3rd of June 2025

Credits: 2.0 CPE
Field: Computer Software & Applications
Method: QAS Self Study
Issued by: Spreadsheet Mastery Institute
Certificate ID: SMI-55012
""",
        title="Excel Power Query for Accountants",
        sponsor="Spreadsheet Mastery Institute",
        date="2025-06-03",
        hours=2.0,
        field="Computer Software & Applications",
        number="SMI-55012",
        method=QAS,
    ),
    Certificate(
        "conference_sessions_table_with_total",
        """
# 2025 Fall Accounting Conference
> Certificate of Attendance
> Presented to Laura Chen

Sponsor: State Society of CPAs
Dates: November 5-6, 2025
Location: Sacramento, CA

Session                                      Field of Study        Credits
Opening Keynote: The Profession in 2030      Personal Development  1.0
Lease Accounting Update                      Accounting            2.0
Fraud Case Studies                           Auditing              2.0

Total CPE Credits: 5.0
Delivery Method: Group Live
""",
        title="2025 Fall Accounting Conference",
        sponsor="State Society of CPAs",
        date="2025-11-06",
        hours=5.0,
        field=None,
        number=None,
        method=LIVE,
    ),
    Certificate(
        "aligned_colons_key_value",
        """
# CPE CERTIFICATE

Program          : Governmental Audit Quality: Yellow Book Refresher
Sponsor          : Capitol Audit Academy
Completed        : 12/02/2025
Credits          : 4.0
Field of Study   : Auditing (Governmental)
Delivery         : Group Internet Based
Cert. No.        : CAA-YB-7720
""",
        title="Governmental Audit Quality: Yellow Book Refresher",
        sponsor="Capitol Audit Academy",
        date="2025-12-02",
        hours=4.0,
        field="Auditing (Governmental)",
        number="CAA-YB-7720",
        method=GIB,
    ),
    Certificate(
        "lowercase_email_receipt",
        """
hi nora,

thanks for joining us! here is your cpe record.

course: payroll tax essentials for small business
provider: tally street learning
date completed: 2025-03-27
cpe credits: 1.0
field of study: taxes
delivery method: group internet based
confirmation code: TSL-PR-3391
""",
        title="payroll tax essentials for small business",
        sponsor="tally street learning",
        date="2025-03-27",
        hours=1.0,
        field="Taxes",
        number="TSL-PR-3391",
        method=GIB,
    ),
    Certificate(
        "heading_title_under_certificate_of_attendance",
        """
# Pacific Coast CPE Forum
# Certificate of Attendance
# Nonprofit Audit Essentials

> This certifies that Daniel Kim attended the program above.

Date: August 26, 2025
CPE Credits: 3.0
Field of Study: Auditing
Delivery Method: Group Live
""",
        title="Nonprofit Audit Essentials",
        sponsor="Pacific Coast CPE Forum",
        date="2025-08-26",
        hours=3.0,
        field="Auditing",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "date_range_same_month",
        """
# Certificate of Completion

Event Name: Estate and Gift Tax Institute
Organizer: Westbrook Tax Society
Event Dates: May 5-7, 2025
Total Credits: 16.0
Field of Study: Taxes
Delivery Method: Group Live
Certificate #: WTS-EGT-2025-118
""",
        title="Estate and Gift Tax Institute",
        sponsor="Westbrook Tax Society",
        date="2025-05-07",
        hours=16.0,
        field="Taxes",
        number="WTS-EGT-2025-118",
        method=LIVE,
    ),
    Certificate(
        "signature_line_then_completion_date",
        """
# Certificate of Completion
> Presented to Maya Brooks
> for successful completion of
> Internal Controls for Startups

> Credits earned: 2.0 CPE   |   Field of Study: Auditing   |   QAS Self-Study

__________________________          __________________________
Program Director                     Date of Completion: 02/17/2025

~ Summit Ridge CPE is registered with NASBA as a sponsor of continuing professional \
education on the National Registry of CPE Sponsors.
""",
        title="Internal Controls for Startups",
        sponsor="Summit Ridge CPE",
        date="2025-02-17",
        hours=2.0,
        field="Auditing",
        number=None,
        method=QAS,
    ),
    Certificate(
        "id_label_and_behavioral_ethics",
        """
# Ethics Course Completion

Name: Victor Alvarez, CPA
Course: Professional Skepticism and Bias
Provider: Ethos CPE Group
Completion: 01/22/2025
Hours: 4
Field of Study: Behavioral Ethics
Format: On-demand
ID: ECG-BIAS-4412
""",
        title="Professional Skepticism and Bias",
        sponsor="Ethos CPE Group",
        date="2025-01-22",
        hours=4.0,
        field="Behavioral Ethics",
        number="ECG-BIAS-4412",
        method=QAS,
    ),
    Certificate(
        "exam_passed_self_study",
        """
# Self-Study Certificate

Course Title: Not-for-Profit Financial Statements
Date Exam Passed: 11/03/2025
Recommended CPE Credit: 5.0
Field of Study: Accounting
Delivery Method: QAS Self Study
Sponsor Name: Evergreen Self-Study Press
Completion Code: EG-NFP-2291
""",
        title="Not-for-Profit Financial Statements",
        sponsor="Evergreen Self-Study Press",
        date="2025-11-03",
        hours=5.0,
        field="Accounting",
        number="EG-NFP-2291",
        method=QAS,
    ),
    Certificate(
        "nano_fifth_credit_tabular",
        """
# Nano Learning Certificate

Title                 Sponsor                 Completed      Credit
Lease Quick Hits #7   ByteSize CPE            2025-04-30     0.2

Field of Study: Accounting
Delivery Method: Nano Learning
""",
        title="Lease Quick Hits #7",
        sponsor="ByteSize CPE",
        date="2025-04-30",
        hours=0.2,
        field="Accounting",
        number=None,
        method=NANO,
    ),
    Certificate(
        "blended_program_with_verification_code",
        """
# Certificate of Completion

Program Name: Leadership Essentials for New Managers
Program Sponsor: Harbor Leadership Academy
Date of Completion: September 9, 2025
CPE Credits Awarded: 12.0
Field of Study: Personal Development
Instructional Delivery Method: Blended Learning
Verification Code: HLA-LEM-90871
""",
        title="Leadership Essentials for New Managers",
        sponsor="Harbor Leadership Academy",
        date="2025-09-09",
        hours=12.0,
        field="Personal Development",
        number="HLA-LEM-90871",
        method=BLENDED,
    ),
    Certificate(
        "regulatory_ethics_state_course_prose",
        """
# CALIFORNIA BOARD-APPROVED ETHICS
> Golden Bear CPE hereby certifies that Ana Ruiz has completed the course
> "California Regulatory Review for CPAs" on October 2, 2025,
> earning 2 hours of CPE credit in Regulatory Ethics.

Delivery Method: Group Internet Based
Certificate No. GB-RR-2025-6610
""",
        title="California Regulatory Review for CPAs",
        sponsor="Golden Bear CPE",
        date="2025-10-02",
        hours=2.0,
        field="Regulatory Ethics",
        number="GB-RR-2025-6610",
        method=GIB,
    ),
    Certificate(
        "numeric_day_first_european_style",
        """
# Certificate of Completion

Course: IFRS 16 for US Accountants
Provider: Atlantic Standards Training
Completed on: 23/09/2025
CPE hours: 3.0
Field of study: Accounting
Delivery method: Group Internet Based
""",
        title="IFRS 16 for US Accountants",
        sponsor="Atlantic Standards Training",
        date="2025-09-23",
        hours=3.0,
        field="Accounting",
        number=None,
        method=GIB,
    ),
    Certificate(
        "letterhead_address_block_then_form",
        """
# Redwood Professional Education
Redwood Professional Education, Inc.
1200 K Street, Suite 400, Sacramento, CA 95814

Certificate of Completion

Attendee: Grace Liu
Course Title: Business Valuation Fundamentals
Completion Date: 07/15/2025
CPE Credits: 8.0
Field of Study: Specialized Knowledge
Delivery Method: Group Live
Certificate Number: RPE-BV-15072
""",
        title="Business Valuation Fundamentals",
        sponsor="Redwood Professional Education, Inc.",
        date="2025-07-15",
        hours=8.0,
        field="Specialized Knowledge",
        number="RPE-BV-15072",
        method=LIVE,
    ),
    Certificate(
        "marketing_field_with_ampersand_two_columns",
        """
# Certificate of Completion

Course Title: Client Communication That Wins Engagements     Credits: 1.0
Provider: Practice Growth Lab                                Date: 03/05/2025
Field of Study: Communications & Marketing                   Format: Webcast
""",
        title="Client Communication That Wins Engagements",
        sponsor="Practice Growth Lab",
        date="2025-03-05",
        hours=1.0,
        field="Communications & Marketing",
        number=None,
        method=GIB,
    ),
    Certificate(
        "statistics_minutes_and_credits",
        """
# Webinar Attendance Certificate
> Sofia Rossi attended 100 minutes of the live webinar
> Statistical Sampling for Auditors and Analysts
> hosted by Quantum Audit Analytics on February 11, 2025.

CPE Credit: 2.0
Field of Study: Statistics
""",
        title="Statistical Sampling for Auditors and Analysts",
        sponsor="Quantum Audit Analytics",
        date="2025-02-11",
        hours=2.0,
        field="Statistics",
        number=None,
        method=GIB,
    ),
    Certificate(
        "hr_field_and_issue_date_beside_completion",
        """
# Certificate of Completion

Course Title: Hiring and Retaining Staff Accountants
Provider: People First CPE
Completion Date: 04/02/2025          Issue Date: 04/09/2025
CPE Credits: 2.0
Field of Study: Personnel/HR
Delivery Method: Group Internet Based
Certificate Number: PFC-HR-2025-041
""",
        title="Hiring and Retaining Staff Accountants",
        sponsor="People First CPE",
        date="2025-04-02",
        hours=2.0,
        field="Personnel/Human Resources",
        number="PFC-HR-2025-041",
        method=GIB,
    ),
]
