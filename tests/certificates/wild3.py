"""Tuning certificates of documents that are not one tidy certificate: conference
certificates with sessions grouped by day and one total, blended programs whose
components each have a date and a credit, LMS transcript rows, signed confirmation
letters, e-mails with their own sent date, receipts and registration confirmations
that also state the credit, forms with a revision date in the footer, delivery
methods ticked in a row of options, a sponsor's address block beside the facts, one
sentence per fact, a sponsor's NASBA registry number beside a separate QAS number;
credits labelled "CPE Credit(s)", "Credit Hours", "Contact hours" or "NASBA CPE",
decimals written with a comma, titles holding colons, dashes, years and numbers, and
certificate numbers with dashes and slashes. Participants, instructors, licence
numbers, addresses, URLs and footers stand beside the fields.

Several fields of study follow forms.py's multiple_fields_of_study: the list as
printed. A receipt's order number, a course code or a sponsor's number is not the
certificate's number.

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

WILD3 = [
    # ---------------------------------------------------------------- batch 1
    Certificate(
        "conference_days_in_words_sessions_and_total",
        """
# Pacific Northwest Accounting & Auditing Conference
Certificate of Attendance

Awarded to: Priya Raman, CPA          License No. WA-41872

DAY ONE - Wednesday, October 15, 2025
  Keynote: The State of the Profession                    1.0
  Lease Accounting Two Years In                           2.0
  Peer Review Hot Topics                                  2.0
DAY TWO - Thursday, October 16, 2025
  Revenue Recognition for Construction Contractors        2.0
  Fraud Risk in Small Entities                            1.5

Total CPE Credits Earned: 8.5
Fields of Study: Accounting; Auditing
Delivery: In person, Bellevue, WA

Cascade Society of Certified Public Accountants | NASBA Sponsor #112905
""",
        title="Pacific Northwest Accounting & Auditing Conference",
        sponsor="Cascade Society of Certified Public Accountants",
        date="2025-10-16",
        hours=8.5,
        field="Accounting; Auditing",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "blended_parts_with_their_own_dates_and_leaders",
        """
Certificate of Completion

Lakeview Professional Learning
Blended Program: Controllership Essentials: Closing the Books Faster

Presented to Daniel Okafor

Part 1 - Self-study pre-work (completed 09/08/2025) ........ 4.0 CPE
Part 2 - Live virtual workshop (09/12/2025) ................ 4.0 CPE
Total ...................................................... 8.0 CPE credits

Field of Study: Accounting
Delivery Method: Blended Learning
Certificate ID: LPL-CE-2025-0912-077
""",
        title="Controllership Essentials: Closing the Books Faster",
        sponsor="Lakeview Professional Learning",
        date="2025-09-12",
        hours=8.0,
        field="Accounting",
        number="LPL-CE-2025-0912-077",
        method=BLENDED,
    ),
    Certificate(
        "lms_transcript_pipe_table_one_row",
        """
Beacon CPE Online - My Transcript
Printed 11/20/2025 4:05 PM   |   User: mgarcia@firm.example

| Completed  | Course                                         | Format     | Field    | CPE | Certificate |
| 11/18/2025 | Internal Controls for Small Businesses: Part 2 | Self-Study | Auditing | 2.5 | BCO-778120  |

Transcript totals: 1 course, 2.5 CPE
""",  # noqa: E501 (a transcript's row is wide)
        title="Internal Controls for Small Businesses: Part 2",
        sponsor="Beacon CPE Online",
        date="2025-11-18",
        hours=2.5,
        field="Auditing",
        number="BCO-778120",
        method=QAS,
    ),
    Certificate(
        "signed_letter_quoted_title_with_year_part_and_dash",
        """
Harborview Tax Seminars, LLC
410 Pike Street, Suite 1200
Seattle, WA 98101
(206) 555-0187

November 24, 2025

Mr. Jonathan Pierce
88 Alder Lane
Tacoma, WA 98402

Re: Confirmation of CPE Attendance

Dear Mr. Pierce:

Our records show that you attended the seminar "2025 Tax Update: Part 2 - Individuals and \
Pass-Throughs" on November 18, 2025 in Seattle. You were present for the full program and \
have earned eight (8) CPE credits in the field of Taxes.

Please keep this letter with your CPE records for at least five years.

Sincerely,

/s/ Margaret Liu
Margaret Liu, CPA
Director of Education
""",
        title="2025 Tax Update: Part 2 - Individuals and Pass-Throughs",
        sponsor="Harborview Tax Seminars, LLC",
        date="2025-11-18",
        hours=8.0,
        field="Taxes",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "email_sent_header_then_on_weekday_you_completed",
        """
From: Keystone Learning Hub <certificates@keystonelearning.example>
Sent: Monday, December 1, 2025 7:45 AM
To: Alicia Moreno
Subject: Certificate - Not-for-Profit Financial Reporting Update

Alicia,

Congratulations! On Thursday, November 27, 2025 you completed the on-demand course \
Not-for-Profit Financial Reporting Update.

Credits: 3.0 CPE (Accounting)
Certificate number: KLH/2025/114093

Keystone Learning Hub
NASBA Sponsor ID 139022 | QAS Sponsor ID 139022
""",
        title="Not-for-Profit Financial Reporting Update",
        sponsor="Keystone Learning Hub",
        date="2025-11-27",
        hours=3.0,
        field="Accounting",
        number="KLH/2025/114093",
        method=QAS,
    ),
    Certificate(
        "registration_receipt_stating_the_credit",
        """
REGISTRATION CONFIRMATION & RECEIPT

Summit Valley CPE Events
1200 Mountain View Road, Boulder, CO 80302

Order #: SV-448812                 Order date: 08/02/2025
Registrant: Kevin Duarte
Payment: Visa ending 4421          Amount paid: $249.00

Event: Governmental Auditing Boot Camp
Event date: September 9, 2025, 8:30 AM - 4:30 PM MT
Location: Boulder Marriott, Boulder, CO
CPE credits: 8
Field of study: Auditing (Governmental)
Delivery format: Group Live

Bring this confirmation to check-in. Your certificate will be e-mailed after the event.
""",
        title="Governmental Auditing Boot Camp",
        sponsor="Summit Valley CPE Events",
        date="2025-09-09",
        hours=8.0,
        field="Auditing (Governmental)",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "numbered_state_form_underscore_x_method_and_revision_footer",
        """
CPE CERTIFICATE OF COMPLETION
(Sponsor must complete all items)

1. Name of Participant: Grace Holloway
2. Name of Sponsor: Delta River Accounting Society
3. Course Title: Payroll Tax Compliance - Multi-State Employers
4. Date(s) Course Held: 06/23/2025 - 06/24/2025
5. Location: Memphis, TN
6. Number of CPE Credit Hours: 14.0
7. Field of Study: Taxes
8. Delivery Method:  _X_ Group Live   ___ Group Internet Based   ___ Self Study

Signature of Sponsor Representative: ______________________   Date: 06/25/2025

Form CPE-100 (Rev. 01/2023)                                        Page 1 of 1
""",
        title="Payroll Tax Compliance - Multi-State Employers",
        sponsor="Delta River Accounting Society",
        date="2025-06-24",
        hours=14.0,
        field="Taxes",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "bracket_x_rows_for_field_and_method_comma_decimal",
        """
# Certificate of Completion
Coastal Ridge CPE Institute

This is to certify that Nadia Petrova completed the program listed below.

Program Title:  Data Visualization with Power BI for Finance Teams
Date Completed: 10 Oct 2025
CPE Credit(s): 2,5

Field of Study:   [ ] Accounting   [ ] Auditing   [x] Computer Software & Applications   [ ] Taxes
Delivery Method:  [ ] Group Live   [x] Group Internet Based   [ ] QAS Self Study   [ ] Nano

Certificate No.: CRCI-2025-10-1077
""",
        title="Data Visualization with Power BI for Finance Teams",
        sponsor="Coastal Ridge CPE Institute",
        date="2025-10-10",
        hours=2.5,
        field="Computer Software & Applications",
        number="CRCI-2025-10-1077",
        method=GIB,
    ),
    Certificate(
        "address_block_left_facts_right",
        """
CERTIFICATE OF CPE CREDIT

Riverside Accounting Academy          Participant:  Thomas Becker
7700 Riverside Drive, Suite 300       Course:       Cash Flow Forecasting for Clients
Austin, TX 78701                      Completed:    March 27, 2025
(512) 555-0144                        Credit Hours: 4.0
www.riversideacademy.example          Field:        Finance
                                      Format:       Live webinar
                                      Cert. No.:    RAA-0327-2291
""",
        title="Cash Flow Forecasting for Clients",
        sponsor="Riverside Accounting Academy",
        date="2025-03-27",
        hours=4.0,
        field="Finance",
        number="RAA-0327-2291",
        method=GIB,
    ),
    Certificate(
        "one_sentence_per_fact_contact_hours",
        """
Certificate

Jordan Ellis attended Governmental Fund Accounting Refresher.
It was held on February 5, 2025.
The program was presented by Granite State Municipal Finance Institute.
Participants earned 6 contact hours.
The field of study is Accounting (Governmental).
The program was delivered in person.
""",
        title="Governmental Fund Accounting Refresher",
        sponsor="Granite State Municipal Finance Institute",
        date="2025-02-05",
        hours=6.0,
        field="Accounting (Governmental)",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "nasba_and_qas_sponsor_numbers_slashed_certificate_number",
        """
# CERTIFICATE OF COMPLETION

> Ashford Learning Group certifies that
> Benjamin Carter
> has successfully completed the self-study course

# Ethics for CPAs: Independence Rules Refresher (2025 Edition)

Completion Date            Credit Hours        Field of Study
September 30, 2025         4.0                 Ethics (Behavioral)

Certificate Number: AL/ETH/2025/09/3318
NASBA Sponsor No. 103345          QAS Self Study Sponsor No. 103345-QAS

~ Ashford Learning Group is registered with the National Association of State Boards of \
Accountancy (NASBA) as a sponsor of continuing professional education on the National \
Registry of CPE Sponsors. Ashford Learning Group is also registered with NASBA as a Quality \
Assurance Service (QAS) sponsor of group and self-study CPE.
""",
        title="Ethics for CPAs: Independence Rules Refresher (2025 Edition)",
        sponsor="Ashford Learning Group",
        date="2025-09-30",
        hours=4.0,
        field="Behavioral Ethics",
        number="AL/ETH/2025/09/3318",
        method=QAS,
    ),
    Certificate(
        "nasba_cpe_label_title_with_quarter_and_count",
        """
Webinar Completion Record

Webinar: 2025 Q4 Tax Update: 10 Things to Know Before Year-End
Host: Meridian Tax Education Partners
Presenter: Carla Nguyen, EA
Attended: 12/03/2025 (1:00 PM - 2:40 PM ET)
Attendance verified: 4 of 4 polling questions answered
NASBA CPE: 2.0
Field: Taxation
Record #: MTE-20251203-0458
""",
        title="2025 Q4 Tax Update: 10 Things to Know Before Year-End",
        sponsor="Meridian Tax Education Partners",
        date="2025-12-03",
        hours=2.0,
        field="Taxes",
        number="MTE-20251203-0458",
        method=GIB,
    ),
    # ---------------------------------------------------------------- batch 2
    Certificate(
        "conference_year_in_the_heading_days_without_year",
        """
# 2025 Buckeye Spring Accounting Conference
May 5-6, 2025  |  Greater Columbus Convention Center  |  Columbus, Ohio

This certificate is presented to Mark Sullivan, CPA (OH license 03-0418221)

Monday, May 5
  8:00 - 9:40     GASB Update                                   2.0
  10:00 - 11:40   Data Analytics in the Audit                   2.0
  1:00 - 4:20     Ethics: Independence Case Studies             4.0
Tuesday, May 6
  8:00 - 11:20    Not-for-Profit Accounting Roundtable          4.0
  12:30 - 2:10    Cybersecurity for Finance Leaders             2.0

Total credits earned ...... 14.0
Delivery method: Group Live

Ohio Valley Society of CPAs  -  sponsor ID 109988  -  www.ovscpa.example
""",
        title="2025 Buckeye Spring Accounting Conference",
        sponsor="Ohio Valley Society of CPAs",
        date="2025-05-06",
        hours=14.0,
        field=None,
        number=None,
        method=LIVE,
    ),
    Certificate(
        "blended_portions_each_with_credit_and_date",
        """
Certificate of Completion - Blended Program

Participant:  Erin Walsh
Program:      Lease Accounting Deep Dive
Sponsor:      Greenfield CPE Academy

Self-study portion: 2.0 CPE credits, completed 02/10/2025
Live virtual portion: 3.0 CPE credits, attended 02/14/2025
Total CPE credits: 5.0
Field of study: Accounting

Certificate #: GCA-BL-25-0214-16
""",
        title="Lease Accounting Deep Dive",
        sponsor="Greenfield CPE Academy",
        date="2025-02-14",
        hours=5.0,
        field="Accounting",
        number="GCA-BL-25-0214-16",
        method=BLENDED,
    ),
    Certificate(
        "lms_completion_details_export",
        """
Course Completion Details
Exported from Northstar LMS on 2025-07-15 09:02 UTC

Learner:                 Sam Patel (sam.patel@example.com)
Course:                  Treasury Management: Cash Positioning 101
Course Provider:         Northstar Finance Institute
Course Type:             Self-paced eLearning
Status:                  Completed (Passed, score 88%)
Completion Date/Time:    2025-07-14 16:22 UTC
Credits Awarded:         1.2
Credit Type:             CPE
Category:                Finance
Completion ID:           NFI-7F3K-92QD
""",
        title="Treasury Management: Cash Positioning 101",
        sponsor="Northstar Finance Institute",
        date="2025-07-14",
        hours=1.2,
        field="Finance",
        number="NFI-7F3K-92QD",
        method=QAS,
    ),
    Certificate(
        "letter_to_whom_it_may_concern_sponsor_in_signature",
        """
Whitman & Roe LLP
Certified Public Accountants

April 9, 2025

To Whom It May Concern:

This is to confirm that Ms. Laura Chen attended our two-day in-house training, Audit \
Sampling and Analytics, on April 3 and 4, 2025, and earned 16 hours of CPE credit in the \
field of Auditing. The training was held in person at our Hartford office.

Sincerely,

Daniel Roe, CPA
Partner, Whitman & Roe LLP
""",
        title="Audit Sampling and Analytics",
        sponsor="Whitman & Roe LLP",
        date="2025-04-04",
        hours=16.0,
        field="Auditing",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "email_date_header_link_and_certificate_id",
        """
Date: Wed, 8 Oct 2025 10:31:44 -0400
From: "Westbrook Webinars" <cpe@westbrookwebinars.example>
To: nora.kim@example.com
Subject: Your CPE certificate: Revenue Recognition for SaaS Companies

Hello Nora,

Thanks for joining our live webinar Revenue Recognition for SaaS Companies on \
10/07/2025. Based on your attendance and polling responses you earned 1.5 CPE credits \
(Field of Study: Accounting).

Certificate ID: WW-2025-10-07-5531
Download: https://westbrookwebinars.example/certificates/WW-2025-10-07-5531

Westbrook Webinars | NASBA Sponsor 146210
""",
        title="Revenue Recognition for SaaS Companies",
        sponsor="Westbrook Webinars",
        date="2025-10-07",
        hours=1.5,
        field="Accounting",
        number="WW-2025-10-07-5531",
        method=GIB,
    ),
    Certificate(
        "invoice_for_a_self_study_course_with_exam_passed",
        """
INVOICE / RECEIPT                                   Invoice #: INV-20931
Valuation Learning Partners                         Invoice date: 03/02/2025
PO Box 4410, Madison, WI 53701

Bill to: Rachel Adams

Item                                                               Price
Business Valuation Fundamentals: Module 3 - Discounts              $129.00
  (QAS Self-Study, 4 CPE Credit Hours, Specialized Knowledge)

Paid in full by Mastercard ****7712 on 03/02/2025.
Final exam passed: 03/18/2025
""",
        title="Business Valuation Fundamentals: Module 3 - Discounts",
        sponsor="Valuation Learning Partners",
        date="2025-03-18",
        hours=4.0,
        field="Specialized Knowledge",
        number=None,
        method=QAS,
    ),
    Certificate(
        "attendance_form_revision_and_page_footer",
        """
SPONSOR VERIFICATION OF CPE ATTENDANCE

Attendee Name ........ Victor Hernandez
Program Title ........ Construction Industry Accounting: Percentage-of-Completion
Sponsor Name ......... Tri-State Contractors Accounting Forum
Date of Program ...... 11/06/2025
CPE Hours ............ 3.5
Field of Study ....... Accounting
Instruction Method ... Group Live

Verified by: Janet Ortiz, Program Coordinator          Date: 11/07/2025

TSCAF Form 12  Rev. 7/2024                                               Page 1 of 1
""",
        title="Construction Industry Accounting: Percentage-of-Completion",
        sponsor="Tri-State Contractors Accounting Forum",
        date="2025-11-06",
        hours=3.5,
        field="Accounting",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "parenthesis_x_options_and_yes_no_ethics",
        """
# CERTIFICATE OF ATTENDANCE

Name: Olga Ivanova
Course: Professional Ethics for Texas CPAs (2025-2026 cycle)
Course date: 01/21/2025
Credit: 4.0

Format:   ( ) Classroom   (X) Live webinar   ( ) Self-study
Field:    (X) Regulatory Ethics   ( ) Behavioral Ethics   ( ) Other
Board-approved ethics course?  Yes (X)  No ( )

Provider: Lone Star Ethics Institute, TSBPA Sponsor No. 011234
""",
        title="Professional Ethics for Texas CPAs (2025-2026 cycle)",
        sponsor="Lone Star Ethics Institute",
        date="2025-01-21",
        hours=4.0,
        field="Regulatory Ethics",
        number=None,
        method=GIB,
    ),
    Certificate(
        "address_block_right_of_presented_to",
        """
# Certificate of Completion
                                                    Harbor Point Tax School
Presented to                                        22 Wharf Street, Suite 5
Elena Rossi                                         Portland, ME 04101
                                                    info@harborpointtax.example

Course: S Corporation Basis and Distributions
Date: 08/19/2025
Credit Hours: 3.0
Field of Study: Taxes
Delivery Method: Group Internet Based
Certificate: HPT-0819-3307
""",
        title="S Corporation Basis and Distributions",
        sponsor="Harbor Point Tax School",
        date="2025-08-19",
        hours=3.0,
        field="Taxes",
        number="HPT-0819-3307",
        method=GIB,
    ),
    Certificate(
        "one_sentence_per_fact_title_is_and_provider_was",
        """
CPE Record

The title of the course is Fraud Risk Assessment for Small Entities.
The course was completed on 9 June 2025.
The provider was Redwood Forensic Training Group.
The credit awarded is 2.5 CPE hours.
The field of study is Auditing.
The course was a live webinar.
The certificate number is RFT-0609-118.
""",
        title="Fraud Risk Assessment for Small Entities",
        sponsor="Redwood Forensic Training Group",
        date="2025-06-09",
        hours=2.5,
        field="Auditing",
        number="RFT-0609-118",
        method=GIB,
    ),
    Certificate(
        "fifty_minute_hour_footer_with_registry_and_qas_numbers",
        """
Certificate of Completion

Summit Peak Learning, LLC certifies that Hannah Brooks has completed the course

Excel for Accountants: PivotTables, Power Query & 5 Time-Saving Tricks

CPE Credit(s): 3.0 (based on a 50-minute hour)
Completion date: 4/22/2025
Field of study: Computer Software & Applications
Delivery method: QAS Self-Study
Certificate No.: SPL-2025-0422-0091

National Registry Sponsor ID: 112233      QAS Sponsor ID: 112233
""",
        title="Excel for Accountants: PivotTables, Power Query & 5 Time-Saving Tricks",
        sponsor="Summit Peak Learning, LLC",
        date="2025-04-22",
        hours=3.0,
        field="Computer Software & Applications",
        number="SPL-2025-0422-0091",
        method=QAS,
    ),
    Certificate(
        "credit_hours_table_with_slashed_certificate_number",
        """
# Granite Ridge Professional Education
# Certificate of Attendance

Attendee                Program                                      Date
Priya Desai             Internal Audit Quality Assessments: 2025     10/02/2025

Credit Hours    Field of Study        Delivery Method
6.0             Auditing              Group Live

Certificate No. 2025/IA/00871
""",
        title="Internal Audit Quality Assessments: 2025",
        sponsor="Granite Ridge Professional Education",
        date="2025-10-02",
        hours=6.0,
        field="Auditing",
        number="2025/IA/00871",
        method=LIVE,
    ),
    Certificate(
        "title_with_a_date_and_a_session_number",
        """
CERTIFICATE OF PARTICIPATION

Awarded to Kevin O'Brien for participating in

Year-End Tax Planning Roundtable - December 2, 2025 Session

Hosted by: Bayside CPA Society (a NASBA-registered sponsor)
Held: Tuesday, December 2, 2025, 1:00-3:00 PM PT, via Microsoft Teams
CPE: 2 hours
Field of Study: Taxes
""",
        title="Year-End Tax Planning Roundtable - December 2, 2025 Session",
        sponsor="Bayside CPA Society",
        date="2025-12-02",
        hours=2.0,
        field="Taxes",
        number=None,
        method=GIB,
    ),
    # ---------------------------------------------------------------- batch 3
    Certificate(
        "conference_sessions_table_under_date_headings_total_row",
        """
Certificate of Attendance

Rocky Mountain Governmental Finance Symposium
Presented by the Front Range Public Finance Association

Attendee: Luis Ortega                Employee ID: 20-4471

Oct 20, 2025
Session                                         Instructor           CPE
Budgeting for Capital Projects                  A. Hale              2.0
Single Audit: Uniform Guidance Changes          R. Ng                2.5
Oct 21, 2025
Session                                         Instructor           CPE
GASB 101 Compensated Absences                   M. Iverson           2.0
Fund Balance Policies That Work                 A. Hale              3.0
TOTAL                                                                9.5

Field of study: Accounting (Governmental)
All sessions were presented in person in Denver, Colorado.
""",
        title="Rocky Mountain Governmental Finance Symposium",
        sponsor="Front Range Public Finance Association",
        date="2025-10-21",
        hours=9.5,
        field="Accounting (Governmental)",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "blended_components_table_with_format_and_dates",
        """
# Certificate of Completion

Hollis Learning Collaborative certifies that Maya Singh has completed the blended program

Advanced Nonprofit Tax Compliance: Form 990 and UBIT

Component                 Format                 Date(s)                    CPE
Pre-work                  On-demand video        03/03/2025                 3.0
Workshop                  In person, Chicago     03/10/2025 - 03/11/2025   12.0
Total                                                                       15.0

Field of Study: Taxes
Certificate Number: HLC-990-25-0311-208
""",
        title="Advanced Nonprofit Tax Compliance: Form 990 and UBIT",
        sponsor="Hollis Learning Collaborative",
        date="2025-03-11",
        hours=15.0,
        field="Taxes",
        number="HLC-990-25-0311-208",
        method=BLENDED,
    ),
    Certificate(
        "cpe_tracker_printout_fixed_width_row",
        """
CPE TRACKER - COMPLETED COURSES                          Printed: 12/15/2025

Date Completed   Course Name                              Provider                  Delivery   Field      Credits
12/09/2025       Audit Evidence: SAS 142 in Practice      Bluegate Audit Academy    GIB        Auditing   2.0
""",  # noqa: E501 (a tracker's row is wide)
        title="Audit Evidence: SAS 142 in Practice",
        sponsor="Bluegate Audit Academy",
        date="2025-12-09",
        hours=2.0,
        field="Auditing",
        number=None,
        method=GIB,
    ),
    Certificate(
        "letter_with_program_number_hours_in_words_and_cc",
        """
MIDLANDS TAX INSTITUTE
Practical education for tax professionals since 1987
500 Grand Avenue, Des Moines, IA 50309

September 30, 2025

Ms. Karen Oduya
Oduya & Associates
Ames, IA

Dear Ms. Oduya:

Thank you for attending Multistate Income Tax Nexus After Wayfair, program no. 2025-114, \
which we presented on September 25, 2025. This letter certifies that you attended the \
entire program and earned three (3.0) hours of CPE credit in Taxes. The program was \
delivered live online.

Sincerely,

Paul Brenner
Program Director, Midlands Tax Institute

cc: Attendee file
""",
        title="Multistate Income Tax Nexus After Wayfair",
        sponsor="Midlands Tax Institute",
        date="2025-09-25",
        hours=3.0,
        field="Taxes",
        number=None,
        method=GIB,
    ),
    Certificate(
        "forwarded_email_with_two_header_dates_and_labels",
        """
---------- Forwarded message ---------
From: CPE Desk <cpe@northwind-learning.example>
Date: Tue, Nov 11, 2025 at 9:12 AM
Subject: Certificate of completion
To: <j.baker@example.com>

Congratulations on completing your course. Details below.

Course: Fixed Assets and Depreciation: Book vs. Tax
Completed: 11/10/2025
Credits: 2.0 (Taxes)
Format: Self-study (online)
Certificate: NWL-FA-77120

Northwind Learning Group
""",
        title="Fixed Assets and Depreciation: Book vs. Tax",
        sponsor="Northwind Learning Group",
        date="2025-11-10",
        hours=2.0,
        field="Taxes",
        number="NWL-FA-77120",
        method=QAS,
    ),
    Certificate(
        "check_in_and_check_out_receipt_with_credits",
        """
ATTENDANCE RECEIPT

Event: Employee Benefit Plan Audit Workshop
Organizer: Prairie State CPA Society
Venue: Springfield Hilton, Springfield, IL

Attendee: Gregory Hill (Member #55120)
Checked in:  09/15/2025 7:52 AM
Checked out: 09/15/2025 4:31 PM

CPE credits recorded: 8.0
Field: Auditing

Keep this receipt for your records.
""",
        title="Employee Benefit Plan Audit Workshop",
        sponsor="Prairie State CPA Society",
        date="2025-09-15",
        hours=8.0,
        field="Auditing",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "reporting_form_revised_date_on_top_and_vertical_check_list",
        """
CPE Program Completion Form                                   Revised 03/2024

Licensee: Aaron Feld                     License #: CPA-88213
Sponsor: Lakeshore Accounting Education Council
Program title: Governmental Audit Quality: Yellow Book 2024 Revision
Date program completed: 07/17/2025
Credit hours earned: 4
Field of study: Auditing (Governmental)

Delivery method (check one):
[ ] Group Live
[X] Group Internet Based
[ ] QAS Self Study
[ ] Nano Learning
""",
        title="Governmental Audit Quality: Yellow Book 2024 Revision",
        sponsor="Lakeshore Accounting Education Council",
        date="2025-07-17",
        hours=4.0,
        field="Auditing (Governmental)",
        number=None,
        method=GIB,
    ),
    Certificate(
        "address_block_under_the_signature_at_the_foot",
        """
# Certificate of Completion

Program:        Management Reporting with Excel Dashboards
Completed:      June 12, 2025
Credits:        1.5 CPE
Field:          Computer Software & Applications
Delivery:       Webinar
Certificate #:  OAK-0612-44

_______________________
Dana Whitfield, Director
Oakline Finance Academy
14 Beacon Street, Boston, MA 02108
""",
        title="Management Reporting with Excel Dashboards",
        sponsor="Oakline Finance Academy",
        date="2025-06-12",
        hours=1.5,
        field="Computer Software & Applications",
        number="OAK-0612-44",
        method=GIB,
    ),
    Certificate(
        "you_sentences_it_is_worth",
        """
Completion notice

You completed Cash Basis Financial Statements for Small Clients. You completed it on \
August 8, 2025. It is worth 2 CPE credits. It counts toward Accounting. It was a \
self-study course from Pinecrest CPE Online.
""",
        title="Cash Basis Financial Statements for Small Clients",
        sponsor="Pinecrest CPE Online",
        date="2025-08-08",
        hours=2.0,
        field="Accounting",
        number=None,
        method=QAS,
    ),
    Certificate(
        "state_sponsor_numbers_and_slashed_number_with_letter",
        """
# Certificate of Completion

Awarded to: Natalie Cruz
Course: Revenue Recognition Roundup -- Part II: Contract Modifications
Date: 05/14/2025
CPE Credit(s) Earned: 2.0
Field of Study: Accounting
Method: Group Internet Based
No. 25-0988/B

Crestline Professional Education
NY Sponsor #002345 | TX Sponsor #008765 | NASBA #112233
""",
        title="Revenue Recognition Roundup -- Part II: Contract Modifications",
        sponsor="Crestline Professional Education",
        date="2025-05-14",
        hours=2.0,
        field="Accounting",
        number="25-0988/B",
        method=GIB,
    ),
    Certificate(
        "comma_decimal_whole_credit_and_form_number_title",
        """
Teilnahmebestatigung / Certificate of Participation

Course: Form 1065: 2025 Partnership Returns, Line by Line
Provider: Atlantic Bridge Tax Academy
Completion date: 26.11.2025
CPE Credits: 1,0
Field of study: Taxes
Delivery method: Group Internet Based
Certificate no.: ABT/2025/1126/0042
""",
        title="Form 1065: 2025 Partnership Returns, Line by Line",
        sponsor="Atlantic Bridge Tax Academy",
        date="2025-11-26",
        hours=1.0,
        field="Taxes",
        number="ABT/2025/1126/0042",
        method=GIB,
    ),
    Certificate(
        "nano_badge_with_minutes_and_url",
        """
Nano Learning Badge

Quick Take: 3 Red Flags in Vendor Master Data
Issued to: Owen Parker
Earned: 02/27/2025
Length: 10 minutes (0.2 CPE)
Field of Study: Auditing
Provider: Clearwater Nano CPE  |  clearwaternano.example/verify/CWN-0227-9910
Badge ID: CWN-0227-9910
""",
        title="Quick Take: 3 Red Flags in Vendor Master Data",
        sponsor="Clearwater Nano CPE",
        date="2025-02-27",
        hours=0.2,
        field="Auditing",
        number="CWN-0227-9910",
        method=NANO,
    ),
    Certificate(
        "sponsor_statement_first_then_facts_one_per_line",
        """
Stonebridge Professional Development is registered with the National Association of \
State Boards of Accountancy (NASBA) as a sponsor of continuing professional education on \
the National Registry of CPE Sponsors.

This confirms the following CPE activity:
Business Valuation Update: Discount Studies in 2025
Completed September 3, 2025
4.0 CPE credits
Field of study: Specialized Knowledge
Group Internet Based
""",
        title="Business Valuation Update: Discount Studies in 2025",
        sponsor="Stonebridge Professional Development",
        date="2025-09-03",
        hours=4.0,
        field="Specialized Knowledge",
        number=None,
        method=GIB,
    ),
    # ---------------------------------------------------------------- batch 4
    Certificate(
        "annual_meeting_sessions_attended_bullets_and_total",
        """
Tidewater Chapter of Government Accountants
2025 Annual Professional Development Meeting
November 3-4, 2025 - Norfolk Waterside Marriott

CERTIFICATE OF CPE CREDIT

Name: Denise Carter

Sessions attended:
  * Mon 11/3  Federal Grants Update ......................... 2.0
  * Mon 11/3  Internal Controls in Small Governments ........ 1.5
  * Tue 11/4  Ethics for Government Finance Professionals ... 2.0
  * Tue 11/4  Lease Accounting Under GASB 87 ................ 1.5

Total credits for sessions attended: 7.0
Field of study: Accounting (Governmental)
""",
        title="2025 Annual Professional Development Meeting",
        sponsor="Tidewater Chapter of Government Accountants",
        date="2025-11-04",
        hours=7.0,
        field="Accounting (Governmental)",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "blended_program_consists_of_sentence",
        """
# Certificate of Completion

Presented to Rafael Gomez

for completing the Mountain West Tax School program

Partnership Taxation Intensive: Allocations and Distributions

The program consists of (1) an online pre-course reading, 1.0 CPE credit, and (2) a live \
seminar on June 10, 2025, 7.0 CPE credits. Total: 8.0 CPE credits.

Field of Study: Taxes
Delivery method: Blended (QAS self-study + group live)
Certificate No: MWTS-PTI-0610-031
""",
        title="Partnership Taxation Intensive: Allocations and Distributions",
        sponsor="Mountain West Tax School",
        date="2025-06-10",
        hours=8.0,
        field="Taxes",
        number="MWTS-PTI-0610-031",
        method=BLENDED,
    ),
    Certificate(
        "lms_learning_history_row_with_course_id_and_status",
        """
Learning History - Alder Professional Education Portal
Name: Chris Yamamoto    Member No. 7781-22

Course ID    Title                                        Status      Date        Hours   Type
APE-3391     Not-for-Profit Audits: Net Asset Reporting   Complete    08/28/2025  3.0     On-demand

Field of study for APE-3391: Auditing
""",
        title="Not-for-Profit Audits: Net Asset Reporting",
        sponsor="Alder Professional Education",
        date="2025-08-28",
        hours=3.0,
        field="Auditing",
        number=None,
        method=QAS,
    ),
    Certificate(
        "university_letter_verifies_week_long_contact_hours",
        """
Eastbrook University
Office of Continuing Education
1 College Avenue, Eastbrook, NH 03301

March 12, 2025

RE: Verification of Continuing Education

This letter verifies that Thomas Nguyen completed the Eastbrook Forensic Accounting \
Institute, held from March 3 through March 7, 2025 on the Eastbrook campus, and earned \
32.0 contact hours (CPE) in the field of Accounting.

Respectfully,

Linda Marsh, Ed.D.
Director, Office of Continuing Education
""",
        title="Eastbrook Forensic Accounting Institute",
        sponsor="Eastbrook University",
        date="2025-03-07",
        hours=32.0,
        field="Accounting",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "email_sent_and_received_headers_attendance_confirmed",
        """
Sent: 10/17/2025 6:02 PM
Received: 10/17/2025 6:03 PM
From: Events Team, Copperfield CPE
To: Hector Alvarez
Subject: Attendance confirmed

Your attendance has been confirmed for "Data Privacy Rules for Accounting Firms", held \
online on October 16, 2025. You will receive 1.0 CPE credit in Information Technology.

Copperfield CPE | 88 Market Street, San Francisco, CA 94105 | Unsubscribe
""",
        title="Data Privacy Rules for Accounting Firms",
        sponsor="Copperfield CPE",
        date="2025-10-16",
        hours=1.0,
        field="Information Technology",
        number=None,
        method=GIB,
    ),
    Certificate(
        "registration_and_attendance_confirmation_status_attended",
        """
Registration & Attendance Confirmation

Registration ID: RC-5520418
Registered on: 04/01/2025
Status: Attended

Session: Audit Committee Communications: What to Say and When
Session date: 04/23/2025
Sponsor: Blue Heron Accounting Forum
Credits: 2.0 CPE
Field of Study: Auditing
Format: Virtual
""",
        title="Audit Committee Communications: What to Say and When",
        sponsor="Blue Heron Accounting Forum",
        date="2025-04-23",
        hours=2.0,
        field="Auditing",
        number=None,
        method=GIB,
    ),
    Certificate(
        "form_number_with_a_full_date_in_the_footer",
        """
CONTINUING EDUCATION CERTIFICATE

Participant       Ruth Abernathy
Program           Governmental Budgeting and Appropriations
Sponsor           Capitol Region Finance Officers League
Completed         01/29/2025
Credit Hours      6.0
Field             Accounting (Governmental)
Method            Group Live

Form CE-12  10/01/2023
""",
        title="Governmental Budgeting and Appropriations",
        sponsor="Capitol Region Finance Officers League",
        date="2025-01-29",
        hours=6.0,
        field="Accounting (Governmental)",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "method_table_with_an_x_column",
        """
# Certificate of Completion

Course title: Budgeting and Forecasting for Growing Companies
Sponsor: Ironbridge CFO Academy
Date completed: 07/08/2025
CPE credits: 4.0
Field of study: Finance

Delivery method                 Mark one
Group Live
Group Internet Based            X
QAS Self Study

Certificate ID: ICA-0708-5521
""",
        title="Budgeting and Forecasting for Growing Companies",
        sponsor="Ironbridge CFO Academy",
        date="2025-07-08",
        hours=4.0,
        field="Finance",
        number="ICA-0708-5521",
        method=GIB,
    ),
    Certificate(
        "sponsor_top_right_heading_left_then_facts",
        """
CERTIFICATE OF COMPLETION                              Silver Lake Accounting Institute
                                                       901 Lakeshore Blvd, Chicago, IL 60611
                                                       NASBA Sponsor 119034

This is to certify that Jonah Price has completed:

Title:      Fraud Schemes in Accounts Payable
Date:       September 18, 2025
CPE:        2.0
Field:      Auditing
Delivery:   Group Internet Based
""",
        title="Fraud Schemes in Accounts Payable",
        sponsor="Silver Lake Accounting Institute",
        date="2025-09-18",
        hours=2.0,
        field="Auditing",
        number=None,
        method=GIB,
    ),
    Certificate(
        "facts_as_short_paragraphs",
        """
Statement of Attendance

Anna Lindqvist took part in the course Value-Added Tax Basics for US Companies.

The course took place on 14 April 2025.

It was organized by Northern Lights Tax Academy.

Credit awarded: 3 CPE credits (Taxes).

The course was given as a live online class.
""",
        title="Value-Added Tax Basics for US Companies",
        sponsor="Northern Lights Tax Academy",
        date="2025-04-14",
        hours=3.0,
        field="Taxes",
        number=None,
        method=GIB,
    ),
    Certificate(
        "sponsor_with_nasba_and_qas_ids_in_the_sentence",
        """
Certificate of Completion

Brightline Tax Learning (NASBA ID 145577; QAS ID 145577) certifies that Olivia Bennett \
completed Estate and Gift Tax Returns: Form 706 Essentials on November 5, 2025 and \
earned 4.0 CPE credits in Taxes.

Delivery method: QAS Self Study
Certificate: BTL-706-110525-88
""",
        title="Estate and Gift Tax Returns: Form 706 Essentials",
        sponsor="Brightline Tax Learning",
        date="2025-11-05",
        hours=4.0,
        field="Taxes",
        number="BTL-706-110525-88",
        method=QAS,
    ),
    Certificate(
        "comma_decimal_with_unit_and_revision_suffixed_number",
        """
# CERTIFICATE OF ATTENDANCE

Attendee: Martin Keller
Program: Cybersecurity Controls -- SOC 2 Readiness: A Practical Roadmap
Provider: Hanseatic Audit Academy
Date of attendance: 17.03.2025
Credits: 3,5 CPE
Field: Information Technology
Method: Live webinar
Certificate: CERT-2025-12-0042/R1
""",
        title="Cybersecurity Controls -- SOC 2 Readiness: A Practical Roadmap",
        sponsor="Hanseatic Audit Academy",
        date="2025-03-17",
        hours=3.5,
        field="Information Technology",
        number="CERT-2025-12-0042/R1",
        method=GIB,
    ),
    Certificate(
        "contact_hours_and_nasba_cpe_credits_both_stated",
        """
Certificate of Participation

Meadowbrook Health Finance Institute certifies that Priyanka Shah participated in

Revenue Cycle Auditing for Hospitals

Date: 02/20/2025
Contact hours: 1.5
NASBA CPE credits: 1.5
Field of study: Auditing
Delivery method: Group Internet Based (webinar)
""",
        title="Revenue Cycle Auditing for Hospitals",
        sponsor="Meadowbrook Health Finance Institute",
        date="2025-02-20",
        hours=1.5,
        field="Auditing",
        number=None,
        method=GIB,
    ),
    # ---------------------------------------------------------------- batch 5
    Certificate(
        "indented_sections_with_colon_labels",
        """
CERTIFICATE OF COMPLETION

PARTICIPANT
    Name: Jasmine Lee
    Firm: Carter & Lee CPAs

PROGRAM
    Title: Single Audit Refresher: Major Program Determination
    Date completed: 08/14/2025
    Delivery method: Group Internet Based

CREDIT
    CPE hours: 3.0
    Field of study: Auditing (Governmental)

SPONSOR
    Prairie Fields CPE Cooperative
    NASBA Sponsor ID 130877
""",
        title="Single Audit Refresher: Major Program Determination",
        sponsor="Prairie Fields CPE Cooperative",
        date="2025-08-14",
        hours=3.0,
        field="Auditing (Governmental)",
        number=None,
        method=GIB,
    ),
    Certificate(
        "indented_sections_with_gaps_and_a_certificate_section",
        """
Statement of Continuing Professional Education

Course Information
      Course             Governmental Fund Balance Reporting
      Provided by        Evergreen Public Sector Learning
      Completed          May 29, 2025
      Format             In-person seminar

Credit Information
      CPE Credits        4.0
      Field              Accounting (Governmental)

Certificate
      Number             EPSL-2025-0529-014
""",
        title="Governmental Fund Balance Reporting",
        sponsor="Evergreen Public Sector Learning",
        date="2025-05-29",
        hours=4.0,
        field="Accounting (Governmental)",
        number="EPSL-2025-0529-014",
        method=LIVE,
    ),
    Certificate(
        "conference_day_subtotals_and_conference_total",
        """
# Great Plains Tax Conference
Certificate of Attendance

Presented to Walter Jensen, EA

Day 1 - November 17, 2025
    Individual Tax Update                      2.0
    Depreciation Planning                      2.0
    State Tax Roundup                          2.0
    Day 1 subtotal: 6.0
Day 2 - November 18, 2025
    S Corporation Issues                       2.0
    IRS Practice and Procedure                 2.0
    Ethics for Tax Practitioners               1.5
    Day 2 subtotal: 5.5

Conference total: 11.5 CPE credits
Field of Study: Taxes
Sponsored by the Great Plains Society of Tax Professionals
""",
        title="Great Plains Tax Conference",
        sponsor="Great Plains Society of Tax Professionals",
        date="2025-11-18",
        hours=11.5,
        field="Taxes",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "blended_steps_each_completed",
        """
Certificate of Completion

Learner: Isabel Ramos
Program: Financial Statement Analysis for Lenders
Provider: Keystone Credit Training Institute

Step 1 (self-study modules) completed 1/10/2025 - 4 credits
Step 2 (virtual classroom) completed 1/24/2025 - 4 credits

Total CPE: 8
Field of Study: Finance
Delivery: Blended
""",
        title="Financial Statement Analysis for Lenders",
        sponsor="Keystone Credit Training Institute",
        date="2025-01-24",
        hours=8.0,
        field="Finance",
        number=None,
        method=BLENDED,
    ),
    Certificate(
        "transcript_row_with_completed_on_timestamp_and_certificate_column",
        """
Redline Learning - Completed Training

Completed On          Course                              Credits  Field     Certificate #
2025-06-03 14:12      Preparing Form 1120-S Step by Step  2.0      Taxes     RL-1120S-88301

All courses above are QAS self-study.
""",
        title="Preparing Form 1120-S Step by Step",
        sponsor="Redline Learning",
        date="2025-06-03",
        hours=2.0,
        field="Taxes",
        number="RL-1120S-88301",
        method=QAS,
    ),
    Certificate(
        "letter_with_a_subject_line_and_s_signature",
        """
Clearview Ethics Partners, LLC
75 State Street, Albany, NY 12207

October 2, 2025

Subject: CPE attendance - Ms. Fatima Noor

Dear Ms. Noor,

We are pleased to confirm your completion of New York Professional Ethics for CPAs on \
September 29, 2025. The course was presented as a live webinar and qualifies for four \
(4) CPE hours in Regulatory Ethics.

/s/ Gregory Hale
Gregory Hale, CPA, Managing Partner
""",
        title="New York Professional Ethics for CPAs",
        sponsor="Clearview Ethics Partners, LLC",
        date="2025-09-29",
        hours=4.0,
        field="Regulatory Ethics",
        number=None,
        method=GIB,
    ),
    Certificate(
        "outlook_printed_reply_with_a_parenthesised_summary",
        """
From: Lakeside CPE Webinars <support@lakesidecpe.example>
Sent: Wednesday, March 5, 2025 11:20 AM
To: Brian Osei <bosei@example.com>
Subject: RE: CPE certificate request

Hi Brian,

Sorry for the delay. You attended Fraud Trends in Small Businesses on Feb 27, 2025 (2 CPE, \
Auditing, live webinar). Your certificate number is LCW-0227-19.

Best,
Lakeside CPE Webinars Support
""",
        title="Fraud Trends in Small Businesses",
        sponsor="Lakeside CPE Webinars",
        date="2025-02-27",
        hours=2.0,
        field="Auditing",
        number="LCW-0227-19",
        method=GIB,
    ),
    Certificate(
        "course_access_confirmation_with_assessment_completed",
        """
Course Access Confirmation

Thank you for your purchase from Summit Self-Study Center.

Order: #SSC-221907 (placed 04/30/2025)
Course: Retirement Plans for Small Businesses: SEP, SIMPLE and 401(k)
Credits: 3.0 CPE hours, Taxes
Format: QAS self-study (online)

You completed the final assessment on 05/06/2025 with a score of 90%.
""",
        title="Retirement Plans for Small Businesses: SEP, SIMPLE and 401(k)",
        sponsor="Summit Self-Study Center",
        date="2025-05-06",
        hours=3.0,
        field="Taxes",
        number=None,
        method=QAS,
    ),
    Certificate(
        "attendance_form_month_year_revision_and_date_signed",
        """
RECORD OF CPE ATTENDANCE

Program title ............ Municipal Bond Disclosure Update
Sponsoring organization .. Keystone Municipal Finance Society
Program date ............. 02/26/2025
CPE credit hours ......... 1.5
Field of study ........... Finance
Method ................... Group Live

Attendee signature ____________________    Date signed: 02/26/2025
Sponsor signature _____________________    Date signed: 02/27/2025

Rev. March 2024
""",
        title="Municipal Bond Disclosure Update",
        sponsor="Keystone Municipal Finance Society",
        date="2025-02-26",
        hours=1.5,
        field="Finance",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "asterisk_boxes_vertical_field_list",
        """
# Certificate of Completion

Participant: Dylan Brooks
Course: Workpaper Documentation That Passes Peer Review
Provider: Harbor Peer Review Academy
Date: 12/01/2025
CPE Credits: 2.0
Delivery Method: Group Internet Based

Field of Study (select one):
[ ] Accounting
[*] Auditing
[ ] Taxes
[ ] Other: ____________
""",
        title="Workpaper Documentation That Passes Peer Review",
        sponsor="Harbor Peer Review Academy",
        date="2025-12-01",
        hours=2.0,
        field="Auditing",
        number=None,
        method=GIB,
    ),
    Certificate(
        "address_block_left_right_aligned_labels_right",
        """
CERTIFICATE OF CPE COMPLETION

Westgate Internal Audit Institute                    Attendee:  Marcus Green
3100 Commerce Parkway                                  Course:  IT General Controls for Auditors
Raleigh, NC 27601                                 Date Completed:  07/22/2025
(919) 555-0110                                         Credits:  4.0
                                                         Field:  Auditing
                                                        Method:  Group Internet Based
""",
        title="IT General Controls for Auditors",
        sponsor="Westgate Internal Audit Institute",
        date="2025-07-22",
        hours=4.0,
        field="Auditing",
        number=None,
        method=GIB,
    ),
    Certificate(
        "facts_separated_by_double_dashes",
        """
CPE Certificate

Course -- Advanced Excel Modeling for FP&A
Provider -- Lumen Analytics Training
Completed -- 09/09/2025
Credits earned -- 2.0
Field of study -- Computer Software & Applications
Delivery -- Group Internet Based
Certificate ID -- LAT-0909-0310
""",
        title="Advanced Excel Modeling for FP&A",
        sponsor="Lumen Analytics Training",
        date="2025-09-09",
        hours=2.0,
        field="Computer Software & Applications",
        number="LAT-0909-0310",
        method=GIB,
    ),
    Certificate(
        "qas_sponsor_id_and_state_sponsor_in_the_footer_number_with_state_code",
        """
Certificate of Completion

Gulf Coast CPE Online certifies that Adriana Flores has completed the self-study course
Texas Franchise Tax: Reports, Rates and Common Mistakes
on 10/15/2025, earning 3.0 CPE credits in Taxes.

Certificate #: 2025-TX-000145

~ Registered with NASBA as a QAS Self Study sponsor, ID 107712. Texas State Board of Public \
Accountancy sponsor 009876.
""",
        title="Texas Franchise Tax: Reports, Rates and Common Mistakes",
        sponsor="Gulf Coast CPE Online",
        date="2025-10-15",
        hours=3.0,
        field="Taxes",
        number="2025-TX-000145",
        method=QAS,
    ),
    # ---------------------------------------------------------------- batch 6
    Certificate(
        "summit_agenda_tables_with_daily_totals",
        """
# 2025 Cascadia Audit Summit
Certificate of Completion - Tanya Brooks, CPA (WA #38814)

Thursday, September 11, 2025
Time         Session                                  Speaker        CPE
8:30 AM      Opening: Audit Quality in 2025           J. Ramirez     1.0
10:00 AM     Risk Assessment Under SAS 145            L. Chen        2.0
1:00 PM      Going Concern Judgments                  K. Adams       2.0
             Daily total                                             5.0
Friday, September 12, 2025
Time         Session                                  Speaker        CPE
8:30 AM      Group Audits and Component Auditors      M. Patel       2.0
10:30 AM     Sampling Without Tears                   R. Ortiz       2.0
             Daily total                                             4.0

Total CPE for the Summit: 9.0
Field of study: Auditing
Delivery method: Group Live

Northwest Audit Forum, 1201 Third Avenue, Seattle, WA 98101
""",
        title="2025 Cascadia Audit Summit",
        sponsor="Northwest Audit Forum",
        date="2025-09-12",
        hours=9.0,
        field="Auditing",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "blended_components_each_with_a_labelled_date",
        """
CERTIFICATE OF COMPLETION - BLENDED LEARNING

Participant: Noah Fischer
Program: Nonprofit Board Reporting Boot Camp
Sponsor: Riverbend Nonprofit Finance Center

Online component completed: 03/02/2025 (3.0 CPE)
In-class component attended: 03/09/2025 (5.0 CPE)
Total credit: 8.0 CPE

Field of study: Accounting
""",
        title="Nonprofit Board Reporting Boot Camp",
        sponsor="Riverbend Nonprofit Finance Center",
        date="2025-03-09",
        hours=8.0,
        field="Accounting",
        number=None,
        method=BLENDED,
    ),
    Certificate(
        "transcript_two_rows_one_in_progress",
        """
Copper Canyon CPE - Learner Transcript
Learner: Elise Martin

Course                                   Status        Completed    CPE   Field
Ethics for Arizona CPAs                  Completed     06/20/2025   4.0   Regulatory Ethics
Governmental GAAP Update                 In progress   -            -     -

Delivery: QAS Self Study (all courses)
""",
        title="Ethics for Arizona CPAs",
        sponsor="Copper Canyon CPE",
        date="2025-06-20",
        hours=4.0,
        field="Regulatory Ethics",
        number=None,
        method=QAS,
    ),
    Certificate(
        "firm_training_letter_with_hours_and_instructor",
        """
Baxter Quinn & Hale LLP
Learning & Development

To: Staff file - Michael Torres
Date: August 4, 2025

This memo confirms that Michael Torres completed the firm's in-house course Revenue \
Recognition for Construction Contracts, taught by Sara Quinn, CPA, on July 31, 2025. \
He earned 7.5 hours of CPE credit in Accounting. The course was held in person at \
the Denver office.

Approved: Karen Hale, Director of Learning & Development
""",
        title="Revenue Recognition for Construction Contracts",
        sponsor="Baxter Quinn & Hale LLP",
        date="2025-07-31",
        hours=7.5,
        field="Accounting",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "email_reply_quoting_the_original_message",
        """
Subject: Re: Certificate for the 11/3 webinar

Thanks, received!

On Tue, Nov 4, 2025 at 10:02 AM CPE Team <cpe@ridgeviewlearning.example> wrote:
| Hi Sam,
| Attached is your certificate for Construction Lending Risk Review, the live webinar
| you attended on November 3, 2025.
| CPE credits: 1.0 | Field of study: Finance | Certificate ID: RVL-1103-0077
| Ridgeview Learning Partners
""",
        title="Construction Lending Risk Review",
        sponsor="Ridgeview Learning Partners",
        date="2025-11-03",
        hours=1.0,
        field="Finance",
        number="RVL-1103-0077",
        method=GIB,
    ),
    Certificate(
        "payment_confirmation_with_cpe_credit_line",
        """
Payment confirmation

Thank you for your payment to Crescent Valley Accounting Society.

Amount: $89.00           Paid on: 05/19/2025
Item: Webinar - Cash Flow Statements Made Simple (May 21, 2025)

After you attend, you will receive CPE credit: 1.5 hours (Accounting).
""",
        title="Cash Flow Statements Made Simple",
        sponsor="Crescent Valley Accounting Society",
        date="2025-05-21",
        hours=1.5,
        field="Accounting",
        number=None,
        method=GIB,
    ),
    Certificate(
        "form_with_iso_revision_date_and_page_footer",
        """
CPE COMPLETION FORM

Name of CPA:        Jacob Wells
Course Title:       Internal Control Over Financial Reporting: Design and Testing
Provider:           Pinnacle Assurance Academy
Date(s) of Course:  10/06/2025 - 10/07/2025
CPE Credit Hours:   16.0
Field of Study:     Auditing
Delivery Method:    Group Live

CPE-1  Rev. 2024-02-01                                               Page 1 of 2
""",
        title="Internal Control Over Financial Reporting: Design and Testing",
        sponsor="Pinnacle Assurance Academy",
        date="2025-10-07",
        hours=16.0,
        field="Auditing",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "short_option_words_ticked",
        """
CERTIFICATE

Attendee: Lauren Hughes
Course: Sales and Use Tax Basics for Growing Businesses
Course date: 04/08/2025
CPE hours: 2
Delivery: [X] Live   [ ] Webcast   [ ] Self-study
Field:    [X] Tax    [ ] Accounting    [ ] Auditing
Provider: Golden Gate Tax Seminars
""",
        title="Sales and Use Tax Basics for Growing Businesses",
        sponsor="Golden Gate Tax Seminars",
        date="2025-04-08",
        hours=2.0,
        field="Taxes",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "sponsor_address_bottom_left_participant_address_right",
        """
# Certificate of Completion

Program: Fraud Examination Fundamentals
Completed: 11/12/2025
CPE Credits: 8.0
Field of Study: Auditing
Delivery Method: QAS Self Study

Issued by:                                  Issued to:
Sterling Fraud Institute                    Paul Adeyemi
650 Pine Street, Suite 210                  22 Orchard Lane
Dallas, TX 75201                            Plano, TX 75024
""",
        title="Fraud Examination Fundamentals",
        sponsor="Sterling Fraud Institute",
        date="2025-11-12",
        hours=8.0,
        field="Auditing",
        number=None,
        method=QAS,
    ),
    Certificate(
        "one_fact_per_sentence_with_instructor_and_one_cpe_hour",
        """
Completion Record

Chloe Adams completed Writing Better Management Letters.
The instructor was Martin Webb, CPA.
The course ended on 18 February 2025.
Credit: 1 CPE hour.
Field of study: Communications & Marketing.
The course was offered online, live, by Elmwood CPE Studio.
""",
        title="Writing Better Management Letters",
        sponsor="Elmwood CPE Studio",
        date="2025-02-18",
        hours=1.0,
        field="Communications & Marketing",
        number=None,
        method=GIB,
    ),
    Certificate(
        "sponsor_and_qas_numbers_course_number_and_cert_no",
        """
Certificate of Completion

Juniper Ridge Learning
Sponsor No. 103145   |   QAS No. 103145

This certifies that Grace Kim completed
Course No. TX-2025-04: Individual Estimated Tax Payments
on 04/15/2025.

CPE Credits: 1.0    Field: Taxes    Delivery: QAS Self Study
Cert. No. 0000-4412-2025
""",
        title="Individual Estimated Tax Payments",
        sponsor="Juniper Ridge Learning",
        date="2025-04-15",
        hours=1.0,
        field="Taxes",
        number="0000-4412-2025",
        method=QAS,
    ),
    Certificate(
        "hyphenated_cpe_credits_label_comma_decimal",
        """
Participation Certificate

Participant: Jonas Weber
Training: IFRS 16 vs. ASC 842 - Key Differences for US Subsidiaries
Organizer: Transatlantic Reporting Academy
Date: 2025-06-24
CPE-Credits: 4,5
Field of study: Accounting
Format: Online live training
Certificate-No.: TRA-2025-0624-17
""",
        title="IFRS 16 vs. ASC 842 - Key Differences for US Subsidiaries",
        sponsor="Transatlantic Reporting Academy",
        date="2025-06-24",
        hours=4.5,
        field="Accounting",
        number="TRA-2025-0624-17",
        method=GIB,
    ),
    Certificate(
        "title_with_slashed_years_and_a_count",
        """
# Certificate of Attendance

> This is to certify that
> Rebecca Olsen
> attended

# 2025/2026 Budget Season: 7 Lessons from the Field

> presented by Municipal Finance Partners on January 16, 2025

CPE: 2.0 hours    Field of study: Accounting (Governmental)    Live webinar
""",
        title="2025/2026 Budget Season: 7 Lessons from the Field",
        sponsor="Municipal Finance Partners",
        date="2025-01-16",
        hours=2.0,
        field="Accounting (Governmental)",
        number=None,
        method=GIB,
    ),
    # ---------------------------------------------------------------- batch 7
    Certificate(
        "conference_days_as_columns_with_a_total",
        """
# Heartland Tax & Accounting Expo 2025
Certificate of Attendance

Attendee: Samuel Ortiz                                  Badge #: 4471

                  Mon 6/2/2025     Tue 6/3/2025     Wed 6/4/2025     Total
CPE credits       8.0              8.0              4.0              20.0

Fields of study: Taxes; Accounting
Delivery method: Group Live
Presented by Heartland Professional Education Alliance
""",
        title="Heartland Tax & Accounting Expo 2025",
        sponsor="Heartland Professional Education Alliance",
        date="2025-06-04",
        hours=20.0,
        field="Taxes; Accounting",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "sessions_with_fields_and_a_fields_summary_line",
        """
Certificate of Completion

Oak Valley CPA Society certifies that Diane Murphy attended the

2025 Fall Tax Workshop

held on October 9, 2025 in Bloomington, Indiana.

Session                                   Field          CPE
Individual Tax Update                     Taxes          4.0
Trust and Estate Returns                  Taxes          2.0
Lease Accounting for Small Businesses     Accounting     2.0

Total CPE: 8.0
Fields of study: Taxes (6.0); Accounting (2.0)
""",
        title="2025 Fall Tax Workshop",
        sponsor="Oak Valley CPA Society",
        date="2025-10-09",
        hours=8.0,
        field="Taxes (6.0); Accounting (2.0)",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "csv_transcript_row_with_a_quoted_title_holding_a_comma",
        """
Date,Title,Provider,Credits,Field,Format
"2025-03-04","Leases, Part 2: Lessor Accounting","Granite Peak CPE",2,"Accounting","Webcast"
""",
        title="Leases, Part 2: Lessor Accounting",
        sponsor="Granite Peak CPE",
        date="2025-03-04",
        hours=2.0,
        field="Accounting",
        number=None,
        method=GIB,
    ),
    Certificate(
        "confirmation_letter_with_a_dates_range_and_a_postscript",
        """
Sierra Vista Governmental Training Center
400 Capitol Mall, Sacramento, CA 95814

September 15, 2025

Dear Mr. Lopez:

This confirms that you attended Governmental Accounting Boot Camp: Funds, Statements and \
GASB Updates, held September 8-9, 2025 in Sacramento. You were awarded CPE credit of 16.0 \
hours (50-minute hour) in Accounting (Governmental).

Sincerely,

Erin Cho
Training Coordinator

P.S. Our spring session runs March 9-10, 2026.
""",
        title="Governmental Accounting Boot Camp: Funds, Statements and GASB Updates",
        sponsor="Sierra Vista Governmental Training Center",
        date="2025-09-09",
        hours=16.0,
        field="Accounting (Governmental)",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "email_with_a_labelled_completion_date_in_the_body",
        """
Date: Thu, 3 Jul 2025 16:40:02 +0000
From: notifications@learnwell.example
To: amy.chen@example.com
Subject: Course complete - Your CPE certificate

Course: Understanding Crypto Assets for Auditors
Course completion date: 07/01/2025
CPE credits earned: 1.6
Field of study: Auditing
Delivery: QAS Self Study (on-demand)
Certificate #: LW-CRY-070125-3390

LearnWell CPE | learnwell.example
""",
        title="Understanding Crypto Assets for Auditors",
        sponsor="LearnWell CPE",
        date="2025-07-01",
        hours=1.6,
        field="Auditing",
        number="LW-CRY-070125-3390",
        method=QAS,
    ),
    Certificate(
        "attendance_verification_with_a_session_code",
        """
ATTENDANCE VERIFICATION

Session code: TX-114B
Session: State and Local Tax Nexus Roundtable
Host: Capital City Tax Forum
Date and time: 02/11/2025, 12:00 PM - 1:40 PM
Attendee: Victor Nguyen (CPA license 112093)
CPE credit: 2.0
Field: Taxes
Attended: In person
""",
        title="State and Local Tax Nexus Roundtable",
        sponsor="Capital City Tax Forum",
        date="2025-02-11",
        hours=2.0,
        field="Taxes",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "form_with_a_two_part_revision_and_date_of_issue",
        """
VERIFICATION OF CPE

Program:             Practical Guide to SOC 1 Reports
Program sponsor:     Bayview Assurance Institute
Completion date:     08/27/2025
Hours:               2.0
Field of study:      Auditing
Method:              Group Internet Based
Date of issue:       08/29/2025

BAI-CPE  Rev 10/24
""",
        title="Practical Guide to SOC 1 Reports",
        sponsor="Bayview Assurance Institute",
        date="2025-08-27",
        hours=2.0,
        field="Auditing",
        number=None,
        method=GIB,
    ),
    Certificate(
        "lower_case_x_boxes_and_a_yes_no_row",
        """
Certificate of Completion

Participant: Holly Grant
Course: Not-for-Profit Revenue Recognition: Contributions vs. Exchanges
Provider: Lakeland Nonprofit Accounting Network
Completed: 05/05/2025
Credits: 3.0
Ethics course:   [ ] Yes   [x] No
Method:          [ ] Group Live   [x] Group Internet Based   [ ] Self Study
Field:           [x] Accounting   [ ] Auditing   [ ] Taxes
""",
        title="Not-for-Profit Revenue Recognition: Contributions vs. Exchanges",
        sponsor="Lakeland Nonprofit Accounting Network",
        date="2025-05-05",
        hours=3.0,
        field="Accounting",
        number=None,
        method=GIB,
    ),
    Certificate(
        "sponsor_caption_over_its_name_and_address_in_the_right_column",
        """
CERTIFICATE OF COMPLETION

Participant: Kyle Mercer                          SPONSOR
Course: Payroll Fraud Red Flags                   Bright Harbor Forensics Academy
Date: 03/19/2025                                  500 Harbor Drive
Credit Hours: 1.0                                 San Diego, CA 92101
Field: Auditing
Delivery: Group Internet Based
""",
        title="Payroll Fraud Red Flags",
        sponsor="Bright Harbor Forensics Academy",
        date="2025-03-19",
        hours=1.0,
        field="Auditing",
        number=None,
        method=GIB,
    ),
    Certificate(
        "credit_hours_fifty_minute_label_and_nasba_cpe_credits_label",
        """
# Certificate of Completion

Awarded to Paula Jimenez for the course

Beyond "Going Concern": Auditor Judgments in 2025

Completion date: December 4, 2025
NASBA CPE credits: 2.0
Credit hours (50 min): 2.0
Field of study: Auditing
Delivery: Group Internet Based
Sponsor: Redwood Audit Academy
""",
        title='Beyond "Going Concern": Auditor Judgments in 2025',
        sponsor="Redwood Audit Academy",
        date="2025-12-04",
        hours=2.0,
        field="Auditing",
        number=None,
        method=GIB,
    ),
    Certificate(
        "number_with_dashes_a_slash_and_a_letter_after_no",
        """
# CERTIFICATE OF COMPLETION
No. 2025-0317-A/12

This certifies that Ian Fletcher completed Tax Research Using Primary Sources on \
March 17, 2025, earning 4.0 CPE credits in Taxes, through the self-study program of \
Northbridge Tax Learning.
""",
        title="Tax Research Using Primary Sources",
        sponsor="Northbridge Tax Learning",
        date="2025-03-17",
        hours=4.0,
        field="Taxes",
        number="2025-0317-A/12",
        method=QAS,
    ),
    Certificate(
        "nano_program_certificate_with_minutes_and_a_qas_line",
        """
Nano Learning Certificate

Course: Five Minutes on Form 1099-K Thresholds
Completed: 01/08/2025 10:42 AM
Length: 10 minutes
CPE credit: 0.2
Field of study: Taxes
Provider: QuickCPE Nano, a QAS sponsor (NASBA ID 150992)
Verification code: QCN-0108-7731
""",
        title="Five Minutes on Form 1099-K Thresholds",
        sponsor="QuickCPE Nano",
        date="2025-01-08",
        hours=0.2,
        field="Taxes",
        number="QCN-0108-7731",
        method=NANO,
    ),
    Certificate(
        "signed_statement_certify_under_the_facts",
        """
Statement of CPE Credit

Course Title                Cost Segregation Studies: When They Pay Off
Provider                    Parkside Real Estate Tax Institute
Date                        11/20/2025
Credits                     1.5 CPE
Field                       Taxes
Delivery                    Webinar

I certify that the participant named below attended the full program.

____________________________          Participant: Omar Haddad
Rachel Stein, Program Director
""",
        title="Cost Segregation Studies: When They Pay Off",
        sponsor="Parkside Real Estate Tax Institute",
        date="2025-11-20",
        hours=1.5,
        field="Taxes",
        number=None,
        method=GIB,
    ),
    # ---------------------------------------------------------------- batch 8
    Certificate(
        "conference_total_in_words_and_digits",
        """
# Rocky Ridge Accounting Summit
Certificate of Attendance

Awarded to: Helen Park, CPA

Day 1 (April 7, 2025): Keynote; Revenue Recognition Clinic; Audit Data Analytics
Day 2 (April 8, 2025): Fraud Panel; Ethics Roundtable

Total: Twelve (12) CPE credits
Fields of study: Accounting; Auditing; Behavioral Ethics
Held at the Rocky Ridge Conference Center, Boulder, Colorado
Rocky Ridge Society of Accountants
""",
        title="Rocky Ridge Accounting Summit",
        sponsor="Rocky Ridge Society of Accountants",
        date="2025-04-08",
        hours=12.0,
        field="Accounting; Auditing; Behavioral Ethics",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "blended_method_naming_both_components",
        """
Certificate of Completion

Course: Audit Staff Essentials: Year One
Participant: Ben Howard
Completion date: 02/28/2025
CPE credits: 24.0
Field of study: Auditing
Delivery method: Blended Learning (Group Internet Based and Group Live components)
Provider: Summit Audit Training Group
Certificate number: SATG-YR1-250228-66
""",
        title="Audit Staff Essentials: Year One",
        sponsor="Summit Audit Training Group",
        date="2025-02-28",
        hours=24.0,
        field="Auditing",
        number="SATG-YR1-250228-66",
        method=BLENDED,
    ),
    Certificate(
        "lms_generated_certificate_with_duration_and_utc_date",
        """
CERTIFICATE OF COMPLETION
Generated by Brightpath LMS for Tally Ridge Learning

Learner name: Grace O'Neill
Course name: Sales Tax on Digital Products: 2025 Edition
Completion date (UTC): 2025-09-30T21:14:05Z
Duration: 1h 40m
CPE credits: 2.0
Knowledge area: Taxes
Course type: Self-paced online
Certificate code: TRL-7QX2-99A1
""",
        title="Sales Tax on Digital Products: 2025 Edition",
        sponsor="Tally Ridge Learning",
        date="2025-09-30",
        hours=2.0,
        field="Taxes",
        number="TRL-7QX2-99A1",
        method=QAS,
    ),
    Certificate(
        "letter_signed_on_behalf_of_the_society",
        """
June 20, 2025

Dear Member,

Thank you for attending our Spring Ethics Forum: Independence in Nonattest Services on \
June 17, 2025. Please retain this letter as evidence of 2.0 hours of CPE credit in \
Behavioral Ethics. The forum was held live at our Columbus office.

On behalf of the Ridgeview Society of CPAs,

Anne Miller
Director of Member Education
""",
        title="Spring Ethics Forum: Independence in Nonattest Services",
        sponsor="Ridgeview Society of CPAs",
        date="2025-06-17",
        hours=2.0,
        field="Behavioral Ethics",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "email_sent_by_a_platform_on_behalf_of_the_sponsor",
        """
From: Certify Platform <no-reply@certifyplatform.example>
Sent: Friday, October 24, 2025 5:15 PM
To: Diego Alvarez
Subject: Your certificate from Clearbrook CPE

Sent on behalf of Clearbrook CPE.

Webinar: Partnership Audits Under the BBA Regime
Date of webinar: October 22, 2025
CPE awarded: 2.0
Field of study: Taxes
Certificate ID: CBC-1022-4410
""",
        title="Partnership Audits Under the BBA Regime",
        sponsor="Clearbrook CPE",
        date="2025-10-22",
        hours=2.0,
        field="Taxes",
        number="CBC-1022-4410",
        method=GIB,
    ),
    Certificate(
        "registration_confirmation_with_day_month_year_and_time_range",
        """
Registration confirmed

Event: Transfer Pricing Basics for US Subsidiaries
Organiser: Atlantic Tax Forum
Event date & time: Tuesday, 14 October 2025, 9:00-12:00 CET
Location: Online (Zoom)
CPE: 3.0 credits
Field of study: Taxes

Status: Attended - certificate to follow
""",
        title="Transfer Pricing Basics for US Subsidiaries",
        sponsor="Atlantic Tax Forum",
        date="2025-10-14",
        hours=3.0,
        field="Taxes",
        number=None,
        method=GIB,
    ),
    Certificate(
        "form_revised_in_the_header_and_rev_in_the_footer",
        """
CPE ATTENDANCE RECORD                                            Revised 01/15/2024

Attendee: Martha Quinn
Program: Governmental Internal Control: Green Book Basics
Sponsor: Valley State Auditors Association
Date attended: 09/23/2025
CPE hours: 4.0
Field: Auditing (Governmental)
Delivery: Group Live

(Rev. 12-2023)
""",
        title="Governmental Internal Control: Green Book Basics",
        sponsor="Valley State Auditors Association",
        date="2025-09-23",
        hours=4.0,
        field="Auditing (Governmental)",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "asterisk_in_parentheses_for_the_option_chosen",
        """
CPE CERTIFICATE

Name: Laura Stevens
Course: Managing Client Data Under New Privacy Laws
Sponsor: Cedar Point Technology Training
Completed: 10/02/2025
Hours: 1.0
Field:   ( ) Accounting   (*) Information Technology   ( ) Taxes
Format:  ( ) Group Live   (*) Group Internet Based   ( ) QAS Self Study
""",
        title="Managing Client Data Under New Privacy Laws",
        sponsor="Cedar Point Technology Training",
        date="2025-10-02",
        hours=1.0,
        field="Information Technology",
        number=None,
        method=GIB,
    ),
    Certificate(
        "address_block_with_phone_fax_and_email_above_the_facts",
        """
Pine Hollow Continuing Education, LLC
7 Market Square, Knoxville, TN 37902
Phone (865) 555-0190 | Fax (865) 555-0191
education@pinehollow.example

CERTIFICATE OF COMPLETION

Participant        Victoria Lang
Course             Tennessee Ethics for CPAs 2025
Date               07/15/2025
CPE Hours          2.0
Field of Study     Regulatory Ethics
Delivery           Group Internet Based
Certificate No.    PHCE-ETH-0715-22
""",
        title="Tennessee Ethics for CPAs 2025",
        sponsor="Pine Hollow Continuing Education, LLC",
        date="2025-07-15",
        hours=2.0,
        field="Regulatory Ethics",
        number="PHCE-ETH-0715-22",
        method=GIB,
    ),
    Certificate(
        "numbered_sentences_one_fact_each",
        """
Record of Completion

1) The participant, Adam Kowal, completed Fixed Asset Impairment Testing.
2) The completion date was 11/03/2025.
3) The provider was Lakeshore Valuation Institute.
4) The course is worth 1.5 CPE credits in Accounting.
5) The course was self-study.
""",
        title="Fixed Asset Impairment Testing",
        sponsor="Lakeshore Valuation Institute",
        date="2025-11-03",
        hours=1.5,
        field="Accounting",
        number=None,
        method=QAS,
    ),
    Certificate(
        "contact_hours_differ_from_the_cpe_credit",
        """
Certificate of Attendance

Healthcare Finance Learning Network certifies that Nora Blake attended

Hospital Cost Reporting Fundamentals

Date: 05/13/2025
Contact hours: 1.5
CPE credit (50-minute hour): 1.8
Field of study: Accounting
Delivery method: Group Internet Based
""",
        title="Hospital Cost Reporting Fundamentals",
        sponsor="Healthcare Finance Learning Network",
        date="2025-05-13",
        hours=1.8,
        field="Accounting",
        number=None,
        method=GIB,
    ),
    Certificate(
        "title_with_a_standard_number_counts_and_a_colon",
        """
# Certificate of Completion

> Coastline CPE Webinars certifies that Marco Silva has completed

# ASC 606: 5 Steps, 10 Pitfalls

> on 08/12/2025 for 2.0 CPE credits in Accounting (Group Internet Based)
""",
        title="ASC 606: 5 Steps, 10 Pitfalls",
        sponsor="Coastline CPE Webinars",
        date="2025-08-12",
        hours=2.0,
        field="Accounting",
        number=None,
        method=GIB,
    ),
    Certificate(
        "certificate_number_with_slashes_that_is_no_date",
        """
Certificate of Completion

Participant: Joel Martin
Course: Debt Modifications and Extinguishments
Provider: Harborstone Accounting Academy
Completion date: 12/02/2025
CPE credits: 2.5
Field of study: Accounting
Delivery method: QAS Self Study
Certificate No.: 2025/11/0442
""",
        title="Debt Modifications and Extinguishments",
        sponsor="Harborstone Accounting Academy",
        date="2025-12-02",
        hours=2.5,
        field="Accounting",
        number="2025/11/0442",
        method=QAS,
    ),
    # ---------------------------------------------------------------- batch 9
    Certificate(
        "credits_by_field_on_one_line_with_a_total",
        """
Certificate of Attendance

Bayou State Society of CPAs
2025 Accounting Show

Presented to: Jerome Batiste, CPA
Dates: August 12-13, 2025
Location: New Orleans Ernest N. Morial Convention Center

CPE by field: Accounting 4.0, Auditing 3.0, Taxes 2.0 - Total 9.0
""",
        title="2025 Accounting Show",
        sponsor="Bayou State Society of CPAs",
        date="2025-08-13",
        hours=9.0,
        field="Accounting 4.0, Auditing 3.0, Taxes 2.0",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "hours_and_cpe_columns_in_a_transcript_row",
        """
Member CPE Transcript - Evergreen Society of Accountants

Date         Program                                   Hours   CPE    Field
04/10/2025   Fraud in Government Grants                2.0     2.4    Auditing (Governmental)

CPE is computed on a 50-minute hour. All programs listed were group live.
""",
        title="Fraud in Government Grants",
        sponsor="Evergreen Society of Accountants",
        date="2025-04-10",
        hours=2.4,
        field="Auditing (Governmental)",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "course_start_and_completion_dates_with_program_id_in_the_sentence",
        """
Certificate of Completion

This certificate is issued for the program "Forensic Interviewing Techniques" \
(Program ID: FIT-204) to Lisa Monroe.

Course start date: 06/02/2025
Course completed: 06/27/2025
CPE credit hours: 8.0
Field: Auditing
Format: QAS Self Study
Sponsor: Greystone Forensic Institute
""",
        title="Forensic Interviewing Techniques",
        sponsor="Greystone Forensic Institute",
        date="2025-06-27",
        hours=8.0,
        field="Auditing",
        number=None,
        method=QAS,
    ),
    Certificate(
        "letter_signed_by_the_education_team_of_the_institute",
        """
November 20, 2025

Dear Ms. Hughes,

Thank you for participating in Cash Management for Small Governments, presented \
virtually on November 18, 2025. This letter serves as your record of 3.0 CPE credits \
in Accounting (Governmental).

Sincerely,

The Education Team
Maplewood CPE Institute
""",
        title="Cash Management for Small Governments",
        sponsor="Maplewood CPE Institute",
        date="2025-11-18",
        hours=3.0,
        field="Accounting (Governmental)",
        number=None,
        method=GIB,
    ),
    Certificate(
        "sponsor_block_with_tel_and_web_labels",
        """
Summit Lake Tax Academy
Tel: (303) 555-0147
Web: www.summitlaketax.example

CERTIFICATE OF COMPLETION

Presented to Carlos Medina for completing

Colorado Sales Tax Update 2025

Date: 01/30/2025     CPE: 2.0     Field: Taxes     Format: Webinar
""",
        title="Colorado Sales Tax Update 2025",
        sponsor="Summit Lake Tax Academy",
        date="2025-01-30",
        hours=2.0,
        field="Taxes",
        number=None,
        method=GIB,
    ),
    Certificate(
        "participant_address_left_sponsor_details_right",
        """
Erica Dunn, CPA                          Issuer: Coastal Plains Learning Group
14 Harbor View Road                      NASBA Sponsor ID: 128844
Mobile, AL 36602                         Certificate ID: CPLG-25-7781
Licensee No. 0042187

CERTIFICATE OF COMPLETION

Course: Alabama Ethics: Rules of Professional Conduct
Completed on: 09/05/2025
CPE hours: 2.0 (Regulatory Ethics)
Delivery: Group Internet Based
""",
        title="Alabama Ethics: Rules of Professional Conduct",
        sponsor="Coastal Plains Learning Group",
        date="2025-09-05",
        hours=2.0,
        field="Regulatory Ethics",
        number="CPLG-25-7781",
        method=GIB,
    ),
    Certificate(
        "total_cpe_hours_earned_this_event",
        """
Certificate of Participation

Lakes Region Accounting Society
2025 Fall Update Day - October 30, 2025 - Laconia, NH

Participant: Todd Becker

Total CPE Hours Earned This Event: 6.5
Field of study: Accounting
Delivery method: Group Live
""",
        title="2025 Fall Update Day",
        sponsor="Lakes Region Accounting Society",
        date="2025-10-30",
        hours=6.5,
        field="Accounting",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "webinar_confirmation_with_minutes_attended_and_poll_count",
        """
Webinar Attendance Confirmation

Webinar: Construction Accounting: WIP Schedules Explained
Presenter: Dana Hollis, CPA
Sponsor: Ironwood Construction CPE
Date: 03/26/2025
Minutes attended: 100 of 100
Polling questions answered: 4 of 4
CPE credits: 2.0
Field of study: Accounting
""",
        title="Construction Accounting: WIP Schedules Explained",
        sponsor="Ironwood Construction CPE",
        date="2025-03-26",
        hours=2.0,
        field="Accounting",
        number=None,
        method=GIB,
    ),
    Certificate(
        "bordered_form_with_pipes_and_a_revision_cell",
        """
| CPE CERTIFICATE                          | Form CE-3 (Rev. 05/2022) |
| Participant: Julia Brandt                | License: CPA 77412       |
| Course: Leases for Lessors: Sales-Type, Direct Financing and Operating |
| Sponsor: Midwest Lease Accounting Group  | Date: 10/16/2025         |
| CPE Credit: 2.0                          | Field: Accounting        |
| Method: Group Internet Based             |                          |
""",
        title="Leases for Lessors: Sales-Type, Direct Financing and Operating",
        sponsor="Midwest Lease Accounting Group",
        date="2025-10-16",
        hours=2.0,
        field="Accounting",
        number=None,
        method=GIB,
    ),
    Certificate(
        "two_column_facts_with_a_gap_and_a_signature_line_date",
        """
CERTIFICATE OF COMPLETION

Course:    Governmental Auditing Standards Update      Hours:    4.0
Date:      07/09/2025                                  Field:    Auditing (Governmental)
Sponsor:   Capitol Audit Institute                     Format:   Group Live

_____________________________          Date: 07/10/2025
Instructor signature
""",
        title="Governmental Auditing Standards Update",
        sponsor="Capitol Audit Institute",
        date="2025-07-09",
        hours=4.0,
        field="Auditing (Governmental)",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "one_sentence_certificate_with_a_number_at_its_end",
        """
Lone Pine CPE certifies that Rachel Kim completed the 1.0-credit webinar Payroll Tax \
Deposits Made Simple (Taxes) on 2/20/2025; certificate number LPC-0220-5512.
""",
        title="Payroll Tax Deposits Made Simple",
        sponsor="Lone Pine CPE",
        date="2025-02-20",
        hours=1.0,
        field="Taxes",
        number="LPC-0220-5512",
        method=GIB,
    ),
    Certificate(
        "self_study_with_exam_date_and_qas_statement_and_decimal_comma",
        """
Certificate of Completion - Self-Study

Participant: Anja Schulz
Course: Consolidations Under US GAAP: Noncontrolling Interests
Final exam passed: 15.10.2025
CPE credits: 5,0
Field of study: Accounting
Certificate no.: EUS-CON-151025-08

EuroUS Accounting School is registered with NASBA as a QAS Self Study sponsor.
""",
        title="Consolidations Under US GAAP: Noncontrolling Interests",
        sponsor="EuroUS Accounting School",
        date="2025-10-15",
        hours=5.0,
        field="Accounting",
        number="EUS-CON-151025-08",
        method=QAS,
    ),
    # ---------------------------------------------------------------- batch 10
    Certificate(
        "conference_credits_earned_of_available",
        """
Certificate of Attendance

2025 Midwest Nonprofit Finance Conference
September 22-23, 2025 | St. Louis, Missouri

Attendee: Kendra Wallace
Sessions attended: 5 of 7
Credits earned: 7.5 of 10.0 available
Field of study: Accounting
Delivery method: Group Live

Gateway Nonprofit Finance Association
""",
        title="2025 Midwest Nonprofit Finance Conference",
        sponsor="Gateway Nonprofit Finance Association",
        date="2025-09-23",
        hours=7.5,
        field="Accounting",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "blended_roman_phases_with_their_dates",
        """
Certificate of Completion

Program: Advanced Audit Analytics Certificate
Sponsor: Clearpath Audit Institute
Participant: Ruth Kaplan

Phase I (Self-Study): completed March 3, 2025 - 6.0 CPE
Phase II (Live Workshop): completed March 20, 2025 - 10.0 CPE
Program total: 16.0 CPE

Field of Study: Auditing
Delivery Method: Blended
""",
        title="Advanced Audit Analytics Certificate",
        sponsor="Clearpath Audit Institute",
        date="2025-03-20",
        hours=16.0,
        field="Auditing",
        number=None,
        method=BLENDED,
    ),
    Certificate(
        "lms_record_on_one_line_with_semicolons",
        """
Transcript entry - Brookline CPE Online

Course: Behavioral Ethics in Practice; Completed: 2025-05-02; Credits: 1.0; \
Field: Ethics (Behavioral); Type: Self-study; Enrollment ID: BCO-ETH-50221
""",
        title="Behavioral Ethics in Practice",
        sponsor="Brookline CPE Online",
        date="2025-05-02",
        hours=1.0,
        field="Behavioral Ethics",
        number=None,
        method=QAS,
    ),
    Certificate(
        "letter_signed_this_day_after_the_attendance_date",
        """
Prairie Wind Accounting Society
101 Main Street, Fargo, ND 58102

To whom it may concern:

Kevin Lund attended Agricultural Tax Issues for Practitioners on April 30, 2025 and is \
entitled to 8 hours of continuing professional education credit in Taxes. The program \
was presented in person in Fargo.

Signed this 5th day of May, 2025.

Marianne Olson, Executive Director
""",
        title="Agricultural Tax Issues for Practitioners",
        sponsor="Prairie Wind Accounting Society",
        date="2025-04-30",
        hours=8.0,
        field="Taxes",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "email_with_a_calendar_when_line",
        """
From: Northfield Webinars <events@northfield.example>
Sent: Thursday, July 10, 2025 8:00 AM
Subject: Your CPE certificate - Revenue Recognition Q&A

When: Wednesday, July 9, 2025 1:00 PM-2:40 PM (UTC-05:00)
Where: Online (GoToWebinar)

Thank you for attending Revenue Recognition Q&A. You earned 2 CPE credits in Accounting.
Certificate number: NFW-0709-2210
""",
        title="Revenue Recognition Q&A",
        sponsor="Northfield Webinars",
        date="2025-07-09",
        hours=2.0,
        field="Accounting",
        number="NFW-0709-2210",
        method=GIB,
    ),
    Certificate(
        "order_summary_with_a_money_total_and_credits",
        """
Order Summary - Sagebrush CPE

Order number: 88120
Item: Fiduciary Accounting Basics (On-demand, 3 CPE credits, Accounting)
Subtotal: $129.00
Tax: $0.00
Total: $129.00

Completed: 06/06/2025 - exam passed
""",
        title="Fiduciary Accounting Basics",
        sponsor="Sagebrush CPE",
        date="2025-06-06",
        hours=3.0,
        field="Accounting",
        number=None,
        method=QAS,
    ),
    Certificate(
        "form_with_a_received_stamp_and_revision",
        """
CPE REPORTING FORM                                    RECEIVED 12/03/2025

Licensee: Oscar Reyes
Name of program: Government Pension Plan Accounting
Sponsor: Silver State Public Finance Academy
Date of program: 11/20/2025
Number of hours: 3.0
Field of study: Accounting (Governmental)
Method: Group Live

Form PF-7 Revision 2/2024
""",
        title="Government Pension Plan Accounting",
        sponsor="Silver State Public Finance Academy",
        date="2025-11-20",
        hours=3.0,
        field="Accounting (Governmental)",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "options_with_their_boxes_after_them",
        """
Certificate of Completion

Participant: Theo Grant
Course: Analytics for Internal Auditors
Provider: Keystone Internal Audit Academy
Completion date: 10/21/2025
CPE credits: 2.0
Method:  Group Live ( )   Group Internet Based (x)   Self-Study ( )
Field:   Accounting ( )   Auditing (x)   Taxes ( )
""",
        title="Analytics for Internal Auditors",
        sponsor="Keystone Internal Audit Academy",
        date="2025-10-21",
        hours=2.0,
        field="Auditing",
        number=None,
        method=GIB,
    ),
    Certificate(
        "provided_by_caption_over_a_right_aligned_block",
        """
CERTIFICATE OF COMPLETION
                                                             Provided by
                                                 Blue Mesa Tax Institute
                                         2200 Canyon Road, Santa Fe, NM 87501

Participant: Sofia Martinez
Course: New Mexico Gross Receipts Tax Update
Completed: 01/14/2025
CPE: 2.0
Field of study: Taxes
Delivery method: Group Internet Based
""",
        title="New Mexico Gross Receipts Tax Update",
        sponsor="Blue Mesa Tax Institute",
        date="2025-01-14",
        hours=2.0,
        field="Taxes",
        number=None,
        method=GIB,
    ),
    Certificate(
        "dash_bullets_one_sentence_each",
        """
CPE confirmation

- You attended Lease Modifications in Practice.
- It took place on 09/17/2025.
- It was offered by Harbor Lease Accounting School.
- You earned 1.5 CPE credits.
- The field of study is Accounting.
- It was a live webinar.
""",
        title="Lease Modifications in Practice",
        sponsor="Harbor Lease Accounting School",
        date="2025-09-17",
        hours=1.5,
        field="Accounting",
        number=None,
        method=GIB,
    ),
    Certificate(
        "program_number_and_nasba_footer_without_a_certificate_number",
        """
Certificate of Completion

Course: Year-End Payroll Reporting
Program Number: 2025-ACC-17
Date completed: 12/10/2025
CPE credits: 2.0
Field of study: Taxes
Delivery method: Group Internet Based
Sponsor: Riverstone Payroll Academy

Riverstone Payroll Academy | NASBA Sponsor #145020
""",
        title="Year-End Payroll Reporting",
        sponsor="Riverstone Payroll Academy",
        date="2025-12-10",
        hours=2.0,
        field="Taxes",
        number=None,
        method=GIB,
    ),
    Certificate(
        "credit_hours_awarded_with_the_number_in_words_after",
        """
Certificate of Attendance

Attendee: Paula Nkemelu
Seminar: Controls Over Cash Disbursements
Seminar date: 04/22/2025
Credit Hours Awarded: 3 (three)
Field: Auditing
Delivery: Classroom
Presenter: Gateway Audit Seminars
""",
        title="Controls Over Cash Disbursements",
        sponsor="Gateway Audit Seminars",
        date="2025-04-22",
        hours=3.0,
        field="Auditing",
        number=None,
        method=LIVE,
    ),
    # ---------------------------------------------------------------- batch 11
    Certificate(
        "institute_sessions_table_with_dates_and_no_total",
        """
# 2025 Governmental Accounting Institute
Sponsored by the Capital Region Chapter of Government Finance Officers

Participant: Andre Mitchell

Date         Session                                         Credits
05/12/2025   GASB Update                                     2.0
05/12/2025   Leases Under GASB 87: Year Three                2.0
05/13/2025   Subscription IT Arrangements                    1.5
05/13/2025   Single Audit Roundtable                         2.5

Field of Study: Accounting (Governmental)
Delivery Method: Group Live
""",
        title="2025 Governmental Accounting Institute",
        sponsor="Capital Region Chapter of Government Finance Officers",
        date="2025-05-13",
        hours=8.0,
        field="Accounting (Governmental)",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "blended_sentence_with_a_date_for_each_part",
        """
# Certificate of Completion

Ridgeline Learning Partners certifies that Hana Sato completed Budget to Actual: Building \
Management Reports. This blended learning program combined a self-study module (completed \
5/1/2025) and a live virtual session (5/8/2025) for a total of 4.0 CPE credits in Finance.
""",
        title="Budget to Actual: Building Management Reports",
        sponsor="Ridgeline Learning Partners",
        date="2025-05-08",
        hours=4.0,
        field="Finance",
        number=None,
        method=BLENDED,
    ),
    Certificate(
        "pipe_transcript_with_activity_and_subject_headers",
        """
CPE Transcript - Carolina Accounting Learning Exchange

| Activity                         | Completed  | Credits | Subject  | Format     |
| SOC 2 Reports for Client Vendors | 08/19/2025 | 1.5     | Auditing | Webcast    |
""",
        title="SOC 2 Reports for Client Vendors",
        sponsor="Carolina Accounting Learning Exchange",
        date="2025-08-19",
        hours=1.5,
        field="Auditing",
        number=None,
        method=GIB,
    ),
    Certificate(
        "letter_with_the_facts_in_a_small_table",
        """
Greenway Tax Education Group
88 Elm Street, Hartford, CT 06103

March 3, 2025

Dear Participant,

We are pleased to confirm your CPE credit for the following program:

Program                   Date          CPE     Field
Connecticut Tax Update    02/27/2025    4.0     Taxes

The program was presented as a live webinar.

Yours truly,
Greenway Tax Education Group
""",
        title="Connecticut Tax Update",
        sponsor="Greenway Tax Education Group",
        date="2025-02-27",
        hours=4.0,
        field="Taxes",
        number=None,
        method=GIB,
    ),
    Certificate(
        "email_subject_names_the_course_the_body_says_above",
        """
From: Westfield Audit Academy <cpe@westfieldaudit.example>
Sent: Monday, October 13, 2025 9:30 AM
To: Priya Nair
Subject: Certificate: Internal Audit Report Writing

Congratulations on completing the course above on 10/10/2025. It carries 3.0 CPE credits in \
Auditing and was delivered as a self-study course.

Certificate number: WAA-1010-7783
""",
        title="Internal Audit Report Writing",
        sponsor="Westfield Audit Academy",
        date="2025-10-10",
        hours=3.0,
        field="Auditing",
        number="WAA-1010-7783",
        method=QAS,
    ),
    Certificate(
        "registration_receipt_with_attendance_confirmed",
        """
REGISTRATION RECEIPT

Thank you for registering with Pacific Crest CPA Society.

Receipt #: PC-22871           Registered: 07/01/2025
Event: Forensic Accounting for Divorce Engagements
Event date: 07/24/2025
Attendance confirmed: Yes
CPE: 4
Field of study: Accounting
Format: In-person, Portland, OR
""",
        title="Forensic Accounting for Divorce Engagements",
        sponsor="Pacific Crest CPA Society",
        date="2025-07-24",
        hours=4.0,
        field="Accounting",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "form_with_rev_in_capitals_and_a_full_date",
        """
CERTIFICATE OF CONTINUING PROFESSIONAL EDUCATION

Name of licensee:    Brandon Cole
Course title:        Construction Contractor Audits: Percentage of Completion
Sponsor name:        Great Lakes Construction CPE
Course date:         06/11/2025
CPE credit hours:    3.0
Field of study:      Auditing
Method:              Group Live

FORM CPE-2 REV 03/15/2024
""",
        title="Construction Contractor Audits: Percentage of Completion",
        sponsor="Great Lakes Construction CPE",
        date="2025-06-11",
        hours=3.0,
        field="Auditing",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "check_boxes_in_a_two_by_two_grid",
        """
Certificate of Completion

Participant: Maria Lopez
Course: Multistate Withholding for Remote Employees
Provider: Summit Payroll Education
Date completed: 11/05/2025
CPE credits: 2.0

Field of study:
[x] Taxes            [ ] Accounting
[ ] Auditing         [ ] Ethics

Delivery method:
[ ] Group Live       [x] Group Internet Based
[ ] Self Study       [ ] Nano Learning
""",
        title="Multistate Withholding for Remote Employees",
        sponsor="Summit Payroll Education",
        date="2025-11-05",
        hours=2.0,
        field="Taxes",
        number=None,
        method=GIB,
    ),
    Certificate(
        "participant_block_left_sponsor_block_right_with_sponsor_number",
        """
CERTIFICATE OF COMPLETION

Awarded to                              Provided by
Jonathan Reyes, CPA                     Coastal Audit Learning Center
License 88-41290                        www.coastalaudit.example
                                        CPE Sponsor #112781

Course: Audit Documentation for Small Engagements
Date: 04/03/2025     Credits: 2.0     Field: Auditing     Format: Webinar
""",
        title="Audit Documentation for Small Engagements",
        sponsor="Coastal Audit Learning Center",
        date="2025-04-03",
        hours=2.0,
        field="Auditing",
        number=None,
        method=GIB,
    ),
    Certificate(
        "two_sentences_date_first_and_offered_by_in_an_apposition",
        """
Certificate

On 3 March 2025, Omar Ali completed Foreign Tax Credit Basics. The course, offered by \
Meridian International Tax School, carries 2 CPE credits in Taxes and was delivered online \
as a live webinar.
""",
        title="Foreign Tax Credit Basics",
        sponsor="Meridian International Tax School",
        date="2025-03-03",
        hours=2.0,
        field="Taxes",
        number=None,
        method=GIB,
    ),
    Certificate(
        "title_with_a_part_of_three_in_brackets",
        """
# Certificate of Completion

Course: Form 1040 Line-by-Line: 2025 Changes (Part 1 of 3)
Completed: 12/15/2025
CPE Credits: 2.0
Field of Study: Taxes
Delivery Method: QAS Self Study
Provider: Taxwise Online Academy
Certificate ID: TOA-1040-P1-1215
""",
        title="Form 1040 Line-by-Line: 2025 Changes (Part 1 of 3)",
        sponsor="Taxwise Online Academy",
        date="2025-12-15",
        hours=2.0,
        field="Taxes",
        number="TOA-1040-P1-1215",
        method=QAS,
    ),
    Certificate(
        "nasba_cpe_hours_beside_irs_ce_hours_that_differ",
        """
Certificate of Completion

Participant: Gary Holt, EA, CPA
Program: Ethics for Tax Practitioners: Circular 230
Sponsor: Liberty Tax Education Center
Date: 09/09/2025
NASBA CPE hours: 2.4
IRS CE hours: 2.0
Field of study: Regulatory Ethics
Delivery method: Group Internet Based
IRS program number: LTEC-E-00412-25-O
""",
        title="Ethics for Tax Practitioners: Circular 230",
        sponsor="Liberty Tax Education Center",
        date="2025-09-09",
        hours=2.4,
        field="Regulatory Ethics",
        number=None,
        method=GIB,
    ),
    # ---------------------------------------------------------------- batch 12
    Certificate(
        "sessions_table_with_a_day_column_dates_in_the_heading",
        """
# Piedmont Accounting Conference
October 6-7, 2025 - Greensboro, North Carolina
Certificate of Attendance - Lisa Tran

Session                                      Day      CPE
Economic Outlook for the Carolinas           Day 1    1.0
Revenue Recognition Case Studies             Day 1    3.0
Nonprofit Reporting Update                   Day 2    2.0
Ethics for North Carolina CPAs               Day 2    2.0

Field of study: Accounting
Piedmont Society of Accountants
""",
        title="Piedmont Accounting Conference",
        sponsor="Piedmont Society of Accountants",
        date="2025-10-07",
        hours=8.0,
        field="Accounting",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "blended_format_with_an_on_demand_date_and_a_live_date",
        """
Certificate of Completion

Course: Lease Accounting for Lessees: Practice Lab
Provider: Northgate Accounting Learning
Format: Blended (on-demand + live Q&A)
On-demand completed: 11/10/2025
Live Q&A date: 11/14/2025
CPE credits: 3.0
Field of study: Accounting
""",
        title="Lease Accounting for Lessees: Practice Lab",
        sponsor="Northgate Accounting Learning",
        date="2025-11-14",
        hours=3.0,
        field="Accounting",
        number=None,
        method=BLENDED,
    ),
    Certificate(
        "lms_completion_certificate_with_score_and_serial",
        """
Completion Certificate

Learner: Derek Olsen
Course Title: Payroll Tax Credits for Employers
Date Completed: 2025-02-14
Score: 85%
CPE Credits Earned: 2.5
NASBA Field of Study: Taxes
Delivery Format: QAS Self-Study
Certificate Serial: 000-552-901
Issued by Clearwater Online CPE
""",
        title="Payroll Tax Credits for Employers",
        sponsor="Clearwater Online CPE",
        date="2025-02-14",
        hours=2.5,
        field="Taxes",
        number="000-552-901",
        method=QAS,
    ),
    Certificate(
        "letter_with_credit_hours_in_digits_and_words",
        """
Valley Forge Accounting Education
300 Chesterbrook Blvd, Wayne, PA 19087

October 6, 2025

Dear Dr. Fields:

This is to confirm your attendance at the seminar Not-for-Profit Tax Update (Form 990-T) \
on October 2, 2025 at our Wayne training center.

CPE credit hours: 1.5 (one and one-half)
Field of study: Taxes

Sincerely,
Registrar, Valley Forge Accounting Education
""",
        title="Not-for-Profit Tax Update (Form 990-T)",
        sponsor="Valley Forge Accounting Education",
        date="2025-10-02",
        hours=1.5,
        field="Taxes",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "email_whose_subject_holds_the_title_and_date",
        """
From: Lakeshore Tax Talks <hello@lakeshoretax.example>
Sent: Thursday, February 13, 2025 10:03 AM
Subject: Thanks for attending Tax Talk: Cost Segregation on 2/12/2025

Hi Jamie,

Your 1.0 CPE credit in Taxes for the webinar above has been recorded. Your certificate \
number is LTT-0212-3319.

Lakeshore Tax Talks
""",
        title="Tax Talk: Cost Segregation",
        sponsor="Lakeshore Tax Talks",
        date="2025-02-12",
        hours=1.0,
        field="Taxes",
        number="LTT-0212-3319",
        method=GIB,
    ),
    Certificate(
        "invoice_description_with_dashes_and_a_date_of_service",
        """
INVOICE 2025-0331

Bill from: Redwood Audit Academy, 45 Sequoia Way, Eureka, CA 95501
Bill to: Hollis & Grant CPAs

Description: CPE Webinar - Audit Risk Alerts 2025 - 2.0 CPE (Auditing)
Date of service: 03/06/2025
Amount due: $0.00 (paid)
""",
        title="Audit Risk Alerts 2025",
        sponsor="Redwood Audit Academy",
        date="2025-03-06",
        hours=2.0,
        field="Auditing",
        number=None,
        method=GIB,
    ),
    Certificate(
        "form_revised_with_a_month_name_date",
        """
CPE ATTENDANCE CERTIFICATE

Program: Cybersecurity Risk for Small Firms
Date: 09/30/2025
Sponsor: Tri-Cities Technology CPE
Credits: 2.0
Field: Information Technology
Delivery: Group Internet Based

Revised: March 1, 2024
""",
        title="Cybersecurity Risk for Small Firms",
        sponsor="Tri-Cities Technology CPE",
        date="2025-09-30",
        hours=2.0,
        field="Information Technology",
        number=None,
        method=GIB,
    ),
    Certificate(
        "spaced_capital_x_in_brackets",
        """
Certificate of Completion

Participant: Renee Park
Program: Government Auditing Standards Refresher
Provider: Yellowstone Audit Institute
Date: 06/18/2025
Credits: 4.0
Delivery:  [   ] Group Live    [ X ] Group Internet Based    [   ] QAS Self Study
Field:     [ X ] Auditing (Governmental)    [   ] Accounting (Governmental)
""",
        title="Government Auditing Standards Refresher",
        sponsor="Yellowstone Audit Institute",
        date="2025-06-18",
        hours=4.0,
        field="Auditing (Governmental)",
        number=None,
        method=GIB,
    ),
    Certificate(
        "title_with_a_number_a_dash_a_letter_and_an_ampersand",
        """
# Certificate of Completion

This certifies that Ava Mitchell completed

Nonprofit 101 - Part B: Grants & Contributions

on 07/31/2025, earning 2.0 CPE credits in Accounting. Group Internet Based.
Presented by Pinewood Nonprofit Learning Network
""",
        title="Nonprofit 101 - Part B: Grants & Contributions",
        sponsor="Pinewood Nonprofit Learning Network",
        date="2025-07-31",
        hours=2.0,
        field="Accounting",
        number=None,
        method=GIB,
    ),
    Certificate(
        "statement_sponsor_first_then_each_fact_in_its_own_sentence",
        """
Statement of Completion

Harbor Bay CPE issues this statement.
It is for the course Agricultural Cooperatives: Patronage Dividends.
The course was completed on 08/08/2025.
It earned 3.0 CPE credits.
Its field of study is Taxes.
It was delivered as QAS self-study.
""",
        title="Agricultural Cooperatives: Patronage Dividends",
        sponsor="Harbor Bay CPE",
        date="2025-08-08",
        hours=3.0,
        field="Taxes",
        number=None,
        method=QAS,
    ),
    # ---------------------------------------------------------------- batch 13
    Certificate(
        "conference_sessions_by_day_with_times_and_a_credits_total_line",
        """
# Mountain States Tax Symposium 2025
Certificate of Attendance for Owen Richards, EA

Tuesday, December 2, 2025
  9:00-10:40   Partnership Basis Updates              2.0 CPE
  11:00-12:40  Digital Asset Reporting                2.0 CPE
Wednesday, December 3, 2025
  9:00-11:30   Estate Planning After 2025             3.0 CPE

CPE credits, total ............................ 7.0
Fields of study: Taxes
Provided by Intermountain Tax Educators Association
""",
        title="Mountain States Tax Symposium 2025",
        sponsor="Intermountain Tax Educators Association",
        date="2025-12-03",
        hours=7.0,
        field="Taxes",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "blended_with_a_workshop_date_range_and_prework",
        """
Certificate of Completion

Participant: Ines Duarte
Program: Leading Audit Teams (blended)
Pre-work completed: 02/03/2025
Workshop: 02/10/2025 - 02/11/2025
CPE credits: 18.0
Field of study: Personal Development
Sponsor: Northern Star Professional Learning
Certificate #: NSPL-LAT-0211-09
""",
        title="Leading Audit Teams",
        sponsor="Northern Star Professional Learning",
        date="2025-02-11",
        hours=18.0,
        field="Personal Development",
        number="NSPL-LAT-0211-09",
        method=BLENDED,
    ),
    Certificate(
        "email_sent_date_then_a_sentence_with_held_on",
        """
From: Sandhill CPE <info@sandhillcpe.example>
Sent: Tuesday, April 22, 2025 4:11 PM
To: Grace Murphy
Subject: CPE certificate

Dear Grace,

Your certificate for Nonprofit Audit Committees, held on April 17, 2025, is attached. You \
earned 1.0 CPE credit in Auditing for this live webinar.

Sandhill CPE
""",
        title="Nonprofit Audit Committees",
        sponsor="Sandhill CPE",
        date="2025-04-17",
        hours=1.0,
        field="Auditing",
        number=None,
        method=GIB,
    ),
    Certificate(
        "attendance_letter_with_a_sponsor_footer_address_and_hours_in_a_sentence",
        """
April 4, 2025

To the State Board of Accountancy:

Please accept this letter as confirmation that Harold Kim attended Fraud Risk in \
Construction on April 1, 2025 for a total of 4.0 CPE hours in Auditing. The session was \
held in person.

Sincerely,

Janet Briggs
Education Director

Bridgeport Construction Accounting Forum | 15 Harbor Road, Bridgeport, CT 06604
""",
        title="Fraud Risk in Construction",
        sponsor="Bridgeport Construction Accounting Forum",
        date="2025-04-01",
        hours=4.0,
        field="Auditing",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "receipt_for_a_nano_course_with_credits",
        """
Receipt

Merchant: Quickstep Nano CPE
Purchased: 09/01/2025
Item: Nano: Reading a Cash Flow Statement in 10 Minutes
Credits: 0.2 CPE (Accounting)
Completed: 09/01/2025
Receipt no. QNC-77120
""",
        title="Reading a Cash Flow Statement in 10 Minutes",
        sponsor="Quickstep Nano CPE",
        date="2025-09-01",
        hours=0.2,
        field="Accounting",
        number=None,
        method=NANO,
    ),
    Certificate(
        "vertical_method_list_with_an_x_before_the_chosen_one",
        """
CERTIFICATE OF CPE ATTENDANCE

Course: Estate Planning for Business Owners
Sponsor: Golden Valley Estate Planning Council
Date: 05/21/2025
CPE credits: 2.0
Field of study: Taxes
Delivery method:
  [ ] Group Live
  [X] Group Internet Based
  [ ] QAS Self Study
""",
        title="Estate Planning for Business Owners",
        sponsor="Golden Valley Estate Planning Council",
        date="2025-05-21",
        hours=2.0,
        field="Taxes",
        number=None,
        method=GIB,
    ),
    Certificate(
        "one_sentence_per_line_with_colons_inside_the_title",
        """
Verification of Completion

The course title is: IRS Notices: Responding to CP2000 Letters.
The date of completion is: 03/28/2025.
The sponsor is: Keystone Tax Resolution Institute.
The credit is: 2 CPE hours in Taxes.
The format is: live webinar.
""",
        title="IRS Notices: Responding to CP2000 Letters",
        sponsor="Keystone Tax Resolution Institute",
        date="2025-03-28",
        hours=2.0,
        field="Taxes",
        number=None,
        method=GIB,
    ),
    Certificate(
        "nasba_registry_sentence_and_a_certificate_number_with_a_slash_year",
        """
# Certificate of Completion

> Arbor Lane Learning certifies that Felix Braun has completed the QAS self-study course

# Governmental Fund Accounting Basics

> on June 30, 2025 for 6.0 CPE credits in Accounting (Governmental)

Certificate No. ALL-4471/2025

~ Arbor Lane Learning is registered with NASBA as a sponsor of continuing professional \
education on the National Registry of CPE Sponsors (Sponsor ID 139551) and as a QAS Self \
Study sponsor.
""",
        title="Governmental Fund Accounting Basics",
        sponsor="Arbor Lane Learning",
        date="2025-06-30",
        hours=6.0,
        field="Accounting (Governmental)",
        number="ALL-4471/2025",
        method=QAS,
    ),
    # ---------------------------------------------------------------- batch 14
    Certificate(
        "conference_credits_by_track_and_a_total",
        """
Certificate of Attendance

Silver State Society of CPAs - 2025 Annual Conference
Reno, Nevada - June 16-18, 2025

Awarded to: Marisol Vega, CPA

Credits by track: Track A (Tax) 6.0 | Track B (Accounting & Auditing) 4.0 | Total 10.0
Fields of study: Taxes; Accounting; Auditing
""",
        title="2025 Annual Conference",
        sponsor="Silver State Society of CPAs",
        date="2025-06-18",
        hours=10.0,
        field="Taxes; Accounting; Auditing",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "blended_phases_table_with_completed_and_cpe_columns",
        """
Certificate of Completion - Blended Learning

Participant: Aaron Blake
Program: Controller Readiness Program
Provider: Keystone Finance Leadership Institute

Phase                       Completed      CPE
1 - Online modules          08/04/2025     6.0
2 - Live workshop           08/15/2025     8.0

Field of study: Business Management & Organization
""",
        title="Controller Readiness Program",
        sponsor="Keystone Finance Leadership Institute",
        date="2025-08-15",
        hours=14.0,
        field="Business Management & Organization",
        number=None,
        method=BLENDED,
    ),
    Certificate(
        "forwarded_email_with_a_later_date_header_and_a_course_date_label",
        """
---------- Forwarded message ---------
From: Registrar <registrar@oakmontcpe.example>
Date: Fri, Nov 14, 2025 at 3:02 PM
Subject: CPE record
To: Dana Cole

Course: Audit Evidence for Accounting Estimates
Date of course: 2025-11-05
CPE credits: 3.0 | Field: Auditing | Format: Live webinar

Oakmont CPE Institute
""",
        title="Audit Evidence for Accounting Estimates",
        sponsor="Oakmont CPE Institute",
        date="2025-11-05",
        hours=3.0,
        field="Auditing",
        number=None,
        method=GIB,
    ),
    Certificate(
        "lms_completion_percent_and_day_month_abbreviation",
        """
Course Record

Learner: Sean Walsh
Course: Data Analytics for Tax Professionals
Provider: Brightwater Digital CPE
Completion %: 100
Status: Complete
Completed on 05-Nov-2025
CPE: 1.5 (Computer Software & Applications)
Delivery: Self-paced
""",
        title="Data Analytics for Tax Professionals",
        sponsor="Brightwater Digital CPE",
        date="2025-11-05",
        hours=1.5,
        field="Computer Software & Applications",
        number=None,
        method=QAS,
    ),
    Certificate(
        "letter_re_line_with_a_quoted_title_and_credits_in_the_body",
        """
Coastal Bend Tax Institute
2100 Ocean Drive, Corpus Christi, TX 78404

December 1, 2025

RE: "Texas Property Tax Protests: A Practical Guide"

Dear Mr. Ramos,

This letter confirms that you completed the program named above on November 25, 2025 and \
earned 2.0 CPE credits in Taxes. The program was presented as a live webinar.

Regards,
Program Office
""",
        title="Texas Property Tax Protests: A Practical Guide",
        sponsor="Coastal Bend Tax Institute",
        date="2025-11-25",
        hours=2.0,
        field="Taxes",
        number=None,
        method=GIB,
    ),
    Certificate(
        "form_revised_top_right_with_start_and_end_dates",
        """
CONTINUING EDUCATION RECORD                                    Revised 7/1/2023

Participant:      Nina Patel
Program:          Governmental Budgeting Boot Camp
Sponsor:          Capitol Finance Training Network
Start date:       09/08/2025
End date:         09/10/2025
CPE hours:        24.0
Field:            Accounting (Governmental)
Method:           Group Live
""",
        title="Governmental Budgeting Boot Camp",
        sponsor="Capitol Finance Training Network",
        date="2025-09-10",
        hours=24.0,
        field="Accounting (Governmental)",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "method_rows_with_underscore_marks",
        """
Certificate of Completion

Name: Tomas Silva
Course: Lease Accounting Refresher for Lessors
Provider: Harbor Point Accounting School
Date: 03/12/2025
CPE: 2.0
Field: Accounting

Delivery method
Group Live ............ ___
Group Internet Based .. _X_
QAS Self Study ........ ___
""",
        title="Lease Accounting Refresher for Lessors",
        sponsor="Harbor Point Accounting School",
        date="2025-03-12",
        hours=2.0,
        field="Accounting",
        number=None,
        method=GIB,
    ),
    Certificate(
        "to_line_left_sponsor_and_address_right_on_the_first_lines",
        """
To: Brenda Lowe, CPA                          Westridge Ethics Center
                                              55 Park Place, Albany, NY 12207

CERTIFICATE OF COMPLETION

Course: New York Ethics: Independence and Objectivity
Date completed: 10/28/2025
Credits: 4.0
Field of study: Behavioral Ethics
Delivery method: Group Internet Based
""",
        title="New York Ethics: Independence and Objectivity",
        sponsor="Westridge Ethics Center",
        date="2025-10-28",
        hours=4.0,
        field="Behavioral Ethics",
        number=None,
        method=GIB,
    ),
    # ---------------------------------------------------------------- batch 15
    Certificate(
        "two_day_seminar_agenda_with_credit_per_day_and_a_certificate_number",
        """
CERTIFICATE OF COMPLETION                              Certificate No. TWS-25-0612

Twin Rivers Accounting Society presents this certificate to Laura Chen, CPA

2025 Mid-Year Tax Seminar
  June 11, 2025 - Individual and Business Tax Update ............ 8.0 CPE
  June 12, 2025 - Trusts, Estates and Gift Tax .................. 8.0 CPE

Total CPE credits: 16.0        Field of study: Taxes        Delivery: Group Live
""",
        title="2025 Mid-Year Tax Seminar",
        sponsor="Twin Rivers Accounting Society",
        date="2025-06-12",
        hours=16.0,
        field="Taxes",
        number="TWS-25-0612",
        method=LIVE,
    ),
    Certificate(
        "email_with_an_iso_sent_timestamp_and_a_sentence_of_facts",
        """
Sent: 2025-09-26T08:15:00Z
From: CPE Notifications <notify@larkspurlearning.example>
Subject: Completion confirmed

You completed Auditing Employee Benefit Plans: Form 5500 Basics (self-study) on September \
24, 2025 and earned 3.0 CPE credits in Auditing. Certificate ID: LL-5500-0924-61.

Larkspur Learning
""",
        title="Auditing Employee Benefit Plans: Form 5500 Basics",
        sponsor="Larkspur Learning",
        date="2025-09-24",
        hours=3.0,
        field="Auditing",
        number="LL-5500-0924-61",
        method=QAS,
    ),
    Certificate(
        "registration_confirmation_with_a_confirmation_code_and_credits",
        """
You're registered!

Event: Not-for-Profit Audit Update 2025
Hosted by: Evergreen Nonprofit Accounting Network
When: November 19, 2025, 10:00 AM - 12:00 PM PT (online)
Registration ID: ENA-REG-55012
Credits available: 2.0 CPE (Auditing)

Attendance on November 19 was recorded: you attended the full session.
""",
        title="Not-for-Profit Audit Update 2025",
        sponsor="Evergreen Nonprofit Accounting Network",
        date="2025-11-19",
        hours=2.0,
        field="Auditing",
        number=None,
        method=GIB,
    ),
    Certificate(
        "transcript_row_with_tabs_rendered_as_gaps_and_a_sponsor_column",
        """
Annual CPE Summary - prepared for Victor Hale

Completed     Course                                   Sponsor                      Hours    Area
03/14/2025    Cash Flow Forecasting for Nonprofits     Lakeland Finance Learning    2.0      Finance

Method for all entries: Group Internet Based
""",
        title="Cash Flow Forecasting for Nonprofits",
        sponsor="Lakeland Finance Learning",
        date="2025-03-14",
        hours=2.0,
        field="Finance",
        number=None,
        method=GIB,
    ),
    Certificate(
        "letter_with_hours_before_the_title_and_the_date_after",
        """
Oak Harbor CPE Partners
9 Lighthouse Lane, Oak Harbor, WA 98277

Dear Ms. Keller,

You have earned 1.5 CPE credits in Accounting for completing Crypto Assets: Presentation \
and Disclosure, a live webinar held on January 29, 2025.

Best regards,
Oak Harbor CPE Partners
""",
        title="Crypto Assets: Presentation and Disclosure",
        sponsor="Oak Harbor CPE Partners",
        date="2025-01-29",
        hours=1.5,
        field="Accounting",
        number=None,
        method=GIB,
    ),
    Certificate(
        "form_footer_with_revision_and_printed_dates",
        """
CPE VERIFICATION FORM

Participant ........ Lena Ortiz
Course ............. Fixed Asset Controls in Local Government
Sponsor ............ Sunbelt Government Training Institute
Completed .......... 04/29/2025
Credits ............ 3.0
Field .............. Auditing (Governmental)
Method ............. Group Live

Form SGTI-9 (rev. 11/2024)    Printed 05/02/2025
""",
        title="Fixed Asset Controls in Local Government",
        sponsor="Sunbelt Government Training Institute",
        date="2025-04-29",
        hours=3.0,
        field="Auditing (Governmental)",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "check_marks_written_as_yes_beside_options",
        """
Certificate of Completion

Course: Quality Management for Small Firms (SQMS No. 1)
Provider: Peer Review Learning Collaborative
Completed: 10/09/2025
CPE: 2.0
Field: Auditing

Group Live: No    Group Internet Based: Yes    QAS Self Study: No
""",
        title="Quality Management for Small Firms (SQMS No. 1)",
        sponsor="Peer Review Learning Collaborative",
        date="2025-10-09",
        hours=2.0,
        field="Auditing",
        number=None,
        method=GIB,
    ),
    Certificate(
        "one_fact_per_line_without_labels_after_a_heading",
        """
CPE Certificate

Sales Tax Nexus After Wayfair: 2025 Review
Prairie Gold Tax Academy
October 15, 2025
2.0 CPE credits
Taxes
Group Internet Based
Certificate PGT-1015-208
""",
        title="Sales Tax Nexus After Wayfair: 2025 Review",
        sponsor="Prairie Gold Tax Academy",
        date="2025-10-15",
        hours=2.0,
        field="Taxes",
        number="PGT-1015-208",
        method=GIB,
    ),
]
