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
]
