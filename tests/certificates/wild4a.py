"""Tuning certificates of documents that carry SEVERAL dates, credits and numbers,
where the row must take the right one: conference certificates with sessions grouped
by day (in columns, bullets or tables, with per-day subtotals) and one total; blended
programs whose parts each have a date and a credit; LMS activity pages and
transcripts that are about one course; e-mails with their own sent date and
forwarded headers; signed confirmation letters dated above or below; receipts,
invoices and registration confirmations that also state the credit; forms with a
revision date in a header or footer; self-study with purchase, exam, grade and
expiry dates; dates with a time of day and a time zone; date ranges; exam scores and
percentages beside the hours; course codes, order numbers, NASBA sponsor IDs and QAS
numbers beside the certificate number.

The completion date of an event over several days is its last day; of a blended
program, the day its last part was completed; of a self-study course, the day its
exam was passed. The hours are the total. An order, invoice, registration or course
code is not the certificate's number.

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

WILD4A = [
    # ---------------------------------------------------------------- batch 1
    Certificate(
        "conference_two_day_columns_with_day_subtotals",
        """
# 2025 Great Lakes Governmental Finance Forum
Certificate of Attendance

This certifies that Marcus Whitfield, CPA attended the sessions checked below.

Tuesday, September 23, 2025                 Wednesday, September 24, 2025
[x] GASB 96 in Practice          1.5        [x] Single Audit Findings         2.0
[x] Capital Asset Inventories    1.0        [x] Lease Schedules Under GASB 87 1.5
[x] Grant Budget Monitoring      2.0        [ ] Closing Panel                 1.0
Day subtotal                     4.5        Day subtotal                      3.5

Total CPE earned: 8.0 hours
Field of study: Accounting (Governmental)
Instructional delivery: Group Live - Lansing Center, Lansing, MI

Great Lakes Government Finance Officers Association     Sponsor ID 117392
""",
        title="2025 Great Lakes Governmental Finance Forum",
        sponsor="Great Lakes Government Finance Officers Association",
        date="2025-09-24",
        hours=8.0,
        field="Accounting (Governmental)",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "blended_program_components_table_with_dates_and_credit",
        """
Northfield Institute of Professional Accountancy
CERTIFICATE OF COMPLETION

Candidate: Hannah Osei
Program: Strategic Cost Management Certificate Program

Component                          Format                 Date completed       Credit
Pre-course reading & quiz          Self-study             March 3, 2025        3.0
Two-day classroom session          Live                   March 13, 2025       12.0
Capstone case submission           Self-study             March 27, 2025       2.0
                                                          Program total        17.0

Field of Study: Management Advisory Services
Delivery: Blended
Certificate Number: NIPA-SCM-25-0418
""",
        title="Strategic Cost Management Certificate Program",
        sponsor="Northfield Institute of Professional Accountancy",
        date="2025-03-27",
        hours=17.0,
        field="Management Advisory Services",
        number="NIPA-SCM-25-0418",
        method=BLENDED,
    ),
    Certificate(
        "lms_activity_page_modules_exam_and_issue_dates",
        """
LedgerLearn | My Learning > Course Details

Revenue Recognition for SaaS Companies
Course code: ACC-3140     Version 2025.1

Enrolled:              01/06/2025 09:12 AM
Module 1 completed:    01/08/2025
Module 2 completed:    01/13/2025
Final assessment:      01/14/2025  (score 84%, passing 70%)
Certificate issued:    01/14/2025
Access expires:        01/06/2026

CPE credit: 2.5  |  Field: Accounting  |  Format: QAS Self-Study
Certificate #  LL-0114-55207
""",
        title="Revenue Recognition for SaaS Companies",
        sponsor="LedgerLearn",
        date="2025-01-14",
        hours=2.5,
        field="Accounting",
        number="LL-0114-55207",
        method=QAS,
    ),
    Certificate(
        "forwarded_attendance_email_inside_a_reply",
        """
From: Colleen Park <cpark@parkandreyes.example>
Sent: Thursday, November 6, 2025 10:41 AM
To: CPE Records <cpe@parkandreyes.example>
Subject: FW: Your attendance - Partnership Basis Calculations

For my file - thanks!

-----Original Message-----
From: Redwood Tax Webinars <events@redwoodtax.example>
Sent: Wednesday, October 29, 2025 5:02 PM
To: Colleen Park
Subject: Your attendance - Partnership Basis Calculations

Hi Colleen,

Thanks for joining Partnership Basis Calculations on Tuesday, October 28, 2025 from \
1:00 PM to 3:00 PM Eastern. You answered 8 of 8 polling questions and qualify for \
2.0 CPE credits in Taxes (Group Internet Based).

Your certificate ID is RTW-1028-31942.

Redwood Tax Webinars
""",
        title="Partnership Basis Calculations",
        sponsor="Redwood Tax Webinars",
        date="2025-10-28",
        hours=2.0,
        field="Taxes",
        number="RTW-1028-31942",
        method=GIB,
    ),
    Certificate(
        "confirmation_letter_signed_and_dated_below",
        """
MERIDIAN STATE UNIVERSITY
School of Accountancy - Executive Education
400 College Avenue, Columbia, MO 65201

To whom it may concern:

Please accept this letter as confirmation that Andrew Kowalski attended the Missouri \
Nonprofit Audit Workshop held on our campus on October 17, 2025. The workshop carried \
6.5 hours of CPE credit in the field of Auditing and was delivered in a live classroom \
format.

Respectfully,

Elaine Brooks
Elaine Brooks, Ph.D., CPA
Director, Executive Education
Date: November 3, 2025
""",
        title="Missouri Nonprofit Audit Workshop",
        sponsor="MERIDIAN STATE UNIVERSITY",
        date="2025-10-17",
        hours=6.5,
        field="Auditing",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "invoice_with_event_date_and_credit_line_item",
        """
INVOICE

Silver Creek CPE Seminars                         Invoice No.: INV-2025-08417
88 Commerce Street                                Invoice date: 07/30/2025
Reno, NV 89501                                    Due date: 08/29/2025

Bill to: Hollis & Grant CPAs, attn. Rachel Ibarra

Description                                                 Qty     Amount
Nevada Ethics for CPAs - live seminar, August 21, 2025       1      $159.00
  (4.0 CPE, Regulatory Ethics)
Parking validation                                           1      $12.00
                                                           Total    $171.00

Paid in full 07/31/2025 - Thank you. Attendance verified 08/21/2025.
""",
        title="Nevada Ethics for CPAs",
        sponsor="Silver Creek CPE Seminars",
        date="2025-08-21",
        hours=4.0,
        field="Regulatory Ethics",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "state_form_revision_in_header_and_date_range_to",
        """
STATE BOARD OF ACCOUNTANCY - FORM CE-12 (Rev. 04/2024)           Page 1 of 1
RECORD OF CONTINUING EDUCATION ATTENDANCE

Licensee:                Teresa Alvarado, License 58821
Sponsor name:            Desert Sun Accounting Academy
Course title:            Arizona Trust Accounting Essentials
Dates attended:          10/20/2025 to 10/21/2025
Hours awarded:           14
Subject area:            Accounting
Instruction method:      Classroom (group live)

Sponsor signature: _____________________     Date signed: 10/22/2025
""",
        title="Arizona Trust Accounting Essentials",
        sponsor="Desert Sun Accounting Academy",
        date="2025-10-21",
        hours=14.0,
        field="Accounting",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "self_study_purchase_exam_and_expiry_dates",
        """
# Certificate of Completion

> Bayshore Professional Education
> hereby certifies that
> Gloria Nakamura
> has completed the self-study course

# Understanding Deferred Tax Assets

Purchase date: 05/02/2025          Exam passed: 06/18/2025 (92%)
Course expires: 05/02/2026         Credits: 5.0 CPE
Field of Study: Taxes              Delivery Method: QAS Self Study
Certificate No: BPE-77315          NASBA Sponsor 106633
""",
        title="Understanding Deferred Tax Assets",
        sponsor="Bayshore Professional Education",
        date="2025-06-18",
        hours=5.0,
        field="Taxes",
        number="BPE-77315",
        method=QAS,
    ),
    Certificate(
        "webinar_series_date_range_with_time_zone",
        """
CERTIFICATE OF PARTICIPATION

Ridgeline Learning Partners

Fall Fraud Examination Series (3 sessions)
Held online 14 to 16 Oct 2025, 12:00-1:40 PM CDT each day

Participant: Omar Haddad
Credits: 6.0 CPE - Field of Study: Auditing
Format: Live virtual (group internet based)
Certificate: RLP-FFES-2025-219
""",
        title="Fall Fraud Examination Series",
        sponsor="Ridgeline Learning Partners",
        date="2025-10-16",
        hours=6.0,
        field="Auditing",
        number="RLP-FFES-2025-219",
        method=GIB,
    ),
    Certificate(
        "many_numbers_course_code_order_sponsor_qas_and_certificate",
        """
CERTIFICATE OF COMPLETION

Learner: Priyanka Shah                       Order #: 5518204
Course: Excel Power Query for Accountants    Course code: CSA-221
Completed: 2025-08-09 16:47 PDT
CPE hours: 3.0
Field of study: Computer Software & Applications
Delivery method: QAS Self-Study
Certificate number: 2025-CSA221-004417

Tallgrass CPE, Inc. - NASBA Sponsor ID 139551 - QAS Self-Study No. 139551-Q
""",
        title="Excel Power Query for Accountants",
        sponsor="Tallgrass CPE, Inc.",
        date="2025-08-09",
        hours=3.0,
        field="Computer Software & Applications",
        number="2025-CSA221-004417",
        method=QAS,
    ),
    # ---------------------------------------------------------------- batch 2
    Certificate(
        "conference_bullets_by_day_with_times_day_totals_and_a_grand_total",
        """
# Heartland Tax & Accounting Conference
> November 3-4, 2025 | Overland Park Convention Center

CERTIFICATE OF ATTENDANCE - Jerome Whitaker, CPA (KS #11902)

Monday 11/3
  * 8:00-9:40 AM   Federal Tax Update, Part I ................ 2.0 CPE
  * 10:00-11:40 AM Federal Tax Update, Part II ............... 2.0 CPE
  * 1:00-4:20 PM   S Corporation Distributions ............... 4.0 CPE
  Day total: 8.0

Tuesday 11/4
  * 8:00-11:20 AM  Kansas Tax Developments ................... 4.0 CPE
  * 12:30-2:10 PM  Ethics in Tax Practice .................... 2.0 CPE
  * 2:30-3:20 PM   Closing Q&A ............................... 1.0 CPE
  Day total: 7.0

CONFERENCE TOTAL: 15.0 CPE credits    |    Field of study: Taxes    |    Live, in person

Sunflower Society of Certified Public Accountants - NASBA Sponsor 108214
""",
        title="Heartland Tax & Accounting Conference",
        sponsor="Sunflower Society of Certified Public Accountants",
        date="2025-11-04",
        hours=15.0,
        field="Taxes",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "blended_phases_in_sentences_with_their_dates_and_credits",
        """
Clearwater Audit Institute

CERTIFICATE - BLENDED LEARNING PROGRAM

Audit Data Analytics Practicum

Awarded to Sofia Lindqvist, who completed:
Phase A, e-learning, on 2025-02-10 for 4 credits;
Phase B, virtual classroom, on 2025-02-20 for 6 credits.

Credits awarded: 10.0 CPE
Field of Study: Auditing
Credential No. CAI-ADA-2025-0061
""",
        title="Audit Data Analytics Practicum",
        sponsor="Clearwater Audit Institute",
        date="2025-02-20",
        hours=10.0,
        field="Auditing",
        number="CAI-ADA-2025-0061",
        method=BLENDED,
    ),
    Certificate(
        "lms_completion_with_the_curriculum_s_other_courses_listed",
        """
Pinecrest Learning Center - Completion Certificate

Learner: Darnell Hayes (ID 40017)
Completed course: Audit Sampling for Staff Accountants
Completion date: 06/12/2025
CPE: 3.0    Field of study: Auditing    Delivery: QAS Self Study
Certificate # PLC-061225-4419

Your curriculum: Audit Staff Level 1 (2 of 4 courses complete)
  Understanding Internal Control .............. completed 05/30/2025
  Audit Sampling for Staff Accountants ........ completed 06/12/2025
  Analytical Procedures ....................... not started
  Audit Documentation ......................... not started
""",
        title="Audit Sampling for Staff Accountants",
        sponsor="Pinecrest Learning Center",
        date="2025-06-12",
        hours=3.0,
        field="Auditing",
        number="PLC-061225-4419",
        method=QAS,
    ),
    Certificate(
        "apple_mail_forward_with_its_own_date_and_a_webinar_date_label",
        """
Begin forwarded message:

From: "Summit Peak CPE" <noreply@summitpeakcpe.example>
Subject: Certificate of Completion: Lease Modifications Under ASC 842
Date: October 3, 2025 at 4:12:09 PM CDT
To: Irene Castillo <icastillo@mail.example>

Hello Irene,

Thank you for attending! Here is your record.

Webinar: Lease Modifications Under ASC 842
Webinar date: Sep 30, 2025
Credits: 1.5 CPE in Accounting
Format: Group Internet Based
Certificate code: SPC-0930-2271

Summit Peak CPE | 2100 Peak Road, Golden, CO 80401
""",
        title="Lease Modifications Under ASC 842",
        sponsor="Summit Peak CPE",
        date="2025-09-30",
        hours=1.5,
        field="Accounting",
        number="SPC-0930-2271",
        method=GIB,
    ),
    Certificate(
        "letter_dated_at_the_top_with_a_two_day_range_in_the_body",
        """
Bluegrass Accounting Education Foundation
1020 Main Street, Lexington, KY 40507

Date: December 2, 2025

Ms. Renee Carter
44 Oak Ridge Court
Frankfort, KY 40601

Dear Ms. Carter:

We are pleased to confirm your attendance at Kentucky Not-for-Profit Financial Reporting \
Days, held November 20-21, 2025 in Lexington. You attended both days in full and earned \
sixteen (16) hours of CPE credit in Accounting.

Sincerely,

Thomas Greer
Executive Director
""",
        title="Kentucky Not-for-Profit Financial Reporting Days",
        sponsor="Bluegrass Accounting Education Foundation",
        date="2025-11-21",
        hours=16.0,
        field="Accounting",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "receipt_for_an_on_demand_course_with_access_and_completion_dates",
        """
PAYMENT RECEIPT

Receipt #R-33018                        Paid: Oct 1, 2025 (Mastercard ****9012)
Sold to: Helen Brandt

Item: On-demand course - Estate Planning with Portability Elections
Price: $89.00     Tax: $0.00     Total charged: $89.00
Access granted through: 09/30/2026

Course status: Completed 10/09/2025 - final exam 90%
CPE earned: 2.0 (Taxes) - QAS Self-Study

Seller: Granite Peak Tax Education, LLC
""",
        title="Estate Planning with Portability Elections",
        sponsor="Granite Peak Tax Education, LLC",
        date="2025-10-09",
        hours=2.0,
        field="Taxes",
        number=None,
        method=QAS,
    ),
    Certificate(
        "registration_confirmation_for_a_conference_day_first_range",
        """
REGISTRATION CONFIRMED

Thank you for registering, Alan Foster.

Conference:          Mid-Atlantic Internal Audit Summit 2025
Organizer:           Chesapeake Internal Audit Council
Conference dates:    14-16 May 2025
Registration date:   03/02/2025
Confirmation number: MIAS-88314
Maximum CPE:         20.0 (Auditing)
Format:              In person, Baltimore, MD

Present this confirmation at the registration desk.
""",
        title="Mid-Atlantic Internal Audit Summit 2025",
        sponsor="Chesapeake Internal Audit Council",
        date="2025-05-16",
        hours=20.0,
        field="Auditing",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "form_revised_in_header_and_footer_with_a_compact_date_range",
        """
Form CPE-7 rev 2/19                              CONTINUING PROFESSIONAL EDUCATION

Name of licensee ................ Walter Kim
Program ......................... Governmental Single Audit Workshop
Provider ........................ Piedmont Public Sector Training
Date(s) of program .............. 03/04/2025-03/05/2025
CPE hours ....................... 13.5
Field of study .................. Auditing (Governmental)
Method .......................... Group Live

Provider representative ......... J. Morales          Date: 03/06/2025
This form supersedes all versions dated before 02/2019.
""",
        title="Governmental Single Audit Workshop",
        sponsor="Piedmont Public Sector Training",
        date="2025-03-05",
        hours=13.5,
        field="Auditing (Governmental)",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "self_study_order_completion_grade_and_expiration_dates",
        """
# CERTIFICATE OF COMPLETION

Course: Forensic Accounting Fundamentals
Provider: Lakeshore Continuing Education Group

Order date:                    2025-04-01
Course completed:              2025-04-20
Grade posted:                  2025-04-21
Final exam score:              88% (passing 70%)
CPE credits:                   8.0
Field of study:                Accounting
Delivery method:               QAS Self Study
Expiration of course access:   2026-04-01
Certificate ID:                LCEG-FAF-108842
""",
        title="Forensic Accounting Fundamentals",
        sponsor="Lakeshore Continuing Education Group",
        date="2025-04-20",
        hours=8.0,
        field="Accounting",
        number="LCEG-FAF-108842",
        method=QAS,
    ),
    Certificate(
        "completion_time_in_local_zone_and_utc_on_the_next_day",
        """
Certificate of Completion

Northwind Nano CPE certifies that Grace Obi completed

Sales Tax on Digital Goods: A Ten-Minute Guide

Completed: Nov 12, 2025 11:58 PM ET (Nov 13, 2025 04:58 UTC)
Credit: 0.2 CPE - Taxes - Nano Learning
Certificate No. NNC-251112-7781
""",
        title="Sales Tax on Digital Goods: A Ten-Minute Guide",
        sponsor="Northwind Nano CPE",
        date="2025-11-12",
        hours=0.2,
        field="Taxes",
        number="NNC-251112-7781",
        method=NANO,
    ),
    Certificate(
        "ctec_irs_nasba_qas_course_numbers_and_a_serial_certificate_number",
        """
CERTIFICATE OF COMPLETION

Cypress Tax School
NASBA #107788 | QAS #107788 | IRS Approved CE Provider | CTEC Provider #6018

Student: Luis Ortega, EA
Course: Individual Retirement Accounts: Distributions and Rollovers
Course ID: 10452
IRS Program Number: CYP4T-T-00123-25-S
CTEC Course Number: 6018-CE-0012
Date completed: 08/27/2025
CPE credits: 4.0 (Taxes)    IRS CE: 4    CTEC: 4
Delivery: QAS Self-Study

Certificate serial: 20250827-0457
""",
        title="Individual Retirement Accounts: Distributions and Rollovers",
        sponsor="Cypress Tax School",
        date="2025-08-27",
        hours=4.0,
        field="Taxes",
        number="20250827-0457",
        method=QAS,
    ),
    Certificate(
        "sessions_table_with_date_session_field_and_cpe_columns_and_total_row",
        """
2025 Fall Tax Institute
Certificate of Completion for Marisol Vega

Date          Session                                   Field     CPE
10/27/2025    Partnership Audit Regime                  Taxes     2.0
10/27/2025    Retirement Plan Changes                   Taxes     2.0
10/28/2025    State Tax Nexus Roundtable                Taxes     1.5
10/28/2025    Practice Management Panel                 Taxes     1.5
              Total                                               7.0

Delivery method: Group Internet Based (live stream)
Presented by the Gulf Coast Tax Practitioners Association
""",
        title="2025 Fall Tax Institute",
        sponsor="Gulf Coast Tax Practitioners Association",
        date="2025-10-28",
        hours=7.0,
        field="Taxes",
        number=None,
        method=GIB,
    ),
    # ---------------------------------------------------------------- batch 3
    Certificate(
        "conference_days_with_credits_in_brackets_on_one_line",
        """
# CERTIFICATE OF ATTENDANCE

Rocky Mountain Forensic Accounting Conference

Awarded to Bianca Ferreira, CPA, CFE

Attended: Mon 6/9/2025 (8.0), Tue 6/10/2025 (8.0), Wed 6/11/2025 (4.5) - 20.5 CPE total
Field of study: Accounting
Program format: in-person group program, Denver Marriott City Center

Front Range Fraud Examiners Association
NASBA Sponsor ID 128840
""",
        title="Rocky Mountain Forensic Accounting Conference",
        sponsor="Front Range Fraud Examiners Association",
        date="2025-06-11",
        hours=20.5,
        field="Accounting",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "transcript_rows_with_statuses_only_one_completed",
        """
Granite Ledger Academy - Learning Transcript
Learner: Oscar Lindgren    Printed 09/02/2025

Course                                   Status         Date          CPE    Field
Internal Audit Planning Essentials       Completed      08/28/2025    4.0    Auditing
Data Privacy for Finance Teams           In progress    -             2.0    Information Technology
Revenue Cycle Controls                   Registered     09/15/2025    3.0    Auditing
Treasury Management Basics               Withdrawn      -             2.0    Finance

Delivery for all courses: Group Internet Based
""",
        title="Internal Audit Planning Essentials",
        sponsor="Granite Ledger Academy",
        date="2025-08-28",
        hours=4.0,
        field="Auditing",
        number=None,
        method=GIB,
    ),
    Certificate(
        "email_reply_with_the_certificate_quoted_below_on_wrote",
        """
From: Peter Quinn <pquinn@quinncpa.example>
Sent: Tuesday, November 11, 2025 8:30 AM
To: CE Admin <ce@quinncpa.example>
Subject: RE: CPE certificate - Governmental Accounting Update

Please file the certificate below. Thanks, Peter

On Mon, Nov 10, 2025 at 9:02 AM Cascade Public Finance Academy <info@cascadepfa.example> \
wrote:
> Dear Peter,
> This certifies that you completed Governmental Accounting Update: GASB 101 and 102
> on Thursday, November 6, 2025 (live webinar).
> CPE credits: 2.0  |  Field: Accounting (Governmental)
> Certificate #: CPFA-1106-2044
> Cascade Public Finance Academy
""",
        title="Governmental Accounting Update: GASB 101 and 102",
        sponsor="Cascade Public Finance Academy",
        date="2025-11-06",
        hours=2.0,
        field="Accounting (Governmental)",
        number="CPFA-1106-2044",
        method=GIB,
    ),
    Certificate(
        "letter_dated_this_day_of_at_the_foot_and_held_on_the_ordinal",
        """
OFFICE OF PROFESSIONAL EDUCATION
Magnolia State Society of CPAs
PO Box 1880, Jackson, MS 39215

To the Mississippi State Board of Public Accountancy:

This is to confirm that Calvin Reese, CPA attended the seminar entitled Mississippi \
Sales and Use Tax Update, held in Jackson on the 2nd of December, 2025, and is entitled \
to four (4) hours of continuing professional education credit in Taxes.

Dated this 5th day of December, 2025.

Nora Whitley
Director of Professional Education
""",
        title="Mississippi Sales and Use Tax Update",
        sponsor="Magnolia State Society of CPAs",
        date="2025-12-02",
        hours=4.0,
        field="Taxes",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "invoice_with_several_line_items_and_an_attended_line",
        """
Tax Masters Seminar Group, Inc.
INVOICE 2025-1147                                  Date of invoice: August 25, 2025

Customer: Ridgeway & Cole, LLP (Attn: Monica Ridgeway)

Line   Description                                            Amount
1      Seminar registration: Multistate Payroll Issues        $245.00
2      Printed course manual                                  $35.00
3      Late registration fee                                  $25.00
       Balance due                                            $305.00

Attended 09/15/2025 - 8 CPE hours (Taxes), group live, Sacramento, CA.
""",
        title="Multistate Payroll Issues",
        sponsor="Tax Masters Seminar Group, Inc.",
        date="2025-09-15",
        hours=8.0,
        field="Taxes",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "webinar_registration_with_calendar_block_duration_in_minutes",
        """
You're confirmed for: Auditing Cash and Crypto Holdings

Hosted by Lakeside Audit Learning
Tuesday, January 20, 2026 2:00 PM - 3:40 PM EST
Duration: 100 minutes    CPE: 2 credits (Auditing)

Add to calendar: Google | Outlook | iCal
Join link: https://lakesideaudit.example/join/88213
Meeting ID: 883 2210 4471

Attendance verified on 01/20/2026. Your certificate is attached.
""",
        title="Auditing Cash and Crypto Holdings",
        sponsor="Lakeside Audit Learning",
        date="2026-01-20",
        hours=2.0,
        field="Auditing",
        number=None,
        method=GIB,
    ),
    Certificate(
        "form_rev_in_header_printed_timestamp_in_the_footer",
        """
CPE ATTENDANCE VERIFICATION                                         Rev. 2024-06

Attendee                 Carla Mendes
Activity                 Fraud Risk Management in Local Government
Sponsoring organization  Bayou Government Auditors Forum
Date of completion       2025-06-30
Credits                  3.0
Field of study           Auditing (Governmental)
Delivery                 Group Live

Printed on 2025-07-03 10:14 by bgaf-admin                              Page 1 of 1
""",
        title="Fraud Risk Management in Local Government",
        sponsor="Bayou Government Auditors Forum",
        date="2025-06-30",
        hours=3.0,
        field="Auditing (Governmental)",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "self_study_with_a_failed_and_a_passed_exam_attempt",
        """
Certificate of Completion

Oakridge Professional Learning certifies that Ivan Petrov has completed

Nonprofit Revenue Recognition: Contributions and Exchange Transactions

Exam attempt 1: 05/02/2025 - 62% (not passed)
Exam attempt 2: 05/05/2025 - 84% (passed)
CPE credits: 6.0
Field of study: Accounting
Delivery method: QAS Self Study
Certificate number: OPL-NRR-050525-12
""",
        title="Nonprofit Revenue Recognition: Contributions and Exchange Transactions",
        sponsor="Oakridge Professional Learning",
        date="2025-05-05",
        hours=6.0,
        field="Accounting",
        number="OPL-NRR-050525-12",
        method=QAS,
    ),
    Certificate(
        "academy_dates_sept_through_sept_with_abbreviated_months",
        """
# Certificate of Completion

Summit Ridge Leadership Academy

Firm Leadership Academy, Cohort 7
Sept. 8 through Sept. 10, 2025 - Asheville, North Carolina

Presented to: Denise Walker
Continuing education: 22 CPE hours
Field of study: Personal Development
""",
        title="Firm Leadership Academy, Cohort 7",
        sponsor="Summit Ridge Leadership Academy",
        date="2025-09-10",
        hours=22.0,
        field="Personal Development",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "order_course_sponsor_qas_numbers_and_a_completion_id",
        """
COMPLETION CERTIFICATE

Participant: Rosa Delgado
Course No. AUD-4410 - Audit of Inventory and Cost of Sales
Order No. 0045-8812          Sponsor No. 103771          QAS No. 103771
Completion ID: 7F3K-22QD
Completed: 07/22/2025
Credits: 5.0 | Auditing | Self-study (QAS)

Pinewood Audit Education
""",
        title="Audit of Inventory and Cost of Sales",
        sponsor="Pinewood Audit Education",
        date="2025-07-22",
        hours=5.0,
        field="Auditing",
        number="7F3K-22QD",
        method=QAS,
    ),
    Certificate(
        "score_percent_credits_and_pass_on_one_row",
        """
Westbridge CPE Online

Certificate of Achievement
Kevin O'Hara

Course: Cybersecurity Risk for Small Firms
Result:  Score 85%  |  3.5 CPE  |  Passed  |  10/14/2025
Field of study: Information Technology
Delivery: QAS Self Study
Certificate: WCO-CRSF-3391
""",
        title="Cybersecurity Risk for Small Firms",
        sponsor="Westbridge CPE Online",
        date="2025-10-14",
        hours=3.5,
        field="Information Technology",
        number="WCO-CRSF-3391",
        method=QAS,
    ),
    Certificate(
        "credits_available_beside_credits_earned_and_day_subtotals",
        """
# 2025 Southeastern Governmental Accounting Institute
Statement of CPE Credit

Attendee: Franklin Moss
Sponsor: Palmetto Government Finance Association

CPE credits available:  24.0

Day                       Sessions attended     Credits
Wed, April 9, 2025        4 of 4                8.0
Thu, April 10, 2025       3 of 4                6.0
Fri, April 11, 2025       2 of 4                4.0

CPE credits earned: 18.0
Field of study: Accounting (Governmental)
Group Live - Columbia, SC
""",
        title="2025 Southeastern Governmental Accounting Institute",
        sponsor="Palmetto Government Finance Association",
        date="2025-04-11",
        hours=18.0,
        field="Accounting (Governmental)",
        number=None,
        method=LIVE,
    ),
    # ---------------------------------------------------------------- batch 4
    Certificate(
        "three_day_columns_with_credits_in_the_day_headings_and_total_hours",
        """
CERTIFICATE OF ATTENDANCE
2025 Lone Star Auditing Symposium

Presented to Yolanda Pierce, CPA

Day 1 - Sep 22, 2025 (7.0 CPE)   Day 2 - Sep 23, 2025 (7.5 CPE)   Day 3 - Sep 24, 2025 (3.5 CPE)
Audit Quality Trends             Single Audit Deep Dive           Peer Review Update
Sampling Workshop                Data Analytics Lab               Closing Keynote
Risk Assessment Panel            Ethics for Auditors

TOTAL HOURS: 18.0          Field of Study: Auditing          Delivery: Group Live

Lone Star Institute of Internal Auditors - sponsor ID 140022
""",
        title="2025 Lone Star Auditing Symposium",
        sponsor="Lone Star Institute of Internal Auditors",
        date="2025-09-24",
        hours=18.0,
        field="Auditing",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "completion_letter_with_year_to_date_hours_beside_the_course",
        """
Brookfield CPE Online
Completion Notice

Hello Natalie Brooks,

You completed Fair Value Measurements: Level 3 Inputs on 11/14/2025.
Credits for this course: 2.5 CPE (Accounting), QAS Self-Study.
Certificate number: BCO-FV3-111425-08

Your CPE so far in 2025: 34.5 hours across 12 courses.
Reporting period: 01/01/2025 - 12/31/2025
""",
        title="Fair Value Measurements: Level 3 Inputs",
        sponsor="Brookfield CPE Online",
        date="2025-11-14",
        hours=2.5,
        field="Accounting",
        number="BCO-FV3-111425-08",
        method=QAS,
    ),
    Certificate(
        "gmail_forward_sent_from_a_phone_with_a_completion_date_label",
        """
Sent from my iPhone

---------- Forwarded message ---------
From: Redcliff Learning <certificates@redcliff.example>
Date: Thu, Oct 2, 2025 at 5:40 PM
Subject: Your certificate
To: <haruto.sato@mail.example>

Program: Budgeting for Municipal Utilities
Completion Date: 2025-09-30
Hours: 3 CPE | Field: Finance | Method: Group Internet Based
Certificate #: RL-0930-5512

Redcliff Learning
""",
        title="Budgeting for Municipal Utilities",
        sponsor="Redcliff Learning",
        date="2025-09-30",
        hours=3.0,
        field="Finance",
        number="RL-0930-5512",
        method=GIB,
    ),
    Certificate(
        "letter_with_a_bare_date_line_at_the_top_and_attended_on_in_the_body",
        """
Copper Canyon Accounting Institute
700 Mill Avenue, Tempe, AZ 85281

October 31, 2025

Re: Certificate of attendance

Dear Mr. Dominguez,

Thank you for attending Arizona Transaction Privilege Tax in Practice on October 23, \
2025. This live seminar qualifies for 3 hours of CPE credit in the field of Taxes.

Sincerely,
Copper Canyon Accounting Institute
""",
        title="Arizona Transaction Privilege Tax in Practice",
        sponsor="Copper Canyon Accounting Institute",
        date="2025-10-23",
        hours=3.0,
        field="Taxes",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "receipt_with_purchase_completion_and_renewal_period_dates",
        """
Order Receipt - Lakeland Accounting Academy

Purchase date:            06/14/2025
Product:                  Ethics for Florida CPAs (self-study)
Completion date:          06/20/2025
CPE hours:                4.0
Field of study:           Regulatory Ethics
Your license renewal period: 01/01/2024 - 12/31/2025
Amount paid:              $79.00

Certificate of completion no. LAA-ETH-062025-331 is attached.
""",
        title="Ethics for Florida CPAs",
        sponsor="Lakeland Accounting Academy",
        date="2025-06-20",
        hours=4.0,
        field="Regulatory Ethics",
        number="LAA-ETH-062025-331",
        method=QAS,
    ),
    Certificate(
        "registration_with_event_start_and_end_timestamps_and_up_to_credits",
        """
REGISTRATION RECEIPT

Event: Prairie States Agricultural Tax School
Organized by: Heartland Farm Tax Educators
Event starts: 2025-09-16 09:00 CDT
Event ends:   2025-09-17 17:00 CDT
Venue: Sioux Falls Convention Center
CPE: up to 16 credits (Taxes)
Registration #: HFTE-2025-0442
""",
        title="Prairie States Agricultural Tax School",
        sponsor="Heartland Farm Tax Educators",
        date="2025-09-17",
        hours=16.0,
        field="Taxes",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "board_form_with_a_short_revision_code_and_a_date_received",
        """
CERTIFICATE OF CONTINUING EDUCATION

Licensee: Gordon Fitch
Course title: Construction Contractor Accounting
Course sponsor: Tri-County CPA Education Council
Completion date: 04/17/2025
Credit hours: 8
Subject: Accounting
Delivery: Group Live

For board use only - Date received: 05/02/2025
CE-2 (06/23)
""",
        title="Construction Contractor Accounting",
        sponsor="Tri-County CPA Education Council",
        date="2025-04-17",
        hours=8.0,
        field="Accounting",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "self_study_two_digit_years_purchase_exam_grade_and_expiry",
        """
CPE Self-Study Certificate

Hawthorne Learning Systems

Course: Payroll Accounting and Reporting
Course purchased 3/3/25
Exam completed 3/28/25
Grade: 92 / 100
Credits: 3.0 CPE, Accounting, QAS self study
Certificate expires 3/28/26

Certificate ID HLS-PAR-032825
""",
        title="Payroll Accounting and Reporting",
        sponsor="Hawthorne Learning Systems",
        date="2025-03-28",
        hours=3.0,
        field="Accounting",
        number="HLS-PAR-032825",
        method=QAS,
    ),
    Certificate(
        "weekday_range_before_a_day_first_date_range",
        """
# Certificate of Completion

Midwest School of Banking and Accounting

Bank Audit and Compliance Boot Camp
Monday-Wednesday, 10-12 March 2025, Des Moines

Participant: Oliver Grant
CPE credits: 21
Field: Auditing
Delivery method: Group Live
""",
        title="Bank Audit and Compliance Boot Camp",
        sponsor="Midwest School of Banking and Accounting",
        date="2025-03-12",
        hours=21.0,
        field="Auditing",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "event_code_sponsor_qas_receipt_and_a_certificate_number_sharing_the_prefix",
        """
CERTIFICATE OF COMPLETION

Fall Tax Update 2025
Event code: 25FTU-03

Awarded to Maya Patel
Date: 11/05/2025
Credits: 8.0 CPE in Taxes
Format: Live webcast

NASBA sponsor #: 112233     QAS sponsor #: 112233     Receipt No: 77-1102
Certificate No.: 25FTU-03-0192

Evergreen State Tax Educators
""",
        title="Fall Tax Update 2025",
        sponsor="Evergreen State Tax Educators",
        date="2025-11-05",
        hours=8.0,
        field="Taxes",
        number="25FTU-03-0192",
        method=GIB,
    ),
    Certificate(
        "lms_activity_report_start_end_time_spent_cpe_and_score",
        """
Activity Report - Brightline Firm University

Learner        Activity                                  Start date    End date      Time spent   CPE   Score
Julia Santos   Leases for Lessees: Embedded Lease Review  07/07/2025    07/09/2025    2h 15m       2.5   90%

Field of study: Accounting
Type: Self-study (QAS)
""",  # noqa: E501 (a report's row is wide)
        title="Leases for Lessees: Embedded Lease Review",
        sponsor="Brightline Firm University",
        date="2025-07-09",
        hours=2.5,
        field="Accounting",
        number=None,
        method=QAS,
    ),
    Certificate(
        "blended_portions_in_a_box_and_a_certificate_generated_date",
        """
+--------------------------------------------------------------+
| CERTIFICATE OF COMPLETION                                    |
| Tidewater Professional Education                             |
|                                                              |
| Program: Controllership Bootcamp (blended)                   |
| Self-study portion: 2.0 credits, completed October 1, 2025   |
| Live portion: 3.0 credits, October 8, 2025                   |
| Total credits: 5.0                                           |
| Field of study: Accounting                                   |
|                                                              |
| Certificate generated October 9, 2025                        |
+--------------------------------------------------------------+
""",
        title="Controllership Bootcamp",
        sponsor="Tidewater Professional Education",
        date="2025-10-08",
        hours=5.0,
        field="Accounting",
        number=None,
        method=BLENDED,
    ),
    # ---------------------------------------------------------------- batch 5
    Certificate(
        "sessions_table_with_a_time_column_and_credits_claimed",
        """
Certificate of Attendance - 2025 Northeast Nonprofit Finance Conference

Issued to: Daniel Reyes
Host: Commonwealth Nonprofit Finance Alliance

Date         Time (ET)      Session                                   Credits
10/20/2025   8:00-9:40      Opening: State of the Sector              2.0
10/20/2025   10:00-11:40    Functional Expense Allocation             2.0
10/21/2025   8:30-10:10     Grant Compliance and Uniform Guidance     2.0
10/21/2025   1:00-1:50      Board Reporting That Works                1.0

Total credits claimed: 7.0
Field of study: Accounting
Delivery: Group Live (Hartford, CT)
""",
        title="2025 Northeast Nonprofit Finance Conference",
        sponsor="Commonwealth Nonprofit Finance Alliance",
        date="2025-10-21",
        hours=7.0,
        field="Accounting",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "total_credits_in_words_with_the_figure_in_brackets",
        """
# Certificate of Completion

Blue Ridge Tax Forum

This certifies that Alma Jenkins attended the Virginia Tax Practitioners Forum on \
July 24-25, 2025 and earned a total of twelve and one-half (12.5) CPE credits in the \
field of Taxes. Attendance was in person in Roanoke, Virginia.
""",
        title="Virginia Tax Practitioners Forum",
        sponsor="Blue Ridge Tax Forum",
        date="2025-07-25",
        hours=12.5,
        field="Taxes",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "transcript_with_one_course_and_a_totals_row",
        """
CPE TRANSCRIPT                                         Ironwood Learning Network
Member: Samuel Ng                                      Period: 2025

Date         Course                                       Field        Format     Hours
05/19/2025   Inventory Costing Methods Compared           Accounting   Webcast    3.0
             Totals (1 course)                                                    3.0
""",
        title="Inventory Costing Methods Compared",
        sponsor="Ironwood Learning Network",
        date="2025-05-19",
        hours=3.0,
        field="Accounting",
        number=None,
        method=GIB,
    ),
    Certificate(
        "email_sent_with_utc_offset_and_a_day_first_date_attended",
        """
From: Events | Thames Valley Accountancy Training <events@tvat.example>
Sent: 2025-11-03 14:22 (UTC+01:00)
To: Fiona Clarke
Subject: CPE confirmation

Dear Fiona,

Course: IFRS 18 Presentation and Disclosure Essentials
Date attended: 31 Oct 2025
CPE hours: 3.5
Field of study: Accounting
Mode: Live online

Kind regards,
Thames Valley Accountancy Training
""",
        title="IFRS 18 Presentation and Disclosure Essentials",
        sponsor="Thames Valley Accountancy Training",
        date="2025-10-31",
        hours=3.5,
        field="Accounting",
        number=None,
        method=GIB,
    ),
    Certificate(
        "letter_with_our_ref_and_date_across_a_gap_and_completed_on_in_the_body",
        """
Harbourside Institute of Accountants
12 Quay Street, Portland, ME 04101

Our ref: CPE/25/118                                   Date: 14 November 2025

Dear Ms. Boucher,

We confirm that you completed the Maine Municipal Audit Refresher on 10 November \
2025. The course was delivered as a live webinar and carries 4 CPE hours in the field \
of Auditing (Governmental).

Yours sincerely,
Education Department
""",
        title="Maine Municipal Audit Refresher",
        sponsor="Harbourside Institute of Accountants",
        date="2025-11-10",
        hours=4.0,
        field="Auditing (Governmental)",
        number=None,
        method=GIB,
    ),
    Certificate(
        "subscription_invoice_with_a_service_period_and_a_course_completed_line",
        """
Ledgerline CPE Unlimited - Monthly Statement

Account: Palmer & Associates (seat: Jordan Palmer)
Service period: 10/01/2025 - 10/31/2025
Statement date: 11/01/2025

Courses completed this period:
  Course: Segregation of Duties in Small Entities
  Course completed: 10/17/2025
  CPE: 1.5 | Auditing | QAS Self Study

Amount due: $39.00
""",
        title="Segregation of Duties in Small Entities",
        sponsor="Ledgerline CPE Unlimited",
        date="2025-10-17",
        hours=1.5,
        field="Auditing",
        number=None,
        method=QAS,
    ),
    Certificate(
        "event_ticket_with_check_in_time_and_a_ticket_number",
        """
YOUR TICKET

Keystone Society of CPAs presents
Pennsylvania Local Tax Workshop

Date: Friday, February 6, 2026
Check-in: 7:30 AM    Program: 8:00 AM - 4:00 PM
Location: Harrisburg Hilton, Harrisburg, PA
Ticket #: KS-260206-0193
CPE: 7.5 (Taxes)
""",
        title="Pennsylvania Local Tax Workshop",
        sponsor="Keystone Society of CPAs",
        date="2026-02-06",
        hours=7.5,
        field="Taxes",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "form_with_a_blank_completion_date_and_a_program_date_filled",
        """
CPE COMPLIANCE FORM

Participant:             Harriet Olson
Program name:            Fiduciary Income Tax Returns
Sponsoring organization: North Star Tax Institute
Program date:            09/26/2025
Date of completion:      ____________
Hours:                   4
Field:                   Taxes
Method:                  Group Live

Rev. 01/01/2025
""",
        title="Fiduciary Income Tax Returns",
        sponsor="North Star Tax Institute",
        date="2025-09-26",
        hours=4.0,
        field="Taxes",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "iso_timestamp_with_an_offset_just_after_midnight",
        """
Certificate of Completion

Course: Deferred Compensation Plans: 409A Basics
Provider: Crescent Point Learning
Completed at: 2025-12-01T00:30:00-05:00
CPE credits: 1.0
Field of study: Taxes
Delivery method: QAS Self Study
Certificate ID: CPL-409A-1201-0030
""",
        title="Deferred Compensation Plans: 409A Basics",
        sponsor="Crescent Point Learning",
        date="2025-12-01",
        hours=1.0,
        field="Taxes",
        number="CPL-409A-1201-0030",
        method=QAS,
    ),
    Certificate(
        "unlabelled_number_top_right_beside_course_and_sponsor_numbers",
        """
CPE CERTIFICATE                                                        000123

Willow Creek Accounting Seminars
Sponsor #: 998877

Course #: 101-B
Course: Small Business Payroll Fundamentals
Attendee: Lisa Moreno
Date: 02/12/2025
Hours: 2
Field: Accounting
Delivery: Group Live
""",
        title="Small Business Payroll Fundamentals",
        sponsor="Willow Creek Accounting Seminars",
        date="2025-02-12",
        hours=2.0,
        field="Accounting",
        number="000123",
        method=LIVE,
    ),
    Certificate(
        "score_and_hours_columns_in_a_one_row_results_table",
        """
Examination Results - Certificate of Completion

Candidate: Peter Vance
Course: Auditing Going Concern Assessments
Provider: Meadowlark Audit Academy

Exam date     Score     Passing score     Hours     Field
04/09/2025    91%       70%               4.0       Auditing

Self-study course registered with NASBA as QAS self study.
Certificate number: MAA-GCA-0409-17
""",
        title="Auditing Going Concern Assessments",
        sponsor="Meadowlark Audit Academy",
        date="2025-04-09",
        hours=4.0,
        field="Auditing",
        number="MAA-GCA-0409-17",
        method=QAS,
    ),
    # ---------------------------------------------------------------- batch 6
    Certificate(
        "agenda_under_weekday_headings_with_credits_in_brackets_and_dates_in_the_heading",
        """
# 2026 Capital Region Audit & Accounting Update
> March 5-6, 2026 - Albany Marriott

Certificate of Attendance for Kenji Watanabe, CPA

THURSDAY
- Welcome and Standard-Setting Update (CPE 1.5)
- Auditing Accounting Estimates (CPE 2.0)
- Lease Accounting Lessons Learned (CPE 3.0)

FRIDAY
- Fraud Schemes in Small Businesses (CPE 2.0)
- Quality Management Implementation (CPE 3.0)
- Ethics Roundtable (CPE 1.5)

Total: 13 credits    Fields: Accounting; Auditing    Delivery: Group Live
Hudson Valley Accounting Society
""",
        title="2026 Capital Region Audit & Accounting Update",
        sponsor="Hudson Valley Accounting Society",
        date="2026-03-06",
        hours=13.0,
        field="Accounting; Auditing",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "blended_steps_table_with_due_and_completed_columns",
        """
Certificate of Completion - Cornerstone Finance Academy

Program: New Manager Finance Fundamentals (Blended)
Participant: Ruth Adeyemi

Step   Activity                     Due          Completed    Credits
1      Online pre-assessment        01/10/2025   01/08/2025   1.0
2      Virtual workshop             01/15/2025   01/15/2025   6.0
3      Post-course case study       01/31/2025   01/24/2025   2.0

Credits earned: 9.0 | Field of study: Finance | Certificate CFA-NMF-0124-55
""",
        title="New Manager Finance Fundamentals",
        sponsor="Cornerstone Finance Academy",
        date="2025-01-24",
        hours=9.0,
        field="Finance",
        number="CFA-NMF-0124-55",
        method=BLENDED,
    ),
    Certificate(
        "transcript_with_a_failed_and_a_passed_attempt_of_one_course",
        """
Silverline CPE - Course History
User: Brian Cho

Course                               Attempt   Result   Date         CPE
Understanding the Statement of Cash Flows   1   Failed   08/01/2025   0.0
Understanding the Statement of Cash Flows   2   Passed   08/04/2025   3.0

Field of study: Accounting     Format: QAS Self-Study
""",
        title="Understanding the Statement of Cash Flows",
        sponsor="Silverline CPE",
        date="2025-08-04",
        hours=3.0,
        field="Accounting",
        number=None,
        method=QAS,
    ),
    Certificate(
        "outlook_print_with_received_and_date_headers_and_a_weekday_after_the_date",
        """
Subject: Certificate - Auditing Revenue in Health Care Entities
From: CE Department, Pinnacle Health Finance Institute
Received: Friday, August 15, 2025 9:03 AM
Date: Friday, August 15, 2025 9:01 AM

Participant: Leah Goldstein
Completion: 2025-08-14 (Thursday)
Credit: 2.0 hours CPE, Auditing
Delivery: live webinar
Certificate no. PHFI-0814-3302
""",
        title="Auditing Revenue in Health Care Entities",
        sponsor="Pinnacle Health Finance Institute",
        date="2025-08-14",
        hours=2.0,
        field="Auditing",
        number="PHFI-0814-3302",
        method=GIB,
    ),
    Certificate(
        "confirmation_letter_with_cc_and_a_postscript_naming_the_next_date",
        """
Sandhill Accounting Education Center
3 Pine Street, Aiken, SC 29801

November 7, 2025

Dear Ms. Ortega,

This confirms your attendance at South Carolina Payroll Compliance Update on November \
5, 2025. The seminar was presented in person and qualifies for 4.0 CPE credits in Taxes.

Best regards,
Lydia Grant, Program Coordinator

cc: CPE file
P.S. Our next seminar is on January 15, 2026 - we hope to see you there.
""",
        title="South Carolina Payroll Compliance Update",
        sponsor="Sandhill Accounting Education Center",
        date="2025-11-05",
        hours=4.0,
        field="Taxes",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "invoice_paid_stamp_with_two_seminar_dates_joined_by_an_ampersand",
        """
Great Basin CPE Seminars                                    INVOICE GB-55120

Bill to: Tessa Morgan, CPA
Invoice date: 10/02/2025                PAID 10/09/2025 - thank you

Seminar: Nevada Business Tax Update
Seminar date(s): Nov 4 & 5, 2025
CPE credit: 16 hours, Taxes
Format: in-person seminar, Las Vegas
Fee: $420.00
""",
        title="Nevada Business Tax Update",
        sponsor="Great Basin CPE Seminars",
        date="2025-11-05",
        hours=16.0,
        field="Taxes",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "form_with_a_certification_period_ending_and_a_date_signed",
        """
CONTINUING EDUCATION ATTESTATION                           Form CE-A, revised 2023

Licensee name:                 Marcus Bell
Certification period ending:   12/31/2025
Course completed:              Ethics and Professional Conduct for Oregon CPAs
Provider:                      Cascadia Professional Standards Institute
Date of course:                08/12/2025
Hours:                         4
Field of study:                Regulatory Ethics
Method:                        Group Internet Based

Date signed: 08/20/2025
""",
        title="Ethics and Professional Conduct for Oregon CPAs",
        sponsor="Cascadia Professional Standards Institute",
        date="2025-08-12",
        hours=4.0,
        field="Regulatory Ethics",
        number=None,
        method=GIB,
    ),
    Certificate(
        "self_study_exam_passed_at_a_utc_time_with_version_and_enrollment_dates",
        """
# Certificate of Completion

Course: Consolidations and Noncontrolling Interests
Course version date: 2025-01-15
Provider: Summit Lane CPE
Exam passed on: 2025-07-02 at 22:14 UTC
Enrollment expires: 2026-06-30
CPE credits: 7.0 | Field of study: Accounting | QAS Self Study
Certificate No. SLC-CNI-0702-91
""",
        title="Consolidations and Noncontrolling Interests",
        sponsor="Summit Lane CPE",
        date="2025-07-02",
        hours=7.0,
        field="Accounting",
        number="SLC-CNI-0702-91",
        method=QAS,
    ),
    Certificate(
        "ordinal_day_range_from_the_3rd_through_the_5th_of_june",
        """
Certificate of Completion

This certifies that Victor Alvarez attended the Gulf States Oil and Gas Accounting \
School, held from the 3rd through the 5th of June, 2025 in Houston, Texas, and earned 24 \
CPE credits in Accounting.

Bayou Energy Accounting Association
""",
        title="Gulf States Oil and Gas Accounting School",
        sponsor="Bayou Energy Accounting Association",
        date="2025-06-05",
        hours=24.0,
        field="Accounting",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "footer_line_of_certificate_course_sponsor_and_qas_numbers_between_bars",
        """
# Certificate of Completion

Meridian Ethics Online

Participant: Chloe Martin
Course: Professional Ethics: Conflicts of Interest
Completed: 03/19/2025
Credits: 2.0
Field of study: Behavioral Ethics
Delivery method: QAS Self Study

Certificate 2025-0917 | Course code ETH-04 | CPE sponsor 109876 | QAS 109876
""",
        title="Professional Ethics: Conflicts of Interest",
        sponsor="Meridian Ethics Online",
        date="2025-03-19",
        hours=2.0,
        field="Behavioral Ethics",
        number="2025-0917",
        method=QAS,
    ),
    # ---------------------------------------------------------------- batch 7
    Certificate(
        "badge_scan_export_with_credits_verified_and_available",
        """
Attendance Verification - Scanned Sessions
2025 Great Plains Accounting Expo (Omaha, Oct 8-9, 2025)

Attendee: Hector Ruiz, CPA      Badge 44107

Session scans: 14      Credits available: 16.0      Credits verified: 11.5
Field of study: Accounting      Delivery: Group Live

Verified by Cornhusker Society of CPAs on 10/14/2025
""",
        title="2025 Great Plains Accounting Expo",
        sponsor="Cornhusker Society of CPAs",
        date="2025-10-09",
        hours=11.5,
        field="Accounting",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "export_row_with_registration_start_completion_and_expiration_dates",
        """
Course,Provider,Registration Date,Start Date,Completion Date,Expiration Date,Credits,Field,Format
Not-for-Profit Net Asset Classification,Harborlight CPE,2025-03-01,2025-03-02,2025-03-09,2026-03-01,2.0,Accounting,QAS Self Study
""",  # noqa: E501 (an export's row is wide)
        title="Not-for-Profit Net Asset Classification",
        sponsor="Harborlight CPE",
        date="2025-03-09",
        hours=2.0,
        field="Accounting",
        number=None,
        method=QAS,
    ),
    Certificate(
        "email_forwarded_twice_with_two_date_headers",
        """
Subject: Fwd: Fwd: CPE attendance record

---------- Forwarded message ---------
From: Dana White <dwhite@whitecpa.example>
Date: Mon, Sep 15, 2025 at 10:12 AM
Subject: Fwd: CPE attendance record

---------- Forwarded message ---------
From: Ozark Mountain CPE <records@ozarkcpe.example>
Date: Wed, Sep 10, 2025 at 6:55 PM
Subject: CPE attendance record

Program: Arkansas Income Tax Update
Attended on: 09/09/2025
CPE hours: 2.0 (Taxes)
Delivery: webcast
""",
        title="Arkansas Income Tax Update",
        sponsor="Ozark Mountain CPE",
        date="2025-09-09",
        hours=2.0,
        field="Taxes",
        number=None,
        method=GIB,
    ),
    Certificate(
        "letter_signed_this_day_below_and_attended_date_in_the_body",
        """
Evergreen Chapter, Institute of Management Accountants
Seattle, Washington

Ms. Priya Natarajan attended the chapter's technical session, Cost Allocation for \
Shared Services, on September 30, 2025. The session was presented in person and is \
recommended for 2 hours of CPE in Management Advisory Services.

Signed this 2nd day of October 2025.

Karen Holt, CMA
Chapter VP of Education
""",
        title="Cost Allocation for Shared Services",
        sponsor="Evergreen Chapter, Institute of Management Accountants",
        date="2025-09-30",
        hours=2.0,
        field="Management Advisory Services",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "order_placed_accessed_and_completed_in_sentences",
        """
Order #A-77120 - Bright Harbor Learning

Order placed: April 2, 2025
Course accessed: April 18, 2025

You completed the course Auditing Fair Value Estimates on 04/22/2025 and passed the exam \
with 85%. It carries 3.0 CPE credits in Auditing (QAS self-study).
""",
        title="Auditing Fair Value Estimates",
        sponsor="Bright Harbor Learning",
        date="2025-04-22",
        hours=3.0,
        field="Auditing",
        number=None,
        method=QAS,
    ),
    Certificate(
        "registration_table_with_session_date_time_and_time_zone_columns",
        """
Registration Summary - Lakeshore Tax Webinars

Webinar                                  Session date   Session time   Time zone   CPE
Partnership Allocations Under 704(b)     11/18/2025     1:00 PM        CT          2.0

Field of study: Taxes | Attendance confirmed after the session
""",
        title="Partnership Allocations Under 704(b)",
        sponsor="Lakeshore Tax Webinars",
        date="2025-11-18",
        hours=2.0,
        field="Taxes",
        number=None,
        method=GIB,
    ),
    Certificate(
        "form_with_a_short_revision_page_numbers_and_two_dates_joined_by_ampersand",
        """
PROGRAM ATTENDANCE RECORD                                            Page 1 of 2

Participant name:   Gary Nolan
Program title:      Agricultural Cooperative Accounting
Sponsor:            Heartland Cooperative Accounting Council
Date(s) attended:   5/6/25 & 5/7/25
Credit hours:       15
Field of study:     Accounting
Delivery method:    Group Live

R 3/2024
""",
        title="Agricultural Cooperative Accounting",
        sponsor="Heartland Cooperative Accounting Council",
        date="2025-05-07",
        hours=15.0,
        field="Accounting",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "self_study_with_date_of_purchase_exam_issue_and_expiry_labels",
        """
Certificate of Completion

Ridgeway CPE Publishing
Course: Individual Tax Return Review Techniques

Date of purchase:                01/05/2025
Date of exam:                    02/11/2025
Date certificate issued:         02/12/2025
Date course expires:             01/05/2026
CPE credit:                      10.0
Field of study:                  Taxes
Delivery method:                 QAS Self Study
Certificate number:              RCP-ITR-0211-4471
""",
        title="Individual Tax Return Review Techniques",
        sponsor="Ridgeway CPE Publishing",
        date="2025-02-11",
        hours=10.0,
        field="Taxes",
        number="RCP-ITR-0211-4471",
        method=QAS,
    ),
    Certificate(
        "webinar_series_heading_with_a_cross_month_range_and_times",
        """
CERTIFICATE OF PARTICIPATION

Year-End Reporting Webinar Series
Oct 30 - Nov 1, 2025 | 1-2:40 p.m. ET daily

Participant: Ahmed Karim
Presented by: Northgate Accounting Webinars
CPE credits: 6.0 | Field of study: Accounting | Format: Group Internet Based
""",
        title="Year-End Reporting Webinar Series",
        sponsor="Northgate Accounting Webinars",
        date="2025-11-01",
        hours=6.0,
        field="Accounting",
        number=None,
        method=GIB,
    ),
    Certificate(
        "ids_between_middle_dots_and_a_certificate_hash_number",
        """
Certificate of Completion

Course: Cybersecurity Controls for Accounting Firms
Completed: 08/05/2025
CPE: 2.0 - Information Technology - QAS Self Study

Keystone Digital CPE
NASBA ID 123456 \xb7 QAS ID 123456 \xb7 IRS ABC12 \xb7 CTEC 1234 \xb7 Certificate # 88-2025-119
""",
        title="Cybersecurity Controls for Accounting Firms",
        sponsor="Keystone Digital CPE",
        date="2025-08-05",
        hours=2.0,
        field="Information Technology",
        number="88-2025-119",
        method=QAS,
    ),
    Certificate(
        "post_test_score_as_a_fraction_beside_a_one_credit_nano",
        """
Nano Learning Certificate

Topic: Reading a Lease Amortization Schedule
Provider: Quickstudy CPE
Post-test score: 8/10 (80%)
Completed: 2025-11-21
CPE: 1.0 | Field: Accounting | Nano Learning
""",
        title="Reading a Lease Amortization Schedule",
        sponsor="Quickstudy CPE",
        date="2025-11-21",
        hours=1.0,
        field="Accounting",
        number=None,
        method=NANO,
    ),
    Certificate(
        "firm_training_sessions_of_three_with_dates_and_total_hours",
        """
Whitman & Hale LLP - Internal Training Record

Program: Audit Senior Development Series
Employee: Rachel Stein

Session 1 of 3 - 02/04/2025 - 4.0 hours
Session 2 of 3 - 02/11/2025 - 4.0 hours
Session 3 of 3 - 02/18/2025 - 4.0 hours

Total hours: 12
Field of study: Auditing
Delivery: Group Live (firm office)
""",
        title="Audit Senior Development Series",
        sponsor="Whitman & Hale LLP",
        date="2025-02-18",
        hours=12.0,
        field="Auditing",
        number=None,
        method=LIVE,
    ),
    # ---------------------------------------------------------------- batch 8
    Certificate(
        "days_without_year_with_a_daily_cpe_column_and_total_awarded",
        """
CERTIFICATE OF ATTENDANCE

Big Sky Tax & Accounting Conference - Billings, Montana
October 6-7, 2025

Name: Colleen Mahoney

Day                 Daily CPE
Monday, October 6   8.0
Tuesday, October 7  6.5

Total CPE Awarded: 14.5
Field of study: Taxes
Delivery method: Group Live

Treasure State Society of CPAs
""",
        title="Big Sky Tax & Accounting Conference",
        sponsor="Treasure State Society of CPAs",
        date="2025-10-07",
        hours=14.5,
        field="Taxes",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "blended_modules_with_formats_dates_and_credits_and_no_total",
        """
Statement of Completion

Lakehead Public Finance Institute
Program: Municipal Budgeting Certificate

Module 1 (on-demand) - completed 3/3/2025 - 2 CPE
Module 2 (on-demand) - completed 3/10/2025 - 2 CPE
Module 3 (live virtual) - 3/17/2025 - 4 CPE

Field of study: Accounting (Governmental)
""",
        title="Municipal Budgeting Certificate",
        sponsor="Lakehead Public Finance Institute",
        date="2025-03-17",
        hours=8.0,
        field="Accounting (Governmental)",
        number=None,
        method=BLENDED,
    ),
    Certificate(
        "email_sent_short_date_and_a_webinar_held_label",
        """
From: Clearpath Webinars <hello@clearpathwebinars.example>
Sent: 12/2/2025
To: Jason Reed
Subject: Thanks for attending!

Webinar: Sales and Use Tax for Contractors
Webinar held: 11/25/2025
CPE: 1.0 credit (Taxes)
Certificate ID: CPW-1125-7781
""",
        title="Sales and Use Tax for Contractors",
        sponsor="Clearpath Webinars",
        date="2025-11-25",
        hours=1.0,
        field="Taxes",
        number="CPW-1125-7781",
        method=GIB,
    ),
    Certificate(
        "letter_with_a_re_line_naming_the_course_and_a_day_first_date",
        """
Kingsbridge Forensic Academy
21 Market Street, Wilmington, DE 19801

10 November 2025

RE: Verification of CPE - Case Studies in Financial Statement Fraud

Dear Mr. Okoye,

We verify that you attended the course named above on 3 November 2025. The course was \
delivered as a live virtual class and carries 8 CPE credits in Auditing.

Regards,
Registrar
""",
        title="Case Studies in Financial Statement Fraud",
        sponsor="Kingsbridge Forensic Academy",
        date="2025-11-03",
        hours=8.0,
        field="Auditing",
        number=None,
        method=GIB,
    ),
    Certificate(
        "registration_follow_up_with_minutes_attended_and_cpe_earned",
        """
Registration: Internal Controls Over Cash Disbursements
Registrant: Nadia Haddad
Registered: 09/01/2025

Thank you for attending on 09/18/2025. You attended 100 of 110 minutes.
CPE earned: 2.0
Field of study: Auditing
Format: live online

Bayline Audit Webinars
""",
        title="Internal Controls Over Cash Disbursements",
        sponsor="Bayline Audit Webinars",
        date="2025-09-18",
        hours=2.0,
        field="Auditing",
        number=None,
        method=GIB,
    ),
    Certificate(
        "form_revised_month_year_in_header_and_a_completion_date_with_its_format",
        """
CPE CERTIFICATE FORM                                      Revised: January 2024

Name of participant:                      Eileen Foster
Name of program:                          Public Housing Authority Audits
Name of sponsor:                          Chesapeake Governmental Audit Forum
Completion date (mm/dd/yyyy):             07/14/2025
Number of CPE hours:                      6
Field of study:                           Auditing (Governmental)
Delivery method:                          Group Live
""",
        title="Public Housing Authority Audits",
        sponsor="Chesapeake Governmental Audit Forum",
        date="2025-07-14",
        hours=6.0,
        field="Auditing (Governmental)",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "self_study_exam_date_score_result_and_access_ends_on_one_line",
        """
Certificate of Completion - Riverstone CPE

Course: Interim Financial Reporting Under ASC 270
Exam date: 2025-09-09; Score: 76%; Result: Pass; Access ends: 2026-09-01
CPE credits: 4.0
Field of study: Accounting
Delivery method: QAS Self Study
Certificate number: RCPE-270-0909-12
""",
        title="Interim Financial Reporting Under ASC 270",
        sponsor="Riverstone CPE",
        date="2025-09-09",
        hours=4.0,
        field="Accounting",
        number="RCPE-270-0909-12",
        method=QAS,
    ),
    Certificate(
        "ordinal_day_range_before_the_month_and_year",
        """
# Certificate of Attendance

Atlantic Provinces Tax Symposium

held 14th-16th October 2025 in Halifax, Nova Scotia

Awarded to: Graham MacLeod
CPE hours: 18
Field of study: Taxes

Maritime Tax Education Society
""",
        title="Atlantic Provinces Tax Symposium",
        sponsor="Maritime Tax Education Society",
        date="2025-10-16",
        hours=18.0,
        field="Taxes",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "course_ref_order_and_cert_id_on_one_line_between_bars",
        """
CERTIFICATE OF COMPLETION

Crestview Tax Academy
Course: Rental Real Estate and the Passive Activity Rules
Completed: 06/27/2025 | 3.0 CPE | Taxes | QAS Self-Study

Course Ref: TX-2025-118  |  Your Order: 51-88231  |  Cert. ID: C-2025-118-0442
""",
        title="Rental Real Estate and the Passive Activity Rules",
        sponsor="Crestview Tax Academy",
        date="2025-06-27",
        hours=3.0,
        field="Taxes",
        number="C-2025-118-0442",
        method=QAS,
    ),
    Certificate(
        "certificate_for_one_course_over_a_summary_of_the_year_s_courses",
        """
Certificate for: Government Auditing Standards Refresher
Issued to: Paula Winters
Completed: 05/22/2025 | Credits: 4.0 | Field: Auditing (Governmental) | Group Internet Based
Provider: Statehouse Audit Training

Your 2025 summary
  01/14/2025  Single Audit Basics                       4.0
  03/03/2025  GASB 87 Leases                            2.0
  05/22/2025  Government Auditing Standards Refresher   4.0
  Total 2025                                            10.0
""",
        title="Government Auditing Standards Refresher",
        sponsor="Statehouse Audit Training",
        date="2025-05-22",
        hours=4.0,
        field="Auditing (Governmental)",
        number=None,
        method=GIB,
    ),
    # ---------------------------------------------------------------- batch 9
    Certificate(
        "markdown_sessions_table_with_day_totals_and_a_grand_total",
        """
# Certificate of Attendance
## 2025 Desert Southwest Accounting Summit

Attendee: Marco Bianchi, CPA

| Day | Session | CPE |
|-----|---------|-----|
| Nov 12, 2025 | Revenue Recognition Roundup | 2.0 |
| Nov 12, 2025 | Leases for Landlords | 2.0 |
| | **Day 1 total** | **4.0** |
| Nov 13, 2025 | Fraud in the Cash Cycle | 3.0 |
| | **Day 2 total** | **3.0** |
| | **Grand total** | **7.0** |

Field of study: Accounting; Auditing | Delivery: Group Live
Saguaro Society of CPAs
""",
        title="2025 Desert Southwest Accounting Summit",
        sponsor="Saguaro Society of CPAs",
        date="2025-11-13",
        hours=7.0,
        field="Accounting; Auditing",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "blended_parts_on_one_line_separated_by_semicolons_with_a_total",
        """
Certificate of Completion

Oak Valley Finance School
Program: Cash Management for Nonprofits

Pre-reading (self-study): 1.0 credit, completed 10/01/2025; Live session: 2.0 credits on \
10/03/2025; Post-assessment passed 10/06/2025: 0.5 credit. Total: 3.5 CPE.

Field of study: Finance
Delivery: Blended Learning
""",
        title="Cash Management for Nonprofits",
        sponsor="Oak Valley Finance School",
        date="2025-10-06",
        hours=3.5,
        field="Finance",
        number=None,
        method=BLENDED,
    ),
    Certificate(
        "transcript_row_with_course_id_title_provider_and_type_columns",
        """
My CPE Transcript - printed 12/01/2025

Course ID    Title                               Provider                 Completed     Credits   Type
AC-2291      Accounting for Software Costs       Clearline Learning       11/20/2025    2.0       Self-study

Field of study for AC-2291: Accounting
""",  # noqa: E501 (a transcript's row is wide)
        title="Accounting for Software Costs",
        sponsor="Clearline Learning",
        date="2025-11-20",
        hours=2.0,
        field="Accounting",
        number=None,
        method=QAS,
    ),
    Certificate(
        "email_with_a_numeric_utc_date_header_and_a_session_date_label",
        """
Date: 2025-10-21 16:03:11 +0000
From: "Prairie Wind CPE" <noreply@prairiewindcpe.example>
To: lena.ortiz@mail.example
Subject: Attendance confirmed

Session: Auditing Related Party Transactions
Session date - 20 October 2025
Credits - 2.0 CPE, Auditing
Format - live webinar
""",
        title="Auditing Related Party Transactions",
        sponsor="Prairie Wind CPE",
        date="2025-10-20",
        hours=2.0,
        field="Auditing",
        number=None,
        method=GIB,
    ),
    Certificate(
        "confirmation_letter_with_a_printed_date_in_the_footer",
        """
Granite Bay Professional Education
45 Harbor Road, Portsmouth, NH 03801

Dear Mr. Hall,

Our records confirm that you attended Estate and Trust Income Taxation on November 14, \
2025 at our Portsmouth center. The seminar carries 8 CPE credits in Taxes.

Sincerely,
Granite Bay Professional Education

Printed 12/03/2025 - page 1
""",
        title="Estate and Trust Income Taxation",
        sponsor="Granite Bay Professional Education",
        date="2025-11-14",
        hours=8.0,
        field="Taxes",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "receipt_with_payment_received_workshop_date_and_a_receipt_number",
        """
RECEIPT No. 2025-3318

Received from: Omar Said
Payment received: 09/12/2025 ($310.00, check #1182)
For: Workshop - Not-for-Profit Single Audit Readiness
Workshop date: September 26, 2025
CPE: 6.5 hours, Auditing (Governmental), in person

Sierra Foothills Accounting Society
""",
        title="Not-for-Profit Single Audit Readiness",
        sponsor="Sierra Foothills Accounting Society",
        date="2025-09-26",
        hours=6.5,
        field="Auditing (Governmental)",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "form_rev_with_dashes_in_the_footer_and_a_dashed_program_date",
        """
SPONSOR VERIFICATION OF CPE

Licensee: Beatriz Santos
Sponsor: Coastal Plains Tax Institute
Title of program: Texas Franchise Tax Essentials
Date of program: 7-15-2025
CPE credit hours: 4
Field of study: Taxes
Method of delivery: Group Internet Based

Form 12A (Rev. 7-2023)
""",
        title="Texas Franchise Tax Essentials",
        sponsor="Coastal Plains Tax Institute",
        date="2025-07-15",
        hours=4.0,
        field="Taxes",
        number=None,
        method=GIB,
    ),
    Certificate(
        "self_study_dates_between_middle_dots",
        """
Certificate of Completion

Kestrel Learning Group
Course: Auditing Estimates and Fair Value Disclosures

Enrolled 08/01/2025 \xb7 Passed final exam 08/20/2025 (score 88%) \xb7 Certificate emailed 08/21/2025
CPE credits: 5.0 \xb7 Field of study: Auditing \xb7 Delivery: QAS Self Study
Certificate no. KLG-AEF-0820-03
""",  # noqa: E501 (facts between dots on one line)
        title="Auditing Estimates and Fair Value Disclosures",
        sponsor="Kestrel Learning Group",
        date="2025-08-20",
        hours=5.0,
        field="Auditing",
        number="KLG-AEF-0820-03",
        method=QAS,
    ),
    Certificate(
        "ordinal_range_across_months_in_words",
        """
Certificate of Attendance

This certifies that Harold Kim attended the Upper Midwest Governmental Finance Institute, \
held from the 30th of September through the 2nd of October, 2025 in Duluth, Minnesota, \
earning 20 CPE credits in Accounting (Governmental).

North Shore Government Finance Officers
""",
        title="Upper Midwest Governmental Finance Institute",
        sponsor="North Shore Government Finance Officers",
        date="2025-10-02",
        hours=20.0,
        field="Accounting (Governmental)",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "licence_ptin_program_and_certificate_numbers_together",
        """
CERTIFICATE OF COMPLETION

Taxwise Academy
Participant: Donna Reyes     License #: CPA-041122     PTIN: P01234567

Program No. 45-2025: Depreciation and Section 179 Update
Completed 01/29/2025 - 2 CPE hours (Taxes) - Group Internet Based
Certificate No. 7781-22
""",
        title="Depreciation and Section 179 Update",
        sponsor="Taxwise Academy",
        date="2025-01-29",
        hours=2.0,
        field="Taxes",
        number="7781-22",
        method=GIB,
    ),
    # ---------------------------------------------------------------- batch 10
    Certificate(
        "attendance_letter_with_days_attended_and_credits_of_a_possible_total",
        """
Pacific Coast Society of Tax Professionals
1 Embarcadero Center, San Francisco, CA 94111

This letter certifies that Melissa Tan attended the 2025 California Tax Policy \
Conference. Days attended: Wednesday and Thursday (October 1-2, 2025).
CPE earned: 14.0 of a possible 16.0
Field of study: Taxes
Delivery: in person
""",
        title="2025 California Tax Policy Conference",
        sponsor="Pacific Coast Society of Tax Professionals",
        date="2025-10-02",
        hours=14.0,
        field="Taxes",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "blended_phases_with_a_date_range_each_and_a_program_total",
        """
# Certificate of Completion

Summit Peak Leadership Institute

Finance Business Partner Program
Phase 1 - Self-paced e-learning (Aug 4-15, 2025): 6 CPE
Phase 2 - Classroom (Aug 21, 2025): 8 CPE
Program total: 14 CPE

Participant: Aaron Feld
Field of study: Business Management & Organization
Delivery method: Blended Learning
""",
        title="Finance Business Partner Program",
        sponsor="Summit Peak Leadership Institute",
        date="2025-08-21",
        hours=14.0,
        field="Business Management & Organization",
        number=None,
        method=BLENDED,
    ),
    Certificate(
        "certificate_printed_from_a_transcript_with_a_count_of_other_courses",
        """
Certificate of completion - printed from your Ledgerpoint transcript

Course: Understanding Cryptocurrency Taxation
Provider: Ledgerpoint Learning
Completed: 10/30/2025
CPE: 2.0 | Taxes | QAS Self Study

Other courses completed this year: 3 (12.5 CPE) - see your transcript.
""",
        title="Understanding Cryptocurrency Taxation",
        sponsor="Ledgerpoint Learning",
        date="2025-10-30",
        hours=2.0,
        field="Taxes",
        number=None,
        method=QAS,
    ),
    Certificate(
        "email_delivered_timestamp_and_a_webinar_on_a_weekday_at_a_time",
        """
Delivered: Thu 11/20/2025 7:02 AM
From: Eastgate CPE Webinars
To: Rosa Bianco
Subject: Your CPE certificate

Thank you for attending our webinar, Nonprofit Form 990 Schedule B Basics, on Wednesday, \
November 19, 2025 at 2:00 p.m. ET. You have earned 1.5 CPE credits in Taxes.
Certificate ID: EGW-1119-6620
""",
        title="Nonprofit Form 990 Schedule B Basics",
        sponsor="Eastgate CPE Webinars",
        date="2025-11-19",
        hours=1.5,
        field="Taxes",
        number="EGW-1119-6620",
        method=GIB,
    ),
    Certificate(
        "letter_dated_above_and_signed_with_a_date_below",
        """
June 9, 2025

Lakes Region Accounting Education
88 Main Street, Meredith, NH 03253

To whom it may concern:

Jonathan Ames completed the workshop Year-End Payroll Reporting, which took place on \
June 3, 2025 in Concord. It carries 4 CPE credits in Taxes.

Signature: ______________________     Date: 06/09/2025
Rebecca Lane, Program Director
""",
        title="Year-End Payroll Reporting",
        sponsor="Lakes Region Accounting Education",
        date="2025-06-03",
        hours=4.0,
        field="Taxes",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "invoice_with_a_service_date_as_the_program_date",
        """
INVOICE #88-4410                                       Date issued: 04/01/2025

From: Granite State Accounting Seminars
To: Olsen & Pratt CPAs (attendee: Kim Olsen)

Service date: 04/15/2025
Service: Seminar - New Hampshire Business Profits Tax
CPE: 4 hours (Taxes), in person
Amount: $175.00 (paid)
""",
        title="New Hampshire Business Profits Tax",
        sponsor="Granite State Accounting Seminars",
        date="2025-04-15",
        hours=4.0,
        field="Taxes",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "form_revision_date_in_the_header_and_date_completed_without_a_colon",
        """
CPE REPORTING FORM                                          Revision Date: 03/2022

Participant        Ingrid Olsen
Course             Ethics for Minnesota CPAs
Sponsor            North Star Ethics Center
Date Completed     8/8/2025
CPE Hours          4
Field              Regulatory Ethics
Delivery           Group Internet Based
""",
        title="Ethics for Minnesota CPAs",
        sponsor="North Star Ethics Center",
        date="2025-08-08",
        hours=4.0,
        field="Regulatory Ethics",
        number=None,
        method=GIB,
    ),
    Certificate(
        "self_study_purchased_last_accessed_completed_and_expires_between_bars",
        """
Ridgeback Self-Study CPE - Course Certificate

Course: Revenue Cycle Analytics in Excel
Purchased: 2025-02-02 | Last accessed: 2025-02-27 | Completed: 2025-02-27 | Expires: 2026-02-02
CPE: 3.0 - Computer Software & Applications - QAS Self Study
Certificate #: RSS-RCA-0227-88
""",
        title="Revenue Cycle Analytics in Excel",
        sponsor="Ridgeback Self-Study CPE",
        date="2025-02-27",
        hours=3.0,
        field="Computer Software & Applications",
        number="RSS-RCA-0227-88",
        method=QAS,
    ),
    Certificate(
        "completed_on_a_weekday_day_first_date_at_a_time_in_gmt",
        """
CERTIFICATE

Anglia Professional Accountancy Courses certifies that Thomas Reid completed

US GAAP for IFRS Reporters

Completed on Tuesday, 2 December 2025, 23:45 GMT
CPE credits: 3.0 (Accounting)
Delivery: QAS Self Study
""",
        title="US GAAP for IFRS Reporters",
        sponsor="Anglia Professional Accountancy Courses",
        date="2025-12-02",
        hours=3.0,
        field="Accounting",
        number=None,
        method=QAS,
    ),
    Certificate(
        "sponsor_course_and_certificate_ids_where_the_certificate_id_holds_the_course_id",
        """
Certificate of Completion

Participant: Neil Harper
Course: Auditing Employee Benefit Plans: Investments
Provider: Harborview Audit School
Completed: 09/25/2025
CPE: 4.0 | Auditing | Group Internet Based

Sponsor ID: 112998 | Course ID: 55102 | Certificate ID: 55102-0093-2025
""",
        title="Auditing Employee Benefit Plans: Investments",
        sponsor="Harborview Audit School",
        date="2025-09-25",
        hours=4.0,
        field="Auditing",
        number="55102-0093-2025",
        method=GIB,
    ),
    # ---------------------------------------------------------------- batch 11
    Certificate(
        "two_day_columns_with_weekday_headings_and_dates_in_a_subtitle",
        """
# Gateway Accounting & Auditing Conference
> May 20 & 21, 2025 - St. Louis, Missouri

Certificate of Attendance - Ellen Marsh, CPA

Day 1 - Tuesday                          Day 2 - Wednesday
Audit Quality Management (2.0)           Current Tax Developments (2.0)
Revenue Recognition Lab (3.0)            Data Analytics for Audits (3.0)
Nonprofit Reporting Update (2.0)         Ethics Hour (1.0)
Peer Review Pitfalls (1.0)               Closing Panel (1.0)

CPE Total 15
Fields of study: Accounting; Auditing; Taxes
Show-Me Society of CPAs | NASBA Sponsor 109122
""",
        title="Gateway Accounting & Auditing Conference",
        sponsor="Show-Me Society of CPAs",
        date="2025-05-21",
        hours=15.0,
        field="Accounting; Auditing; Taxes",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "total_hours_above_a_components_table_with_the_date_last",
        """
Certificate of Completion - Blended Program

Program: Internal Audit Foundations
Sponsor: Pinecone Audit Institute
Total hours earned: 10.0
Field of study: Auditing

Component                        Hours    Date
Online learning path             4.0      01/20/2025
Live virtual workshop            6.0      01/28/2025
""",
        title="Internal Audit Foundations",
        sponsor="Pinecone Audit Institute",
        date="2025-01-28",
        hours=10.0,
        field="Auditing",
        number=None,
        method=BLENDED,
    ),
    Certificate(
        "csv_export_row_with_a_quoted_title_holding_a_comma",
        """
Title,Completed,Credits,Field of Study,Delivery Method,Provider
"Tax Update, Part 1: Individuals",2025-01-15,4.0,Taxes,Group Internet Based,Bluebird CPE
""",
        title="Tax Update, Part 1: Individuals",
        sponsor="Bluebird CPE",
        date="2025-01-15",
        hours=4.0,
        field="Taxes",
        number=None,
        method=GIB,
    ),
    Certificate(
        "original_message_with_a_date_of_completion_label",
        """
Thanks - saving this for my records.

-----Original Message-----
From: Three Rivers CPE <cpe@threeriverscpe.example>
Sent: Monday, July 14, 2025 4:45 PM
To: Greg Holt
Subject: Your certificate

Course: Cost Segregation Studies for Tax Practitioners
Date of completion: July 10, 2025
Credits: 2.0 CPE (Taxes)
Delivery: Group Internet Based
Certificate number: TR-0710-2210
""",
        title="Cost Segregation Studies for Tax Practitioners",
        sponsor="Three Rivers CPE",
        date="2025-07-10",
        hours=2.0,
        field="Taxes",
        number="TR-0710-2210",
        method=GIB,
    ),
    Certificate(
        "i_hereby_confirm_letter_with_a_date_signed",
        """
Westfield School of Accountancy
Continuing Education Office

I hereby confirm that Sandra Lee attended the course Auditing Small Nonprofits on 12 May \
2025 at our Westfield campus and earned 7 CPE hours in Auditing.

Margaret Doyle, Director
Date signed: 13 May 2025
""",
        title="Auditing Small Nonprofits",
        sponsor="Westfield School of Accountancy",
        date="2025-05-12",
        hours=7.0,
        field="Auditing",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "registration_confirmation_with_a_slashed_iso_date_and_the_credits_to_show",
        """
Registration confirmation

Event: Multistate Sales Tax Roundtable
Event date: 2025/06/05
Host: Heartland Sales Tax Forum
Your CPE certificate will show 3 credits in Taxes.
Attendance was verified for the full session (Zoom).
""",
        title="Multistate Sales Tax Roundtable",
        sponsor="Heartland Sales Tax Forum",
        date="2025-06-05",
        hours=3.0,
        field="Taxes",
        number=None,
        method=GIB,
    ),
    Certificate(
        "form_with_a_version_and_updated_date_in_the_footer",
        """
CONTINUING EDUCATION RECORD

Attendee: Paul Kramer
Program: Fraud Interviewing Techniques
Sponsor: Copperline Forensic Institute
Completion: 2025-05-02
CPE: 4.0
Field of study: Specialized Knowledge
Method: Group Live

v2.3 updated 2024-11-02
""",
        title="Fraud Interviewing Techniques",
        sponsor="Copperline Forensic Institute",
        date="2025-05-02",
        hours=4.0,
        field="Specialized Knowledge",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "final_exam_passed_with_the_attempt_count_in_brackets",
        """
Certificate of Completion

Blue Mesa CPE Online
Course: Partnership Taxation Fundamentals
Final exam: passed 2025-03-31 (attempt 2 of 3)
CPE credits: 12.0
Field of study: Taxes
Delivery method: QAS Self Study
Certificate ID: BMC-PTF-0331-77
""",
        title="Partnership Taxation Fundamentals",
        sponsor="Blue Mesa CPE Online",
        date="2025-03-31",
        hours=12.0,
        field="Taxes",
        number="BMC-PTF-0331-77",
        method=QAS,
    ),
    Certificate(
        "day_range_before_an_abbreviated_month_with_a_full_stop",
        """
# Certificate of Attendance

2025 Rocky Mountain Governmental Accounting Institute
5-7 Nov. 2025 | Denver, Colorado

Attendee: Francesca Russo
Credits: 21 CPE
Field: Accounting (Governmental)

Colorado Government Finance Society
""",
        title="2025 Rocky Mountain Governmental Accounting Institute",
        sponsor="Colorado Government Finance Society",
        date="2025-11-07",
        hours=21.0,
        field="Accounting (Governmental)",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "slashed_certificate_number_beside_nasba_number_and_a_course_code",
        """
Certificate of Completion

Course: Intermediate Accounting Refresher
Provider: Blackstone Valley CPE Institute
Date: 06/12/2025
Credits: 8.0
Field of study: Accounting
Delivery: Group Live

Cert # 2025/0612/004 | NASBA #103344 | Course code ACC101
""",
        title="Intermediate Accounting Refresher",
        sponsor="Blackstone Valley CPE Institute",
        date="2025-06-12",
        hours=8.0,
        field="Accounting",
        number="2025/0612/004",
        method=LIVE,
    ),
    # ---------------------------------------------------------------- batch 12
    Certificate(
        "session_day_headers_with_time_session_credit_rows_and_an_event_total",
        """
Certificate of Attendance

Evergreen Chapter Spring Accounting Seminar
Hosted by the Olympic Peninsula Chapter of CPAs

Session day: 04/08/2025
  9:00 AM  | Audit Documentation Refresher        | 1.5 CPE
  11:00 AM | Small Business Tax Planning          | 2.0 CPE
Session day: 04/09/2025
  9:00 AM  | Cybersecurity for Small Firms        | 3.0 CPE
  1:00 PM  | Practice Management Roundtable      | 3.0 CPE

Total CPE for event: 9.5
Field of study: Accounting; Taxes
Delivery: Group Live
""",
        title="Evergreen Chapter Spring Accounting Seminar",
        sponsor="Olympic Peninsula Chapter of CPAs",
        date="2025-04-09",
        hours=9.5,
        field="Accounting; Taxes",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "blended_with_a_capstone_part_and_a_program_completion_date",
        """
Certificate of Program Completion

Program: Advanced Controllership Certificate
Sponsor: Lakeshore Executive Education
Parts: online modules (10/2025 - 11/2025); capstone presentation (live) 12/09/2025
Program completion date: 12/09/2025
CPE credits: 24.0
Field of study: Accounting
Delivery method: Blended Learning
""",
        title="Advanced Controllership Certificate",
        sponsor="Lakeshore Executive Education",
        date="2025-12-09",
        hours=24.0,
        field="Accounting",
        number=None,
        method=BLENDED,
    ),
    Certificate(
        "lms_status_progress_and_a_completed_on_time_in_pst",
        """
Coastline CPE Academy - Course Progress

Course: Governmental Fund Balance Classifications
Status: Completed (100%)
Progress: 12/12 lessons
Completed on: Dec 1, 2025 3:14 PM PST
CPE: 2.5 | Field: Accounting (Governmental) | Self-study (QAS)
""",
        title="Governmental Fund Balance Classifications",
        sponsor="Coastline CPE Academy",
        date="2025-12-01",
        hours=2.5,
        field="Accounting (Governmental)",
        number=None,
        method=QAS,
    ),
    Certificate(
        "email_sent_day_first_and_attended_yesterday_with_the_date",
        """
From: Pennine Accountancy Webinars <webinars@pennine.example>
Sent: Tuesday, 7 October 2025 09:12
To: Harriet Cole
Subject: Your CPE record

Dear Harriet,

You attended the webinar Lease Accounting for Lessees under ASC 842 yesterday, 6 October \
2025, and earned 2.0 CPE credits in Accounting.

Pennine Accountancy Webinars
""",
        title="Lease Accounting for Lessees under ASC 842",
        sponsor="Pennine Accountancy Webinars",
        date="2025-10-06",
        hours=2.0,
        field="Accounting",
        number=None,
        method=GIB,
    ),
    Certificate(
        "letter_with_a_date_of_this_letter_and_dates_of_attendance_labels",
        """
Valley of the Sun Tax Institute
Phoenix, Arizona

Date of this letter: 11/30/2025

Re: CPE attendance

Attendee: Miguel Torres
Program: Arizona Individual Income Tax Workshop
Date(s) of attendance: 11/17/2025 - 11/18/2025
CPE hours: 16
Field of study: Taxes
Format: in-person workshop
""",
        title="Arizona Individual Income Tax Workshop",
        sponsor="Valley of the Sun Tax Institute",
        date="2025-11-18",
        hours=16.0,
        field="Taxes",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "receipt_with_a_transaction_date_access_days_and_completion",
        """
Transaction date 2025-05-05 | Receipt RC-22019 | Redwood Valley CPE

Course: Cash-Basis and Tax-Basis Financial Statements
Access: 365 days
Completed 2025-05-19
CPE 2 | Accounting | QAS Self Study
""",
        title="Cash-Basis and Tax-Basis Financial Statements",
        sponsor="Redwood Valley CPE",
        date="2025-05-19",
        hours=2.0,
        field="Accounting",
        number=None,
        method=QAS,
    ),
    Certificate(
        "form_approved_and_supersedes_with_a_completed_date_label",
        """
STATEMENT OF CPE ATTENDANCE
Form approved 2021 | Supersedes 2019 edition

Attendee:            Victor Nguyen
Program:             Audit Sampling for Governments
Sponsor:             Great Lakes Public Sector Training
Completed (date):    02/27/2025
CPE credits:         4
Field of study:      Auditing (Governmental)
Delivery method:     Group Internet Based
""",
        title="Audit Sampling for Governments",
        sponsor="Great Lakes Public Sector Training",
        date="2025-02-27",
        hours=4.0,
        field="Auditing (Governmental)",
        number=None,
        method=GIB,
    ),
    Certificate(
        "exam_score_on_a_date_beside_a_purchase_date",
        """
Certificate of Completion

Course: Not-for-Profit Audit Fundamentals
Provider: Harbor Light CPE
Purchase: 06/30/2025
Exam score: 100% on 07/07/2025
CPE credits: 8.0 (Auditing)
Delivery method: QAS Self Study
""",
        title="Not-for-Profit Audit Fundamentals",
        sponsor="Harbor Light CPE",
        date="2025-07-07",
        hours=8.0,
        field="Auditing",
        number=None,
        method=QAS,
    ),
    Certificate(
        "ordinal_day_range_with_suffixes_on_both_days",
        """
# Certificate of Attendance

Winter Tax School
Jan 27th - 29th, 2026 | Sioux City, Iowa

Presented to: Jacob Lund
24 CPE credits - Taxes - Group Live

Siouxland Tax Practitioners Association
""",
        title="Winter Tax School",
        sponsor="Siouxland Tax Practitioners Association",
        date="2026-01-29",
        hours=24.0,
        field="Taxes",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "serial_program_and_sponsor_numbers_between_bars",
        """
CERTIFICATE OF COMPLETION

Wildflower Ethics Institute

Participant: Teresa Bloom
Course: Ethics for Texas CPAs: Board Rules Update
Date completed: 04/04/2025
CPE: 4.0 | Regulatory Ethics | Group Internet Based

Certificate Serial No. 000-451-227 | Program # 2025-ETH-09 | Sponsor # 108877
""",
        title="Ethics for Texas CPAs: Board Rules Update",
        sponsor="Wildflower Ethics Institute",
        date="2025-04-04",
        hours=4.0,
        field="Regulatory Ethics",
        number="000-451-227",
        method=GIB,
    ),
    # ---------------------------------------------------------------- batch 13
    Certificate(
        "conference_tracks_side_by_side_and_credits_earned_across_tracks",
        """
CERTIFICATE OF ATTENDANCE

Northern Lights Accounting Conference, Anchorage - February 10-11, 2026
Attendee: Kara Holmberg, CPA

                    Track A (Accounting)        Track B (Tax)
Tuesday 2/10        3.0                         3.0
Wednesday 2/11      4.0                         2.0

Credits earned (all tracks): 12.0
Field of study: Accounting; Taxes
Delivery method: Group Live

Alaska Society of Accountants
""",
        title="Northern Lights Accounting Conference",
        sponsor="Alaska Society of Accountants",
        date="2026-02-11",
        hours=12.0,
        field="Accounting; Taxes",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "blended_parts_added_up_in_one_line_with_plus_and_equals",
        """
Certificate of Completion

Program: Audit Team Leadership (blended)
Provider: Foxglove Audit Academy
Orientation webinar (1/5/2026) 1 CPE + Field assignment (completed 1/19/2026) 3 CPE = 4 CPE
Field of study: Personal Development
""",
        title="Audit Team Leadership",
        sponsor="Foxglove Audit Academy",
        date="2026-01-19",
        hours=4.0,
        field="Personal Development",
        number=None,
        method=BLENDED,
    ),
    Certificate(
        "learning_record_complete_as_of_a_date",
        """
Learning Record - Marshfield Firm Academy

Learner: Devon Clarke
Course: Review of Tax Provision Workpapers
Completion status: Complete as of 2025-10-10
Credit hours: 2.0
Field of study: Taxes
Learning format: Virtual instructor-led
""",
        title="Review of Tax Provision Workpapers",
        sponsor="Marshfield Firm Academy",
        date="2025-10-10",
        hours=2.0,
        field="Taxes",
        number=None,
        method=GIB,
    ),
    Certificate(
        "external_tagged_email_with_a_date_sent_label_and_a_program_date",
        """
Subject: [External] Your CPE certificate
Date sent: 10/15/2025
From: Juniper Ridge CPE

Program: Tax Implications of Divorce
Program date: 10/14/2025
Credits: 2 CPE - Taxes
Delivery: webinar
Certificate code: JRC-1014-5512
""",
        title="Tax Implications of Divorce",
        sponsor="Juniper Ridge CPE",
        date="2025-10-14",
        hours=2.0,
        field="Taxes",
        number="JRC-1014-5512",
        method=GIB,
    ),
    Certificate(
        "letter_generated_by_a_system_with_an_iso_date_in_the_body",
        """
Bridgewater Society of Accountants

Dear Mr. Patel,

Thank you for attending Fraud Risk in Payroll on 2025-11-24 at our Bridgewater office. \
This live program carries 2 CPE credits in Auditing.

Letter generated 2025-12-01 08:15 by the CPE system
""",
        title="Fraud Risk in Payroll",
        sponsor="Bridgewater Society of Accountants",
        date="2025-11-24",
        hours=2.0,
        field="Auditing",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "registration_status_attended_after_a_waitlist_with_its_own_date",
        """
Event Registration Record

Event: Cooperative Tax Issues Forum
Organizer: Plains Cooperative Tax Council
Status: Attended (moved from waitlist 09/02/2025)
Event date: 09/10/2025
CPE: 6.0 (Taxes) - in person
""",
        title="Cooperative Tax Issues Forum",
        sponsor="Plains Cooperative Tax Council",
        date="2025-09-10",
        hours=6.0,
        field="Taxes",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "quizzes_passed_before_the_final_exam_passed",
        """
Certificate of Completion

Course: Governmental Accounting Fundamentals
Provider: Capitol Learning Online
Quiz 1 passed 03/01/2025, Quiz 2 passed 03/03/2025, Final exam passed 03/05/2025
CPE credits: 6.0
Field of study: Accounting (Governmental)
Delivery method: QAS Self Study
""",
        title="Governmental Accounting Fundamentals",
        sponsor="Capitol Learning Online",
        date="2025-03-05",
        hours=6.0,
        field="Accounting (Governmental)",
        number=None,
        method=QAS,
    ),
    Certificate(
        "certificate_number_that_replaces_an_earlier_one",
        """
Certificate of Completion

Course: Business Valuation Basics
Provider: Ironbridge Valuation Institute
Completed: 05/16/2025
CPE: 8.0 | Specialized Knowledge | Group Internet Based
Cert. No. IVI-2025-00017 (replaces IVI-2025-00009)
""",
        title="Business Valuation Basics",
        sponsor="Ironbridge Valuation Institute",
        date="2025-05-16",
        hours=8.0,
        field="Specialized Knowledge",
        number="IVI-2025-00017",
        method=GIB,
    ),
]
