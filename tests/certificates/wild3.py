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
]
