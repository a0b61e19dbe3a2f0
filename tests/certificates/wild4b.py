"""Tuning certificates whose layout carries the pairing of label and value: captions
above their values in ruled boxes, values standing on a rule with the caption under
it, labels right-aligned against their values, two- and three-column fact grids,
narrow two-cell tables with a title wrapped inside its cell, the certificate's
number in a corner or at the right of the heading row, badges and seals with text,
fields under section headings (indented or not), a sponsor's address block beside
the facts, rows of delivery-method and field-of-study checkboxes, wide tables with
one data row and headers wrapped over two lines, signature blocks with their own
names and dates beside the facts, and page headers and footers with page numbers,
URLs and printed dates. The geometry varies: gaps, alignment, wrapping and the order
of the fields.

Checkbox marks are those latin-1 allows ([X], (*), (x), [v], x), since the PDF
renderer's core fonts draw latin-1 only. Several fields of study ticked are the list
in the order printed, joined by "; ". A course code, a sponsor's registry number or
an order number is not the certificate's number.

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

WILD4B = [
    # ---------------------------------------------------------------- batch 1
    Certificate(
        "ruled_ascii_boxes_caption_over_value",
        """
# CERTIFICATE OF COMPLETION
> Ridgeline CPE Partners

+--------------------------------------------------+----------------------+
| PARTICIPANT                                      | CPA LICENSE          |
| Samuel R. Achebe                                 | OR-19284             |
+--------------------------------------------------+----------------------+
| COURSE                                                                  |
| Single Audit Compliance Supplement 2025: What Changed                   |
+------------------------+----------------+-------------------------------+
| DATE COMPLETED         | CPE CREDIT     | FIELD OF STUDY                |
| 10/07/2025             | 8.0            | Auditing (Governmental)       |
+------------------------+----------------+-------------------------------+
| DELIVERY               | CERTIFICATE NUMBER                             |
| Live Webcast           | RCP-25-100734                                  |
+------------------------+------------------------------------------------+

~ Ridgeline CPE Partners, 4410 SW Macadam Ave, Portland, OR 97239 - www.ridgelinecpe.example \
- NASBA Sponsor 138420
""",
        title="Single Audit Compliance Supplement 2025: What Changed",
        sponsor="Ridgeline CPE Partners",
        date="2025-10-07",
        hours=8.0,
        field="Auditing (Governmental)",
        number="RCP-25-100734",
        method=GIB,
    ),
    Certificate(
        "indented_values_on_rules_three_to_a_row",
        """
# Certificate of Attendance

        Kendra L. Moss                                   Sept. 18, 2025
   __________________________________           ________________________
        Attendee                                         Date Attended

   Cybersecurity Risk Oversight for Audit Committees
   _______________________________________________________________________
   Program

     2.0                Information Technology             Group Live
   __________        __________________________       __________________
   CPE Hours            Field of Study                    Delivery

   Lakeshore Chapter, Institute of Management Accountants        LC-0918-044
   ______________________________________________________    ______________
   Sponsoring Organization                                    Certificate No.
""",
        title="Cybersecurity Risk Oversight for Audit Committees",
        sponsor="Lakeshore Chapter, Institute of Management Accountants",
        date="2025-09-18",
        hours=2.0,
        field="Information Technology",
        number="LC-0918-044",
        method=LIVE,
    ),
    Certificate(
        "right_aligned_sentence_labels_title_wrapped_under_value",
        """
# Pinnacle Tax Academy
# Continuing Education Certificate

                 This certifies that   Lorenzo Vidal, EA
                        has completed   Partnership Basis Adjustments Under
                                        Sections 734 and 743: Worked Examples
                                   on   November 6, 2025
                       for a total of   3 CPE hours
                       field of study   Taxation
                               format   On-demand webinar (QAS Self-Study)
                        certificate #   PTA-743-25-5519
""",
        title="Partnership Basis Adjustments Under Sections 734 and 743: Worked Examples",
        sponsor="Pinnacle Tax Academy",
        date="2025-11-06",
        hours=3.0,
        field="Taxes",
        number="PTA-743-25-5519",
        method=QAS,
    ),
    Certificate(
        "two_column_grid_without_colons_title_wrapping_left",
        """
# Certificate of Completion
Harborview Learning Institute                                  Certificate ID  HLI-77120-B

Learner       Nadia Petrov                     Credits       1.5 CPE
Course        Ethics for Tax Practitioners:    Field         Regulatory Ethics
              Circular 230 in Practice
Completed     2025-11-21                       Method        Group Internet Based
Instructor    Paul Greer, CPA                  Sponsor ID    NASBA #109876
""",
        title="Ethics for Tax Practitioners: Circular 230 in Practice",
        sponsor="Harborview Learning Institute",
        date="2025-11-21",
        hours=1.5,
        field="Regulatory Ethics",
        number="HLI-77120-B",
        method=GIB,
    ),
    Certificate(
        "narrow_table_title_in_three_lines_address_block_beside",
        """
# Certificate of Completion

Course Title     Not-for-Profit              Meridian Professional Learning
                 Revenue: Contributions,     1200 Market Street, Suite 400
                 Grants and Exchange         St. Louis, MO 63103
                 Transactions                (314) 555-0142
Date             09/30/2025                  learning@meridianpl.example
Credits          4
Field            Accounting
Method           Self-study (QAS)
Cert. No.        MPL-093025-0071
Attendee         Ruth Anders
""",
        title="Not-for-Profit Revenue: Contributions, Grants and Exchange Transactions",
        sponsor="Meridian Professional Learning",
        date="2025-09-30",
        hours=4.0,
        field="Accounting",
        number="MPL-093025-0071",
        method=QAS,
    ),
    Certificate(
        "number_in_top_right_corner_page_header_and_printed_footer",
        """
Greystone CPE Online                                                     Page 1 of 1
                                                          Certificate: GCO-5571-2025-11
# Certificate of Completion
> This is to certify that
> Benjamin Cole
> has successfully completed the self-study course
> Internal Controls for Small Nonprofits
> on November 3, 2025 and has earned
> 5.0 CPE Credits in Auditing
> Delivery Method: QAS Self-Study

~ Greystone CPE Online is registered with the National Association of State Boards of \
Accountancy (NASBA) as a sponsor of continuing professional education on the National \
Registry of CPE Sponsors and as a QAS sponsor. Sponsor ID 103355.

https://www.greystonecpe.example/verify?id=GCO-5571-2025-11          Printed 11/04/2025 09:12 AM
""",
        title="Internal Controls for Small Nonprofits",
        sponsor="Greystone CPE Online",
        date="2025-11-03",
        hours=5.0,
        field="Auditing",
        number="GCO-5571-2025-11",
        method=QAS,
    ),
    Certificate(
        "drawn_badge_naming_the_issuer_and_credit",
        """
                              _____________________
                             /      BLUEPRINT      \\
                            |     AUDIT ACADEMY     |
                            |       * 2.5 CPE *     |
                             \\_____VERIFIED______/

# Achievement Unlocked

Awarded to Chloe Nakamura for completing
Data Visualization Fundamentals for Auditors

Completed Oct 14, 2025  |  Field of Study: Auditing  |  Format: Live online
Credential ID  BAA-DV-30981
Issuer: Blueprint Audit Academy  |  blueprintaudit.example/verify
""",
        title="Data Visualization Fundamentals for Auditors",
        sponsor="Blueprint Audit Academy",
        date="2025-10-14",
        hours=2.5,
        field="Auditing",
        number="BAA-DV-30981",
        method=GIB,
    ),
    Certificate(
        "radio_methods_and_two_fields_ticked_over_two_days",
        """
# CPE ATTENDANCE VERIFICATION
Sponsor: Two Rivers Accounting Society              Sponsor No. 107733

Program: Year-End Tax and Accounting Update for Small Firms
Date(s): 12/02/2025 - 12/03/2025       Location: Davenport, IA

Delivery method:
  ( ) Group Live     (*) Group Internet Based     ( ) QAS Self-Study     ( ) Blended

Field(s) of study:
  [X] Taxes     [ ] Auditing     [X] Accounting     [ ] Regulatory Ethics

Total CPE credits: 16.0
Participant: Mei-Lin Ortiz         Certificate code: TRAS-2025-Y1203-22
""",
        title="Year-End Tax and Accounting Update for Small Firms",
        sponsor="Two Rivers Accounting Society",
        date="2025-12-03",
        hours=16.0,
        field="Taxes; Accounting",
        number="TRAS-2025-Y1203-22",
        method=GIB,
    ),
    Certificate(
        "wide_table_one_row_headers_and_title_wrapped",
        """
Crestmont University
School of Professional Studies
# Statement of CPE Credit

Participant: Arjun Mehta                                  Statement date: 11/28/2025

Course                       Course    Session      Completion   CPE     Field of        Delivery
Title                        Number    Dates        Date         Hours   Study           Method
Advanced Governmental        ACCT-X    Nov 17-18,   11/18/2025   16.0    Accounting      Group Live
Accounting: GASB 96 and 101  512       2025                              (Governmental)
""",
        title="Advanced Governmental Accounting: GASB 96 and 101",
        sponsor="Crestmont University",
        date="2025-11-18",
        hours=16.0,
        field="Accounting (Governmental)",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "signature_blocks_with_later_dates_beside_the_facts",
        """
# Certificate of Completion

Presented to  Isabel Fonseca, CPA

Course:      Audit Documentation That Survives Peer Review        ____________________________
Date:        August 12, 2025                                       Thomas Wright, CPA
CPE:         2 hours                                               Director of Education
Field:       Auditing                                              Signed 08/15/2025
Method:      Live webinar                                          ____________________________
Cert No:     EPE-0812-3391                                         Carla Nguyen
                                                                   Program Coordinator, 08/15/2025
Evergreen Peer Education Group
""",
        title="Audit Documentation That Survives Peer Review",
        sponsor="Evergreen Peer Education Group",
        date="2025-08-12",
        hours=2.0,
        field="Auditing",
        number="EPE-0812-3391",
        method=GIB,
    ),
    Certificate(
        "indented_captions_and_values_under_section_headings",
        """
Sterling Ridge Society of CPAs                                https://www.srscpa.example/cpe
                                                                       Member Portal
# CPE Certificate

COURSE INFORMATION
    Title
        Trust and Estate Income Tax: Form 1041 Line by Line
    Course Code
        TX-1041-W25
    Field of Study
        Taxes
    Delivery Format
        Group Live (in-person)
ATTENDANCE
    Attendee
        Victor Lindqvist
    Date Attended
        Thursday, October 23, 2025
    Credit Earned
        4.0 CPE
CERTIFICATE
    Number
        SRS-25-10-4471

Sterling Ridge Society of CPAs | 88 Capitol Ave, Hartford, CT | Page 1 of 1 | Generated 10/24/2025
""",
        title="Trust and Estate Income Tax: Form 1041 Line by Line",
        sponsor="Sterling Ridge Society of CPAs",
        date="2025-10-23",
        hours=4.0,
        field="Taxes",
        number="SRS-25-10-4471",
        method=LIVE,
    ),
    # ---------------------------------------------------------------- batch 2
    Certificate(
        "small_caps_captions_over_values_title_in_two_lines",
        """
# CERTIFICATE OF ACHIEVEMENT
> Copperline Professional Academy

NAME OF PARTICIPANT                         DATE OF COMPLETION
Theodore J. Walsh                           17 November 2025

TITLE OF COURSE
Cash Flow Forecasting for Controllers:
A 13-Week Model in Practice

CREDITS AWARDED      AREA OF STUDY        INSTRUCTIONAL METHOD         CERTIFICATE
3.0                  Finance              QAS Self-Study               CPA-CFF-00821

~ Copperline Professional Academy, 77 Harbor Point Blvd, Baltimore, MD 21230. NASBA QAS \
Sponsor 129004.
""",
        title="Cash Flow Forecasting for Controllers: A 13-Week Model in Practice",
        sponsor="Copperline Professional Academy",
        date="2025-11-17",
        hours=3.0,
        field="Finance",
        number="CPA-CFF-00821",
        method=QAS,
    ),
    Certificate(
        "centred_values_over_rules_captions_centred_under",
        """
# Certificate of Attendance

                 Heidi Brandvold
      ____________________________________
               Name of Participant

      Beneficial Ownership Reporting in 2025
      ____________________________________
                  Program Title

                December 5, 2025
      ____________________________________
                Date of Attendance

          1.0                     Specialized Knowledge
      ____________            ___________________________
       CPE Credit                   Field of Study

     North Coast Business Law Forum
      ____________________________________
                  Program Sponsor

Held in person at the Marriott Downtown, Cleveland, Ohio.
""",
        title="Beneficial Ownership Reporting in 2025",
        sponsor="North Coast Business Law Forum",
        date="2025-12-05",
        hours=1.0,
        field="Specialized Knowledge",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "three_column_grid_label_over_value_sponsor_wrapped",
        """
# Continuing Professional Education
Record of Attendance

Program                          Sponsor                       Date
Audit Quality Roundtable:        Northern Plains Society of    06/12/2025
Small Firm Edition               Certified Public Accountants

CPE                              Field                         Format
3.5                              Auditing                      Group Live

Attendee                         License                       Record
Gunnar Eklund                    ND 004471                     NPS-0612-118
""",
        title="Audit Quality Roundtable: Small Firm Edition",
        sponsor="Northern Plains Society of Certified Public Accountants",
        date="2025-06-12",
        hours=3.5,
        field="Auditing",
        number="NPS-0612-118",
        method=LIVE,
    ),
    Certificate(
        "bordered_two_cells_labels_right_aligned_title_wrapped",
        """
# Certificate of Completion
Tanager Assurance Learning

+-----------------+----------------------------------+
|          Course | Reviewing Compilations and       |
|                 | Reviews Under SSARS 25           |
|       Completed | 2025-06-03                       |
|         Credits | 6.0 CPE                          |
|  Field of study | Accounting                       |
|          Format | Virtual live classroom           |
|   Certificate # | TAL-SSARS-0603-22                |
|         Learner | Imani Clarke, CPA                |
+-----------------+----------------------------------+
""",
        title="Reviewing Compilations and Reviews Under SSARS 25",
        sponsor="Tanager Assurance Learning",
        date="2025-06-03",
        hours=6.0,
        field="Accounting",
        number="TAL-SSARS-0603-22",
        method=GIB,
    ),
    Certificate(
        "serial_at_the_right_of_the_heading_row_issued_in_the_corner",
        """
CERTIFICATE OF COMPLETION                                        Serial 25-0917-3321
Bayfront Tax Institute

This certifies that Omar Siddiqui completed

    Multistate Payroll Withholding: Remote Workers and Reciprocity

on September 17, 2025, earning 2.0 CPE credits in Taxes.
Delivered as a live webinar (Group Internet Based).

Issued 09/18/2025                                    Bayfront Tax Institute, Tampa, Florida
""",
        title="Multistate Payroll Withholding: Remote Workers and Reciprocity",
        sponsor="Bayfront Tax Institute",
        date="2025-09-17",
        hours=2.0,
        field="Taxes",
        number="25-0917-3321",
        method=GIB,
    ),
    Certificate(
        "seal_text_naming_the_foundation_and_a_registry_statement",
        """
        * * OFFICIAL SEAL * GRANITE STATE FOUNDATION FOR ACCOUNTING EDUCATION * 1979 * *

# Certificate of Completion

> Presented to Lydia Marchetti
> for completing the self-study course
> Not-for-Profit Audit Risk Alerts 2025
> Completed: 10/02/2025      Credits: 4.0      Field: Auditing
> Self-study (QAS)      Certificate: GSF-4410-25

~ The Granite State Foundation for Accounting Education is registered with the National \
Association of State Boards of Accountancy (NASBA) as a sponsor of continuing professional \
education on the National Registry of CPE Sponsors. Sponsor ID 108822.
""",
        title="Not-for-Profit Audit Risk Alerts 2025",
        sponsor="Granite State Foundation for Accounting Education",
        date="2025-10-02",
        hours=4.0,
        field="Auditing",
        number="GSF-4410-25",
        method=QAS,
    ),
    Certificate(
        "sections_at_the_margin_issued_by_block_at_the_right",
        """
# Certificate of Participation

EVENT DETAILS                                     ISSUED BY
Event: Construction Industry Accounting Forum     Keystone Builders Accounting Group
Date: March 11, 2025                              410 Liberty Avenue, Suite 900
Credits: 7.0 CPE                                  Pittsburgh, PA 15222
Field of Study: Accounting                        NASBA Sponsor 140511
Delivery: In-person

PARTICIPANT
Name: Rosa Delgado
Company: Delgado & Finch Builders

CERTIFICATE
ID: KBAG-FORUM25-0311-207
""",
        title="Construction Industry Accounting Forum",
        sponsor="Keystone Builders Accounting Group",
        date="2025-03-11",
        hours=7.0,
        field="Accounting",
        number="KBAG-FORUM25-0311-207",
        method=LIVE,
    ),
    Certificate(
        "method_marked_with_x_under_its_column_heading",
        """
# STATE CPE COURSE COMPLETION FORM

Sponsor name: Mesa Verde Accounting Education Center
Course title: Forensic Interviewing Techniques for Auditors
Date course completed: 08/21/2025
CPE hours: 4.0
Field of study: Auditing

Delivery method:  Group Live   Group Internet Based   QAS Self Study   Nano   Blended
                                    X

Certificate number: MVAEC-2025-08-1147
Licensee: Paolo Rinaldi, CPA (NM #6620)
""",
        title="Forensic Interviewing Techniques for Auditors",
        sponsor="Mesa Verde Accounting Education Center",
        date="2025-08-21",
        hours=4.0,
        field="Auditing",
        number="MVAEC-2025-08-1147",
        method=GIB,
    ),
    Certificate(
        "markdown_table_one_row_with_a_browser_header_and_footer",
        """
10/30/25, 4:12 PM                              Transcript | Ledgerpath Learning

Ledgerpath Learning - Completed Courses

| Course | Provider | Completed | CPE Credits (50-min) | Field of Study | Delivery | Certificate |
|---|---|---|---|---|---|---|
| Fixed Assets & Depreciation: Book vs. Tax | Ledgerpath Learning | 10/29/2025 | 2.5 | Taxes \
| Self-study | LP-88104-22 |

https://learn.ledgerpath.example/transcript/completed                              1/1
""",
        title="Fixed Assets & Depreciation: Book vs. Tax",
        sponsor="Ledgerpath Learning",
        date="2025-10-29",
        hours=2.5,
        field="Taxes",
        number="LP-88104-22",
        method=QAS,
    ),
    Certificate(
        "signature_block_on_the_left_facts_on_the_right",
        """
# Certificate of Completion
> Riverbend CPA Society

______________________________          Course: Practical Data Governance for Finance
Jordan Blake, CPA                       Completed: July 1, 2025
Chair, Education Committee              CPE: 2 credits
Date: 07/02/2025                        Field: Information Technology
                                        Delivery: Webcast (live)
                                        Cert. #: RCS-070125-44

Awarded to Marisol Quintero
""",
        title="Practical Data Governance for Finance",
        sponsor="Riverbend CPA Society",
        date="2025-07-01",
        hours=2.0,
        field="Information Technology",
        number="RCS-070125-44",
        method=GIB,
    ),
    Certificate(
        "grid_without_colons_labels_right_aligned_in_two_columns",
        """
# Certificate of Completion
# Summit Ridge Ethics Institute

        Participant  Evelyn Okonkwo              Date  11/12/2025
             Course  Professional Ethics for     Hours  4
                     Virginia CPAs               Field  Regulatory Ethics
           Delivery  Group Internet Based      Cert ID  SREI-VA-25-3310
""",
        title="Professional Ethics for Virginia CPAs",
        sponsor="Summit Ridge Ethics Institute",
        date="2025-11-12",
        hours=4.0,
        field="Regulatory Ethics",
        number="SREI-VA-25-3310",
        method=GIB,
    ),
    # ---------------------------------------------------------------- batch 3
    Certificate(
        "captions_under_values_without_rules_number_alone_bottom_right",
        """
# Certificate of Completion

Materiality and Audit Sampling Refresher
course

Westlake Audit Institute                      January 22, 2025
sponsor                                       date completed

2.0 CPE                  Auditing                   Group Internet Based
credits                  field of study             delivery method

Yusuf Adeyemi, CPA
participant
                                                                      No. WAI-0122-5530
""",
        title="Materiality and Audit Sampling Refresher",
        sponsor="Westlake Audit Institute",
        date="2025-01-22",
        hours=2.0,
        field="Auditing",
        number="WAI-0122-5530",
        method=GIB,
    ),
    Certificate(
        "values_flush_right_title_wrapped_flush_right",
        """
# Certificate of Completion

Participant                                                           Dana Whitcombe
Course title                                   Governmental Fund Balance Reporting:
                                                  GASB 54 Classifications Revisited
Sponsor                                                Bluewater Government Finance
                                                                   Training Institute
Completion date                                                      April 29, 2025
CPE credits                                                                     4.5
Field of study                                             Accounting (Governmental)
Delivery method                                               Group Internet Based
Certificate number                                                     BGF-429-0761
""",
        title="Governmental Fund Balance Reporting: GASB 54 Classifications Revisited",
        sponsor="Bluewater Government Finance Training Institute",
        date="2025-04-29",
        hours=4.5,
        field="Accounting (Governmental)",
        number="BGF-429-0761",
        method=GIB,
    ),
    Certificate(
        "two_stacks_of_captions_over_values_side_by_side",
        """
# CERTIFICATE
# of Continuing Professional Education

PRESENTED TO                           PROGRAM
Harriet Okafor                         Employee Benefit Plan Audits:
                                       Testing Participant Data
LICENSE
CA 118204                              SPONSOR
                                       Pacific Crest Audit Academy
COMPLETED ON
August 28, 2025                        CERTIFICATE ID
                                       PCAA-EBP-8828-14
CPE CREDITS
8.0                                    FORMAT
                                       In-person seminar, Sacramento
FIELD
Auditing
""",
        title="Employee Benefit Plan Audits: Testing Participant Data",
        sponsor="Pacific Crest Audit Academy",
        date="2025-08-28",
        hours=8.0,
        field="Auditing",
        number="PCAA-EBP-8828-14",
        method=LIVE,
    ),
    Certificate(
        "boxes_after_the_options_with_leaders_one_per_line",
        """
# CPE Completion Certificate
Provider: Orchard Hill Professional Development
Course: Reporting Control Deficiencies to Audit Committees
Date completed: 05/14/2025
CPE hours: 1.5
Certificate no.: OHPD-25-0514-031

Field of study (check all that apply)
  Accounting ........................ [ ]
  Auditing .......................... [X]
  Communications & Marketing ........ [X]
  Taxes ............................. [ ]

Delivery method
  Group Live ........................ [ ]
  Group Internet Based .............. [X]
  QAS Self Study .................... [ ]
""",
        title="Reporting Control Deficiencies to Audit Committees",
        sponsor="Orchard Hill Professional Development",
        date="2025-05-14",
        hours=1.5,
        field="Auditing; Communications & Marketing",
        number="OHPD-25-0514-031",
        method=GIB,
    ),
    Certificate(
        "wide_table_cert_number_first_under_a_provided_by_line",
        """
Statement of Completion
Provided by: Hillcrest Tax School

Cert #        Date          CPE (hrs)   Course                                 Method
HTS-4471-K    12/09/2025    3           Payroll Tax Compliance for Employers   On-demand self-study

Student: Beatrix Lowell        Field of study: Taxes
""",
        title="Payroll Tax Compliance for Employers",
        sponsor="Hillcrest Tax School",
        date="2025-12-09",
        hours=3.0,
        field="Taxes",
        number="HTS-4471-K",
        method=QAS,
    ),
    Certificate(
        "signature_and_date_on_rules_beside_the_facts_below",
        """
# Certificate of Completion
> Coastal Plains Accounting Association

Program: Revenue Recognition Refresher for Private Companies
Completion Date: 03/20/2025
CPE Credit Hours: 3.0
Field of Study: Accounting
Delivery Method: Group Live
Certificate: CPAA-0320-88

________________________________          ______________
Authorized Signature                      Date
Lauren Pike, Education Director           03/24/2025
""",
        title="Revenue Recognition Refresher for Private Companies",
        sponsor="Coastal Plains Accounting Association",
        date="2025-03-20",
        hours=3.0,
        field="Accounting",
        number="CPAA-0320-88",
        method=LIVE,
    ),
    Certificate(
        "nano_badge_with_dots_between_facts",
        """
[ NANO ]   0.4 CPE

Revenue Recognition Quick Hit: Principal vs. Agent

Issued by Quickmark CPE  .  Issued on 02 Dec 2025  .  Badge ID QM-NANO-77120
Field of study: Accounting
Earner: Felipe Arana
""",
        title="Revenue Recognition Quick Hit: Principal vs. Agent",
        sponsor="Quickmark CPE",
        date="2025-12-02",
        hours=0.4,
        field="Accounting",
        number="QM-NANO-77120",
        method=NANO,
    ),
    Certificate(
        "numbered_sections_with_right_aligned_labels_under_them",
        """
# Learning Record
Alder & Voss LLP - Professional Development

1. PARTICIPANT
          Name:  Cormac Delaney
      Staff ID:  AV-20931

2. PROGRAM
         Title:  Auditing Cryptocurrency Holdings
        Format:  Virtual instructor-led
   Date Closed:  10/16/2025

3. CREDIT
           CPE:  2.0
         Field:  Auditing
     Record ID:  AVL-2025-103384
""",
        title="Auditing Cryptocurrency Holdings",
        sponsor="Alder & Voss LLP",
        date="2025-10-16",
        hours=2.0,
        field="Auditing",
        number="AVL-2025-103384",
        method=GIB,
    ),
    Certificate(
        "letterhead_address_column_left_facts_column_right",
        """
Lakeview Accounting Institute         Participant:   Jun Park
1450 Shoreline Drive                  Course:        Tax Research Methods Using Primary Sources
Chicago, IL 60605                     Date:          01/14/2025
(312) 555-0199                        Credits:       3.0
www.lakeviewai.example                Field:         Taxes
                                      Method:        Group Internet Based
                                      Certificate:   LAI-250114-09
""",
        title="Tax Research Methods Using Primary Sources",
        sponsor="Lakeview Accounting Institute",
        date="2025-01-14",
        hours=3.0,
        field="Taxes",
        number="LAI-250114-09",
        method=GIB,
    ),
    Certificate(
        "one_row_table_title_in_three_lines_and_a_total_row",
        """
# Certificate of Attendance
Prairie Wind CPE Consortium

Program                              Date            CPE
Ethical Decision-Making for          02/26/2025      2.0
Finance Professionals: Cases
from Small Practices
                                     Total           2.0

Field of study: Behavioral Ethics       Delivery: Group Live (Wichita, KS)
Attendee: Nora Castellanos              Certificate: PWC-0226-ETH-12
""",
        title="Ethical Decision-Making for Finance Professionals: Cases from Small Practices",
        sponsor="Prairie Wind CPE Consortium",
        date="2025-02-26",
        hours=2.0,
        field="Behavioral Ethics",
        number="PWC-0226-ETH-12",
        method=LIVE,
    ),
    Certificate(
        "page_header_and_footer_with_a_two_column_grid_between",
        """
Certificate  |  Ridgeway Learning Hub                                             Page 1 of 1

# Certificate of Completion

Learner:        Amara Nwosu                Completed:     2025-07-09
Course:         Excel Power Query for      Credits:       2.0 CPE
                Month-End Close            Field:         Computer Software & Applications
Provider:       Ridgeway Learning Hub      Format:        Self-paced online (QAS)
Certificate:    RLH-PQ-709-2219

Generated by Ridgeway Learning Hub on 07/09/2025 18:42  |  https://hub.ridgeway.example/c/RLH-PQ-709-2219
""",
        title="Excel Power Query for Month-End Close",
        sponsor="Ridgeway Learning Hub",
        date="2025-07-09",
        hours=2.0,
        field="Computer Software & Applications",
        number="RLH-PQ-709-2219",
        method=QAS,
    ),
    # ---------------------------------------------------------------- batch 4
    Certificate(
        "number_and_issue_date_stacked_in_the_top_corners",
        """
Certificate No.                                                   Date Issued
SKY-2025-00917                                                    11/21/2025

# CERTIFICATE OF COMPLETION

> Skyline Accounting Academy certifies that
> Paulina Reyes
> completed the group internet based program
> Private Company Goodwill: Accounting Alternatives
> on November 19, 2025, earning 2.0 CPE credits in Accounting.
""",
        title="Private Company Goodwill: Accounting Alternatives",
        sponsor="Skyline Accounting Academy",
        date="2025-11-19",
        hours=2.0,
        field="Accounting",
        number="SKY-2025-00917",
        method=GIB,
    ),
    Certificate(
        "labels_and_values_both_wrapped_in_a_narrow_table",
        """
# Certificate of Completion
Marlowe Institute for Internal Audit

Participant         Sunil Varghese
Program             Internal Audit Analytics
Title               with Python: Sampling and
                    Exception Testing
Completion          10/03/2025
Date
Recommended         3.0
CPE Credit
Field of            Auditing
Study
Delivery            QAS Self Study
Method
Certificate         MIIA-PY-1003-17
Number
""",
        title="Internal Audit Analytics with Python: Sampling and Exception Testing",
        sponsor="Marlowe Institute for Internal Audit",
        date="2025-10-03",
        hours=3.0,
        field="Auditing",
        number="MIIA-PY-1003-17",
        method=QAS,
    ),
    Certificate(
        "three_label_value_pairs_to_a_row_under_the_title_heading",
        """
Sunrise Tax Partners Learning Center
# Nano Course: IRS Notice CP2000 Responses

Date: 09/09/2025          Credits: 0.2            Method: Nano-learning
Field: Taxes              Level: Basic            Prerequisites: None
Learner: Walt Simmons     Cert: STP-N-0909-7731   Duration: 10 minutes
""",
        title="IRS Notice CP2000 Responses",
        sponsor="Sunrise Tax Partners Learning Center",
        date="2025-09-09",
        hours=0.2,
        field="Taxes",
        number="STP-N-0909-7731",
        method=NANO,
    ),
    Certificate(
        "fields_listed_with_hours_beside_the_one_earned",
        """
# CPE Certificate
Sponsor: Ashgrove Society of Accountants
Program: Ethics in the Age of AI Tools
Program date: February 11, 2025
Format: Live webinar
Certificate number: ASA-ETH-0211-0093

Field of Study                        Hours
Accounting                            -
Auditing                              -
Behavioral Ethics                     2.0
Taxes                                 -
Total                                 2.0
""",
        title="Ethics in the Age of AI Tools",
        sponsor="Ashgrove Society of Accountants",
        date="2025-02-11",
        hours=2.0,
        field="Behavioral Ethics",
        number="ASA-ETH-0211-0093",
        method=GIB,
    ),
    Certificate(
        "address_block_top_right_beside_the_heading",
        """
CERTIFICATE OF COMPLETION                         Brightwater CPE Group
                                                  88 Harbor Way, Suite 12
                                                  Portland, ME 04101
                                                  NASBA Sponsor #141277

Attendee:            Caleb Fournier
Course:              Nonprofit Functional Expense Allocation
Date completed:      06/24/2025
Credits:             1.5
Field of study:      Accounting
Delivery method:     Group Internet Based
Certificate ID:      BWG-062425-118
""",
        title="Nonprofit Functional Expense Allocation",
        sponsor="Brightwater CPE Group",
        date="2025-06-24",
        hours=1.5,
        field="Accounting",
        number="BWG-062425-118",
        method=GIB,
    ),
    Certificate(
        "two_signatures_side_by_side_with_their_dates_above_the_facts",
        """
# Certificate of Attendance
Evergreen State Society of CPAs

_________________________          _________________________
Martin Cole, CPA                   Grace Lim
President                          Director of Learning
Date: 12/01/2025                   Date: 12/01/2025

Program: Washington Ethics for CPAs 2025
Attended: November 13, 2025
CPE: 4.0 (Regulatory Ethics)
Delivery: In-person, Seattle
Attendee: Ibrahim Yusuf           Certificate: ESS-ETH25-1113-061
""",
        title="Washington Ethics for CPAs 2025",
        sponsor="Evergreen State Society of CPAs",
        date="2025-11-13",
        hours=4.0,
        field="Regulatory Ethics",
        number="ESS-ETH25-1113-061",
        method=LIVE,
    ),
    Certificate(
        "credit_in_a_seal_with_its_caption_under_it",
        """
# Certificate of Completion
> Thornfield Audit Seminars

                                   ( 8 )
                                CPE HOURS

Presented to Lena Hofmann for completing
Yellow Book Independence and Nonaudit Services
Completed: 05/30/2025
Field of Study: Auditing (Governmental)
Delivery: Group Live
Certificate #: TAS-YB-0530-41
""",
        title="Yellow Book Independence and Nonaudit Services",
        sponsor="Thornfield Audit Seminars",
        date="2025-05-30",
        hours=8.0,
        field="Auditing (Governmental)",
        number="TAS-YB-0530-41",
        method=LIVE,
    ),
    Certificate(
        "copyright_footer_names_the_sponsor_url_header_page_number",
        """
https://learn.harborlight.example/certificates/HLE-22871

# Certificate of Completion

Awarded to:      Diego Salazar
For:             Cryptocurrency Taxation for Individuals
Completed:       August 8, 2025
CPE Credits:     3.0
Field of Study:  Taxes
Delivery:        QAS Self-Study
Certificate:     HLE-22871

(c) 2025 Harborlight Education LLC. All rights reserved.                         1
""",
        title="Cryptocurrency Taxation for Individuals",
        sponsor="Harborlight Education LLC",
        date="2025-08-08",
        hours=3.0,
        field="Taxes",
        number="HLE-22871",
        method=QAS,
    ),
    Certificate(
        "one_row_table_values_centred_under_their_headings",
        """
# Certificate of Completion
Presented by Ironwood Cost Accounting Institute

       Course Title                   Completed       CPE       Field          Format
Cost Accounting for Manufacturers     08/05/2025      6.0     Accounting    Group Live

Participant: Tomasz Nowak        Certificate: ICAI-0805-6602
""",
        title="Cost Accounting for Manufacturers",
        sponsor="Ironwood Cost Accounting Institute",
        date="2025-08-05",
        hours=6.0,
        field="Accounting",
        number="ICAI-0805-6602",
        method=LIVE,
    ),
    Certificate(
        "indented_labels_with_colons_values_on_the_next_line_deeper",
        """
# CPE Completion Record

Course Information
   Title:
      Ethics and Independence for Public Company Auditors
   Provider:
      Lindenwood Assurance Education
   Format:
      Webcast (live)
Credit Information
   Hours:
      2.0
   Field of Study:
      Regulatory Ethics
   Completed:
      2025-03-27
Record
   Certificate Number:
      LAE-0327-2210
   Participant:
      Hana Kobayashi
""",
        title="Ethics and Independence for Public Company Auditors",
        sponsor="Lindenwood Assurance Education",
        date="2025-03-27",
        hours=2.0,
        field="Regulatory Ethics",
        number="LAE-0327-2210",
        method=GIB,
    ),
    Certificate(
        "facts_in_two_boxes_side_by_side_with_bars",
        """
# Certificate of Completion
Cedar Point Tax Education

| COURSE                          |   | CREDIT                     |
| State Conformity to the 2025    |   | 4.0 CPE hours              |
| Federal Tax Changes             |   | Field: Taxes               |
| Completed 10/21/2025            |   | Live online (Zoom)         |
| Certificate CPTE-1021-338       |   | Attendee: Gwen Harlow      |
""",
        title="State Conformity to the 2025 Federal Tax Changes",
        sponsor="Cedar Point Tax Education",
        date="2025-10-21",
        hours=4.0,
        field="Taxes",
        number="CPTE-1021-338",
        method=GIB,
    ),
    # ---------------------------------------------------------------- batch 5
    Certificate(
        "captions_set_inside_the_rules_under_their_values",
        """
# Certificate of Completion

                    Introduction to Government Auditing Standards
        ------------------------- Course Title -------------------------

            Priya Natarajan                          09/25/2025
        ------- Participant -------          ------- Date -------

                  4.0                          Auditing (Governmental)
        ------ CPE Hours ------          ------- Field of Study -------

                  Capitol Audit Training Center, Group Live
        ----------------------- Sponsor and Format -----------------------

Certificate No. CATC-0925-311
""",
        title="Introduction to Government Auditing Standards",
        sponsor="Capitol Audit Training Center",
        date="2025-09-25",
        hours=4.0,
        field="Auditing (Governmental)",
        number="CATC-0925-311",
        method=LIVE,
    ),
    Certificate(
        "this_program_and_year_to_date_columns",
        """
# CPE Credit Statement
Sagebrush Learning Network

Participant: Ellis Monroe
Course: Cash Basis and Tax Basis Financial Statements
Completed: 04/08/2025
Delivery: QAS Self-Study
Field of Study: Accounting
Statement No.: SLN-2025-04-0877

                     This course       Year to date
CPE credits          3.0               27.5
Ethics credits       0.0               4.0
""",
        title="Cash Basis and Tax Basis Financial Statements",
        sponsor="Sagebrush Learning Network",
        date="2025-04-08",
        hours=3.0,
        field="Accounting",
        number="SLN-2025-04-0877",
        method=QAS,
    ),
    Certificate(
        "number_captioned_above_in_the_bottom_left_corner",
        """
# Certificate of Completion
> Monarch Valley CPE

> Awarded to Gabriel Ortiz for completing
> Business Valuation Basics for Small Practitioners
> 6.0 CPE credits - Specialized Knowledge - Group Internet Based
> Completed on the 3rd of June, 2025

certificate no.                                             verify at
PR-5521-0603                                                monarchcpe.example/verify
""",
        title="Business Valuation Basics for Small Practitioners",
        sponsor="Monarch Valley CPE",
        date="2025-06-03",
        hours=6.0,
        field="Specialized Knowledge",
        number="PR-5521-0603",
        method=GIB,
    ),
    Certificate(
        "four_column_barred_record_card",
        """
# CPE Record Card
Lodestar Accounting Education

| Title       | Audit Evidence and Documentation     | Hours      | 2.0            |
| Completed   | 2025-02-19                           | Field      | Auditing       |
| Format      | Webinar                              | Card No.   | LAE-RC-0219-6  |
| Participant | Noor Haddad                          | License    | TX 118204      |
""",
        title="Audit Evidence and Documentation",
        sponsor="Lodestar Accounting Education",
        date="2025-02-19",
        hours=2.0,
        field="Auditing",
        number="LAE-RC-0219-6",
        method=GIB,
    ),
    Certificate(
        "field_checkboxes_two_to_a_row_and_one_method_ticked",
        """
# Program Completion Certificate
Sponsor: Windward Professional Studies
Program: Specialized Industries: Agricultural Cooperatives
Completion date: 07/17/2025
CPE credit: 8.0
Certificate #: WPS-AG-0717-05

Field of study:
[ ] Accounting                      [ ] Auditing
[ ] Taxes                           [X] Specialized Knowledge

Delivery:
[X] Group Live     [ ] Group Internet Based     [ ] QAS Self Study
""",
        title="Specialized Industries: Agricultural Cooperatives",
        sponsor="Windward Professional Studies",
        date="2025-07-17",
        hours=8.0,
        field="Specialized Knowledge",
        number="WPS-AG-0717-05",
        method=LIVE,
    ),
    Certificate(
        "narrative_left_details_sidebar_right",
        """
# Certificate of Completion

This certifies that Ana Ruiz has             DETAILS
successfully completed the course            Credits
Internal Control Deficiency                  2.5 CPE
Evaluation for Small Entities                Completed
offered by Keller Audit Institute.           2025-04-18
                                             Method
                                             Group Internet Based
                                             Field
                                             Auditing
                                             Cert No.
                                             KAI-0418-77
""",
        title="Internal Control Deficiency Evaluation for Small Entities",
        sponsor="Keller Audit Institute",
        date="2025-04-18",
        hours=2.5,
        field="Auditing",
        number="KAI-0418-77",
        method=GIB,
    ),
    Certificate(
        "sponsor_named_only_under_the_signature",
        """
# Certificate of Completion

Awarded to: Ruth Abernathy
Course: Tax Planning for Closely Held Businesses
Date: October 28, 2025
CPE Hours: 4
Field: Taxes
Format: In-person workshop
No.: 25-1028-0412

______________________________
Dana Lee, Executive Director
Harmon Tax Academy
""",
        title="Tax Planning for Closely Held Businesses",
        sponsor="Harmon Tax Academy",
        date="2025-10-28",
        hours=4.0,
        field="Taxes",
        number="25-1028-0412",
        method=LIVE,
    ),
    Certificate(
        "form_footer_with_revision_page_and_header_id",
        """
Certificate ID: GLS-77310                                        Glenmoor Learning Services

# CERTIFICATE OF CPE COMPLETION

Name of course:       Governmental Grants Management and Uniform Guidance
Date of completion:   12/04/2025
CPE hours earned:     6.5
Field of study:       Accounting (Governmental)
Method of delivery:   Group Internet Based
Name of licensee:     Abigail Turner

Form CE-12 (rev. 03/2024)                                                      Page 1 of 1
""",
        title="Governmental Grants Management and Uniform Guidance",
        sponsor="Glenmoor Learning Services",
        date="2025-12-04",
        hours=6.5,
        field="Accounting (Governmental)",
        number="GLS-77310",
        method=GIB,
    ),
    Certificate(
        "one_row_table_credit_cell_with_ceus_beside",
        """
# Certificate of Completion
Silverline Continuing Education

Course                                 Date          Credit              Field         Delivery
Forensic Data Analytics with Excel     11/14/2025    2.0 CPE / 0.2 CEU   Auditing      Virtual
                                                                                       classroom

Participant: Henrik Dahl      Certificate: SCE-1114-0281
""",
        title="Forensic Data Analytics with Excel",
        sponsor="Silverline Continuing Education",
        date="2025-11-14",
        hours=2.0,
        field="Auditing",
        number="SCE-1114-0281",
        method=GIB,
    ),
    Certificate(
        "centred_heading_with_the_number_under_it_and_facts_in_two_columns",
        """
# Certificate of Completion
> Certificate No. 2025-TEB-0441
> Tidewater Ethics Bureau

Participant   Maya Lindstrom            Credits    2.0
Course        Ethics for Government     Field      Regulatory Ethics
              Auditors
Completed     13 March 2025             Format     Live webinar
""",
        title="Ethics for Government Auditors",
        sponsor="Tidewater Ethics Bureau",
        date="2025-03-13",
        hours=2.0,
        field="Regulatory Ethics",
        number="2025-TEB-0441",
        method=GIB,
    ),
    Certificate(
        "values_right_aligned_under_left_labels_with_leaders_and_an_address_footer",
        """
# Certificate of Completion

Course title .......................... Revenue Cycle Audits in Health Care
Provider ..................................... Meadowlark Healthcare Finance
Date completed .......................................... January 30, 2025
CPE credits ........................................................... 3.5
Field of study ................................................... Auditing
Delivery method .............................................. Group Live
Certificate number ...................................... MHF-0130-2025-09

Meadowlark Healthcare Finance | 400 Prairie Ave, Omaha, NE 68102 | (402) 555-0123
""",
        title="Revenue Cycle Audits in Health Care",
        sponsor="Meadowlark Healthcare Finance",
        date="2025-01-30",
        hours=3.5,
        field="Auditing",
        number="MHF-0130-2025-09",
        method=LIVE,
    ),
    # ---------------------------------------------------------------- batch 6
    Certificate(
        "right_aligned_captions_over_right_aligned_values",
        """
# Certificate of Completion
Halcyon Tax Seminars

Participant: Beatrice Owusu
Seminar: S Corporation Basis and Distributions

                        CPE CREDITS          COMPLETED        FIELD OF STUDY
                                4.0         2025-10-02                 Taxes

Delivery: Group Live (Columbus, OH)          Certificate: HTS-SC-1002-87
""",
        title="S Corporation Basis and Distributions",
        sponsor="Halcyon Tax Seminars",
        date="2025-10-02",
        hours=4.0,
        field="Taxes",
        number="HTS-SC-1002-87",
        method=LIVE,
    ),
    Certificate(
        "labels_left_of_a_bar_values_right_of_it",
        """
# CERTIFICATE OF COMPLETION

COURSE       | Deferred Tax Assets: Valuation Allowances in Practice
PROVIDER     | Rowan Accounting Learning
COMPLETED    | 21 August 2025
CREDITS      | 2.5 CPE
FIELD        | Accounting
FORMAT       | Self-study (QAS)
CERTIFICATE  | RAL-DTA-250821-3
LEARNER      | Mateo Ferreira
""",
        title="Deferred Tax Assets: Valuation Allowances in Practice",
        sponsor="Rowan Accounting Learning",
        date="2025-08-21",
        hours=2.5,
        field="Accounting",
        number="RAL-DTA-250821-3",
        method=QAS,
    ),
    Certificate(
        "two_checkbox_lists_side_by_side_under_their_captions",
        """
# CPE Attendance Certificate
Sponsor: Foxglove Audit Network
Course: Auditing Leases Under ASC 842
Date attended: 06/05/2025
CPE hours: 2.0
Certificate no.: FAN-0605-1290

FIELD OF STUDY                 DELIVERY METHOD
[ ] Accounting                 [ ] Group Live
[x] Auditing                   [x] Group Internet Based
[ ] Taxes                      [ ] QAS Self Study
""",
        title="Auditing Leases Under ASC 842",
        sponsor="Foxglove Audit Network",
        date="2025-06-05",
        hours=2.0,
        field="Auditing",
        number="FAN-0605-1290",
        method=GIB,
    ),
    Certificate(
        "table_under_a_spanning_caption_with_a_totals_row",
        """
# Certificate of Completion
Brambleton Society of Accountants

COURSE DETAILS
Title                                   Date          Credits    Field
Fraud Detection in Payroll Systems      03/18/2025    2.0        Auditing
TOTAL                                                 2.0

Method: Group Internet Based (webcast)
Certificate: BSA-0318-FRD-06      Participant: Ingrid Solberg
""",
        title="Fraud Detection in Payroll Systems",
        sponsor="Brambleton Society of Accountants",
        date="2025-03-18",
        hours=2.0,
        field="Auditing",
        number="BSA-0318-FRD-06",
        method=GIB,
    ),
    Certificate(
        "bar_separated_header_and_row_title_wrapped_in_its_cell",
        """
Certificate of Completion - Larkspur Professional Education

Course Title                        | Date       | Hours | Field    | Format
Partnership Allocations Workshop:   | 09/15/2025 | 4.0   | Taxes    | Live
Special Allocations and 704(b)      |            |       |          |

Awarded to Oskar Lindgren. Certificate LPE-0915-4410.
""",
        title="Partnership Allocations Workshop: Special Allocations and 704(b)",
        sponsor="Larkspur Professional Education",
        date="2025-09-15",
        hours=4.0,
        field="Taxes",
        number="LPE-0915-4410",
        method=LIVE,
    ),
    Certificate(
        "number_and_completion_stacked_at_the_top_right",
        """
                                                        No.        004-2219
                                                        Completed  02/14/2025
# Certificate of Completion
> Juniper Ridge Institute of Accountancy
> certifies that Samira Haddad completed
> Analytical Procedures for Audit Planning
> for 3.0 CPE credits in Auditing, delivered as a live webinar.
""",
        title="Analytical Procedures for Audit Planning",
        sponsor="Juniper Ridge Institute of Accountancy",
        date="2025-02-14",
        hours=3.0,
        field="Auditing",
        number="004-2219",
        method=GIB,
    ),
    Certificate(
        "parenthesised_captions_under_their_values",
        """
# Certificate of Attendance

Jorge Silva, EA
(Participant)

Tax Ethics for Enrolled Agents: Circular 230 Refresher
(Course Title)

Pinecrest Tax Education          2.0                 Regulatory Ethics
(Sponsor)                        (CPE Hours)         (Field of Study)

October 8, 2025                  Group Internet Based
(Date)                           (Delivery Method)
""",
        title="Tax Ethics for Enrolled Agents: Circular 230 Refresher",
        sponsor="Pinecrest Tax Education",
        date="2025-10-08",
        hours=2.0,
        field="Regulatory Ethics",
        number=None,
        method=GIB,
    ),
    Certificate(
        "centred_captions_over_centred_values",
        """
# Certificate of Completion

                    Presented to
                  Whitney Alvarez

                      Course
  Fraud Examination Essentials for Nonprofit Boards

                     Provider
          Clearwater Fraud Examiners Academy

                       Date
                  November 4, 2025

                      Credits
                   3 CPE (Auditing)

                      Format
                Group Internet Based
""",
        title="Fraud Examination Essentials for Nonprofit Boards",
        sponsor="Clearwater Fraud Examiners Academy",
        date="2025-11-04",
        hours=3.0,
        field="Auditing",
        number=None,
        method=GIB,
    ),
    Certificate(
        "badge_with_skill_tags_and_a_verify_footer",
        """
Bellhaven Learning                                                   Page 1 of 1

DIGITAL CREDENTIAL
Advanced Excel for Auditors: Lookup and Dynamic Arrays

Skills:  [Excel]  [Data Analytics]  [Audit]
Issued to: Kofi Mensah      Issued: 27 Jan 2025      Credential ID: BHL-XL-25-0127-9
CPE: 2.0  |  Field of Study: Computer Software & Applications  |  On-demand (QAS)

Verify: https://bellhaven.example/verify/BHL-XL-25-0127-9
""",
        title="Advanced Excel for Auditors: Lookup and Dynamic Arrays",
        sponsor="Bellhaven Learning",
        date="2025-01-27",
        hours=2.0,
        field="Computer Software & Applications",
        number="BHL-XL-25-0127-9",
        method=QAS,
    ),
    Certificate(
        "address_block_bottom_left_signature_bottom_right",
        """
# Certificate of Completion

This certifies that Noah Bergstrom completed the program
Going Concern Evaluations Under AU-C 570
on July 22, 2025 and earned 2.0 CPE credits in Auditing (Group Live).
Certificate number SAS-0722-570-18.

Stonebridge Audit Society                        ______________________________
1200 Granite Street                              Helen Marsh, Program Chair
Concord, NH 03301                                July 23, 2025
""",
        title="Going Concern Evaluations Under AU-C 570",
        sponsor="Stonebridge Audit Society",
        date="2025-07-22",
        hours=2.0,
        field="Auditing",
        number="SAS-0722-570-18",
        method=LIVE,
    ),
    # ---------------------------------------------------------------- batch 7
    Certificate(
        "captions_over_values_between_double_rules",
        """
# Certificate of Completion
Quarry Hill Tax Institute

==========================================   ============   ================
 COURSE                                        CPE HOURS      COMPLETED
 Form 990 Preparation for Exempt Entities      4.0            2025-05-08
==========================================   ============   ================
 FIELD OF STUDY             DELIVERY                  CERTIFICATE
 Taxes                      Group Internet Based      QHTI-990-0508-14
==========================================   ============   ================
""",
        title="Form 990 Preparation for Exempt Entities",
        sponsor="Quarry Hill Tax Institute",
        date="2025-05-08",
        hours=4.0,
        field="Taxes",
        number="QHTI-990-0508-14",
        method=GIB,
    ),
    Certificate(
        "a_program_table_then_a_credit_table",
        """
# Statement of Attendance
Oakhurst University Continuing Education

Program                                        Session dates
Nonprofit Boards: Financial Oversight Basics   April 2-3, 2025

Credit type        Amount      Field of study
CPE                12.0        Specialized Knowledge
CEU                1.2

Format: Classroom (Oakhurst campus)      Record: OUCE-25-0403-119
""",
        title="Nonprofit Boards: Financial Oversight Basics",
        sponsor="Oakhurst University Continuing Education",
        date="2025-04-03",
        hours=12.0,
        field="Specialized Knowledge",
        number="OUCE-25-0403-119",
        method=LIVE,
    ),
    Certificate(
        "right_aligned_colon_labels_left_and_plain_labels_right",
        """
# Certificate of Completion
Saltmarsh Accounting Academy

     Participant:  Rhea Kapoor                 Credits     1.0 CPE
          Course:  Audit Committee Essentials  Field       Auditing
       Completed:  May 5, 2025                 Delivery    Webcast
    Certificate:   SAA-0505-ACE-2              Level       Basic
""",
        title="Audit Committee Essentials",
        sponsor="Saltmarsh Accounting Academy",
        date="2025-05-05",
        hours=1.0,
        field="Auditing",
        number="SAA-0505-ACE-2",
        method=GIB,
    ),
    Certificate(
        "two_sections_side_by_side_with_labels_inside",
        """
# CPE Certificate

PROGRAM                                          CREDIT
Title: Leading Remote Audit Teams                Hours: 1.5
Date: 09/30/2025                                 Field: Personal Development
Sponsor: Riverside CPE Partners                  Delivery: Group Internet Based

PARTICIPANT                                      CERTIFICATE
Name: Fatima Zahra                               Number: RCP-0930-LRT-77
""",
        title="Leading Remote Audit Teams",
        sponsor="Riverside CPE Partners",
        date="2025-09-30",
        hours=1.5,
        field="Personal Development",
        number="RCP-0930-LRT-77",
        method=GIB,
    ),
    Certificate(
        "id_in_a_generated_footer_sponsor_in_the_header",
        """
Wexford Finance Academy                                                 Page 1 of 1

# Certificate of Completion

Presented to Lars Eriksen for completing Treasury Cash Forecasting Fundamentals,
a self-study program of 3 CPE credits in Finance, on 10/17/2025.

Generated 2025-10-17 14:03 | ID WFA-TCF-1017-5 | Verify at wexford.example/verify
""",
        title="Treasury Cash Forecasting Fundamentals",
        sponsor="Wexford Finance Academy",
        date="2025-10-17",
        hours=3.0,
        field="Finance",
        number="WFA-TCF-1017-5",
        method=QAS,
    ),
    Certificate(
        "radio_marks_as_letter_o_for_the_method_chosen",
        """
# Course Completion
Sponsor: Millbrook CPE Cooperative
Course: Year-End Payroll Reporting for Small Businesses
Completed: 12/10/2025
Credit: 2.0 CPE, Taxes
Certificate #: MCC-1210-YEP

Delivery method:  (o) Group Live   ( ) Group Internet Based   ( ) QAS Self Study
""",
        title="Year-End Payroll Reporting for Small Businesses",
        sponsor="Millbrook CPE Cooperative",
        date="2025-12-10",
        hours=2.0,
        field="Taxes",
        number="MCC-1210-YEP",
        method=LIVE,
    ),
    Certificate(
        "headings_wrapped_over_three_lines_over_one_row",
        """
# Certificate of Completion
Presented by Glenrock Society of CPAs

                                       Date of       Recommended     Field
Program                                Completion    CPE             of
                                                     Credits         Study
Revenue Recognition for Contractors    03/11/2025    3.0             Accounting

Delivery method: Group Live     Certificate number: GSC-0311-RRC-5
""",
        title="Revenue Recognition for Contractors",
        sponsor="Glenrock Society of CPAs",
        date="2025-03-11",
        hours=3.0,
        field="Accounting",
        number="GSC-0311-RRC-5",
        method=LIVE,
    ),
    Certificate(
        "narrow_table_with_right_aligned_colon_labels_and_a_long_wrapped_title",
        """
# Certificate of Completion
Kittering Professional Learning

       COURSE:  Managing Engagement Risk in Small
                Firms: Acceptance, Continuance and
                Withdrawal Decisions
     SESSION:  Live virtual classroom
        DATE:  07/29/2025
      CREDIT:  3.5 CPE hours
       FIELD:  Auditing
   CERT. NO.:  KPL-0729-MER-3
""",
        title=(
            "Managing Engagement Risk in Small Firms: Acceptance, Continuance and "
            "Withdrawal Decisions"
        ),
        sponsor="Kittering Professional Learning",
        date="2025-07-29",
        hours=3.5,
        field="Auditing",
        number="KPL-0729-MER-3",
        method=GIB,
    ),
    # ---------------------------------------------------------------- batch 8
    Certificate(
        "values_left_captions_flush_right_on_the_same_line",
        """
# Certificate of Completion

Dominic Reyes                                                     participant
Accounting for Cloud Computing Arrangements                            course
Pillar Point CPE                                                     provider
September 3, 2025                                                   completed
1.5 CPE                                                               credits
Accounting                                                     field of study
Group Internet Based                                          delivery method
PPC-0903-CCA-41                                                   certificate
""",
        title="Accounting for Cloud Computing Arrangements",
        sponsor="Pillar Point CPE",
        date="2025-09-03",
        hours=1.5,
        field="Accounting",
        number="PPC-0903-CCA-41",
        method=GIB,
    ),
    Certificate(
        "header_band_with_number_and_issue_date_body_with_completion",
        """
CPE CERTIFICATE  |  No. 55012  |  Issued 04/02/2025

# Redfern Institute of Taxation

> Jonah Whitfield, EA
> completed the webcast
> International Information Reporting: Forms 5471 and 8865
> on March 31, 2025 for 2.0 CPE credits (Taxes).
""",
        title="International Information Reporting: Forms 5471 and 8865",
        sponsor="Redfern Institute of Taxation",
        date="2025-03-31",
        hours=2.0,
        field="Taxes",
        number="55012",
        method=GIB,
    ),
    Certificate(
        "wide_spaced_boxes_with_options_wrapping_onto_a_second_line",
        """
# CPE Verification Form
Provider: Lantern Hill Accounting Education
Course: Consolidations and Noncontrolling Interests
Date: 01/28/2025          Credits: 8.0          Certificate: LHAE-0128-CNI

Field of study:
[   ] Auditing        [  X  ] Accounting        [   ] Taxes
[   ] Specialized Knowledge

Delivery method:
[  X  ] Group Live    [   ] Group Internet Based
[   ] QAS Self Study  [   ] Blended Learning
""",
        title="Consolidations and Noncontrolling Interests",
        sponsor="Lantern Hill Accounting Education",
        date="2025-01-28",
        hours=8.0,
        field="Accounting",
        number="LHAE-0128-CNI",
        method=LIVE,
    ),
    Certificate(
        "three_by_three_grid_of_captions_over_values_without_blank_lines",
        """
# Certificate of Attendance
PARTICIPANT                 PROGRAM                              DATE
Yara Haddad                 Municipal Bond Disclosure Update     06/19/2025
SPONSOR                     CPE                                  FIELD
Cityline Public Finance     2.5                                  Finance
FORMAT                      CERTIFICATE                          LICENSE
Webinar                     CPF-0619-MBD-3                       NY 0931177
""",
        title="Municipal Bond Disclosure Update",
        sponsor="Cityline Public Finance",
        date="2025-06-19",
        hours=2.5,
        field="Finance",
        number="CPF-0619-MBD-3",
        method=GIB,
    ),
    Certificate(
        "outline_with_lettered_labels_under_numbered_sections",
        """
# Continuing Education Record
Harrowgate Society of Accountants

1. Program
   a. Title: Internal Control Over Financial Reporting for Small Issuers
   b. Date held: 08/07/2025
   c. Format: In-person (Harrowgate Conference Center)
2. Credit
   a. CPE hours: 4.0
   b. Field of study: Auditing
3. Record
   a. Certificate number: HSA-0807-ICFR-22
   b. Attendee: Camille Duval
""",
        title="Internal Control Over Financial Reporting for Small Issuers",
        sponsor="Harrowgate Society of Accountants",
        date="2025-08-07",
        hours=4.0,
        field="Auditing",
        number="HSA-0807-ICFR-22",
        method=LIVE,
    ),
    Certificate(
        "tear_off_stub_repeating_the_number_and_credits",
        """
# Certificate of Attendance
> Bluff City Accounting Conference 2025
> Presented by the Riverbend Chapter of Accountants

Attendee: Odette Moreau            Dates: October 20-21, 2025
Total CPE credits: 14.0            Fields: Accounting; Auditing
Delivery: Group Live               Certificate: BCAC25-0417

- - - - - - - - - - - - - - - - cut here - - - - - - - - - - - - - - - -

ATTENDEE STUB    BCAC25-0417    14.0 CPE    Odette Moreau    Keep for your records
""",
        title="Bluff City Accounting Conference 2025",
        sponsor="Riverbend Chapter of Accountants",
        date="2025-10-21",
        hours=14.0,
        field="Accounting; Auditing",
        number="BCAC25-0417",
        method=LIVE,
    ),
    Certificate(
        "one_row_table_with_a_date_range_in_its_date_cell",
        """
# Certificate of Completion
Tall Pines Governmental Accounting Academy

Course                                  Dates              Hours    Field
GASB Update and Single Audit Clinic     11/03-11/05/2025   24.0     Accounting (Governmental)

Method: Group Live (Boise, ID)        Certificate: TPGA-1105-GUS-8
Attendee: Wendell Price
""",
        title="GASB Update and Single Audit Clinic",
        sponsor="Tall Pines Governmental Accounting Academy",
        date="2025-11-05",
        hours=24.0,
        field="Accounting (Governmental)",
        number="TPGA-1105-GUS-8",
        method=LIVE,
    ),
    Certificate(
        "footer_in_two_columns_sponsor_left_registry_right_signature_between",
        """
# Certificate of Completion

Awarded to Priscilla Nakashima for completing the on-demand course
Data Privacy Compliance for Accounting Firms
Completed: 02/06/2025      CPE credits: 1.0      Field: Information Technology
Certificate ID: SLA-DP-0206-11

                         ______________________
                         Course Administrator
Sunlake Academy                                      NASBA Sponsor 150223
2200 Lakeshore Blvd, Madison, WI                     QAS Sponsor 150223
""",
        title="Data Privacy Compliance for Accounting Firms",
        sponsor="Sunlake Academy",
        date="2025-02-06",
        hours=1.0,
        field="Information Technology",
        number="SLA-DP-0206-11",
        method=QAS,
    ),
]
