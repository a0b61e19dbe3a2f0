"""Tuning certificates written from field notes on how real CPE certificates read, in
wordings and layouts the other tuning files lack: the whole certificate as one or two
flowing sentences, letterheads where the sponsor is only the logo line above its
address, e-mailed confirmations whose header dates (Sent, Date) are not completion
dates, confirmation letters dated above the text, LMS transcripts, conference agendas
with per-session credits and one total, CPE beside CLE, IRS/CTEC and CFE credit lines,
titles in quotes or capitals running over two lines, sponsors named only by
"Presented by", "Provided by", "Issued by" or "Offered by" (on the line or below it),
certificate numbers labelled "Verification code", "Cert #", "Confirmation" or "ID",
or standing unlabelled at the foot, hours as fractions ("1 1/2") or in minutes (a
50-minute CPE hour: "100 minutes" is 2.0, a 20-minute nano program 0.4), signature
and instructor blocks, registry footers, and IRS program numbers that are not
certificate numbers.

Several fields of study follow forms.py's multiple_fields_of_study: the list as
printed. Hours are the CPE credit, never the CLE, IRS or CFE one, and a total over
the sessions' credits.

They are tuning certificates: rules may cite them (README.md). Their expected rows
were written with them and committed before the extractor first read them.
"""

from __future__ import annotations

from .corpus import Certificate

GIB = "Group Internet Based"
LIVE = "Group Live"
QAS = "QAS Self Study"
NANO = "Nano Learning"
BLENDED = "Blended Learning"

FIELD_NOTES = [
    Certificate(
        "one_sentence_quoted_title_hour_count_and_field",
        """
# Certificate of Completion

> This certifies that Jane Roe has successfully completed "Partnership Basis \
Adjustments After the 2025 Regulations", a 2-hour Group Internet Based program in Taxes \
offered by Lakeshore CPE Partners on March 3, 2025.

Certificate no. LCP-0303-5518
""",
        title="Partnership Basis Adjustments After the 2025 Regulations",
        sponsor="Lakeshore CPE Partners",
        date="2025-03-03",
        hours=2.0,
        field="Taxes",
        number="LCP-0303-5518",
        method=GIB,
    ),
    Certificate(
        "two_sentences_credit_before_the_title",
        """
Certificate of Completion

Marcus Lee earned 1.5 CPE credits in Auditing on 11/18/2025 for completing Sampling for \
Small Audits, a self-study course. The course was provided by Northgate Learning Systems, \
a QAS sponsor registered with NASBA.
""",
        title="Sampling for Small Audits",
        sponsor="Northgate Learning Systems",
        date="2025-11-18",
        hours=1.5,
        field="Auditing",
        number=None,
        method=QAS,
    ),
    Certificate(
        "letterhead_logo_line_above_address_block",
        """
Kessler Whitford
1800 Larimer Street, Suite 900
Denver, CO 80202

# CERTIFICATE OF COMPLETION

> Awarded to Olivia Grant
> for completion of

# Audit Data Analytics in Practice

Date: January 22, 2025
CPE Credit: 4.0
Field of Study: Auditing
Delivery Method: Group Live
""",
        title="Audit Data Analytics in Practice",
        sponsor="Kessler Whitford",
        date="2025-01-22",
        hours=4.0,
        field="Auditing",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "email_headers_sent_date_then_attended_on",
        """
From: BrightPath Webinars <no-reply@brightpath.example>
Sent: Friday, May 16, 2025 9:14 AM
To: Aaron Blake <aaron.blake@example.com>
Subject: Your CPE certificate is ready

Hi Aaron,

Thank you for attending Lease Accounting Update for Private Companies on May 14, 2025. \
You earned 2 CPE credits in Accounting for this live webinar.

Confirmation: BP-514-20873

BrightPath Webinars is registered with the National Association of State Boards of \
Accountancy (NASBA) as a sponsor of continuing professional education on the National \
Registry of CPE Sponsors.
""",
        title="Lease Accounting Update for Private Companies",
        sponsor="BrightPath Webinars",
        date="2025-05-14",
        hours=2.0,
        field="Accounting",
        number="BP-514-20873",
        method=GIB,
    ),
    Certificate(
        "email_forwarded_with_date_header_and_labels",
        """
-----Original Message-----
From: Summit Ridge Professional Education <events@summitridge.example>
Date: Mon, 7 Jul 2025 08:02:11 -0500
To: kpatel@example.com
Subject: Attendance confirmation

Dear Kiran Patel,

We confirm your attendance at the following program.

Program: Fiduciary Income Tax Returns (Form 1041)
Program Date: June 30, 2025
Credits: 3.0 CPE
Field: Taxes
Format: Live webinar
Cert #: SRPE-0630-0217

Summit Ridge Professional Education
""",
        title="Fiduciary Income Tax Returns (Form 1041)",
        sponsor="Summit Ridge Professional Education",
        date="2025-06-30",
        hours=3.0,
        field="Taxes",
        number="SRPE-0630-0217",
        method=GIB,
    ),
    Certificate(
        "confirmation_letter_dated_above_the_text",
        """
Ironwood Professional Development
2200 Ross Avenue, Dallas, TX 75201

June 2, 2025

Dear Ms. Alvarez,

This letter confirms that you completed the course Not-for-Profit Revenue and \
Contributions on May 28, 2025, for 8.0 hours of CPE credit in Accounting. The course was \
delivered as a group live seminar.

Sincerely,

Thomas Reed
Director of Professional Development
""",
        title="Not-for-Profit Revenue and Contributions",
        sponsor="Ironwood Professional Development",
        date="2025-05-28",
        hours=8.0,
        field="Accounting",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "lms_transcript_row_under_its_headers",
        """
Ledgerwise Academy | Learning Transcript

Learner: Hannah Cho                    Learner ID: 448120
Report generated: 12/01/2025

Course Code   Course Title                         Completed    Credits   Field of Study
LW-ETH-210    Ethics in Client Advisory Work       11/20/2025   2.0       Behavioral Ethics

Status: Passed
Delivery Method: QAS Self Study
""",
        title="Ethics in Client Advisory Work",
        sponsor="Ledgerwise Academy",
        date="2025-11-20",
        hours=2.0,
        field="Behavioral Ethics",
        number=None,
        method=QAS,
    ),
    Certificate(
        "conference_agenda_times_per_session_credits_and_total",
        """
# Great Lakes Governmental Finance Conference
Certificate of Attendance

Attendee: Robert Kowalski

Thursday, April 10, 2025
8:30 AM   Opening Keynote: The Fiscal Outlook            1.0 CPE
10:00 AM  GASB 101 and 102 Implementation                2.0 CPE
1:30 PM   Single Audit Findings That Keep Recurring      2.0 CPE
Friday, April 11, 2025
9:00 AM   Pension and OPEB Update                        2.0 CPE
11:00 AM  Closing Panel                                  1.0 CPE

Total CPE earned: 8.0
Field of Study: Accounting (Governmental)
Delivery Method: Group Live
Presented by the Michigan Government Finance Officers Institute
""",
        title="Great Lakes Governmental Finance Conference",
        sponsor="Michigan Government Finance Officers Institute",
        date="2025-04-11",
        hours=8.0,
        field="Accounting (Governmental)",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "cpe_and_cle_credit_lines",
        """
# Certificate of Attendance

Attendee: Laura Kim, CPA, JD
Program: Estate Planning After the Sunset
Date: October 2, 2025

CPE Credit: 3.0 (NASBA)
CLE Credit: 2.5 General (State Bar of California)
Field of Study: Taxes
Delivery Method: Group Live

Sponsored by Pacific Coast Estate Planning Council
""",
        title="Estate Planning After the Sunset",
        sponsor="Pacific Coast Estate Planning Council",
        date="2025-10-02",
        hours=3.0,
        field="Taxes",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "irs_ea_credit_line_and_program_number_not_certificate_number",
        """
# Certificate of Completion

Participant: Denise Howard, EA
PTIN: P01234567
Course: Schedule C Deep Dive for Preparers
Completion Date: 02/12/2025
IRS Program Number: XYZAB-T-00321-25-S
IRS CE Credit: 2 (Federal Tax Law)
CPE Credit: 2.0
Field of Study: Taxes
Delivery Method: QAS Self Study

Issued by: Taxwise Learning Center, IRS Approved CE Provider, NASBA Sponsor 145880
""",
        title="Schedule C Deep Dive for Preparers",
        sponsor="Taxwise Learning Center",
        date="2025-02-12",
        hours=2.0,
        field="Taxes",
        number=None,
        method=QAS,
    ),
    Certificate(
        "all_caps_title_over_two_lines_below_has_completed",
        """
# Certificate of Completion

> This is to certify that
> Samuel Ortiz
> has completed

> ADVANCED ISSUES IN S CORPORATION
> BASIS AND DISTRIBUTIONS

Date Completed: 08/08/2025
CPE Hours: 4.0
Field of Study: Taxes
Delivery Method: Group Internet Based
Provided by: Keystone Tax Seminars
""",
        title="ADVANCED ISSUES IN S CORPORATION BASIS AND DISTRIBUTIONS",
        sponsor="Keystone Tax Seminars",
        date="2025-08-08",
        hours=4.0,
        field="Taxes",
        number=None,
        method=GIB,
    ),
    Certificate(
        "quoted_title_over_two_lines",
        """
# CERTIFICATE OF COMPLETION

> Presented to Angela Brooks
> for successfully completing the course
> "Fraud Risk in Not-for-Profit
> Organizations: A Practical Guide"

Completed: 9/25/2025
Credit Hours: 3.0
Field of Study: Auditing
Delivery: On-demand self-study

Offered by: Cedar Grove CPE
Verification code: 7XQ2-PL9M-44
""",
        title="Fraud Risk in Not-for-Profit Organizations: A Practical Guide",
        sponsor="Cedar Grove CPE",
        date="2025-09-25",
        hours=3.0,
        field="Auditing",
        number="7XQ2-PL9M-44",
        method=QAS,
    ),
    Certificate(
        "presented_by_alone_on_its_line_name_below",
        """
# Certificate of Attendance

Attendee: Victor Nguyen
Seminar: Cash Flow Forecasting for Growing Companies
Date: 4/17/2025
CPE Credit: 2.0
Field of Study: Finance
Delivery Method: Group Live

Presented by
Crescent Valley Business Forum
""",
        title="Cash Flow Forecasting for Growing Companies",
        sponsor="Crescent Valley Business Forum",
        date="2025-04-17",
        hours=2.0,
        field="Finance",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "fraction_hours_one_and_a_half",
        """
# Certificate of Completion

Name: Teresa Walsh
Course Title: Excel Power Query for Accountants
Date of Completion: July 9, 2025
CPE Hours: 1 1/2
Field of Study: Computer Software & Applications
Delivery Method: Group Internet Based
Cert #: EPQ-0709-3381

Provided by DataSkill Training Group
""",
        title="Excel Power Query for Accountants",
        sponsor="DataSkill Training Group",
        date="2025-07-09",
        hours=1.5,
        field="Computer Software & Applications",
        number="EPQ-0709-3381",
        method=GIB,
    ),
    Certificate(
        "credit_in_minutes_only",
        """
# Certificate of Completion

Participant: Gregory Hall
Webinar: Sales Tax Nexus After Wayfair
Date attended: 03/19/2025
Credit: 100 minutes
Field of Study: Taxes
Format: Webinar

Sponsor: Anchor Point CPE
""",
        title="Sales Tax Nexus After Wayfair",
        sponsor="Anchor Point CPE",
        date="2025-03-19",
        hours=2.0,
        field="Taxes",
        number=None,
        method=GIB,
    ),
    Certificate(
        "nano_twenty_minutes",
        """
Nano Learning Certificate

Learner: Ava Thompson
Topic: Materiality Judgments in 20 Minutes
Completed on 10/02/2025
Length: 20 minutes (nano-learning)
Field of Study: Auditing
ID: NL-1002-7731

QuickBite CPE
""",
        title="Materiality Judgments in 20 Minutes",
        sponsor="QuickBite CPE",
        date="2025-10-02",
        hours=0.4,
        field="Auditing",
        number="NL-1002-7731",
        method=NANO,
    ),
    Certificate(
        "unlabelled_number_at_the_foot",
        """
# Certificate of Completion

> Brian Foster
> has completed

> Internal Controls for Small Businesses

> on December 4, 2025, earning 2.0 CPE credits in Auditing (Group Internet Based).

Sponsored by Westbrook Learning Partners

BKL-2025-06610
""",
        title="Internal Controls for Small Businesses",
        sponsor="Westbrook Learning Partners",
        date="2025-12-04",
        hours=2.0,
        field="Auditing",
        number="BKL-2025-06610",
        method=GIB,
    ),
    Certificate(
        "signature_and_instructor_blocks_then_registry_footer",
        """
# Certificate of Completion

This certifies that Nora Fitzgerald completed the program

Governmental Audit Quality: Lessons From Peer Review

Date of Program: Tuesday, April 8, 2025
CPE Credits: 4.0
Field of Study: Auditing (Governmental)
Delivery Method: Group Live

______________________                ______________________
Melissa Grant, CPA                    Dana Whitlock, CPA
Instructor                            Director of Education

~ Heartland Audit Institute, 300 Main Street, Des Moines, IA 50309. Heartland Audit \
Institute is registered with NASBA as a sponsor of continuing professional education on \
the National Registry of CPE Sponsors. Sponsor ID 118822.
""",
        title="Governmental Audit Quality: Lessons From Peer Review",
        sponsor="Heartland Audit Institute",
        date="2025-04-08",
        hours=4.0,
        field="Auditing (Governmental)",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "two_sentences_date_first_live_webinar",
        """
# Certificate of Attendance

On September 9, 2025, Priya Natarajan attended the live webinar Cybersecurity Controls for \
Small Firms. She earned 1.0 CPE credit in Information Technology.

Offered by Bluewater Tech Training
""",
        title="Cybersecurity Controls for Small Firms",
        sponsor="Bluewater Tech Training",
        date="2025-09-09",
        hours=1.0,
        field="Information Technology",
        number=None,
        method=GIB,
    ),
    Certificate(
        "cfe_and_cpe_credits_blended",
        """
# Certificate of Completion

Awarded to Keith Morgan
for completing the blended program
Forensic Interviewing Techniques

Completion date: 05/21/2025
Credits awarded: 8.0 CPE / 8.0 CFE
Field of Study: Auditing
Delivery Method: Blended Learning

Issued by Fraud Examination Training Institute
""",
        title="Forensic Interviewing Techniques",
        sponsor="Fraud Examination Training Institute",
        date="2025-05-21",
        hours=8.0,
        field="Auditing",
        number=None,
        method=BLENDED,
    ),
    Certificate(
        "letterhead_name_then_pipe_address_and_phone",
        """
Harbor & Vine Advisory
55 Water Street | Boston, MA 02109 | (617) 555-0142

# Certificate of Completion

Participant: Elena Petrov
Course: Revenue Recognition for SaaS Contracts
Date: November 12, 2025
CPE: 2.0
Field of Study: Accounting
Method: Group Internet Based
""",
        title="Revenue Recognition for SaaS Contracts",
        sponsor="Harbor & Vine Advisory",
        date="2025-11-12",
        hours=2.0,
        field="Accounting",
        number=None,
        method=GIB,
    ),
    Certificate(
        "fields_split_by_hours_labelled_list",
        """
# Certificate of Attendance

Attendee: Christopher Lane
Program: Year-End Tax and Ethics Update
Date: December 15, 2025
Total CPE Credits: 4.0
Fields of Study: Taxes 3.0; Regulatory Ethics 1.0
Delivery Method: Group Live
Sponsor: Granite State Tax Forum
""",
        title="Year-End Tax and Ethics Update",
        sponsor="Granite State Tax Forum",
        date="2025-12-15",
        hours=4.0,
        field="Taxes 3.0; Regulatory Ethics 1.0",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "one_sentence_hours_in_words_and_fraction",
        """
# Certificate of Completion

> Riverside Accounting Education certifies that Paul Jensen completed Payroll Tax \
Compliance Essentials on 6/3/2025 and earned one and one-half (1.5) CPE credits in Taxes \
through QAS self-study.
""",
        title="Payroll Tax Compliance Essentials",
        sponsor="Riverside Accounting Education",
        date="2025-06-03",
        hours=1.5,
        field="Taxes",
        number=None,
        method=QAS,
    ),
    Certificate(
        "transcript_style_labels_right_of_heading_with_record_id",
        """
CONTINUING EDUCATION TRANSCRIPT ENTRY

Provided by: Meridian Learning Network
Record ID: MLN-77-30211
Learner: Samantha Ruiz
Activity: Leading Remote Teams
Activity Date: 08/27/2025
CPE Hours: 1.0
Field of Study: Personal Development
Delivery Method: Group Internet Based
""",
        title="Leading Remote Teams",
        sponsor="Meridian Learning Network",
        date="2025-08-27",
        hours=1.0,
        field="Personal Development",
        number="MLN-77-30211",
        method=GIB,
    ),
    Certificate(
        "certificate_valid_through_and_issued_dates_beside_completion",
        """
# Certificate of Completion

This certifies that Derek Simmons completed the self-study course Cost Accounting for \
Manufacturers.

Completion date: 01/30/2025
Certificate issued: 02/03/2025
Valid through: 01/30/2026
CPE Credits: 5.0
Field of Study: Accounting
Confirmation: CAM-0130-4419

Provided by Evergreen Self-Study CPE
""",
        title="Cost Accounting for Manufacturers",
        sponsor="Evergreen Self-Study CPE",
        date="2025-01-30",
        hours=5.0,
        field="Accounting",
        number="CAM-0130-4419",
        method=QAS,
    ),
    Certificate(
        "weekday_long_date_and_offered_by_in_the_sentence",
        """
# Certificate of Completion

> Awarded to Melanie Cho for participating in the workshop Business Valuation for Divorce \
Engagements, offered by the Northern Plains Valuation Institute on Wednesday, \
February 19, 2025.

CPE Credit: 6.0    Field of Study: Specialized Knowledge    Delivery Method: Group Live
""",
        title="Business Valuation for Divorce Engagements",
        sponsor="Northern Plains Valuation Institute",
        date="2025-02-19",
        hours=6.0,
        field="Specialized Knowledge",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "badge_style_short_lines",
        """
DIGITAL BADGE

Data Visualization With Power BI

Earned by Lucas Meyer
Issued by Clearview Analytics Academy
Completed 10/15/2025
3.0 CPE | Computer Software & Applications | Group Internet Based
Credential ID: CVA-PBI-55120
""",
        title="Data Visualization With Power BI",
        sponsor="Clearview Analytics Academy",
        date="2025-10-15",
        hours=3.0,
        field="Computer Software & Applications",
        number="CVA-PBI-55120",
        method=GIB,
    ),
    Certificate(
        "self_study_passed_exam_date_and_purchase_date",
        """
# Certificate of Completion

Student: Rachel Adams
Course: Governmental Fund Accounting Basics
Purchase date: 03/01/2025
Exam passed: 04/14/2025
Score: 85%
CPE Credits: 6.0
Field of Study: Accounting (Governmental)
Delivery Method: QAS Self Study
Provider: Capitol Self-Study Press
""",
        title="Governmental Fund Accounting Basics",
        sponsor="Capitol Self-Study Press",
        date="2025-04-14",
        hours=6.0,
        field="Accounting (Governmental)",
        number=None,
        method=QAS,
    ),
    # A second batch, written after the first batch's rules and committed before the
    # extractor read it.
    Certificate(
        "credit_types_table_cpe_row_among_others",
        """
# Certificate of Completion

Participant: Hector Salinas
Course: Retirement Plan Distributions
Completed: 09/12/2025
Provider: Sequoia Tax Education, LLC

Credit Type          Hours
CPE (NASBA)          2.0
CFP Board CE         2.0
IRS CE               2.0

Field of Study: Taxes
Delivery Method: QAS Self Study
""",
        title="Retirement Plan Distributions",
        sponsor="Sequoia Tax Education, LLC",
        date="2025-09-12",
        hours=2.0,
        field="Taxes",
        number=None,
        method=QAS,
    ),
    Certificate(
        "webinar_id_is_not_the_certificate_number",
        """
# Webinar Certificate of Attendance

Attendee: Chloe Bennett
Webinar: Cash vs. Accrual for Small Businesses
Webinar ID: 845 2231 9087
Date: Thursday, 05/08/2025
CPE Credit: 1.0
Field of Study: Accounting
Delivery Method: Group Internet Based

Host: Pinecrest CPE Webinars
""",
        title="Cash vs. Accrual for Small Businesses",
        sponsor="Pinecrest CPE Webinars",
        date="2025-05-08",
        hours=1.0,
        field="Accounting",
        number=None,
        method=GIB,
    ),
    Certificate(
        "hours_including_ethics_and_field_as_printed",
        """
# Certificate of Attendance

This certifies that Monica Reyes attended the

Annual Accounting & Auditing Update

Date: 11/06/2025
Hours: 8 (including 2 hours of ethics)
Field of Study: Accounting & Auditing
Delivery: In-person seminar
Sponsor: Tidewater Society of Accountants
""",
        title="Annual Accounting & Auditing Update",
        sponsor="Tidewater Society of Accountants",
        date="2025-11-06",
        hours=8.0,
        field="Accounting & Auditing",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "a_program_of_the_society_day_first_dashed_date",
        """
# CERTIFICATE OF COMPLETION

Name: Arjun Mehta
Program: Consolidations and Noncontrolling Interests
Completion Date: 14-03-2025
CPE Credits: 3.5
Field of Study: Accounting
Delivery: Virtual instructor-led

A program of the Midwest Accounting Society
""",
        title="Consolidations and Noncontrolling Interests",
        sponsor="Midwest Accounting Society",
        date="2025-03-14",
        hours=3.5,
        field="Accounting",
        number=None,
        method=GIB,
    ),
    Certificate(
        "title_with_subtitle_wrapped_after_its_colon",
        """
# Certificate of Completion

Course Title: Leases Under ASC 842:
Beyond the Basics for Lessees
Date Completed: June 26, 2025
CPE Credit Hours: 2.0
Field of Study: Accounting
Delivery Method: Group Internet Based
Sponsor: Copperline Learning
Certificate Number: CL-0626-1180
""",
        title="Leases Under ASC 842: Beyond the Basics for Lessees",
        sponsor="Copperline Learning",
        date="2025-06-26",
        hours=2.0,
        field="Accounting",
        number="CL-0626-1180",
        method=GIB,
    ),
    Certificate(
        "cpd_and_cpe_with_ethics_minutes",
        """
# Statement of Attendance

Delegate: Oliver Hughes
Event: Global Transfer Pricing Forum
Event date: 22 October 2025
CPD hours: 6
CPE credits (US): 7.0
Field of Study: Taxes
Format: Live, in person

Organised by Meridian Tax Forums
""",
        title="Global Transfer Pricing Forum",
        sponsor="Meridian Tax Forums",
        date="2025-10-22",
        hours=7.0,
        field="Taxes",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "completion_timestamp_with_time_zone_and_serial",
        """
CERTIFICATE OF COMPLETION

Learner: Grace Liu
Course: Data Privacy Essentials for Finance Teams
Completed On: 2025-07-21 16:45 EDT
CPE Credits: 1.5
Field of Study: Information Technology
Delivery Method: QAS Self Study
Serial: DPE-25-071-4402

Apex Finance Learning
""",
        title="Data Privacy Essentials for Finance Teams",
        sponsor="Apex Finance Learning",
        date="2025-07-21",
        hours=1.5,
        field="Information Technology",
        number="DPE-25-071-4402",
        method=QAS,
    ),
    Certificate(
        "ea_continuing_education_by_category_with_total",
        """
# Continuing Education Certificate

Enrolled Agent: Steven Park, EA
Program: 2025 Individual Tax Season Update
Date: January 15, 2025

Federal Tax Law Updates: 2
Federal Tax Law: 5
Ethics: 1
Total CPE Hours: 8.0

Field of Study: Taxes
Delivery Method: Group Internet Based
Provider: Lighthouse Tax School
""",
        title="2025 Individual Tax Season Update",
        sponsor="Lighthouse Tax School",
        date="2025-01-15",
        hours=8.0,
        field="Taxes",
        number=None,
        method=GIB,
    ),
    Certificate(
        "sentence_with_license_number_and_credit_in_words",
        """
# Certificate of Completion

> This is to certify that Laura Chen, CPA, License No. 112233, has satisfactorily \
completed Governmental Budgeting Fundamentals, for which she is awarded four (4) CPE credit \
hours in Accounting (Governmental). Date of completion: April 30, 2025.

> Presented by Bayview Public Sector Institute
""",
        title="Governmental Budgeting Fundamentals",
        sponsor="Bayview Public Sector Institute",
        date="2025-04-30",
        hours=4.0,
        field="Accounting (Governmental)",
        number=None,
        method=None,
    ),
    Certificate(
        "right_column_of_values_with_label_column_left",
        """
# Certificate of Completion

Recipient                                  Jordan Miles
Course                                     Fraud in Payroll Systems
Provider                                   Silverleaf Audit Academy
Date                                       12/02/2025
Credit                                     2.5 CPE hours
Field                                      Auditing
Format                                     Live Online
Certificate                                SAA-1202-0619
""",
        title="Fraud in Payroll Systems",
        sponsor="Silverleaf Audit Academy",
        date="2025-12-02",
        hours=2.5,
        field="Auditing",
        number="SAA-1202-0619",
        method=GIB,
    ),
    Certificate(
        "participation_sentence_with_in_the_field_of",
        """
# Certificate of Participation

> Helen Ward participated in the webcast
> "Understanding the New Single Audit Compliance Supplement"
> on August 19, 2025 and is awarded 2 CPE credits in the field of Auditing (Governmental).

> Falcon Government Training
> NASBA Sponsor 120456
""",
        title="Understanding the New Single Audit Compliance Supplement",
        sponsor="Falcon Government Training",
        date="2025-08-19",
        hours=2.0,
        field="Auditing (Governmental)",
        number=None,
        method=GIB,
    ),
    Certificate(
        "completion_month_day_year_without_comma_and_cert_no_beside_heading",
        """
CERTIFICATE OF COMPLETION                               Cert No. TRX-40219

Student Name: William Ortiz
Course Name: Tax Research Using Primary Sources
Date of Completion: March 3 2025
Total Credits: 2.0
Field of Study: Taxes
Instructional Method: QAS Self Study

TaxResearch Academy, 10 Park Row, New York, NY 10038
""",
        title="Tax Research Using Primary Sources",
        sponsor="TaxResearch Academy",
        date="2025-03-03",
        hours=2.0,
        field="Taxes",
        number="TRX-40219",
        method=QAS,
    ),
    Certificate(
        "certificate_awarded_by_and_given_this_day",
        """
# Certificate of Achievement

> awarded by the Coastal Plains Chapter of Internal Auditors
> to Rebecca Stone
> for completing Internal Audit Report Writing

> Given this 12th day of September, 2025

CPE: 4.0 hours    Field: Communications & Marketing    Group Live
""",
        title="Internal Audit Report Writing",
        sponsor="Coastal Plains Chapter of Internal Auditors",
        date="2025-09-12",
        hours=4.0,
        field="Communications & Marketing",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "self_study_with_expiration_and_final_exam_dates",
        """
# Self-Study Certificate

Name: Danielle Frost
Course: Ethics in Tax Practice (Circular 230)
Final exam completed: 10/28/2025
Course expiration: 10/28/2026
CPE Credit: 2.0
Field of Study: Regulatory Ethics
Delivery Method: QAS Self Study
Certificate ID: ETP-102825-77

Sponsor: Keystone Professional Learning
""",
        title="Ethics in Tax Practice (Circular 230)",
        sponsor="Keystone Professional Learning",
        date="2025-10-28",
        hours=2.0,
        field="Regulatory Ethics",
        number="ETP-102825-77",
        method=QAS,
    ),
    # A third batch, written after the second batch's rules and committed before the
    # extractor read it.
    Certificate(
        "several_credit_types_in_one_value",
        """
# Certificate of Completion

Attendee: Rachel Green, CPA, CFP
Program: Roth Conversions in a Changing Tax Landscape
Date: 07/17/2025
Credits: 1.5 CFP / 2.0 CPE / 2.0 IRS
Field of Study: Taxes
Delivery Method: Group Internet Based
Sponsor: Northstar Planning Academy
""",
        title="Roth Conversions in a Changing Tax Landscape",
        sponsor="Northstar Planning Academy",
        date="2025-07-17",
        hours=2.0,
        field="Taxes",
        number=None,
        method=GIB,
    ),
    Certificate(
        "course_description_with_law_dates_and_sections",
        """
# Certificate of Completion

Participant: Ian Brooks
Course Title: Research and Experimental Expenditures Under Section 174
Course Description: Covers the capitalization rules for tax years beginning after \
December 31, 2021, the changes proposed for 2026, and 5-year and 15-year amortization \
schedules for domestic and foreign research.
Completion Date: 08/05/2025
CPE Credits: 2.0
Field of Study: Taxes
Delivery Method: QAS Self Study
Provider: Pacific Ledger CPE
""",
        title="Research and Experimental Expenditures Under Section 174",
        sponsor="Pacific Ledger CPE",
        date="2025-08-05",
        hours=2.0,
        field="Taxes",
        number=None,
        method=QAS,
    ),
    Certificate(
        "presented_by_a_person_sponsor_in_the_letterhead",
        """
# Bluestem Accounting Institute
# Certificate of Completion

> Nathan Cole
> has completed

> Audit Sampling Refresher

> Presented by Jane Holloway, CPA, CGMA

Date: October 9, 2025
CPE Credit: 2.0
Field of Study: Auditing
Delivery Method: Group Live
""",
        title="Audit Sampling Refresher",
        sponsor="Bluestem Accounting Institute",
        date="2025-10-09",
        hours=2.0,
        field="Auditing",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "signature_date_below_the_text_is_not_completion",
        """
# Certificate of Completion

This certifies that Olivia Martin completed Budgeting for Nonprofits on March 3, 2025, \
earning 3.0 CPE credits in Accounting through a live webinar offered by Prairie Nonprofit \
Institute.

______________________________
Authorized Signature
Date: March 10, 2025
""",
        title="Budgeting for Nonprofits",
        sponsor="Prairie Nonprofit Institute",
        date="2025-03-03",
        hours=3.0,
        field="Accounting",
        number=None,
        method=GIB,
    ),
    Certificate(
        "comma_separated_export_row",
        """
Course Name,Provider,Completion Date,CPE Credits,Field of Study,Delivery Method,Certificate ID
Payroll Fraud Schemes,Redline Audit Training,2025-06-18,1.0,Auditing,Webinar,RAT-0618-221
""",
        title="Payroll Fraud Schemes",
        sponsor="Redline Audit Training",
        date="2025-06-18",
        hours=1.0,
        field="Auditing",
        number="RAT-0618-221",
        method=GIB,
    ),
    Certificate(
        "field_as_a_short_code_and_hours_split_in_brackets",
        """
# CPE Certificate

Name: Patricia Lopez
Course: Multistate Payroll Withholding
Completed: 11/03/2025
CPE Credit: 2 hours (1 hour Taxes, 1 hour Personnel/HR)
Field of Study: TAX
Delivery Method: Webinar
Provided by Harborview Payroll Institute
""",
        title="Multistate Payroll Withholding",
        sponsor="Harborview Payroll Institute",
        date="2025-11-03",
        hours=2.0,
        field="Taxes",
        number=None,
        method=GIB,
    ),
    Certificate(
        "brought_to_you_by_and_through_range",
        """
# 2025 Fall Controllers Conference
Certificate of Attendance

> Awarded to Kevin Tran
> September 29 through October 1, 2025

Total CPE: 18.0
Field of Study: Accounting
Delivery Method: Group Live

Brought to you by the Southwest Controllers Network
""",
        title="2025 Fall Controllers Conference",
        sponsor="Southwest Controllers Network",
        date="2025-10-01",
        hours=18.0,
        field="Accounting",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "in_house_training_record_table_with_instructor_column",
        """
Dunmore & Clarke LLP
IN-HOUSE TRAINING RECORD

Employee: Sarah Whitman           Office: Pittsburgh

Date          Course                               Instructor        Hours
05/14/2025    Engagement Quality Management        R. Dunmore        3.0

Field of Study: Auditing
Delivery Method: Group Live
""",
        title="Engagement Quality Management",
        sponsor="Dunmore & Clarke LLP",
        date="2025-05-14",
        hours=3.0,
        field="Auditing",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "recommended_cpe_only_and_day_month_abbrev_caps",
        """
# Certificate of Completion

Learner: Amelia Scott
Course: Introduction to Governmental Funds
Completion date: 04 NOV 2025
Recommended CPE: 3
NASBA Field of Study: Accounting (Governmental)
Delivery Method: QAS Self-Study

Goldleaf Public Finance Academy | NASBA Sponsor #138801
""",
        title="Introduction to Governmental Funds",
        sponsor="Goldleaf Public Finance Academy",
        date="2025-11-04",
        hours=3.0,
        field="Accounting (Governmental)",
        number=None,
        method=QAS,
    ),
    Certificate(
        "completion_statement_with_points_and_cpe",
        """
# Statement of Completion

Member: Jacob Price
Course: Cybersecurity Risk Oversight for Boards
Completion: 12/09/2025
Points earned: 25
CPE credit: 1.5
Subject area: Information Technology
Learning format: Self-paced online

Northbridge Governance Institute
""",
        title="Cybersecurity Risk Oversight for Boards",
        sponsor="Northbridge Governance Institute",
        date="2025-12-09",
        hours=1.5,
        field="Information Technology",
        number=None,
        method=QAS,
    ),
    Certificate(
        "title_in_quotes_then_held_virtually_sentence",
        """
# Certificate of Attendance

> This is to acknowledge that Mark Ellis attended "Cash Management Strategies for \
Municipalities" held virtually on 2 December 2025 and earned 1.0 CPE credit.

Field of Study: Finance
Sponsor: Lakeview Public Finance Council
Certificate No.: LPFC-2512-073
""",
        title="Cash Management Strategies for Municipalities",
        sponsor="Lakeview Public Finance Council",
        date="2025-12-02",
        hours=1.0,
        field="Finance",
        number="LPFC-2512-073",
        method=GIB,
    ),
    Certificate(
        "two_column_labels_with_values_in_the_right_half_and_number_heading",
        """
# Certificate of Completion                       No. CSA-9931-25

Awarded to:   Bianca Rossi                 Date completed:   06/30/2025
Program:      SOC 2 Reports for Users      CPE hours:        2.0
Sponsor:      Crestline Assurance School   Field of study:   Auditing
Method:       QAS Self Study
""",
        title="SOC 2 Reports for Users",
        sponsor="Crestline Assurance School",
        date="2025-06-30",
        hours=2.0,
        field="Auditing",
        number="CSA-9931-25",
        method=QAS,
    ),
    # A fourth batch, written after the third batch's rules and committed before the
    # extractor read it.
    Certificate(
        "form_revision_date_in_the_footer_and_a_date_line_alone",
        """
# Certificate of Completion

> Theresa Long
> completed the self-study program

> Analytical Procedures in Review Engagements

> March 3, 2025

CPE Credits: 3.0
Field of Study: Auditing
Sponsor: Granite Peak CPE

~ Form GP-CPE-1  Rev. 06/01/2023  Page 1 of 1
""",
        title="Analytical Procedures in Review Engagements",
        sponsor="Granite Peak CPE",
        date="2025-03-03",
        hours=3.0,
        field="Auditing",
        number=None,
        method=QAS,
    ),
    Certificate(
        "one_short_sentence_per_fact",
        """
# Certificate of Completion

This certificate is awarded to Daniel Kim.
The course was Controllership Fundamentals.
It was completed on May 20, 2025.
It is worth 4.0 CPE credits.
The field of study is Accounting.
It was delivered as a group internet based program.
The sponsor is Oakridge Finance Academy.
""",
        title="Controllership Fundamentals",
        sponsor="Oakridge Finance Academy",
        date="2025-05-20",
        hours=4.0,
        field="Accounting",
        number=None,
        method=GIB,
    ),
    Certificate(
        "sponsor_address_block_beside_the_facts",
        """
# Certificate of Completion

Participant: Sophia Turner                    Willow Creek Tax Academy
Course: State Tax Credits and Incentives      450 Main Street, Suite 200
Date: 09/09/2025                              Columbus, OH 43215
CPE Credit: 2.0                               (614) 555-0188
Field of Study: Taxes
Delivery Method: Group Internet Based
""",
        title="State Tax Credits and Incentives",
        sponsor="Willow Creek Tax Academy",
        date="2025-09-09",
        hours=2.0,
        field="Taxes",
        number=None,
        method=GIB,
    ),
    Certificate(
        "fields_under_section_headings",
        """
# CERTIFICATE OF COMPLETION

PARTICIPANT
Aaron Fields

PROGRAM
Internal Control Over Financial Reporting for Smaller Companies

SPONSOR
Summit Audit Learning

COMPLETION DATE
August 12, 2025

CPE CREDIT
4.0

FIELD OF STUDY
Auditing

DELIVERY METHOD
QAS Self Study
""",
        title="Internal Control Over Financial Reporting for Smaller Companies",
        sponsor="Summit Audit Learning",
        date="2025-08-12",
        hours=4.0,
        field="Auditing",
        number=None,
        method=QAS,
    ),
    Certificate(
        "blended_components_with_total",
        """
# Certificate of Completion

Participant: Lena Fischer
Program: New Manager Leadership Series
Components: Self-study pre-work (3.0 CPE); live virtual sessions (5.0 CPE)
Total CPE: 8.0
Program completed: 10/24/2025
Field of Study: Personal Development
Delivery Method: Blended

Issued by: Cornerstone Leadership Institute
""",
        title="New Manager Leadership Series",
        sponsor="Cornerstone Leadership Institute",
        date="2025-10-24",
        hours=8.0,
        field="Personal Development",
        number=None,
        method=BLENDED,
    ),
    Certificate(
        "dashed_month_date_ethics_behavioral_virtual_instructor_led",
        """
# Certificate of Completion

Name: Priscilla Wong
Course: Ethical Decision-Making in Practice
Date: 4-Nov-2025
Credits: 2.0
Field of Study: Ethics (Behavioral)
Delivery Method: Virtual Instructor-Led Training
Provider: Bright Harbor Ethics Center
""",
        title="Ethical Decision-Making in Practice",
        sponsor="Bright Harbor Ethics Center",
        date="2025-11-04",
        hours=2.0,
        field="Behavioral Ethics",
        number=None,
        method=GIB,
    ),
    Certificate(
        "right_aligned_labels_before_their_values",
        """
# Certificate of Completion

       Participant:  Omar Haddad
      Course Title:  Tax Aspects of Buying and Selling a Business
   Date Completed:   07/31/2025
        CPE Hours:   3.0
   Field of Study:   Taxation
  Delivery Method:   Group Internet Based
          Sponsor:   Ridgeline Tax Institute
""",
        title="Tax Aspects of Buying and Selling a Business",
        sponsor="Ridgeline Tax Institute",
        date="2025-07-31",
        hours=3.0,
        field="Taxes",
        number=None,
        method=GIB,
    ),
    Certificate(
        "completed_at_a_time_of_day_and_sentence_field_in_taxation",
        """
# Certificate of Completion

> Jasmine Patel completed the webinar Cryptocurrency Reporting for Individuals on \
June 11, 2025 at 2:30 PM ET for 2 hours in Taxation.

Webinar provider: Cobalt Tax Webinars
Certificate #: CTW-0611-5521
""",
        title="Cryptocurrency Reporting for Individuals",
        sponsor="Cobalt Tax Webinars",
        date="2025-06-11",
        hours=2.0,
        field="Taxes",
        number="CTW-0611-5521",
        method=GIB,
    ),
    Certificate(
        "sponsor_and_number_in_a_footer_line_with_copyright",
        """
# Certificate of Completion

Presented to Rafael Soto
for completion of Segment Reporting Under ASU 2023-07

Date: 02/27/2025     CPE: 1.5     Field: Accounting     Method: QAS Self Study

(c) 2025 Ashford Accounting Academy. All rights reserved.     Certificate AAA-0227-3391
""",
        title="Segment Reporting Under ASU 2023-07",
        sponsor="Ashford Accounting Academy",
        date="2025-02-27",
        hours=1.5,
        field="Accounting",
        number="AAA-0227-3391",
        method=QAS,
    ),
    Certificate(
        "two_certificates_worth_of_dates_printed_and_completed_day_month",
        """
# Certificate of Completion

Awarded to: Gwen Harper
For: Fundamentals of Fraud Examination
Completed: 19 September 2025
Printed: 22 September 2025
CPE Credits: 8.0
Field of Study: Auditing
Delivery Method: QAS Self Study
Provider: Ironbridge Fraud Academy
""",
        title="Fundamentals of Fraud Examination",
        sponsor="Ironbridge Fraud Academy",
        date="2025-09-19",
        hours=8.0,
        field="Auditing",
        number=None,
        method=QAS,
    ),
    # A fifth batch, written after the fourth batch's rules and committed before the
    # extractor read it.
    Certificate(
        "browser_printed_page_with_url_and_print_time",
        """
11/30/25, 3:15 PM                Certificate - Learning Portal
https://learn.example.com/certificates/view/88231

# Certificate of Completion

> Maria Gonzalez
> completed

> Fair Value Measurements Refresher

> on November 3, 2025

CPE Credits: 2.0 | Accounting | QAS Self Study
Verification: FVM-2511-88231

Evergreen Accounting Learning
https://learn.example.com/certificates/view/88231                          1/1
""",
        title="Fair Value Measurements Refresher",
        sponsor="Evergreen Accounting Learning",
        date="2025-11-03",
        hours=2.0,
        field="Accounting",
        number="FVM-2511-88231",
        method=QAS,
    ),
    Certificate(
        "letter_with_re_line_naming_the_program",
        """
Tri-State Governmental Finance Association
77 Capitol Avenue, Hartford, CT 06106

October 30, 2025

Ms. Karen Blake
12 Elm Street
Springfield, MA 01103

Re: Certificate of Attendance - Governmental GAAP Update

Dear Ms. Blake:

This letter confirms your attendance at our program on October 28, 2025. You earned \
8.0 CPE credits in Accounting (Governmental). The program was presented in a group live \
format.

Sincerely,
Program Coordinator
""",
        title="Governmental GAAP Update",
        sponsor="Tri-State Governmental Finance Association",
        date="2025-10-28",
        hours=8.0,
        field="Accounting (Governmental)",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "hours_of_instruction_on_a_state_form",
        """
CONTINUING PROFESSIONAL EDUCATION - ATTENDANCE RECORD

Licensee Name: Thomas Baker
Name of Course: Nonprofit Audit Risk Areas
Date(s) of Course: 05/05/2025 - 05/06/2025
Hours of Instruction: 16
Subject Area: Auditing
Course Sponsor: Rocky Mountain Nonprofit Institute
Method of Instruction: Classroom
""",
        title="Nonprofit Audit Risk Areas",
        sponsor="Rocky Mountain Nonprofit Institute",
        date="2025-05-06",
        hours=16.0,
        field="Auditing",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "footer_with_website_and_phone_between_bars",
        """
# Certificate of Completion

> This certifies that Ethan Ross has completed
> Not-for-Profit Financial Statement Presentation
> on 08/14/2025 for 4.0 CPE credits.

Field of Study: Accounting
Delivery Method: QAS Self Study

Brightline CPE LLC | www.brightlinecpe.example | 800-555-0100
""",
        title="Not-for-Profit Financial Statement Presentation",
        sponsor="Brightline CPE LLC",
        date="2025-08-14",
        hours=4.0,
        field="Accounting",
        number=None,
        method=QAS,
    ),
    Certificate(
        "one_row_field_and_hours_table",
        """
# Certificate of Completion

Name: Felicia Grant
Course: Cost Segregation Studies Explained
Date completed: 09/30/2025
Delivery: Live webinar
Sponsor: Harbor Point Tax Training

Field of Study              CPE Hours
Taxes                       1.5
""",
        title="Cost Segregation Studies Explained",
        sponsor="Harbor Point Tax Training",
        date="2025-09-30",
        hours=1.5,
        field="Taxes",
        number=None,
        method=GIB,
    ),
    Certificate(
        "course_number_and_certificate_number_side_by_side",
        """
# Certificate of Completion

Course: Understanding Form 990 Schedule B
Course Number: TX-990-B        Certificate Number: 25-44871
Completed: 01/16/2025          CPE Credit: 1.0
Field: Taxes                   Delivery: QAS Self Study
Sponsor: Nonprofit Tax Education Group
""",
        title="Understanding Form 990 Schedule B",
        sponsor="Nonprofit Tax Education Group",
        date="2025-01-16",
        hours=1.0,
        field="Taxes",
        number="25-44871",
        method=QAS,
    ),
    Certificate(
        "course_name_slash_number_label",
        """
# Certificate of Completion

Participant: Henry Moore
Course Name/Number: Revenue Cycle Controls (RCC-210)
Date of Completion: 12/11/2025
CPE Earned 2.5
Field of Study: Auditing
Delivery Method: Group Internet Based
Program Sponsor(s): Lantern Audit Partners
""",
        title="Revenue Cycle Controls (RCC-210)",
        sponsor="Lantern Audit Partners",
        date="2025-12-11",
        hours=2.5,
        field="Auditing",
        number=None,
        method=GIB,
    ),
    Certificate(
        "virtual_conference_name_in_capitals_after_attending",
        """
# Certificate of Attendance

> has been awarded to Vanessa Ortiz for attending the virtual conference

> WOMEN IN FINANCE LEADERSHIP SUMMIT 2025

> held November 18-19, 2025

Total CPE Credits: 12.0
Field of Study: Personal Development
Sponsored by the Alliance for Women in Finance
""",
        title="WOMEN IN FINANCE LEADERSHIP SUMMIT 2025",
        sponsor="Alliance for Women in Finance",
        date="2025-11-19",
        hours=12.0,
        field="Personal Development",
        number=None,
        method=GIB,
    ),
    Certificate(
        "self_study_with_date_passed_and_enrollment_id",
        """
# CPE Certificate

Student: Noah Bennett
Enrollment ID: 5566123
Course: Excel Pivot Tables for Auditors
Date passed: 06/04/2025
CPE Credits: 2.0
Field of Study: Computer Software & Applications
Format: Self-study (QAS)
Certificate: EPT-060425-19

Sponsor: Spreadsheet Skills Institute
""",
        title="Excel Pivot Tables for Auditors",
        sponsor="Spreadsheet Skills Institute",
        date="2025-06-04",
        hours=2.0,
        field="Computer Software & Applications",
        number="EPT-060425-19",
        method=QAS,
    ),
    Certificate(
        "credits_then_field_in_parentheses_on_one_line_no_labels",
        """
# Certificate of Completion

> Lucas Wright
> Leading Teams Through Organizational Change
> 3.0 CPE Credits (Personal Development)
> Group Live | October 21, 2025

> Cascade Leadership Forum
""",
        title="Leading Teams Through Organizational Change",
        sponsor="Cascade Leadership Forum",
        date="2025-10-21",
        hours=3.0,
        field="Personal Development",
        number=None,
        method=LIVE,
    ),
    # A sixth batch, written after the fifth batch's rules and committed before the
    # extractor read it.
    Certificate(
        "letterhead_name_without_kind_of_body_above_the_heading",
        """
# Kestrel & Vaughn
Certificate of Completion

Participant: Julia Harmon
Course: Revenue Recognition for Construction Contracts
Date: 10/16/2025
CPE Hours: 3.0
Field of Study: Accounting
Delivery Method: Group Live
""",
        title="Revenue Recognition for Construction Contracts",
        sponsor="Kestrel & Vaughn",
        date="2025-10-16",
        hours=3.0,
        field="Accounting",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "participants_firm_beside_the_name_sponsor_in_the_statement",
        """
# Certificate of Completion

Participant: Jane Roe, Marlowe & Finch CPAs LLP
Course: Quality Management Standards in Small Firms
Completed: 06/25/2025
CPE Credits: 2.0
Field of Study: Auditing
Delivery Method: Group Internet Based

~ Stonegate Professional Learning is registered with the National Association of State \
Boards of Accountancy (NASBA) as a sponsor of continuing professional education on the \
National Registry of CPE Sponsors.
""",
        title="Quality Management Standards in Small Firms",
        sponsor="Stonegate Professional Learning",
        date="2025-06-25",
        hours=2.0,
        field="Auditing",
        number=None,
        method=GIB,
    ),
    Certificate(
        "retention_notice_with_years_and_qualifies_for_credit",
        """
# Certificate of Completion

> Carlos Mendes has completed Lease Accounting for Lessors on 04/09/2025.
> This program qualifies for 2.5 CPE credits in Accounting.

Please retain this certificate for five (5) years.

Course provider: Ashgrove CPE Online | Self-study
""",
        title="Lease Accounting for Lessors",
        sponsor="Ashgrove CPE Online",
        date="2025-04-09",
        hours=2.5,
        field="Accounting",
        number=None,
        method=QAS,
    ),
    Certificate(
        "approved_by_the_state_board_is_not_the_sponsor",
        """
# Certificate of Completion

This certifies that Grace Wu completed Ethics for Virginia CPAs on November 20, 2025. \
This course is approved by the Virginia Board of Accountancy for 2 hours of CPE credit in \
Regulatory Ethics.

Course provider: Old Dominion Ethics Training
Delivery Method: Group Internet Based
""",
        title="Ethics for Virginia CPAs",
        sponsor="Old Dominion Ethics Training",
        date="2025-11-20",
        hours=2.0,
        field="Regulatory Ethics",
        number=None,
        method=GIB,
    ),
    Certificate(
        "from_to_date_labels_and_credits_with_two_decimals",
        """
# Certificate of Attendance

Attendee: Marcus Webb
Event Name: Mountain States Tax Workshop
From: 03/03/2025   To: 03/05/2025
CPE Credit Hours: 20.00
Field of Study: Taxes
Delivery Method: Group Live
Organizer: Mountain States Tax Forum
""",
        title="Mountain States Tax Workshop",
        sponsor="Mountain States Tax Forum",
        date="2025-03-05",
        hours=20.0,
        field="Taxes",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "field_list_with_ethics_and_total_including_ethics",
        """
# Certificate of Completion

Name: Samantha Reed
Program: Texas Tax and Ethics Day
Date: 09/18/2025
CPE Credits: 8.0 (including 4.0 Ethics)
Field of Study: Taxes; Regulatory Ethics
Delivery Method: Group Live
Sponsor: Lone Star Tax Society
""",
        title="Texas Tax and Ethics Day",
        sponsor="Lone Star Tax Society",
        date="2025-09-18",
        hours=8.0,
        field="Taxes; Regulatory Ethics",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "certificate_code_with_lowercase_letters_and_completion_time",
        """
# Certificate of Completion

Learner: Peter Kim
Course: Intro to Python for Accountants
Completion time: Jul 08 2025 14:02
Credits: 3 CPE
Field of Study: Computer Software & Applications
Format: On-demand
Certificate code: pyA-7k29-Qx

Learnwise Analytics
""",
        title="Intro to Python for Accountants",
        sponsor="Learnwise Analytics",
        date="2025-07-08",
        hours=3.0,
        field="Computer Software & Applications",
        number="pyA-7k29-Qx",
        method=QAS,
    ),
    Certificate(
        "sponsor_first_in_the_sentence_presents_to",
        """
# Certificate of Achievement

> The Heartland Society of Accountants presents this certificate to Brian Lee for \
completing Advanced Excel Modeling, a group live seminar held 5/14/2025, for 6.0 CPE \
credits in Computer Software & Applications.
""",
        title="Advanced Excel Modeling",
        sponsor="Heartland Society of Accountants",
        date="2025-05-14",
        hours=6.0,
        field="Computer Software & Applications",
        number=None,
        method=LIVE,
    ),
    # A seventh batch, written after the sixth batch's rules and committed before the
    # extractor read it.
    Certificate(
        "hrs_in_a_sentence_and_field_after_a_dash",
        """
# Certificate of Completion

> Owen Price completed Inventory Observation Procedures on 02/06/2025
> and earned 1.5 hrs CPE - Auditing.

Delivery: Self-study
Presented by: Northfield Audit Seminars
""",
        title="Inventory Observation Procedures",
        sponsor="Northfield Audit Seminars",
        date="2025-02-06",
        hours=1.5,
        field="Auditing",
        number=None,
        method=QAS,
    ),
    Certificate(
        "offered_by_before_the_title_below",
        """
# Certificate of Attendance

This is to certify that Lydia Chen attended the following continuing education course \
offered by Bayshore Accounting Society:

Not-for-Profit Functional Expense Allocation

Date: Tuesday, December 2nd, 2025
Credit: 2 CPE hours
Field of Study: Accounting
Delivery Method: Group Live
""",
        title="Not-for-Profit Functional Expense Allocation",
        sponsor="Bayshore Accounting Society",
        date="2025-12-02",
        hours=2.0,
        field="Accounting",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "title_holding_label_words",
        """
# Certificate of Completion

Course Title: Tax Update: Credits and Deductions for Small Business Owners
Participant: Ruth Coleman
Date Completed: 03/27/2025
CPE Hours: 2.0
Field of Study: Taxes
Delivery Method: Group Internet Based
Provider: Evergreen Tax Webinars
""",
        title="Tax Update: Credits and Deductions for Small Business Owners",
        sponsor="Evergreen Tax Webinars",
        date="2025-03-27",
        hours=2.0,
        field="Taxes",
        number=None,
        method=GIB,
    ),
    Certificate(
        "powered_by_a_platform_sponsor_in_the_statement",
        """
# Certificate of Completion

Name: Isaac Turner
Course: Auditing Estimates and Fair Value
Completion date: 05/29/2025
CPE credits: 3.0
Field of study: Auditing
Delivery method: QAS Self Study

Powered by LearnStream LMS

~ Clearwater CPE Group is registered with the National Association of State Boards of \
Accountancy (NASBA) as a sponsor of continuing professional education on the National \
Registry of CPE Sponsors.
""",
        title="Auditing Estimates and Fair Value",
        sponsor="Clearwater CPE Group",
        date="2025-05-29",
        hours=3.0,
        field="Auditing",
        number=None,
        method=QAS,
    ),
    Certificate(
        "session_time_range_beside_the_date",
        """
# Webinar Certificate

Attendee: Bella Howard
Webinar: Deferred Tax Basics for Private Companies
Session date: 11/4/2025 | Session time: 1:00-2:40 PM ET
CPE: 2.0
Field of study: Accounting
Delivery: Group Internet Based
Sponsor: Cedar Point Accounting Webinars
""",
        title="Deferred Tax Basics for Private Companies",
        sponsor="Cedar Point Accounting Webinars",
        date="2025-11-04",
        hours=2.0,
        field="Accounting",
        number=None,
        method=GIB,
    ),
    Certificate(
        "abbreviated_management_advisory_services",
        """
# Certificate of Completion

Participant: George Ellis
Program: Pricing Advisory Engagements
Date: 06/12/2025
CPE Credit: 1.0
Field of Study: Mgmt Advisory Services
Delivery Method: Group Internet Based
Sponsor: Practice Growth Institute
""",
        title="Pricing Advisory Engagements",
        sponsor="Practice Growth Institute",
        date="2025-06-12",
        hours=1.0,
        field="Management Advisory Services",
        number=None,
        method=GIB,
    ),
    Certificate(
        "credit_in_words_after_the_number",
        """
# Certificate of Completion

Learner: Ann Foster
Course: Ethics Refresher for Tax Preparers
Completed: 10/10/2025
Credit: 1 (one) hour
Field of Study: Regulatory Ethics
Delivery Method: QAS Self Study
Provider: Preparer Ethics Academy
Certificate No.: PEA-1010-4471
""",
        title="Ethics Refresher for Tax Preparers",
        sponsor="Preparer Ethics Academy",
        date="2025-10-10",
        hours=1.0,
        field="Regulatory Ethics",
        number="PEA-1010-4471",
        method=QAS,
    ),
    Certificate(
        "sponsor_named_in_the_heading_sentence_of_a_letter",
        """
Summit Valley Tax Society
Continuing Education Department

December 5, 2025

Dear Member,

Summit Valley Tax Society is pleased to confirm that you attended Partnership Tax \
Update on December 3, 2025. You earned 4.0 CPE credits in Taxes through this group live \
program.
""",
        title="Partnership Tax Update",
        sponsor="Summit Valley Tax Society",
        date="2025-12-03",
        hours=4.0,
        field="Taxes",
        number=None,
        method=LIVE,
    ),
    # An eighth batch, written after the seventh batch's rules and committed before the
    # extractor read it.
    Certificate(
        "sponsor_name_and_number_on_one_state_form_label",
        """
CPE ATTENDANCE FORM

Licensee: Frank Dalton
Sponsor Name and Number: Keystone CPE Partners (NASBA #109876)
Program Title: Depreciation and Cost Recovery Update
Program Date: 04/22/2025
Credit Hours Earned: 1.20
Field of Study: Taxes
Delivery Method: Group Internet Based
Certificate ID# 2025-77812
""",
        title="Depreciation and Cost Recovery Update",
        sponsor="Keystone CPE Partners",
        date="2025-04-22",
        hours=1.2,
        field="Taxes",
        number="2025-77812",
        method=GIB,
    ),
    Certificate(
        "in_recognition_of_completing_with_a_colon",
        """
# Certificate of Achievement

Awarded to: Nina Patel
In recognition of completing: Fraud Risk Assessment Workshop
Held: Chicago, IL, May 8, 2025
CPE: 7.0
Field of Study: Auditing
Instructional Method: Group Live (in-person)
Sponsor: Lakefront Fraud Examiners Chapter
""",
        title="Fraud Risk Assessment Workshop",
        sponsor="Lakefront Fraud Examiners Chapter",
        date="2025-05-08",
        hours=7.0,
        field="Auditing",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "learning_objectives_bullets_full_of_credit_words",
        """
# Certificate of Completion

Participant: Derek Young
Course: Tax Credits for Research Activities
Completed: 9 Sept 2025
CPE Credits: 2.0
Field of Study: Taxes
Delivery Method: QAS Self Study

Learning objectives:
- Identify qualified research expenses for the credit under IRC 41
- Compute the alternative simplified credit for 2024 and 2025
- Apply the payroll tax election of up to $500,000 for 5 years

Provided by Ridgeway Tax Learning
""",
        title="Tax Credits for Research Activities",
        sponsor="Ridgeway Tax Learning",
        date="2025-09-09",
        hours=2.0,
        field="Taxes",
        number=None,
        method=QAS,
    ),
    Certificate(
        "completed_this_day_of_in_a_sentence_without_cue",
        """
# Certificate of Completion

> Be it known that Harold Reyes has successfully completed Internal Audit Basics this \
3rd day of March 2025 and is awarded 8 CPE credits in Auditing.

> Cornerstone Internal Audit Academy
> Group Live
""",
        title="Internal Audit Basics",
        sponsor="Cornerstone Internal Audit Academy",
        date="2025-03-03",
        hours=8.0,
        field="Auditing",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "name_of_sponsor_slash_provider_and_program_level_beside",
        """
# Certificate of Completion

Name of Attendee: Olga Ivanova
Name of Sponsor/Provider: Midland Accounting Education Group
Title of Program: Governmental Fund Balance Reporting
Date(s): 10/07/2025
Number of CPE Credits: 3
Field(s) of Study: Accounting (Governmental)
Program Level: Intermediate         Delivery Method: Group Live
""",
        title="Governmental Fund Balance Reporting",
        sponsor="Midland Accounting Education Group",
        date="2025-10-07",
        hours=3.0,
        field="Accounting (Governmental)",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "credits_line_with_method_and_number_in_a_footer_table",
        """
# Certificate of Completion

> Sophie Clark
> Accounting for Income Taxes: Interim Periods

Completed November 14, 2025
CPE Credits: 2.0 Group Internet Based
Field of Study: Accounting

Sponsor                          Certificate
Northgate Accounting Webinars    NAW-1114-2210
""",
        title="Accounting for Income Taxes: Interim Periods",
        sponsor="Northgate Accounting Webinars",
        date="2025-11-14",
        hours=2.0,
        field="Accounting",
        number="NAW-1114-2210",
        method=GIB,
    ),
    # A ninth batch, written after the eighth batch's rules and committed before the
    # extractor read it.
    Certificate(
        "agenda_with_day_numbers_before_the_dates",
        """
# Pacific Rim Audit Conference
Certificate of Attendance

Presented to: Takeshi Mori

Day 1 - Monday, June 2, 2025
Risk Assessment in Practice ..................... 3.0
Auditing Digital Assets ......................... 2.0
Day 2 - Tuesday, June 3, 2025
Quality Management Roundtable ................... 3.0

Total CPE Credits: 8.0
Field of Study: Auditing
Delivery Method: Group Live
Sponsor: Pacific Rim Auditors Association
""",
        title="Pacific Rim Audit Conference",
        sponsor="Pacific Rim Auditors Association",
        date="2025-06-03",
        hours=8.0,
        field="Auditing",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "course_acronym_beside_the_title",
        """
# CPE Certificate

Participant Name: Diane Foster
Course Acronym: GAAPU
Course Title: Annual GAAP Update for Private Companies
Course Version: 2025
Date Completed: 01/28/2025
Recommended CPE Credit: 8.0
Field of Study: Accounting
Delivery Method: QAS Self Study
Sponsor: Atlantic Professional Education
""",
        title="Annual GAAP Update for Private Companies",
        sponsor="Atlantic Professional Education",
        date="2025-01-28",
        hours=8.0,
        field="Accounting",
        number=None,
        method=QAS,
    ),
    Certificate(
        "capital_labels_in_boxes_values_below_in_three_columns",
        """
# Certificate of Completion

> Presented to Ramona Diaz for completing
> Payroll Tax Penalties and Abatement

COMPLETION DATE        CPE HOURS AWARDED        FIELD OF STUDY
08/21/2025             1.5                      Taxes

Issued by Tri-Valley Payroll Institute in accordance with the standards of the National \
Registry of CPE Sponsors.
""",
        title="Payroll Tax Penalties and Abatement",
        sponsor="Tri-Valley Payroll Institute",
        date="2025-08-21",
        hours=1.5,
        field="Taxes",
        number=None,
        method=None,
    ),
    Certificate(
        "two_digit_year_in_a_sentence",
        """
# Certificate of Completion

> Trevor Hill completed Understanding Lease Incentives on 3/14/25 for 1 CPE credit in \
Accounting (QAS self-study).

> Linden Accounting Academy
""",
        title="Understanding Lease Incentives",
        sponsor="Linden Accounting Academy",
        date="2025-03-14",
        hours=1.0,
        field="Accounting",
        number=None,
        method=QAS,
    ),
    Certificate(
        "webcast_method_in_brackets_and_title_with_month_in_brackets",
        """
# Certificate of Completion

Attendee: Zoe Carter
Course: Monthly Tax Briefing (June 2025)
Date: 06/26/2025
Credits: 1.0
Field of Study: Taxes
Method: Webcast (Group Internet-Based)
Provider: Alder Tax Briefings
""",
        title="Monthly Tax Briefing (June 2025)",
        sponsor="Alder Tax Briefings",
        date="2025-06-26",
        hours=1.0,
        field="Taxes",
        number=None,
        method=GIB,
    ),
    Certificate(
        "certificate_number_printed_vertically_split_label_above",
        """
# Certificate of Completion

Name: Gabriel Ortiz
Course: Cash Flow Statement Pitfalls
Completed: 07/02/2025
CPE Credits: 2.0
Field of Study: Accounting
Delivery Method: Group Internet Based
Sponsor: Beacon Reporting Academy

Certificate Number
BRA-0702-6634
""",
        title="Cash Flow Statement Pitfalls",
        sponsor="Beacon Reporting Academy",
        date="2025-07-02",
        hours=2.0,
        field="Accounting",
        number="BRA-0702-6634",
        method=GIB,
    ),
    # A tenth batch, written after the ninth batch's rules and committed before the
    # extractor read it.
    Certificate(
        "self_study_course_date_and_exam_date",
        """
# Certificate of Completion

Student: Maya Robinson
Course: Partnership Capital Accounts
Course Date: 05/05/2025
Exam Date: 05/20/2025
Exam Score: 80%
CPE Credits: 4.0
Field of Study: Taxes
Delivery Method: QAS Self Study
Sponsor: Meridian Self-Study Tax Courses
""",
        title="Partnership Capital Accounts",
        sponsor="Meridian Self-Study Tax Courses",
        date="2025-05-20",
        hours=4.0,
        field="Taxes",
        number=None,
        method=QAS,
    ),
    Certificate(
        "field_with_its_former_name_in_brackets",
        """
# Certificate of Completion

Participant: Leo Grant
Program: Business Valuation Discounts
Date: 09/04/2025
CPE Credits: 3.0
Field of Study: Specialized Knowledge (formerly Specialized Knowledge and Applications)
Delivery Method: Group Internet Based
Provider: Valuation Learning Network
""",
        title="Business Valuation Discounts",
        sponsor="Valuation Learning Network",
        date="2025-09-04",
        hours=3.0,
        field="Specialized Knowledge",
        number=None,
        method=GIB,
    ),
    Certificate(
        "presented_to_then_sponsored_by_alone_name_below",
        """
# Certificate of Completion

> This certificate is presented to
> Hannah Lee
> for successful completion of
> Fraud Red Flags in Expense Reports

> sponsored by
> Pinnacle Fraud Training Center

Date: 10/29/2025          CPE Credits: 1.0          Group Internet Based
Field of Study: Auditing
""",
        title="Fraud Red Flags in Expense Reports",
        sponsor="Pinnacle Fraud Training Center",
        date="2025-10-29",
        hours=1.0,
        field="Auditing",
        number=None,
        method=GIB,
    ),
    Certificate(
        "cpe_and_ceu_in_one_hours_value",
        """
# Certificate of Completion

Name: Bruno Silva
Course: Nonprofit Board Governance
Date Completed: 02/19/2025
Hours: 1.0 CPE / 0.1 CEU
Field of Study: Business Management & Organization
Delivery Method: Group Internet Based
Provider: Civic Governance Institute
""",
        title="Nonprofit Board Governance",
        sponsor="Civic Governance Institute",
        date="2025-02-19",
        hours=1.0,
        field="Business Management & Organization",
        number=None,
        method=GIB,
    ),
    Certificate(
        "duration_in_clock_hours_beside_the_cpe_credit",
        """
# Webinar Certificate of Completion

Attendee: Chris Nolan
Webinar: Sales Tax on Digital Products
Date: 04/15/2025
Duration: 1 hour
CPE: 1.2
Field of Study: Taxes
Provider: Statewide Sales Tax Webinars
""",
        title="Sales Tax on Digital Products",
        sponsor="Statewide Sales Tax Webinars",
        date="2025-04-15",
        hours=1.2,
        field="Taxes",
        number=None,
        method=GIB,
    ),
    # An eleventh batch, written after the tenth batch's rules and committed before the
    # extractor read it.
    Certificate(
        "email_date_header_the_only_labelled_date",
        """
From: Events Team <events@riverbend.example>
Date: Thursday, October 16, 2025 at 9:02 AM
To: Paula Green <pgreen@example.com>
Subject: Thank you for attending

Hi Paula,

Thank you for attending Revenue Recognition for Nonprofits on October 14, 2025. Your \
attendance earned 1.0 CPE credit in Accounting for this live webinar.

Riverbend Nonprofit Learning
""",
        title="Revenue Recognition for Nonprofits",
        sponsor="Riverbend Nonprofit Learning",
        date="2025-10-14",
        hours=1.0,
        field="Accounting",
        number=None,
        method=GIB,
    ),
    Certificate(
        "hours_in_words_with_a_half",
        """
# Certificate of Completion

Participant: Simon Hart
Course: Construction Industry Taxation
Date: 03/12/2025
CPE Credit Hours: Two and one-half
Field of Study: Taxes
Delivery Method: Group Live
Sponsor: Builders Tax Forum
""",
        title="Construction Industry Taxation",
        sponsor="Builders Tax Forum",
        date="2025-03-12",
        hours=2.5,
        field="Taxes",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "attended_virtually_via_zoom",
        """
# Certificate of Attendance

This certifies that Irene Walsh attended Cyber Insurance for CFOs on 07/22/2025 \
virtually via Zoom, earning 1.5 CPE credits in Information Technology.

Host organization: Harborline CFO Council
""",
        title="Cyber Insurance for CFOs",
        sponsor="Harborline CFO Council",
        date="2025-07-22",
        hours=1.5,
        field="Information Technology",
        number=None,
        method=GIB,
    ),
    Certificate(
        "statement_of_continuing_education_total_qualifying_hours",
        """
STATEMENT OF CONTINUING EDUCATION

Issued to: Adam Price
Program: Yellow Book Independence Requirements
Date(s): 11/18/2025
Total Qualifying Hours: 2.0
Field of Study: Auditing (Governmental)
Delivery Method: Group Internet Based

Cascade Government Audit Institute
""",
        title="Yellow Book Independence Requirements",
        sponsor="Cascade Government Audit Institute",
        date="2025-11-18",
        hours=2.0,
        field="Auditing (Governmental)",
        number=None,
        method=GIB,
    ),
    # A twelfth batch, written after the eleventh batch's rules and committed before the
    # extractor read it.
    Certificate(
        "presented_on_the_date_by_the_society",
        """
# Certificate of Attendance

> Martin Cole attended "Partnership Audits Under the Centralized Regime".
> This program was presented on May 5, 2025 by the Desert Valley Society of CPAs
> and qualifies for 2.0 CPE credits in Taxes.
""",
        title="Partnership Audits Under the Centralized Regime",
        sponsor="Desert Valley Society of CPAs",
        date="2025-05-05",
        hours=2.0,
        field="Taxes",
        number=None,
        method=None,
    ),
    Certificate(
        "hours_label_qualified_by_the_fifty_minute_hour",
        """
# Certificate of Completion

Attendee: Rosa Jimenez
Course: Audit Documentation That Passes Peer Review
Completed: 08/19/2025
Hours Earned (50-minute hour): 3.0
Field of Study: Auditing
Delivery Method: Group Internet Based
Sponsor: O'Brien & Associates CPE
""",
        title="Audit Documentation That Passes Peer Review",
        sponsor="O'Brien & Associates CPE",
        date="2025-08-19",
        hours=3.0,
        field="Auditing",
        number=None,
        method=GIB,
    ),
    Certificate(
        "title_label_value_continues_in_lower_case",
        """
# Certificate of Completion

Course Title: Understanding Deferred Revenue for Software
and subscription companies
Participant: Kyle Young
Date Completed: 12/04/2025
CPE Credits: 2.0
Field of Study: Accounting
Delivery Method: QAS Self Study
Provider: SaaS Finance Academy
""",
        title="Understanding Deferred Revenue for Software and subscription companies",
        sponsor="SaaS Finance Academy",
        date="2025-12-04",
        hours=2.0,
        field="Accounting",
        number=None,
        method=QAS,
    ),
    Certificate(
        "credits_split_by_field_in_brackets_after_the_total",
        """
# Certificate of Completion

Participant: Emma Stone
Program: Year-End Individual Tax and Ethics Workshop
Date: 12/10/2025
Credits: 4 CPE hours (3 Taxes, 1 Regulatory Ethics)
Field of Study: Taxes, Regulatory Ethics
Delivery Method: Group Live
Sponsor: Capital City Tax Institute
""",
        title="Year-End Individual Tax and Ethics Workshop",
        sponsor="Capital City Tax Institute",
        date="2025-12-10",
        hours=4.0,
        field="Taxes, Regulatory Ethics",
        number=None,
        method=LIVE,
    ),
]
