"""Tuning certificates of the two classes that the first reads of field_notes.py,
wild2.py and wild3.py missed most (README.md here, "What first reads miss"):

- several values of one kind, of which one is meant: the completion date among a
  document's issued, printed, sent, registered, exam and signature dates and an
  event's several days; the CPE credit among sessions', days', CLE, IRS, CPD and
  contact-hour figures; the sponsor among a platform's, a venue's and a
  participant's employer's names;
- a value's boundary: a sponsor or a title beside a URL, a registry number, an
  address, a date or a caption on its line, wrapped over two lines, or holding a
  colon, a dash, a comma or a parenthesis of its own.

They are tuning certificates: rules may cite them (README.md). They were written in
batches, each batch's expected rows committed before the extractor first read it.
"""

from __future__ import annotations

from .corpus import Certificate

GIB = "Group Internet Based"
LIVE = "Group Live"
QAS = "QAS Self Study"

WILD4E = [
    # ---------------------------------------------------------------- batch 1
    Certificate(
        "issued_date_after_the_completion_date_and_a_printed_footer",
        """
Granite Peak Accounting Education
Certificate of Completion

Awarded to Hannah Brandt, CPA

for completing the live webinar

Fiduciary Income Tax Returns: Form 1041 From Start to Finish

Completion date: October 8, 2025
Date issued: October 10, 2025
CPE credit: 4.0 hours
Field of study: Taxes
Delivery method: Group Internet Based
Certificate #: GPA-1041-88217

Printed 11/02/2025 3:14 PM from portal.granitepeak.example
""",
        title="Fiduciary Income Tax Returns: Form 1041 From Start to Finish",
        sponsor="Granite Peak Accounting Education",
        date="2025-10-08",
        hours=4.0,
        field="Taxes",
        number="GPA-1041-88217",
        method=GIB,
    ),
    Certificate(
        "registered_then_attended_then_emailed_dates",
        """
From: Bayview Controllers Forum <noreply@bayviewcf.example>
Sent: Friday, September 26, 2025 4:02 PM
To: Luis Ortega
Subject: Your CPE certificate

Dear Luis,

Thank you for attending. Our records:

Registered:     09/02/2025
Attended:       09/24/2025
Program:        Cash Forecasting in a High-Rate Environment
CPE Credits:    2.0 (Finance)
Format:         Live online (Zoom)
Certificate No: BCF-0924-0415

Bayview Controllers Forum | 200 Harbor Blvd, Suite 4, Oakland, CA 94607
""",
        title="Cash Forecasting in a High-Rate Environment",
        sponsor="Bayview Controllers Forum",
        date="2025-09-24",
        hours=2.0,
        field="Finance",
        number="BCF-0924-0415",
        method=GIB,
    ),
    Certificate(
        "three_day_conference_with_daily_credits_and_a_grand_total",
        """
2025 Rocky Mountain Governmental Finance Conference
Certificate of Attendance

Attendee: Rebecca Sloan, CGFM, CPA (CO License 0044120)

Tuesday, May 13, 2025 ....................... 7.0 CPE
Wednesday, May 14, 2025 ..................... 8.0 CPE
Thursday, May 15, 2025 ...................... 4.5 CPE

Total CPE earned: 19.5
Fields of study: Accounting (Governmental); Auditing (Governmental)
Held at the Denver Convention Center, Denver, CO

Front Range Association of Government Finance Officers
NASBA Sponsor ID 108733
""",
        title="2025 Rocky Mountain Governmental Finance Conference",
        sponsor="Front Range Association of Government Finance Officers",
        date="2025-05-15",
        hours=19.5,
        field="Accounting (Governmental); Auditing (Governmental)",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "cle_irs_and_cpe_credits_in_a_small_table",
        """
Certificate of Completion

Elm Street Tax Institute                              www.elmstreettax.example

Tremaine Walker, EA
has completed

Estate and Gift Tax Planning After 2025

on 12/03/2025

Credit type          Credits
CLE (NY)             3.5
IRS CE (Federal Tax) 4.0
CPE                  4.0

CPE field of study: Taxes
Delivery: QAS Self Study
Certificate number: ESTI-25-12-0307
""",
        title="Estate and Gift Tax Planning After 2025",
        sponsor="Elm Street Tax Institute",
        date="2025-12-03",
        hours=4.0,
        field="Taxes",
        number="ESTI-25-12-0307",
        method=QAS,
    ),
    Certificate(
        "sponsor_line_with_registry_number_and_phone",
        """
CERTIFICATE OF CONTINUING PROFESSIONAL EDUCATION

Presented to: Mei-Ling Chou

Course: Operational Audits of Purchasing and Accounts Payable
Date completed: 03/19/2025
Credits: 3.0 CPE
Field of Study: Auditing
Delivery Method: Group Live

Sponsor: Tri-County Internal Audit Academy, NASBA #116204, (555) 201-7788
Certificate: TCIAA-0319-052
""",
        title="Operational Audits of Purchasing and Accounts Payable",
        sponsor="Tri-County Internal Audit Academy",
        date="2025-03-19",
        hours=3.0,
        field="Auditing",
        number="TCIAA-0319-052",
        method=LIVE,
    ),
    Certificate(
        "title_wrapped_over_two_lines_with_a_colon_and_a_parenthesis",
        """
Northwind Professional Learning
Certificate of Completion

This certifies that Oliver Grant completed

Single Audit Compliance Supplement 2025:
What Changed for Major Programs (Part II)

Completed: July 16, 2025        Credits: 2.0
Field of Study: Auditing (Governmental)
Format: QAS Self Study          ID: NPL-SA25-2-3391
""",
        title="Single Audit Compliance Supplement 2025: What Changed for Major Programs (Part II)",
        sponsor="Northwind Professional Learning",
        date="2025-07-16",
        hours=2.0,
        field="Auditing (Governmental)",
        number="NPL-SA25-2-3391",
        method=QAS,
    ),
    Certificate(
        "exam_passed_date_after_the_course_access_date",
        """
SELF-STUDY CERTIFICATE OF COMPLETION

Quarry Lane CPE
1180 Quarry Lane, Madison, WI 53703

Name: Daniel Petrakis
Course: Analytical Procedures for Small Audits
Course purchased: 01/06/2025
Final exam passed: 01/21/2025 (score 88%)
CPE hours awarded: 5.0
Field of study: Auditing
Method: QAS Self-Study
Certificate ID: QL-55012-AP

This course was reviewed by the Quarry Lane curriculum committee on 09/30/2024.
""",
        title="Analytical Procedures for Small Audits",
        sponsor="Quarry Lane CPE",
        date="2025-01-21",
        hours=5.0,
        field="Auditing",
        number="QL-55012-AP",
        method=QAS,
    ),
    Certificate(
        "platform_name_and_sponsor_both_named",
        """
Powered by CourseCloud LMS                        Certificate of Completion

Harborstone Financial Training

Learner: Priyanka Iyer
Completed "Treasury Management: Hedging Interest Rate Risk" on 06/05/2025
2.5 CPE credits | Field of study: Finance | Group Internet Based

Verification code: HFT-7731-0605
coursecloud.example/verify
""",
        title="Treasury Management: Hedging Interest Rate Risk",
        sponsor="Harborstone Financial Training",
        date="2025-06-05",
        hours=2.5,
        field="Finance",
        number="HFT-7731-0605",
        method=GIB,
    ),
    Certificate(
        "signature_date_and_completion_on_one_line",
        """
Certificate of Attendance

Lakes & Prairies Tax Society

This is to certify that Kevin Dunmore attended

Partnership Allocations and Section 704(b) Capital Accounts

held on November 6, 2025, and earned 8.0 CPE credits in Taxes (Group Live).

______________________________          Date: November 12, 2025
Education Director

Certificate No. LPTS-1106-118
""",
        title="Partnership Allocations and Section 704(b) Capital Accounts",
        sponsor="Lakes & Prairies Tax Society",
        date="2025-11-06",
        hours=8.0,
        field="Taxes",
        number="LPTS-1106-118",
        method=LIVE,
    ),
    Certificate(
        "sessions_attended_list_with_credits_and_employer",
        """
Certificate of Attendance

Gulf Coast Accounting Society - 2025 Fall Symposium

Attendee: Marisol Vega, CPA
Employer: Delgado Whitman & Co. LLP

Sessions attended (October 22, 2025):
  8:00  Economic Outlook for the Gulf Region                1.0
  9:10  Lease Accounting Lessons Learned                    2.0
  1:00  Fraud in Construction Contracts                     2.0
  3:10  Ethics: Independence Case Studies                   2.0

CPE credits earned: 7.0
Fields of study: Economics; Accounting; Auditing; Behavioral Ethics
Delivery: Group Live
""",
        title="2025 Fall Symposium",
        sponsor="Gulf Coast Accounting Society",
        date="2025-10-22",
        hours=7.0,
        field="Economics; Accounting; Auditing; Behavioral Ethics",
        number=None,
        method=LIVE,
    ),
    # ---------------------------------------------------------------- batch 2
    Certificate(
        "letter_dated_at_the_top_course_completed_in_the_body",
        """
Coastal Ridge CPE
410 Dune Road, Wilmington, NC 28401

December 2, 2025

Ms. Alicia Monroe, CPA
88 Laurel Street
Raleigh, NC 27601

Dear Ms. Monroe:

On October 3, 2025 you completed our self-study course Governmental Fund Accounting
Basics and passed its final examination. You have earned 6.0 CPE credits in
Accounting (Governmental).

Delivery method: QAS Self Study
Certificate number: CRC-1003-2271

Sincerely,
Graham Whitley, Director of Education
""",
        title="Governmental Fund Accounting Basics",
        sponsor="Coastal Ridge CPE",
        date="2025-10-03",
        hours=6.0,
        field="Accounting (Governmental)",
        number="CRC-1003-2271",
        method=QAS,
    ),
    Certificate(
        "order_member_and_sponsor_numbers_beside_the_certificate_number",
        """
CERTIFICATE OF COMPLETION

Pinecrest Accounting Academy                NASBA Sponsor #109441

Order #: 100-44512        Member ID: 7781202

Participant:     Samuel Okoro
Course:          Cost Accounting for Manufacturers
Completed:       08/14/2025
CPE credits:     3.0
Field of study:  Accounting
Delivery method: Group Internet Based
Certificate No.: CN-2025-55013
""",
        title="Cost Accounting for Manufacturers",
        sponsor="Pinecrest Accounting Academy",
        date="2025-08-14",
        hours=3.0,
        field="Accounting",
        number="CN-2025-55013",
        method=GIB,
    ),
    Certificate(
        "provided_by_a_division_of_a_holding_company",
        """
Certificate of Completion

Beatriz Lozano

has successfully completed

Internal Control Over Financial Reporting for Smaller Reporting Companies

Provided by Copperline Learning Group, a division of Meridian Holdings, Inc.

Date: 04/09/2025     CPE Credits: 2.0     Field of Study: Auditing
Delivery Method: Group Internet Based
Certificate ID: CLG-0409-3318
""",
        title="Internal Control Over Financial Reporting for Smaller Reporting Companies",
        sponsor="Copperline Learning Group",
        date="2025-04-09",
        hours=2.0,
        field="Auditing",
        number="CLG-0409-3318",
        method=GIB,
    ),
    Certificate(
        "title_followed_by_its_presenter_after_a_dash",
        """
WESTBROOK SOCIETY OF CPAS
Certificate of Attendance

Attendee: Jonathan Reyes

Program: Controls Over Cash Disbursements - presented by Janet Ruiz, CPA, CFE
Date: February 20, 2025
CPE: 2.0 hours
Field of study: Auditing
Delivery method: Group Live
Certificate #: WSC-25-0220-17
""",
        title="Controls Over Cash Disbursements",
        sponsor="WESTBROOK SOCIETY OF CPAS",
        date="2025-02-20",
        hours=2.0,
        field="Auditing",
        number="WSC-25-0220-17",
        method=LIVE,
    ),
    Certificate(
        "hours_attended_beside_cpe_credits_on_one_line",
        """
Sawtooth Valuation Institute
Certificate of Participation

Name: Tessa Lindgren, ASA, CPA
Program: Valuing Closely Held Businesses: Discounts and Premiums
Dates: March 10-11, 2025
Hours attended: 14.5        CPE credits awarded: 14.0
Field of study: Specialized Knowledge
Delivery method: Group Live
Certificate number: SVI-0311-0042
""",
        title="Valuing Closely Held Businesses: Discounts and Premiums",
        sponsor="Sawtooth Valuation Institute",
        date="2025-03-11",
        hours=14.0,
        field="Specialized Knowledge",
        number="SVI-0311-0042",
        method=LIVE,
    ),
    Certificate(
        "ceu_and_cpe_after_a_slash_with_a_course_access_expiry",
        """
Certificate of Completion

Bramblewood Online CPE
Course: Excel Power Query for Accountants
Learner: Ravi Subramanian
Access expires: 12/31/2025
Completed on: 05/28/2025
Credits: 0.15 CEU / 1.5 CPE
Field of Study: Computer Software & Applications
Delivery: QAS Self Study
Certificate: BOC-PQ-552801
""",
        title="Excel Power Query for Accountants",
        sponsor="Bramblewood Online CPE",
        date="2025-05-28",
        hours=1.5,
        field="Computer Software & Applications",
        number="BOC-PQ-552801",
        method=QAS,
    ),
    Certificate(
        "title_over_two_centred_lines_with_an_em_dash_and_a_year",
        """
                    Certificate of Completion

                  Ashford Accounting Seminars

                        awarded to
                     Natalie Brooks

               for completion of the seminar
        Not-for-Profit Financial Statements 2025 -
           Net Assets, Liquidity and Functional Expenses

  Date of completion: September 18, 2025     CPE Hours: 4.0
  Field of Study: Accounting                 Method: Group Live
  Certificate number: AAS-0918-1204
""",
        title=(
            "Not-for-Profit Financial Statements 2025 - Net Assets, Liquidity and Functional"
            " Expenses"
        ),
        sponsor="Ashford Accounting Seminars",
        date="2025-09-18",
        hours=4.0,
        field="Accounting",
        number="AAS-0918-1204",
        method=LIVE,
    ),
    Certificate(
        "sponsor_in_the_copyright_footer_and_a_venue_in_the_facts",
        """
Certificate of Attendance

This certifies that Gregory Tan attended

2025 Midwest Payroll Compliance Day

Venue: Grand Prairie Hotel & Conference Center, Peoria, IL
Date: June 24, 2025
CPE credits: 7.0
Field of study: Taxes
Delivery method: Group Live
Certificate No. MPC-2025-0678

(c) 2025 Prairieland Payroll Education Network. All rights reserved.
""",
        title="2025 Midwest Payroll Compliance Day",
        sponsor="Prairieland Payroll Education Network",
        date="2025-06-24",
        hours=7.0,
        field="Taxes",
        number="MPC-2025-0678",
        method=LIVE,
    ),
    Certificate(
        "webinar_date_and_certificate_generated_date",
        """
Certificate of Completion - Live Webinar

Oakhaven CPE Webinars | oakhavencpe.example | (555) 410-2290

Attendee: Fiona McAllister
Webinar: Sales Tax on Digital Products and SaaS
Webinar date: Tuesday, November 4, 2025, 1:00 PM ET
Certificate generated: Wednesday, November 5, 2025, 9:12 AM ET
CPE credit: 1.0
Field of study: Taxes
Delivery method: Group Internet Based
Polling questions answered: 5 of 5
Certificate ID: OHW-1104-77310
""",
        title="Sales Tax on Digital Products and SaaS",
        sponsor="Oakhaven CPE Webinars",
        date="2025-11-04",
        hours=1.0,
        field="Taxes",
        number="OHW-1104-77310",
        method=GIB,
    ),
    Certificate(
        "employer_firm_name_above_the_provider_in_a_firm_record",
        """
Whitmore Kessler LLP - Continuing Education Record

Employee: Andre Holt (ID 40218)
Office: Minneapolis

Course title: SOC 1 Type 2 Reports: Testing Controls at Service Organizations
Provider: Lakeland Audit Training Center
Date completed: 07/30/2025
CPE hours: 3.5
Field of study: Auditing
Delivery method: Group Internet Based
Completion certificate number: LATC-0730-9912
""",
        title="SOC 1 Type 2 Reports: Testing Controls at Service Organizations",
        sponsor="Lakeland Audit Training Center",
        date="2025-07-30",
        hours=3.5,
        field="Auditing",
        number="LATC-0730-9912",
        method=GIB,
    ),
    # ---------------------------------------------------------------- batch 3
    Certificate(
        "sponsor_chapter_in_a_sentence_in_partnership_with_a_bank",
        """
Certificate of Attendance

This program was presented by the Alamo Chapter of the Lone Star Society of CPAs in
partnership with Frost & Dunmore Bank.

Attendee: Carlos Medina, CPA
Program: Banking Relationships for Growing Companies
Date: September 9, 2025
CPE credits: 2.0 (Finance)
Delivery method: Group Live
""",
        title="Banking Relationships for Growing Companies",
        sponsor="Alamo Chapter of the Lone Star Society of CPAs",
        date="2025-09-09",
        hours=2.0,
        field="Finance",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "title_in_a_sentence_with_its_credit_in_brackets_and_via",
        """
Northshore CPE Live

Dear Hannah Pike,

Thank you for joining us. You completed Tax Accounting for Cannabis Businesses (2 CPE)
via live webinar on 10/07/2025. This e-mail is your certificate of completion.

Field of study: Taxes
Certificate #: NCL-100725-0831

Northshore CPE Live, NASBA Sponsor 147720
""",
        title="Tax Accounting for Cannabis Businesses",
        sponsor="Northshore CPE Live",
        date="2025-10-07",
        hours=2.0,
        field="Taxes",
        number="NCL-100725-0831",
        method=GIB,
    ),
    Certificate(
        "session_date_emailed_date_and_valid_through_on_one_line",
        """
CERTIFICATE OF COMPLETION

Tidemark Accounting Webinars

Recipient: Oscar Lindqvist
Course: Lease Modifications Under ASC 842
Session date: 10/15/2025  ·  Certificate emailed: 10/16/2025  ·  Valid through: 10/15/2028
CPE credits: 1.5
Field of study: Accounting
Delivery method: Group Internet Based
Certificate ID: TAW-LM-101525-44
""",
        title="Lease Modifications Under ASC 842",
        sponsor="Tidemark Accounting Webinars",
        date="2025-10-15",
        hours=1.5,
        field="Accounting",
        number="TAW-LM-101525-44",
        method=GIB,
    ),
    Certificate(
        "program_length_in_minutes_beside_the_cpe_credits",
        """
Certificate of Completion

Cobblestone Tax Academy

Name: Evelyn Shaw, EA
Program: Form 1065 K-2 and K-3 Reporting Walkthrough
Date of completion: 01/29/2025
Program length: 100 minutes        CPE credits: 2.0
Field of study: Taxes
Delivery method: QAS Self Study
Certificate number: CTA-0129-6604
""",
        title="Form 1065 K-2 and K-3 Reporting Walkthrough",
        sponsor="Cobblestone Tax Academy",
        date="2025-01-29",
        hours=2.0,
        field="Taxes",
        number="CTA-0129-6604",
        method=QAS,
    ),
    Certificate(
        "invoice_course_code_and_certificate_serial",
        """
Summit Line Financial Learning
Certificate of Completion

Invoice INV-22019        Course code FIN-201
Participant: Martin Weiss
Course: Capital Budgeting for Non-Financial Managers
Completed: March 27, 2025
Credits: 3.0 CPE
Field of study: Finance
Format: Group Internet Based
Certificate serial: 000-771-902
""",
        title="Capital Budgeting for Non-Financial Managers",
        sponsor="Summit Line Financial Learning",
        date="2025-03-27",
        hours=3.0,
        field="Finance",
        number="000-771-902",
        method=GIB,
    ),
    Certificate(
        "sponsored_by_label_with_registry_number_and_site",
        """
Certificate of Completion

Awarded to: Grace Holloway

Course: Building a Month-End Close Checklist
Sponsored by: Redwood Analytics Training LLC (NASBA Sponsor 139225) - www.redwoodat.example
Completion date: 06/30/2025
CPE: 1.0
Field of study: Accounting
Delivery: QAS Self Study
Certificate ID: RAT-MEC-0630-19
""",
        title="Building a Month-End Close Checklist",
        sponsor="Redwood Analytics Training LLC",
        date="2025-06-30",
        hours=1.0,
        field="Accounting",
        number="RAT-MEC-0630-19",
        method=QAS,
    ),
    Certificate(
        "conference_dates_with_an_en_dash_range_in_the_heading",
        """
Blue Ridge Internal Audit Conference
October 27-29, 2025  |  Asheville, NC

Certificate of Attendance

Attendee: Denise Porter, CIA, CPA
CPE credits earned: 20.0
Fields of study: Auditing; Communications and Marketing; Information Technology
Delivery method: Group Live

Sponsored by the Blue Ridge Chapter of the Institute of Internal Auditors
""",
        title="Blue Ridge Internal Audit Conference",
        sponsor="Blue Ridge Chapter of the Institute of Internal Auditors",
        date="2025-10-29",
        hours=20.0,
        field="Auditing; Communications and Marketing; Information Technology",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "email_day_first_dates_in_header_and_body",
        """
From: Thornbury Professional Education <cpd@thornbury.example>
Date: Mon, 17 Nov 2025 08:30:12 -0500
To: Imogen Clarke
Subject: Attendance confirmation

Dear Imogen,

This confirms that you attended Consolidations and Non-Controlling Interests on
Thursday 13 November 2025 in our live online classroom.

CPE credit: 3.0 hours (Accounting)
Reference: TPE-131125-208

Thornbury Professional Education
""",
        title="Consolidations and Non-Controlling Interests",
        sponsor="Thornbury Professional Education",
        date="2025-11-13",
        hours=3.0,
        field="Accounting",
        number="TPE-131125-208",
        method=GIB,
    ),
    Certificate(
        "instructor_with_a_firm_beside_a_program_sponsor_label",
        """
CERTIFICATE OF CPE

Participant:       Lena Fischer
Program:           Fraud Interviews: Planning and Documentation
Instructor:        Paul Nguyen, CPA, CFE - Nguyen & Ortiz LLP
Program sponsor:   Great Basin CPE Consortium
Date:              05/06/2025
CPE hours:         4.0
Field of study:    Auditing
Delivery method:   Group Live
Certificate no.:   GBC-0506-311
""",
        title="Fraud Interviews: Planning and Documentation",
        sponsor="Great Basin CPE Consortium",
        date="2025-05-06",
        hours=4.0,
        field="Auditing",
        number="GBC-0506-311",
        method=LIVE,
    ),
    Certificate(
        "title_wrapped_in_the_right_cell_of_a_two_column_form",
        """
Fernwood Learning Solutions - Completion Certificate

+---------------------+------------------------------------------+
| Participant         | Rosa Delgado                             |
| Course              | Revenue Recognition for Software and     |
|                     | Cloud Arrangements: Licenses vs. SaaS    |
| Completed           | 2025-02-18                               |
| CPE credits         | 3.0                                      |
| Field of study      | Accounting                               |
| Delivery method     | Group Internet Based                     |
| Certificate number  | FLS-RR-0218-55                           |
+---------------------+------------------------------------------+
""",
        title="Revenue Recognition for Software and Cloud Arrangements: Licenses vs. SaaS",
        sponsor="Fernwood Learning Solutions",
        date="2025-02-18",
        hours=3.0,
        field="Accounting",
        number="FLS-RR-0218-55",
        method=GIB,
    ),
    # ---------------------------------------------------------------- batch 4
    Certificate(
        "title_over_two_lines_below_has_completed_second_line_after_a_colon",
        """
Certificate of Completion

Juniper Benefit Plan Academy

Victor Alvarez, CPA

has completed

Auditing Employee Benefit Plans:
Defined Contribution Plans and the SAS 136 Report

Date: 08/21/2025          CPE: 4.0          Field of study: Auditing
Delivery method: Group Internet Based
Certificate no.: JBPA-0821-270
""",
        title="Auditing Employee Benefit Plans: Defined Contribution Plans and the SAS 136 Report",
        sponsor="Juniper Benefit Plan Academy",
        date="2025-08-21",
        hours=4.0,
        field="Auditing",
        number="JBPA-0821-270",
        method=GIB,
    ),
    Certificate(
        "title_with_for_and_a_year_in_a_sentence_with_its_credits",
        """
Rivermark CPE Webcasts

This certifies that Helen Osei completed Tax Update for 2025: What Changed for S
Corporations for 2.0 CPE credits in Taxes on December 9, 2025.

Delivery: Group Internet Based
Certificate: RMW-1209-0093
""",
        title="Tax Update for 2025: What Changed for S Corporations",
        sponsor="Rivermark CPE Webcasts",
        date="2025-12-09",
        hours=2.0,
        field="Taxes",
        number="RMW-1209-0093",
        method=GIB,
    ),
    Certificate(
        "brought_to_you_by_a_society_and_its_committee",
        """
CERTIFICATE OF ATTENDANCE

Young Professionals Summer Series: Negotiating Your First Partner Track

brought to you by the Cedar Bluff Accounting Society and its Young Professionals
Committee

Awarded to: Priya Menon
Date: July 17, 2025
CPE credits: 1.5
Field of study: Personal Development
Delivery method: Group Live
""",
        title="Young Professionals Summer Series: Negotiating Your First Partner Track",
        sponsor="Cedar Bluff Accounting Society",
        date="2025-07-17",
        hours=1.5,
        field="Personal Development",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "course_label_value_runs_on_into_its_instructor",
        """
Harbor Point Ethics Institute
Certificate of Completion

Participant: Daniel Cho
Course: Ethics in Tax Practice, instructor Maria Chen, CPA
Completed: 04/15/2025
CPE hours: 4.0
Field of study: Regulatory Ethics
Delivery method: QAS Self Study
Certificate ID: HPEI-0415-5521
""",
        title="Ethics in Tax Practice",
        sponsor="Harbor Point Ethics Institute",
        date="2025-04-15",
        hours=4.0,
        field="Regulatory Ethics",
        number="HPEI-0415-5521",
        method=QAS,
    ),
    Certificate(
        "sponsor_and_date_on_one_heading_line",
        """
Cascade Learning Partners                                   November 3, 2025

CERTIFICATE OF COMPLETION

This certificate is presented to Mariana Silva for completing

Cybersecurity Risk Assessments for Small Firms

CPE credits: 2.0    Field of study: Information Technology
Delivery method: Group Internet Based
Certificate number: CLP-1103-4417
""",
        title="Cybersecurity Risk Assessments for Small Firms",
        sponsor="Cascade Learning Partners",
        date="2025-11-03",
        hours=2.0,
        field="Information Technology",
        number="CLP-1103-4417",
        method=GIB,
    ),
    Certificate(
        "modules_completed_on_one_line_and_a_final_exam_date",
        """
Certificate of Completion

Ironbark Self-Study CPE

Learner: Thomas Becker
Course: Fundamentals of Governmental Accounting (3 modules)
Module 1 completed 02/03/2025; Module 2 completed 02/10/2025; Final exam passed 02/12/2025
CPE credits: 8.0
Field of study: Accounting (Governmental)
Delivery method: QAS Self Study
Certificate ID: ISS-FGA-0212-17
""",
        title="Fundamentals of Governmental Accounting",
        sponsor="Ironbark Self-Study CPE",
        date="2025-02-12",
        hours=8.0,
        field="Accounting (Governmental)",
        number="ISS-FGA-0212-17",
        method=QAS,
    ),
    Certificate(
        "recommended_cpe_beside_a_smaller_earned_cpe",
        """
Record of Attendance

Mesa Ridge Society of Accountants
2025 Agribusiness Tax Seminar

Attendee: Walter Briggs, CPA
Date: 01/22/2025
Recommended CPE: 8.0 | Earned CPE: 6.0 (arrived after the morning session)
Field of study: Taxes
Delivery method: Group Live
""",
        title="2025 Agribusiness Tax Seminar",
        sponsor="Mesa Ridge Society of Accountants",
        date="2025-01-22",
        hours=6.0,
        field="Taxes",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "certificate_of_completion_number_in_the_heading",
        """
Certificate of Completion No. 7741-22

Silverpine Accounting Institute certifies that

Angela Ruiz

completed the course Inventory Costing Methods and Controls on May 19, 2025,
earning 3.0 CPE credits in Accounting (Group Internet Based).

Course code ACC-318    NASBA Sponsor 111820
""",
        title="Inventory Costing Methods and Controls",
        sponsor="Silverpine Accounting Institute",
        date="2025-05-19",
        hours=3.0,
        field="Accounting",
        number="7741-22",
        method=GIB,
    ),
    Certificate(
        "attended_dates_as_a_range_with_a_hyphen",
        """
Certificate of Attendance

Longleaf School of Fraud Examination

Name: Keisha Grant, CFE
Program: Fraud Examination Bootcamp
Attended: 09/15/2025 - 09/17/2025
CPE credits: 24.0
Field of study: Auditing
Delivery method: Group Live
Certificate #: LSFE-0917-0388
""",
        title="Fraud Examination Bootcamp",
        sponsor="Longleaf School of Fraud Examination",
        date="2025-09-17",
        hours=24.0,
        field="Auditing",
        number="LSFE-0917-0388",
        method=LIVE,
    ),
    Certificate(
        "sponsor_presents_on_its_line_then_the_title",
        """
Granary Row Education, Inc. presents

Construction Industry Accounting: Job Costing and WIP Schedules

to Benjamin Hart in recognition of completion on 06/11/2025

CPE credits: 3.0
Field of study: Accounting
Delivery method: Group Internet Based
Certificate number: GRE-0611-0215
""",
        title="Construction Industry Accounting: Job Costing and WIP Schedules",
        sponsor="Granary Row Education, Inc.",
        date="2025-06-11",
        hours=3.0,
        field="Accounting",
        number="GRE-0611-0215",
        method=GIB,
    ),
    # ---------------------------------------------------------------- batch 5
    Certificate(
        "state_board_approval_line_beside_the_letterhead_sponsor",
        """
Brazos Valley CPE
2201 Texas Avenue, College Station, TX 77840

CERTIFICATE OF COMPLETION

Presented to Julia Navarro, CPA (TX License 088431)
for completing Texas Ethics and Rules of Professional Conduct

Date completed: 11/20/2025
CPE hours: 4.0
Field of study: Regulatory Ethics
Delivery method: Group Internet Based
Certificate number: BVC-TXE-1120-36

Approved by the Texas State Board of Public Accountancy, sponsor no. 009876
""",
        title="Texas Ethics and Rules of Professional Conduct",
        sponsor="Brazos Valley CPE",
        date="2025-11-20",
        hours=4.0,
        field="Regulatory Ethics",
        number="BVC-TXE-1120-36",
        method=GIB,
    ),
    Certificate(
        "letterhead_sponsor_and_a_cooperating_chapter_in_the_footer",
        """
Crescent City Accounting Forum

Certificate of Attendance

Leon Baptiste attended Cost Management in Hospitality on August 12, 2025.

CPE credits: 2.0
Field of study: Management Advisory Services
Delivery method: Group Live

In cooperation with the Louisiana Chapter of the Institute of Management Accountants
""",
        title="Cost Management in Hospitality",
        sponsor="Crescent City Accounting Forum",
        date="2025-08-12",
        hours=2.0,
        field="Management Advisory Services",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "venue_a_university_and_presented_by_the_sponsor",
        """
CERTIFICATE OF ATTENDANCE

Upper Midwest Tax Forum 2025

Held at Lakeshore University, Kellogg Hall, Evanston, IL
Presented by Great Lakes Tax Educators

Attendee: Rachel Stein, EA
Date: October 9, 2025
CPE credits: 8.0
Field of study: Taxes
""",
        title="Upper Midwest Tax Forum 2025",
        sponsor="Great Lakes Tax Educators",
        date="2025-10-09",
        hours=8.0,
        field="Taxes",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "cfp_board_and_irs_provider_ids_with_the_sponsor_at_the_signature",
        """
Certificate of Completion

Retirement Income Planning: Sequence-of-Returns Risk

Completed by: Anthony Russo, CPA/PFS, CFP
Completion date: 03/04/2025
CPE credits: 2.0 (Specialized Knowledge)
CFP Board CE: 2.0 (Program ID 301874)
IRS CE: not approved for this program
Format: QAS Self Study
Certificate: KFP-0304-1209

CFP Board Sponsor ID 8871  |  NASBA Sponsor 120661

___________________________
Director of Education
Keystone Financial Planning Institute
""",
        title="Retirement Income Planning: Sequence-of-Returns Risk",
        sponsor="Keystone Financial Planning Institute",
        date="2025-03-04",
        hours=2.0,
        field="Specialized Knowledge",
        number="KFP-0304-1209",
        method=QAS,
    ),
    Certificate(
        "attendee_id_beside_a_completion_id",
        """
Clearbrook Learning Network - Certificate of Completion

Attendee: Nora Feldman           Attendee ID: 004471
Course: Agile Auditing: Sprints, Backlogs and Stakeholders
Completed: 2025-09-30
CPE: 2.5           Field of study: Auditing
Delivery: Group Internet Based
Completion ID: CMP-88127-25
""",
        title="Agile Auditing: Sprints, Backlogs and Stakeholders",
        sponsor="Clearbrook Learning Network",
        date="2025-09-30",
        hours=2.5,
        field="Auditing",
        number="CMP-88127-25",
        method=GIB,
    ),
    Certificate(
        "course_published_and_updated_dates_before_the_completion",
        """
Certificate of Completion - Self-Study

Amberline CPE
Course: Understanding the Corporate Transparency Act
Course published: 01/2024     Last updated: 03/14/2025
Student: Felix Moreau
Completed: 06/02/2025
Credits: 1.5 CPE
Field of study: Business Law
Delivery method: QAS Self Study
Certificate ID: AMB-CTA-0602-81
""",
        title="Understanding the Corporate Transparency Act",
        sponsor="Amberline CPE",
        date="2025-06-02",
        hours=1.5,
        field="Business Law",
        number="AMB-CTA-0602-81",
        method=QAS,
    ),
    Certificate(
        "credits_by_field_added_up_to_a_total_on_one_line",
        """
Certificate of Completion

Pelican Bay Tax School

Awarded to: Stephanie Cole
Program: Ethics and Tax Practice Standards for Preparers
Completed: 12/01/2025
Credits: 1.0 Behavioral Ethics + 2.0 Taxes = 3.0 total CPE
Delivery method: Group Internet Based
Certificate #: PBTS-1201-7713
""",
        title="Ethics and Tax Practice Standards for Preparers",
        sponsor="Pelican Bay Tax School",
        date="2025-12-01",
        hours=3.0,
        field="Behavioral Ethics; Taxes",
        number="PBTS-1201-7713",
        method=GIB,
    ),
    Certificate(
        "issued_through_a_platform_on_behalf_of_the_sponsor",
        """
Certificate of Completion

Marcus Webb completed

Sales and Use Tax Audits: Sampling and Defense

on 07/08/2025 and earned 2.0 CPE credits (Taxes, QAS Self Study).

Certificate ID: 7TQ-55K2-91AB
This certificate was issued through Thinkwell Courses on behalf of Saltmarsh Tax Academy.
""",
        title="Sales and Use Tax Audits: Sampling and Defense",
        sponsor="Saltmarsh Tax Academy",
        date="2025-07-08",
        hours=2.0,
        field="Taxes",
        number="7TQ-55K2-91AB",
        method=QAS,
    ),
    Certificate(
        "nasba_registry_sentence_after_the_facts_with_the_sponsor_in_it",
        """
CERTIFICATE OF COMPLETION

Eleanor Park
has successfully completed
Governmental Audit Quality: Independence and Documentation

Date: April 28, 2025        CPE credit hours: 3.0
Field of study: Auditing (Governmental)
Delivery method: Group Internet Based
Certificate number: SVAI-0428-0990

Silver Valley Audit Institute is registered with the National Association of State
Boards of Accountancy (NASBA) as a sponsor of continuing professional education on the
National Registry of CPE Sponsors. Website: www.nasbaregistry.org
""",
        title="Governmental Audit Quality: Independence and Documentation",
        sponsor="Silver Valley Audit Institute",
        date="2025-04-28",
        hours=3.0,
        field="Auditing (Governmental)",
        number="SVAI-0428-0990",
        method=GIB,
    ),
    Certificate(
        "employer_letterhead_confirming_an_outside_program",
        """
Hartwell & Oyelaran CPAs
Human Resources - Learning and Development

To whom it may concern:

This confirms that our senior associate Ruth Adeyemi completed Fair Value Measurement
for Private Equity Funds, offered by Westgate Professional Seminars, on 05/13/2025.
She earned 4.0 CPE credits in Accounting in a live online (group internet based) class.

Certificate reference from the provider: WPS-FV-0513-224

Regards,
Tomasz Lewandowski, HR Manager
""",
        title="Fair Value Measurement for Private Equity Funds",
        sponsor="Westgate Professional Seminars",
        date="2025-05-13",
        hours=4.0,
        field="Accounting",
        number="WPS-FV-0513-224",
        method=GIB,
    ),
    # ---------------------------------------------------------------- batch 6
    Certificate(
        "title_ending_in_a_question_mark_inside_a_sentence",
        """
Meadowlark Practice Management Academy

Certificate of Completion

Jerome Blake completed Is Your Firm Ready for Peer Review? on 03/03/2025 and earned
2.0 CPE credits in Accounting.

Delivery method: Group Internet Based
Certificate number: MPMA-0303-119
""",
        title="Is Your Firm Ready for Peer Review?",
        sponsor="Meadowlark Practice Management Academy",
        date="2025-03-03",
        hours=2.0,
        field="Accounting",
        number="MPMA-0303-119",
        method=GIB,
    ),
    Certificate(
        "title_wrapped_after_an_ampersand_under_its_label",
        """
Certificate of Completion

Dunmore Valley CPE Institute

Participant: Chloe Bennett
Course title: Mergers &
              Acquisitions Due Diligence for CPAs
Completed: 10/21/2025
CPE hours: 6.0
Field of study: Specialized Knowledge
Delivery method: Group Live
Certificate #: DVCI-1021-0618
""",
        title="Mergers & Acquisitions Due Diligence for CPAs",
        sponsor="Dunmore Valley CPE Institute",
        date="2025-10-21",
        hours=6.0,
        field="Specialized Knowledge",
        number="DVCI-1021-0618",
        method=LIVE,
    ),
    Certificate(
        "letterhead_sponsor_with_a_tagline_after_a_dash",
        """
Birchwood CPE - Learning that counts

CERTIFICATE OF COMPLETION

Awarded to: Omar Haddad
For: Audit Data Analytics with Excel
Date: 02/26/2025
CPE credits: 3.0 | Auditing | QAS Self Study
Certificate ID: BW-ADA-0226-40
""",
        title="Audit Data Analytics with Excel",
        sponsor="Birchwood CPE",
        date="2025-02-26",
        hours=3.0,
        field="Auditing",
        number="BW-ADA-0226-40",
        method=QAS,
    ),
    Certificate(
        "sponsor_label_chapter_comma_state_society",
        """
Certificate of Attendance

Attendee:   Grace Lindholm, EA
Program:    Representing Taxpayers Before the IRS Independent Office of Appeals
Sponsor:    Foothill Chapter, California Society of Tax Practitioners
Date:       May 8, 2025
Credits:    2.0 CPE
Field:      Taxes
Method:     Group Live
""",
        title="Representing Taxpayers Before the IRS Independent Office of Appeals",
        sponsor="Foothill Chapter, California Society of Tax Practitioners",
        date="2025-05-08",
        hours=2.0,
        field="Taxes",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "rescheduled_webinar_first_date_then_the_date_held",
        """
Certificate of Completion

Copper Hollow Tax Webinars

Angela Morris attended Depreciation and Cost Recovery After the 2025 Tax Act. The webinar,
originally scheduled for March 4, 2025, was held on March 11, 2025 due to a platform outage.

CPE: 2.0 (Taxes) - Group Internet Based
Certificate number: CHTW-0311-5102
""",
        title="Depreciation and Cost Recovery After the 2025 Tax Act",
        sponsor="Copper Hollow Tax Webinars",
        date="2025-03-11",
        hours=2.0,
        field="Taxes",
        number="CHTW-0311-5102",
        method=GIB,
    ),
    Certificate(
        "completion_date_label_with_its_format_in_brackets",
        """
CPE CERTIFICATE

Provider: Thistle & Crown Learning
Name of course: Payroll Taxes for Household Employers
Completion date (MM/DD/YYYY): 04/07/2025
Number of CPE credits: 1.0
Field of study: Taxes
Delivery method: QAS Self Study
Certificate number: TCL-0407-0021
""",
        title="Payroll Taxes for Household Employers",
        sponsor="Thistle & Crown Learning",
        date="2025-04-07",
        hours=1.0,
        field="Taxes",
        number="TCL-0407-0021",
        method=QAS,
    ),
    Certificate(
        "attended_date_and_a_reissued_date_in_brackets",
        """
Certificate of Attendance - Reissued

Old Mill Society of Accountants

Name: Sarah Whitcombe (corrected spelling)
Program: Fall Accounting & Auditing Update
Date attended: 11/18/2025 (certificate reissued 12/01/2025 with corrected name)
CPE credits: 8.0
Fields of study: Accounting; Auditing
Delivery method: Group Live
Certificate #: OMSA-1118-0092-R
""",
        title="Fall Accounting & Auditing Update",
        sponsor="Old Mill Society of Accountants",
        date="2025-11-18",
        hours=8.0,
        field="Accounting; Auditing",
        number="OMSA-1118-0092-R",
        method=LIVE,
    ),
    Certificate(
        "total_credits_with_its_split_by_field_in_brackets",
        """
Certificate of Completion

Wrenfield Professional Education

Presented to: Martin Osei
Program: Ethics and Tax Practice in a Digital World
Completed: 09/04/2025
CPE credits: 3.0 (2.0 Taxes, 1.0 Regulatory Ethics)
Delivery method: Group Internet Based
Certificate number: WPE-0904-6631
""",
        title="Ethics and Tax Practice in a Digital World",
        sponsor="Wrenfield Professional Education",
        date="2025-09-04",
        hours=3.0,
        field="Taxes; Regulatory Ethics",
        number="WPE-0904-6631",
        method=GIB,
    ),
    Certificate(
        "instruction_time_equals_the_cpe_credits",
        """
Certificate of Completion

Hollis Bay Accounting Seminars

Attendee: Brenda Kowalski
Seminar: Inventory Observation and Cutoff Testing
Date: 06/17/2025
Credit: 2 hours 30 minutes of instruction = 3.0 CPE credits
Field of study: Auditing
Delivery method: Group Live
Certificate no.: HBAS-0617-311
""",
        title="Inventory Observation and Cutoff Testing",
        sponsor="Hollis Bay Accounting Seminars",
        date="2025-06-17",
        hours=3.0,
        field="Auditing",
        number="HBAS-0617-311",
        method=LIVE,
    ),
    Certificate(
        "certificate_number_with_a_note_in_brackets",
        """
Certificate of Completion

Stonebridge Governmental CPE

Participant: Alan Pruitt
Course: GASB 87 and 96: Leases and Subscription IT Arrangements
Date completed: 11/06/2025
CPE hours: 2.5
Field of study: Accounting (Governmental)
Delivery method: Group Internet Based
Certificate #: 2025-11-0447 (please retain for your records)
""",
        title="GASB 87 and 96: Leases and Subscription IT Arrangements",
        sponsor="Stonebridge Governmental CPE",
        date="2025-11-06",
        hours=2.5,
        field="Accounting (Governmental)",
        number="2025-11-0447",
        method=GIB,
    ),
    # ---------------------------------------------------------------- batch 7
    Certificate(
        "sponsor_inc_then_a_tagline_after_a_bar",
        """
Lantern Hill Education, Inc. | Continuing education for finance professionals

CERTIFICATE OF COMPLETION

Name: Derek Olsen
Course: Budgeting and Forecasting for Nonprofits
Completion date: 01/14/2025
CPE credits: 2.0
Field of study: Finance
Delivery method: QAS Self Study
Certificate ID: LHE-BFN-0114-7
""",
        title="Budgeting and Forecasting for Nonprofits",
        sponsor="Lantern Hill Education, Inc.",
        date="2025-01-14",
        hours=2.0,
        field="Finance",
        number="LHE-BFN-0114-7",
        method=QAS,
    ),
    Certificate(
        "course_label_with_an_edition_after_a_dash",
        """
Fairhaven Government Finance Institute
Certificate of Completion

Participant: Laura Jimenez, CGFM
Course: Governmental Accounting Update - 2025 Edition
Completed: 07/22/2025
CPE: 8.0
Field of study: Accounting (Governmental)
Delivery method: Group Internet Based
Certificate no.: FGFI-0722-404
""",
        title="Governmental Accounting Update - 2025 Edition",
        sponsor="Fairhaven Government Finance Institute",
        date="2025-07-22",
        hours=8.0,
        field="Accounting (Governmental)",
        number="FGFI-0722-404",
        method=GIB,
    ),
    Certificate(
        "title_with_for_and_a_plan_number_in_a_sentence",
        """
Rolling Hills Tax Academy

This certifies that Monica Reyes completed Planning for 529 Plans and Education Credits
on 08/05/2025, earning 1.5 CPE credits in Taxes (QAS Self Study).

Certificate number: RHTA-0805-3318
""",
        title="Planning for 529 Plans and Education Credits",
        sponsor="Rolling Hills Tax Academy",
        date="2025-08-05",
        hours=1.5,
        field="Taxes",
        number="RHTA-0805-3318",
        method=QAS,
    ),
    Certificate(
        "two_days_named_in_a_sentence_with_one_year",
        """
Certificate of Attendance

The Bluegrass Society of Accountants certifies that Henry Walsh attended the
2025 Bluegrass Accounting Symposium, held September 22 and 23, 2025 in Lexington,
Kentucky, and earned 16.0 CPE credits.

Fields of study: Accounting; Auditing; Taxes
""",
        title="2025 Bluegrass Accounting Symposium",
        sponsor="Bluegrass Society of Accountants",
        date="2025-09-23",
        hours=16.0,
        field="Accounting; Auditing; Taxes",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "lms_export_row_with_completed_and_exported_timestamps",
        """
Northgate Learning Cloud - Completion Record

Learner: Sofia Andersson  |  Learner ID: 55-20913
Completed: 10/02/2025 | Exported: 10/30/2025 11:02
Course: Power BI Dashboards for Controllers
Provider: Quartz Analytics Academy
CPE: 2.0 | Field: Computer Software & Applications | Method: QAS Self Study
Certificate ID: QAA-PBI-1002-51
""",
        title="Power BI Dashboards for Controllers",
        sponsor="Quartz Analytics Academy",
        date="2025-10-02",
        hours=2.0,
        field="Computer Software & Applications",
        number="QAA-PBI-1002-51",
        method=QAS,
    ),
    Certificate(
        "maximum_credits_beside_the_credits_earned",
        """
Certificate of Attendance

Riverbend Society of CPAs - 2025 Not-for-Profit Conference

Attendee: Jasmine Ford
Date: 10/16/2025
Maximum credits: 8.0        Credits earned: 6.5
Field of study: Accounting
Delivery method: Group Live
""",
        title="2025 Not-for-Profit Conference",
        sponsor="Riverbend Society of CPAs",
        date="2025-10-16",
        hours=6.5,
        field="Accounting",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "duration_in_hours_beside_fifty_minute_credits",
        """
Certificate of Completion

Ironwood Peak CPE

Awarded to: Nathan Brooks
Program: Data Privacy Laws for Accountants
Date: 03/12/2025
Duration: 3 hours | CPE credits: 3.6 (50-minute hours)
Field of study: Business Law
Delivery method: Group Internet Based
Certificate number: IPC-0312-2290
""",
        title="Data Privacy Laws for Accountants",
        sponsor="Ironwood Peak CPE",
        date="2025-03-12",
        hours=3.6,
        field="Business Law",
        number="IPC-0312-2290",
        method=GIB,
    ),
    Certificate(
        "reference_number_before_the_certificate_id",
        """
Greenhaven Audit Training

Certificate of Completion

Participant: Paula Stevens
Course: Auditing Accounting Estimates Under SAS 143
Completed: 05/27/2025
CPE: 2.0 | Auditing | Group Internet Based
Ref #: 88213
Certificate ID: GHA-2025-88213
""",
        title="Auditing Accounting Estimates Under SAS 143",
        sponsor="Greenhaven Audit Training",
        date="2025-05-27",
        hours=2.0,
        field="Auditing",
        number="GHA-2025-88213",
        method=GIB,
    ),
    Certificate(
        "hosted_by_with_a_city_in_brackets",
        """
Certificate of Attendance

Katherine Liu, CPA

attended

Nevada Gaming Industry Accounting Update

Hosted by Ridgecrest Accounting Society (Reno, NV)
on November 13, 2025

CPE credits: 4.0  |  Field of study: Specialized Knowledge  |  Group Live
""",
        title="Nevada Gaming Industry Accounting Update",
        sponsor="Ridgecrest Accounting Society",
        date="2025-11-13",
        hours=4.0,
        field="Specialized Knowledge",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "title_wrapped_in_the_left_column_beside_a_right_column",
        """
CERTIFICATE OF COMPLETION
Pioneer Partnership Tax Institute

Participant: Gavin Murphy
Course:      Advanced Topics in Partnership        Date:   05/05/2025
             Taxation: Sections 751 and 754        CPE:    3.0
Field:       Taxes                                 Method: Group Live
Certificate: PPTI-0505-0077
""",
        title="Advanced Topics in Partnership Taxation: Sections 751 and 754",
        sponsor="Pioneer Partnership Tax Institute",
        date="2025-05-05",
        hours=3.0,
        field="Taxes",
        number="PPTI-0505-0077",
        method=LIVE,
    ),
    # ---------------------------------------------------------------- batch 8
    Certificate(
        "prepared_for_the_employer_above_issued_by_the_sponsor",
        """
Prepared for: Dalton & Reese CPAs (firm training file)

CERTIFICATE OF COMPLETION
Issued by Thornfield Learning

Employee: Caroline Hughes
Course: Going Concern Evaluations Under AU-C 570
Completed: 09/10/2025
CPE credits: 2.0
Field of study: Auditing
Delivery method: Group Internet Based
Certificate number: TFL-0910-6620
""",
        title="Going Concern Evaluations Under AU-C 570",
        sponsor="Thornfield Learning",
        date="2025-09-10",
        hours=2.0,
        field="Auditing",
        number="TFL-0910-6620",
        method=GIB,
    ),
    Certificate(
        "presented_by_in_collaboration_with_a_bank",
        """
Certificate of Attendance

Samuel Ortiz attended Treasury Operations for Small Businesses on June 3, 2025,
presented by Clearwater CPE in collaboration with Harbor National Bank.

CPE credits: 1.5 | Field of study: Finance | Delivery method: Group Live
""",
        title="Treasury Operations for Small Businesses",
        sponsor="Clearwater CPE",
        date="2025-06-03",
        hours=1.5,
        field="Finance",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "certificate_and_sponsor_numbers_on_one_line_after_a_dash",
        """
CERTIFICATE OF COMPLETION

Alamo Heights Tax Seminars

This certifies that Victoria Chen completed Texas Franchise Tax: Margin Computations
on 05/21/2025 and earned 2.0 CPE credits in Taxes.

Delivery method: Group Live
Certificate No. 2025/TX/00881 - Sponsor No. 109876
""",
        title="Texas Franchise Tax: Margin Computations",
        sponsor="Alamo Heights Tax Seminars",
        date="2025-05-21",
        hours=2.0,
        field="Taxes",
        number="2025/TX/00881",
        method=LIVE,
    ),
    Certificate(
        "three_session_dates_on_one_line_the_last_completes",
        """
Certificate of Completion

Whitestone Leadership Institute
Program: Leading Finance Teams Through Change (3-session series)

Participant: Ahmed Farouk
Session 1: 04/02/2025    Session 2: 04/09/2025    Session 3: 04/16/2025
CPE: 1.0 per session x 3 sessions = 3.0
Field of study: Personal Development
Delivery method: Group Internet Based
Certificate ID: WLI-LFT-0416-12
""",
        title="Leading Finance Teams Through Change",
        sponsor="Whitestone Leadership Institute",
        date="2025-04-16",
        hours=3.0,
        field="Personal Development",
        number="WLI-LFT-0416-12",
        method=GIB,
    ),
    Certificate(
        "labels_separated_by_semicolons_on_one_line",
        """
Certificate of Completion - Hawthorne CPE Group

Participant: Lucy Tran
Title: Lease Accounting: Lessor Issues; Instructor: Amy Cole, CPA; Date: 02/11/2025
CPE: 1.5; Field of study: Accounting; Delivery: Group Internet Based
Certificate number: HCG-0211-0093
""",
        title="Lease Accounting: Lessor Issues",
        sponsor="Hawthorne CPE Group",
        date="2025-02-11",
        hours=1.5,
        field="Accounting",
        number="HCG-0211-0093",
        method=GIB,
    ),
    Certificate(
        "heading_title_with_its_dates_after_a_comma",
        """
Spring Tax Institute, April 7-8, 2025

CERTIFICATE OF ATTENDANCE

Awarded to: Francis Doyle, EA
CPE credits: 16.0
Field of study: Taxes
Delivery method: Group Live

Presented by the Capital City Society of Enrolled Agents
""",
        title="Spring Tax Institute",
        sponsor="Capital City Society of Enrolled Agents",
        date="2025-04-08",
        hours=16.0,
        field="Taxes",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "email_signed_by_the_team_at_the_sponsor",
        """
From: certificates@brookfieldcpe.example
Sent: 10/28/2025 6:15 PM
Subject: Certificate of completion

Hi Dana,

Congratulations on completing Form 990 Schedule B and Donor Privacy on 10/27/2025.
Credits: 1.0 CPE (Taxes), QAS Self Study.
Certificate #: BCO-990B-1027-4

- The team at Brookfield CPE Online
""",
        title="Form 990 Schedule B and Donor Privacy",
        sponsor="Brookfield CPE Online",
        date="2025-10-27",
        hours=1.0,
        field="Taxes",
        number="BCO-990B-1027-4",
        method=QAS,
    ),
    Certificate(
        "date_of_issue_before_the_date_of_the_program",
        """
Vantage Point Accounting Education
CERTIFICATE OF COMPLETION

Date of issue: 02/03/2025
Date of program: 01/29/2025
Name: Isabel Romero
Program: Revenue Recognition for Subscription Businesses
CPE credits: 2.0
Field of study: Accounting
Delivery method: Group Internet Based
Certificate number: VPAE-0129-3302
""",
        title="Revenue Recognition for Subscription Businesses",
        sponsor="Vantage Point Accounting Education",
        date="2025-01-29",
        hours=2.0,
        field="Accounting",
        number="VPAE-0129-3302",
        method=GIB,
    ),
    Certificate(
        "contact_hours_before_the_nasba_cpe_credits",
        """
Certificate of Completion

Eastfield University Continuing Education
in association with the Eastfield School of Business

Participant: Roberto Sanchez
Course: Managerial Accounting for Healthcare Organizations
Completed: 11/24/2025
Contact hours: 2.0; NASBA CPE credits: 2.4
Field of study: Accounting
Delivery method: Group Live
Certificate ID: EUCE-1124-0071
""",
        title="Managerial Accounting for Healthcare Organizations",
        sponsor="Eastfield University Continuing Education",
        date="2025-11-24",
        hours=2.4,
        field="Accounting",
        number="EUCE-1124-0071",
        method=LIVE,
    ),
    Certificate(
        "quoted_title_with_a_comma_then_a_two_hour_webinar",
        """
Certificate of Completion

Silverline Tax Webinars certifies that Priya Kapoor attended "Cost Segregation, Bonus
Depreciation and Section 179", a two-hour live webinar, on 12/04/2025 and earned 2.0
CPE credits in Taxes.

Certificate number: SLT-1204-8850
""",
        title="Cost Segregation, Bonus Depreciation and Section 179",
        sponsor="Silverline Tax Webinars",
        date="2025-12-04",
        hours=2.0,
        field="Taxes",
        number="SLT-1204-8850",
        method=GIB,
    ),
    # ---------------------------------------------------------------- batch 9
    Certificate(
        "capitals_title_over_two_lines_then_the_sponsor_in_small_letters",
        """
CERTIFICATE OF COMPLETION

Martha Gilbert, CPA

has completed

FORENSIC ACCOUNTING FOR
DIVORCE AND FAMILY LAW MATTERS

offered by Summerfield Forensic Education

on 03/26/2025 for 4.0 CPE credits in Accounting (Group Internet Based)
Certificate number: SFE-0326-1870
""",
        title="FORENSIC ACCOUNTING FOR DIVORCE AND FAMILY LAW MATTERS",
        sponsor="Summerfield Forensic Education",
        date="2025-03-26",
        hours=4.0,
        field="Accounting",
        number="SFE-0326-1870",
        method=GIB,
    ),
    Certificate(
        "brought_to_you_by_an_llc_then_a_registry_statement",
        """
Certificate of Completion

Payroll Year-End Checklist for Small Employers

Brought to you by Ledgerlight Training, LLC - a NASBA registered sponsor

Awarded to: Kim Nguyen
Completed: 12/15/2025
CPE credits: 1.0
Field of study: Taxes
Delivery method: QAS Self Study
Certificate ID: LLT-1215-0207
""",
        title="Payroll Year-End Checklist for Small Employers",
        sponsor="Ledgerlight Training, LLC",
        date="2025-12-15",
        hours=1.0,
        field="Taxes",
        number="LLT-1215-0207",
        method=QAS,
    ),
    Certificate(
        "webinar_held_with_a_recording_available_until",
        """
Certificate of Completion

Oakmont CPE Webinars
Participant: Stefan Novak
Webinar: Section 174 R&E Capitalization in Practice
Webinar held 2025-06-18 (recording available until 2025-09-18)
CPE: 2.0
Field of study: Taxes
Delivery method: Group Internet Based
Certificate #: OCW-0618-2231
""",
        title="Section 174 R&E Capitalization in Practice",
        sponsor="Oakmont CPE Webinars",
        date="2025-06-18",
        hours=2.0,
        field="Taxes",
        number="OCW-0618-2231",
        method=GIB,
    ),
    Certificate(
        "attendance_verified_a_day_after_the_session",
        """
ATTENDANCE VERIFICATION

Tamarack Accounting Forum

Attendance verified on 07/01/2025 for the session of 06/30/2025.

Attendee: Olivia Park
Session: Accounting for Business Combinations: Measurement Period Adjustments
CPE credits: 1.5
Field of study: Accounting
Delivery method: Group Internet Based
Verification code: TAF-0630-5512
""",
        title="Accounting for Business Combinations: Measurement Period Adjustments",
        sponsor="Tamarack Accounting Forum",
        date="2025-06-30",
        hours=1.5,
        field="Accounting",
        number="TAF-0630-5512",
        method=GIB,
    ),
    Certificate(
        "credit_rounded_down_with_the_exact_figure_in_brackets",
        """
Certificate of Completion

Granite Coast Learning

Name: Peter Lindqvist
Course: Excel Macros for Reconciliations
Date: 08/19/2025
CPE credit: 2.0 hours (rounded down from 2.2)
Field of study: Computer Software & Applications
Delivery method: QAS Self Study
Certificate ID: GCL-XMR-0819
""",
        title="Excel Macros for Reconciliations",
        sponsor="Granite Coast Learning",
        date="2025-08-19",
        hours=2.0,
        field="Computer Software & Applications",
        number="GCL-XMR-0819",
        method=QAS,
    ),
    Certificate(
        "cpe_credits_with_states_own_figures_in_brackets",
        """
Certificate of Attendance

Heartwood Society of Accountants
2025 Multistate Ethics Day

Attendee: Gloria Mendes, CPA
Date: 10/06/2025
Credits: 8.0 CPE (CA: 8.0, NY: 8.0, TX: 6.5)
Field of study: Regulatory Ethics
Delivery method: Group Live
""",
        title="2025 Multistate Ethics Day",
        sponsor="Heartwood Society of Accountants",
        date="2025-10-06",
        hours=8.0,
        field="Regulatory Ethics",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "event_confirmation_code_beside_a_certificate_serial",
        """
Certificate of Completion

Sagebrook CPE Events

Participant: Eric Johansson
Event: Auditing Cryptocurrency Holdings
Date: 04/23/2025
Confirmation code: 4471 (event)  |  Certificate serial: SN-2025-77120
CPE credits: 2.0
Field of study: Auditing
Delivery method: Group Internet Based
""",
        title="Auditing Cryptocurrency Holdings",
        sponsor="Sagebrook CPE Events",
        date="2025-04-23",
        hours=2.0,
        field="Auditing",
        number="SN-2025-77120",
        method=GIB,
    ),
    Certificate(
        "title_with_an_acronym_in_brackets_and_a_colon_in_a_sentence",
        """
Certificate of Completion

Lakeview Credit Union Learning certifies that Daniel Foster completed Current Expected
Credit Losses (CECL): A Primer for Credit Unions on 02/05/2025, earning 3.0 CPE credits
in Accounting.

Delivery method: Group Internet Based
Certificate number: LCUL-0205-118
""",
        title="Current Expected Credit Losses (CECL): A Primer for Credit Unions",
        sponsor="Lakeview Credit Union Learning",
        date="2025-02-05",
        hours=3.0,
        field="Accounting",
        number="LCUL-0205-118",
        method=GIB,
    ),
    Certificate(
        "university_office_over_the_university_name",
        """
Office of Continuing Professional Education
Harrow State University

CERTIFICATE OF COMPLETION

This certifies that Bianca Russo completed the course

Cost Accounting Systems for Manufacturers

on May 30, 2025 and earned 6.0 CPE credits.

Field of study: Accounting
Delivery method: Group Live
Certificate no.: HSU-OCPE-0530-22
""",
        title="Cost Accounting Systems for Manufacturers",
        sponsor="Harrow State University",
        date="2025-05-30",
        hours=6.0,
        field="Accounting",
        number="HSU-OCPE-0530-22",
        method=LIVE,
    ),
    Certificate(
        "organizer_and_venue_labels",
        """
CERTIFICATE OF ATTENDANCE

Attendee:   Marcus Green
Event:      Gateway Tax Practitioners Breakfast Series - March
Organizer:  Gateway Accounting Forum
Venue:      Union Station Hotel, St. Louis, MO
Date:       03/18/2025
CPE:        2.0
Field:      Taxes
""",
        title="Gateway Tax Practitioners Breakfast Series - March",
        sponsor="Gateway Accounting Forum",
        date="2025-03-18",
        hours=2.0,
        field="Taxes",
        number=None,
        method=LIVE,
    ),
    # ---------------------------------------------------------------- batch 10
    Certificate(
        "participant_and_sponsor_address_blocks_side_by_side",
        """
CERTIFICATE OF COMPLETION

Issued to:                              Issued by:
Helena Brooks, CPA                      Westmarch CPE Partners
42 Orchard Lane                         900 Commerce Street, Suite 300
Springfield, MO 65802                   Kansas City, MO 64105

Course: Revenue Cycle Analytics for Healthcare
Completed: 09/25/2025
CPE credits: 3.0
Field of study: Auditing
Delivery method: Group Internet Based
Certificate number: WCP-0925-4471
""",
        title="Revenue Cycle Analytics for Healthcare",
        sponsor="Westmarch CPE Partners",
        date="2025-09-25",
        hours=3.0,
        field="Auditing",
        number="WCP-0925-4471",
        method=GIB,
    ),
    Certificate(
        "evaluation_due_date_after_the_program_date",
        """
Riverside Accounting Institute
Certificate of Attendance

Attendee: Gregory Vance
Program: Nonprofit Board Reporting Essentials
Program date: 09/24/2025
Evaluation due: 10/10/2025 (required to keep your credit)
CPE credits: 2.0
Field of study: Accounting
Delivery method: Group Live
Certificate ID: RAI-0924-318
""",
        title="Nonprofit Board Reporting Essentials",
        sponsor="Riverside Accounting Institute",
        date="2025-09-24",
        hours=2.0,
        field="Accounting",
        number="RAI-0924-318",
        method=LIVE,
    ),
    Certificate(
        "fields_with_their_credits_in_brackets_and_a_total_line",
        """
Certificate of Completion

Copperleaf Tax Academy

Name: Rita Alvarez, EA
Program: Tax Preparer Ethics and Practice Update
Completed: 01/31/2025
Fields of study: Taxes (2.0), Behavioral Ethics (1.0)
Total credits: 3.0
Delivery method: QAS Self Study
Certificate #: CTA-0131-2291
""",
        title="Tax Preparer Ethics and Practice Update",
        sponsor="Copperleaf Tax Academy",
        date="2025-01-31",
        hours=3.0,
        field="Taxes (2.0), Behavioral Ethics (1.0)",
        number="CTA-0131-2291",
        method=QAS,
    ),
    Certificate(
        "certificate_number_label_with_a_note_in_brackets",
        """
Desert Bloom CPE
Certificate of Completion

Participant: Jorge Castillo
Course: Arizona Transaction Privilege Tax Basics
Completion date: 04/29/2025
CPE: 2.0 | Taxes | Group Internet Based
Certificate # (for your records): AZ-7781-33
""",
        title="Arizona Transaction Privilege Tax Basics",
        sponsor="Desert Bloom CPE",
        date="2025-04-29",
        hours=2.0,
        field="Taxes",
        number="AZ-7781-33",
        method=GIB,
    ),
    Certificate(
        "series_name_and_the_session_attended",
        """
Certificate of Attendance

Kettle River Tax Society
Series: Monthly Tax Roundtable
Session: Installment Sales and Like-Kind Exchanges
Date: 07/09/2025

Attendee: Brian O'Neill
CPE credits: 1.5
Field of study: Taxes
Delivery method: Group Live
""",
        title="Installment Sales and Like-Kind Exchanges",
        sponsor="Kettle River Tax Society",
        date="2025-07-09",
        hours=1.5,
        field="Taxes",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "cpe_sponsor_label_with_a_program_of_its_parent",
        """
CERTIFICATE OF COMPLETION

Participant: Hannah Moore
Course: Estimated Taxes for Gig Workers
CPE sponsor: Arbor Tax School, a program of Arbor Financial Group
Completed: 05/14/2025
Credits: 1.0 CPE
Field of study: Taxes
Delivery method: QAS Self Study
Certificate number: ATS-0514-0088
""",
        title="Estimated Taxes for Gig Workers",
        sponsor="Arbor Tax School",
        date="2025-05-14",
        hours=1.0,
        field="Taxes",
        number="ATS-0514-0088",
        method=QAS,
    ),
    Certificate(
        "course_label_with_a_dash_subtitle_and_a_standard_in_brackets",
        """
Northfield Audit Seminars
Certificate of Completion

Participant: Claire Dubois
Course: Audit Committee Communications - Required and Best Practice (AU-C 260)
Date: 06/05/2025
CPE hours: 2.0
Field of study: Auditing
Delivery method: Group Internet Based
Certificate ID: NAS-0605-1120
""",
        title="Audit Committee Communications - Required and Best Practice (AU-C 260)",
        sponsor="Northfield Audit Seminars",
        date="2025-06-05",
        hours=2.0,
        field="Auditing",
        number="NAS-0605-1120",
        method=GIB,
    ),
    Certificate(
        "three_dates_listed_after_one_label",
        """
Certificate of Completion

Pine Hollow Learning Group

Participant: Amelia Wright
Program: Controllership Bootcamp (three weekly sessions)
Date(s): 03/03/2025, 03/10/2025 and 03/17/2025
CPE credits: 6.0
Field of study: Accounting
Delivery method: Group Internet Based
Certificate number: PHLG-0317-5540
""",
        title="Controllership Bootcamp",
        sponsor="Pine Hollow Learning Group",
        date="2025-03-17",
        hours=6.0,
        field="Accounting",
        number="PHLG-0317-5540",
        method=GIB,
    ),
    Certificate(
        "hours_in_words_with_digits_in_brackets",
        """
Certificate of Completion

Silver Creek CPE Institute

Awarded to: Naomi Fischer
For completing: Understanding Deferred Tax Assets
Date: 10/23/2025
CPE hours: Two (2.0)
Field of study: Taxes
Delivery method: Group Internet Based
Certificate no.: SCI-1023-907
""",
        title="Understanding Deferred Tax Assets",
        sponsor="Silver Creek CPE Institute",
        date="2025-10-23",
        hours=2.0,
        field="Taxes",
        number="SCI-1023-907",
        method=GIB,
    ),
    Certificate(
        "certificate_of_achievement_in_the_title",
        """
Certificate of Achievement in Governmental Auditing Foundations

Presented to Julian Price
by the Plains States Government Audit Academy

Completed: 08/08/2025
CPE credits: 12.0
Field of study: Auditing (Governmental)
Delivery method: QAS Self Study
Certificate ID: PSGAA-0808-0131
""",
        title="Governmental Auditing Foundations",
        sponsor="Plains States Government Audit Academy",
        date="2025-08-08",
        hours=12.0,
        field="Auditing (Governmental)",
        number="PSGAA-0808-0131",
        method=QAS,
    ),
    # ---------------------------------------------------------------- batch 11
    Certificate(
        "course_label_with_single_quotes_inside_the_title",
        """
Certificate of Completion

Fox Run Compliance Training

Participant: Dana Whitaker
Course: The 'Ins and Outs' of Form 8300 Cash Reporting
Completed: 03/19/2025
CPE credits: 1.0
Field of study: Taxes
Delivery method: QAS Self Study
Certificate ID: FRC-8300-0319
""",
        title="The 'Ins and Outs' of Form 8300 Cash Reporting",
        sponsor="Fox Run Compliance Training",
        date="2025-03-19",
        hours=1.0,
        field="Taxes",
        number="FRC-8300-0319",
        method=QAS,
    ),
    Certificate(
        "ordinal_of_month_in_a_sentence_and_a_printed_on_date",
        """
Ashgrove Society of Accountants

This is to certify that Peter Okafor attended Peer Review Readiness on the 14th of
August, 2025, and earned 2.0 CPE credits in Auditing (Group Live).

Printed on 08/20/2025
""",
        title="Peer Review Readiness",
        sponsor="Ashgrove Society of Accountants",
        date="2025-08-14",
        hours=2.0,
        field="Auditing",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "ce_credits_by_body_with_the_cpe_last",
        """
Certificate of Completion

Wildflower Wealth Education

Name: Kevin Marsh, CFP, CPA
Course: Roth Conversion Strategies in 2025
Date: 11/05/2025
CE credits: IRS 2, CFP 2, CPE 2.5
Field of study: Taxes
Delivery method: Group Internet Based
Certificate number: WWE-1105-0417
""",
        title="Roth Conversion Strategies in 2025",
        sponsor="Wildflower Wealth Education",
        date="2025-11-05",
        hours=2.5,
        field="Taxes",
        number="WWE-1105-0417",
        method=GIB,
    ),
    Certificate(
        "sponsor_and_title_in_one_heading_after_a_colon",
        """
Tri-Lakes CPE Consortium: 2025 Year-End Tax Update

Certificate of Attendance

Attendee: Laura Chen, CPA
Date: 12/10/2025
CPE credits: 8.0
Field of study: Taxes
Delivery method: Group Live
""",
        title="2025 Year-End Tax Update",
        sponsor="Tri-Lakes CPE Consortium",
        date="2025-12-10",
        hours=8.0,
        field="Taxes",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "date_range_across_two_months_with_abbreviations",
        """
Certificate of Attendance

Appalachian Auditors Institute
2025 Fall Audit Conference
Sept. 29 - Oct. 1, 2025

Attendee: Marcus Hill, CIA
CPE credits: 22.0
Field of study: Auditing
Delivery method: Group Live
Certificate #: AAI-1001-0338
""",
        title="2025 Fall Audit Conference",
        sponsor="Appalachian Auditors Institute",
        date="2025-10-01",
        hours=22.0,
        field="Auditing",
        number="AAI-1001-0338",
        method=LIVE,
    ),
    Certificate(
        "credit_hours_awarded_after_leaders_as_a_whole_number",
        """
CERTIFICATE OF COMPLETION

Salt Flats Learning Center

Awarded to ........................... Ian McCall
Course ............................... Nonprofit Grant Compliance
Date completed ....................... 02/17/2025
CPE Credit Hours Awarded ............. 3
Field of study ....................... Accounting
Delivery method ...................... Group Internet Based
Certificate number ................... SFLC-0217-0551
""",
        title="Nonprofit Grant Compliance",
        sponsor="Salt Flats Learning Center",
        date="2025-02-17",
        hours=3.0,
        field="Accounting",
        number="SFLC-0217-0551",
        method=GIB,
    ),
    Certificate(
        "sponsored_by_label_with_the_name_and_address_below",
        """
Certificate of Completion

Participant: Rosa Jimenez
Course: Small Business Payroll Audits
Date: 06/26/2025
CPE credits: 2.0
Field of study: Auditing
Delivery method: Group Internet Based
Certificate number: MVT-0626-7720

Sponsored by:
Mesa Verde Training Associates
1400 Canyon Road
Santa Fe, NM 87501
""",
        title="Small Business Payroll Audits",
        sponsor="Mesa Verde Training Associates",
        date="2025-06-26",
        hours=2.0,
        field="Auditing",
        number="MVT-0626-7720",
        method=GIB,
    ),
    Certificate(
        "letter_re_line_with_a_quoted_title_and_a_two_digit_year",
        """
Cedar Point CPE
77 Lakeshore Drive, Sandusky, OH 44870

May 20, 2025

Re: Your attendance at 'Leases for Lessees: Remeasurement Events' on 5/12/25

Dear Ms. Howard,

Thank you for attending. You earned 2.0 CPE credits in Accounting for this live webinar.
Your certificate number is CPC-051225-118.

Sincerely,
Education Department, Cedar Point CPE
""",
        title="Leases for Lessees: Remeasurement Events",
        sponsor="Cedar Point CPE",
        date="2025-05-12",
        hours=2.0,
        field="Accounting",
        number="CPC-051225-118",
        method=GIB,
    ),
    Certificate(
        "certificate_of_completion_for_the_title_in_the_heading",
        """
Certificate of Completion for Construction Accounting: Retainage and Change Orders

Issued to Bernard Kowalczyk by Ridgeway CPE Learning

Completed 09/17/2025 | 2.0 CPE | Accounting | Group Internet Based
Certificate ID RCL-0917-2204
""",
        title="Construction Accounting: Retainage and Change Orders",
        sponsor="Ridgeway CPE Learning",
        date="2025-09-17",
        hours=2.0,
        field="Accounting",
        number="RCL-0917-2204",
        method=GIB,
    ),
    Certificate(
        "iso_timestamp_with_a_zulu_suffix_as_the_completion",
        """
LMS export - completion record (generated 2025-11-04T08:00:00Z)

Learner: Tomasz Nowak
Course: Internal Controls for Cryptocurrency Transactions
Provider: Bitmark Assurance Academy
Completed: 2025-11-03T14:22:05Z
Credits: 2.0 CPE
Field of study: Auditing
Delivery method: QAS Self Study
Certificate ID: BAA-ICC-20251103-09
""",
        title="Internal Controls for Cryptocurrency Transactions",
        sponsor="Bitmark Assurance Academy",
        date="2025-11-03",
        hours=2.0,
        field="Auditing",
        number="BAA-ICC-20251103-09",
        method=QAS,
    ),
    # ---------------------------------------------------------------- batch 12
    Certificate(
        "labelled_title_wrapped_onto_an_indented_capitalised_line",
        """
Certificate of Completion

Bellwether Audit Institute

Participant: Georgia Banks
Course:      Data Analytics for Auditors: From Sampling to Full-Population
             Testing of Journal Entries
Completed:   10/14/2025
CPE:         4.0
Field:       Auditing
Method:      Group Internet Based
Certificate: BAI-DA-1014-62
""",
        title=(
            "Data Analytics for Auditors: From Sampling to Full-Population Testing of Journal"
            " Entries"
        ),
        sponsor="Bellwether Audit Institute",
        date="2025-10-14",
        hours=4.0,
        field="Auditing",
        number="BAI-DA-1014-62",
        method=GIB,
    ),
    Certificate(
        "completed_date_with_a_grade_posted_date_in_brackets",
        """
Certificate of Completion

Cypress Lane Self-Study CPE

Student: Howard Kim
Course: Fraud Risk Factors in Revenue
Completed: 10/31/2025 (grade posted 11/03/2025)
Exam score: 82%
CPE credits: 3.0
Field of study: Auditing
Delivery method: QAS Self Study
Certificate number: CLS-1031-4418
""",
        title="Fraud Risk Factors in Revenue",
        sponsor="Cypress Lane Self-Study CPE",
        date="2025-10-31",
        hours=3.0,
        field="Auditing",
        number="CLS-1031-4418",
        method=QAS,
    ),
    Certificate(
        "start_date_and_end_date_on_one_line",
        """
CERTIFICATE OF ATTENDANCE

Mountain Laurel Society of CPAs
Leadership Academy for Emerging Partners

Attendee: Francesca Bell
Start date: 10/01/2025     End date: 10/03/2025
CPE credits: 24.0
Field of study: Personal Development
Delivery method: Group Live
Certificate #: MLS-LA-1003-15
""",
        title="Leadership Academy for Emerging Partners",
        sponsor="Mountain Laurel Society of CPAs",
        date="2025-10-03",
        hours=24.0,
        field="Personal Development",
        number="MLS-LA-1003-15",
        method=LIVE,
    ),
    Certificate(
        "earned_of_possible_credits_with_a_slash",
        """
Certificate of Attendance

Sandhill Tax Professionals Network
2025 Summer Tax Camp

Attendee: Leo Martinez, EA
Date: 07/24/2025
Earned: 6.0 / 8.0 CPE
Field of study: Taxes
Delivery method: Group Live
""",
        title="2025 Summer Tax Camp",
        sponsor="Sandhill Tax Professionals Network",
        date="2025-07-24",
        hours=6.0,
        field="Taxes",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "number_at_the_right_of_the_title_line",
        """
Quillmark Forensic Learning - Certificate of Completion

Advanced Fraud Analytics                              No. AFA-2025-0193

Presented to Sean Whitfield on 09/09/2025
CPE credits: 3.0 | Field of study: Auditing | Group Internet Based
""",
        title="Advanced Fraud Analytics",
        sponsor="Quillmark Forensic Learning",
        date="2025-09-09",
        hours=3.0,
        field="Auditing",
        number="AFA-2025-0193",
        method=GIB,
    ),
    Certificate(
        "provider_label_with_its_former_name_in_brackets",
        """
Certificate of Completion

Participant: Irene Walsh
Course: Inventory Count Procedures
Provider: Clearview Audit Academy (formerly Clearview CPE Seminars)
Completed: 03/07/2025
CPE: 2.0
Field of study: Auditing
Delivery method: QAS Self Study
Certificate ID: CAA-0307-5590
""",
        title="Inventory Count Procedures",
        sponsor="Clearview Audit Academy",
        date="2025-03-07",
        hours=2.0,
        field="Auditing",
        number="CAA-0307-5590",
        method=QAS,
    ),
    Certificate(
        "title_in_a_sentence_then_a_dash_and_its_kind",
        """
Certificate of Completion

Blue Heron CPE

This certifies that Mia Sorensen completed Nonprofit Functional Expense Reporting - a
group internet based program - on 04/10/2025 and earned 2.0 CPE credits in Accounting.

Certificate number: BHC-0410-7734
""",
        title="Nonprofit Functional Expense Reporting",
        sponsor="Blue Heron CPE",
        date="2025-04-10",
        hours=2.0,
        field="Accounting",
        number="BHC-0410-7734",
        method=GIB,
    ),
    Certificate(
        "program_of_label_naming_a_chapter_of_an_institute",
        """
CERTIFICATE OF ATTENDANCE

Attendee: Victor Lindgren, CMA
Program: Driver-Based Forecasting
Program of: Three Rivers Chapter, Institute of Management Accountants
Date: 02/19/2025
CPE credits: 2.0
Field of study: Management Advisory Services
Delivery method: Group Live
""",
        title="Driver-Based Forecasting",
        sponsor="Three Rivers Chapter, Institute of Management Accountants",
        date="2025-02-19",
        hours=2.0,
        field="Management Advisory Services",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "session_with_weekday_day_first_date_and_time_range",
        """
Certificate of Attendance

Kingsbridge Accountancy Training

Delegate: Eleanor Hughes
Course: IFRS 18 Presentation and Disclosure
Session: Tuesday 4 March 2025, 14:00-15:40 GMT
CPE: 2.0
Field of study: Accounting
Delivery method: Group Internet Based
Reference: KAT-040325-117
""",
        title="IFRS 18 Presentation and Disclosure",
        sponsor="Kingsbridge Accountancy Training",
        date="2025-03-04",
        hours=2.0,
        field="Accounting",
        number="KAT-040325-117",
        method=GIB,
    ),
    Certificate(
        "credits_based_on_minutes_of_instruction_in_brackets",
        """
Certificate of Completion

Harborview Learning Labs

Name: Andre Wallace
Course: Power Automate for Month-End
Completed: 06/13/2025
CPE: 1.5 credits (based on 75 minutes of instruction)
Field of study: Computer Software & Applications
Delivery method: Group Internet Based
Certificate ID: HLL-PA-0613-2
""",
        title="Power Automate for Month-End",
        sponsor="Harborview Learning Labs",
        date="2025-06-13",
        hours=1.5,
        field="Computer Software & Applications",
        number="HLL-PA-0613-2",
        method=GIB,
    ),
    # ---------------------------------------------------------------- batch 13
    Certificate(
        "course_label_then_a_level_label_on_the_same_line",
        """
Certificate of Completion

Marigold Professional Education

Participant: Owen Fairley
Course: Lease Accounting Deep Dive        Level: Intermediate
Completed: 05/02/2025                     Prerequisites: None
CPE credits: 4.0                          Field of study: Accounting
Delivery method: Group Internet Based
Certificate ID: MPE-LADD-0502
""",
        title="Lease Accounting Deep Dive",
        sponsor="Marigold Professional Education",
        date="2025-05-02",
        hours=4.0,
        field="Accounting",
        number="MPE-LADD-0502",
        method=GIB,
    ),
    Certificate(
        "title_with_its_format_in_brackets_after_it",
        """
Certificate of Completion

Teal Harbor Tax Learning

Awarded to Brooke Ellison for completing
Qualified Business Income Deduction Refresher (CPE Self-Study)
on 02/20/2025

CPE credits: 2.0 | Field of study: Taxes | QAS Self Study
Certificate number: THTL-0220-0331
""",
        title="Qualified Business Income Deduction Refresher",
        sponsor="Teal Harbor Tax Learning",
        date="2025-02-20",
        hours=2.0,
        field="Taxes",
        number="THTL-0220-0331",
        method=QAS,
    ),
    Certificate(
        "firm_learning_center_name_with_commas_and_co",
        """
Brandt, Ochoa & Co. Learning Center

Certificate of Completion

Staff member: Lydia Park
Course: Workpaper Documentation Standards
Completed: 08/28/2025
CPE: 2.0
Field of study: Auditing
Delivery method: Group Live
Certificate #: BOC-LC-0828-44
""",
        title="Workpaper Documentation Standards",
        sponsor="Brandt, Ochoa & Co. Learning Center",
        date="2025-08-28",
        hours=2.0,
        field="Auditing",
        number="BOC-LC-0828-44",
        method=LIVE,
    ),
    Certificate(
        "title_wrapped_onto_a_line_opening_with_and",
        """
Certificate of Completion

Greystone Tax Institute

This certificate is awarded to Paul Mendez
for successful completion of

Partnership Taxation: Special Allocations
and Distributions of Property

Date: 11/12/2025     CPE credits: 4.0     Field of study: Taxes
Delivery method: Group Internet Based
Certificate number: GTI-1112-3004
""",
        title="Partnership Taxation: Special Allocations and Distributions of Property",
        sponsor="Greystone Tax Institute",
        date="2025-11-12",
        hours=4.0,
        field="Taxes",
        number="GTI-1112-3004",
        method=GIB,
    ),
    Certificate(
        "presented_by_a_division_in_an_apposition_then_the_date",
        """
Certificate of Attendance

The program Governmental Internal Controls Refresher was presented by Ridgeline CPE, a
division of Ridgeline Consulting Group, on 04/04/2025. Attendee: Monica Hale. CPE credits
earned: 3.0 in Auditing (Governmental). Delivery: Group Live.
""",
        title="Governmental Internal Controls Refresher",
        sponsor="Ridgeline CPE",
        date="2025-04-04",
        hours=3.0,
        field="Auditing (Governmental)",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "email_subject_with_the_title_and_its_kind_in_brackets",
        """
From: Cobalt Creek CPE <certs@cobaltcreek.example>
Date: Thu, 6 Nov 2025 16:40:11 -0700
To: Aaron Feld
Subject: Your certificate - Revenue Recognition Refresher (Webinar)

Hi Aaron,

Thanks for attending the webinar above on November 5, 2025. You earned 1.5 CPE credits
in Accounting.

Certificate number: CCC-1105-0777
""",
        title="Revenue Recognition Refresher",
        sponsor="Cobalt Creek CPE",
        date="2025-11-05",
        hours=1.5,
        field="Accounting",
        number="CCC-1105-0777",
        method=GIB,
    ),
    Certificate(
        "society_name_with_its_chapter_after_a_comma",
        """
CERTIFICATE OF ATTENDANCE

Society of Louisiana Tax Professionals, Baton Rouge Chapter

Attendee: Celeste Broussard, EA
Program: Louisiana Income Tax Update
Date: 01/16/2025
CPE credits: 2.0
Field of study: Taxes
Delivery method: Group Live
""",
        title="Louisiana Income Tax Update",
        sponsor="Society of Louisiana Tax Professionals, Baton Rouge Chapter",
        date="2025-01-16",
        hours=2.0,
        field="Taxes",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "title_with_a_slash_in_a_sentence",
        """
Northbay Payroll Academy

Certificate of Completion

Grace Tanaka completed Payroll/HR Compliance Update for Multistate Employers on
09/29/2025 and earned 2.0 CPE credits in Taxes.

Delivery method: Group Internet Based
Certificate ID: NPA-0929-1158
""",
        title="Payroll/HR Compliance Update for Multistate Employers",
        sponsor="Northbay Payroll Academy",
        date="2025-09-29",
        hours=2.0,
        field="Taxes",
        number="NPA-0929-1158",
        method=GIB,
    ),
    Certificate(
        "heading_title_with_its_format_on_the_next_line_in_brackets",
        """
Stillwater CPE Network

ETHICS FOR MINNESOTA CPAS
(Live Webcast)

Certificate of Completion

Awarded to: Dennis Carlson
Date: 12/02/2025
CPE credits: 4.0
Field of study: Regulatory Ethics
Certificate number: SCN-1202-0460
""",
        title="ETHICS FOR MINNESOTA CPAS",
        sponsor="Stillwater CPE Network",
        date="2025-12-02",
        hours=4.0,
        field="Regulatory Ethics",
        number="SCN-1202-0460",
        method=GIB,
    ),
    Certificate(
        "provider_label_with_inc_then_a_provider_number",
        """
Certificate of Completion

Participant: Harold Nguyen
Course: Cost Allocation Plans for Local Governments
Provider: Keystone Municipal Education Inc., Provider #4471
Completed: 07/15/2025
CPE: 3.0
Field of study: Accounting (Governmental)
Delivery method: QAS Self Study
Certificate number: KME-0715-0229
""",
        title="Cost Allocation Plans for Local Governments",
        sponsor="Keystone Municipal Education Inc.",
        date="2025-07-15",
        hours=3.0,
        field="Accounting (Governmental)",
        number="KME-0715-0229",
        method=QAS,
    ),
    # ---------------------------------------------------------------- batch 14
    Certificate(
        "course_label_then_a_code_after_a_bar",
        """
Certificate of Completion

Larkspur Audit Academy

Participant: Tessa Morgan
Course: Audit Sampling Basics for Small Engagements | Code: AUD-110
Completed: 01/23/2025
CPE credits: 2.0
Field of study: Auditing
Delivery method: QAS Self Study
Certificate number: LAA-0123-5087
""",
        title="Audit Sampling Basics for Small Engagements",
        sponsor="Larkspur Audit Academy",
        date="2025-01-23",
        hours=2.0,
        field="Auditing",
        number="LAA-0123-5087",
        method=QAS,
    ),
    Certificate(
        "sponsor_label_with_its_parent_company_in_brackets",
        """
CERTIFICATE OF COMPLETION

Participant: Roger Bell
Course: Construction Contractor Tax Methods
Sponsor: Harbor Light Learning, Inc. (a Wolters & Pike company)
Completed: 10/20/2025
CPE credits: 3.0
Field of study: Taxes
Delivery method: Group Internet Based
Certificate number: HLL-1020-6115
""",
        title="Construction Contractor Tax Methods",
        sponsor="Harbor Light Learning, Inc.",
        date="2025-10-20",
        hours=3.0,
        field="Taxes",
        number="HLL-1020-6115",
        method=GIB,
    ),
    Certificate(
        "title_in_a_sentence_then_which_was_held_online",
        """
Certificate of Completion

Aspen Grove CPE

Lena Ortiz completed Excel Lookup Functions for Accountants, which was held online on
08/12/2025, and earned 1.0 CPE credit in Computer Software & Applications.

Certificate ID: AGC-0812-2290
""",
        title="Excel Lookup Functions for Accountants",
        sponsor="Aspen Grove CPE",
        date="2025-08-12",
        hours=1.0,
        field="Computer Software & Applications",
        number="AGC-0812-2290",
        method=GIB,
    ),
    Certificate(
        "certificate_date_beside_an_earlier_course_date",
        """
Pinewood Tax Seminars
CERTIFICATE OF ATTENDANCE

Name: Julia Hart, EA
Seminar: Trust and Estate Income Tax Basics
Certificate date: 03/31/2025        Course date: 03/28/2025
CPE credits: 4.0
Field of study: Taxes
Delivery method: Group Live
Certificate number: PTS-0328-0415
""",
        title="Trust and Estate Income Tax Basics",
        sponsor="Pinewood Tax Seminars",
        date="2025-03-28",
        hours=4.0,
        field="Taxes",
        number="PTS-0328-0415",
        method=LIVE,
    ),
    Certificate(
        "credits_awarded_with_an_ethics_part_in_brackets",
        """
Certificate of Completion

Redfern Practice Academy

Participant: Samuel Price
Program: Client Acceptance and Engagement Letters
Date: 06/09/2025
Credits awarded: 3.0 CPE (of which 1.0 Ethics)
Field of study: Accounting
Delivery method: Group Internet Based
Certificate #: RPA-0609-7712
""",
        title="Client Acceptance and Engagement Letters",
        sponsor="Redfern Practice Academy",
        date="2025-06-09",
        hours=3.0,
        field="Accounting",
        number="RPA-0609-7712",
        method=GIB,
    ),
    Certificate(
        "certificate_number_replacing_an_earlier_one",
        """
Certificate of Completion (corrected)

Summit Pass Government Learning

Participant: Nadia Kerr
Course: Single Audit Reporting Package
Completed: 04/14/2025
CPE: 2.0
Field of study: Auditing (Governmental)
Delivery method: Group Internet Based
Certificate No.: 2025-0412 (replaces 2025-0388)
""",
        title="Single Audit Reporting Package",
        sponsor="Summit Pass Government Learning",
        date="2025-04-14",
        hours=2.0,
        field="Auditing (Governmental)",
        number="2025-0412",
        method=GIB,
    ),
    Certificate(
        "heading_title_with_its_credits_in_brackets",
        """
Cottonwood Municipal CPE

Certificate of Completion
Governmental Budgeting Basics (2 CPE)

Awarded to: Felix Grant
Completed: 02/27/2025
Field of study: Accounting (Governmental)
Delivery method: QAS Self Study
Certificate ID: CMC-0227-1106
""",
        title="Governmental Budgeting Basics",
        sponsor="Cottonwood Municipal CPE",
        date="2025-02-27",
        hours=2.0,
        field="Accounting (Governmental)",
        number="CMC-0227-1106",
        method=QAS,
    ),
    Certificate(
        "re_line_certificate_for_the_title",
        """
Obsidian Bay Finance Academy
12 Wharf Street, Portland, ME 04101

June 30, 2025

RE: Certificate for Municipal Bond Disclosure Basics

Dear Mr. Castillo,

This letter confirms that you attended the live webinar on June 25, 2025 and earned 2.0
CPE credits in Finance. Certificate number: OBFA-0625-340.

Sincerely,
Continuing Education Office
""",
        title="Municipal Bond Disclosure Basics",
        sponsor="Obsidian Bay Finance Academy",
        date="2025-06-25",
        hours=2.0,
        field="Finance",
        number="OBFA-0625-340",
        method=GIB,
    ),
]
