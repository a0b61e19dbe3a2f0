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
]
