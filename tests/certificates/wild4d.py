"""Tuning certificates written as whole documents, end to end, in the look of the
senders accountants actually get them from: national self-study and webinar
platforms, big firms' internal learning systems, state CPA societies, universities'
executive education, tax-software vendors' user conferences, IRS continuing
education for enrolled agents, CLE certificates that also grant CPE, banking and
insurance associations, and CPD certificates from the UK, Canada and Australia that
a US CPA also claims.

Each is a complete page (15-40 lines) with what real ones carry around the facts:
headings in capitals or letter-spaced, a logo's alt text, accreditation paragraphs,
QR-code captions, verification URLs and codes, learning objectives, instructor bios,
signature blocks, addresses, licence and bar numbers, other bodies' credits and long
legal boilerplate. Where each fact sits varies from one to the next.

Conventions as in wild3.py: several fields of study are kept as printed; a course
code, program or event number, an IRS program number, an order number or a sponsor
number is not the certificate's number (a certificate, record, reference or
verification code is); CPD or CLE hours are not the CPE hours when a CPE figure is
printed; a value printed in capitals is copied as printed.

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

WILD4D = [
    # ---------------------------------------------------------------- batch 1
    Certificate(
        "self_study_platform_objectives_exam_score_and_verify_url",
        """
[Logo: Beaconridge CPE - Learn. Earn. Advance.]

# CERTIFICATE OF COMPLETION
> Beaconridge CPE certifies that
> ANITA DESHMUKH, CPA
> has successfully completed the QAS self-study course
> Revenue Recognition for SaaS Contracts: Variable Consideration

Completion date: Oct 7, 2025              Final exam score: 88%
CPE credit: 3.0 hours                     Field of study: Accounting
Course ID: BRC-ACC-4471                   Certificate ID: BRC-2510-0077315
Program level: Intermediate               Prerequisites: None
Delivery method: QAS Self-Study           Advance preparation: None

Learning objectives
  - Identify variable consideration in subscription and usage-based arrangements
  - Apply the constraint on variable consideration under ASC 606
  - Recognize the disclosure requirements for contract balances

~ Beaconridge CPE is registered with the National Association of State Boards of \
Accountancy (NASBA) as a sponsor of continuing professional education on the National \
Registry of CPE Sponsors. State boards of accountancy have final authority on the \
acceptance of individual courses for CPE credit. Complaints regarding registered sponsors \
may be submitted to the National Registry of CPE Sponsors through its website: \
www.nasbaregistry.org. Sponsor ID 118804. Beaconridge CPE is registered with NASBA as a QAS \
Self Study sponsor, QAS ID 009921.

Verify this certificate at beaconridgecpe.example/verify
""",
        title="Revenue Recognition for SaaS Contracts: Variable Consideration",
        sponsor="Beaconridge CPE",
        date="2025-10-07",
        hours=3.0,
        field="Accounting",
        number="BRC-2510-0077315",
        method=QAS,
    ),
    Certificate(
        "firm_learning_hub_record_with_activity_code_and_credit_table",
        """
Marlow Pierce LLP  |  Learning & Development  |  learninghub.marlowpierce.example

CERTIFICATE OF CPE COMPLETION

Participant: Thomas Reyes (Employee ID 0048213)      Office: Denver      Level: Senior Associate
Learning activity: FY26 Audit Readiness: Risk Assessment Under SAS 145
Activity code: AUD-FY26-145-V            Session: VC-0912-B (virtual classroom)
Session dates: 09/10/2025 - 09/11/2025
Instructors: Dana Whitfield, CPA, Partner; Luis Ortega, CPA, Senior Manager

CPE credits by field of study
  Auditing                      6.5
  Total                         6.5

Delivery method: Group Internet Based
Completion record no.: 2025-LMS-8830147
Recorded in Learning Hub on 09/15/2025 by National Learning Operations

~ Marlow Pierce LLP is registered with the National Association of State Boards of \
Accountancy (NASBA) as a sponsor of continuing professional education on the National \
Registry of CPE Sponsors, Sponsor ID 103377. State boards of accountancy have final \
authority on the acceptance of individual courses for CPE credit.
~ This record is generated automatically and requires no signature. Keep it for at least \
five years. Questions: cpe-help@marlowpierce.example
""",
        title="FY26 Audit Readiness: Risk Assessment Under SAS 145",
        sponsor="Marlow Pierce LLP",
        date="2025-09-11",
        hours=6.5,
        field="Auditing",
        number="2025-LMS-8830147",
        method=GIB,
    ),
    Certificate(
        "state_society_letter_spaced_heading_and_logo_alt_text",
        """
[image: Keystone Society of CPAs logo]

# C E R T I F I C A T E   O F   A T T E N D A N C E
> THE KEYSTONE SOCIETY OF CERTIFIED PUBLIC ACCOUNTANTS
> hereby certifies that
> MICHAEL J. O'BRIEN
> attended the
# 2025 GOVERNMENTAL AUDITING CONFERENCE
> held November 6-7, 2025 at the Harrisburg Convention Center, Harrisburg, Pennsylvania

CPE CREDIT EARNED: 15.0 HOURS
FIELD OF STUDY: AUDITING (GOVERNMENTAL)
INSTRUCTIONAL METHOD: GROUP LIVE
PROGRAM LEVEL: UPDATE
EVENT CODE: GAC25-1106

______________________________            ______________________________
Executive Director                        Director, Professional Development

~ The Keystone Society of Certified Public Accountants is registered with the National \
Association of State Boards of Accountancy (NASBA) as a sponsor of continuing professional \
education on the National Registry of CPE Sponsors, Sponsor #100458. This program also \
meets the Yellow Book (GAGAS) requirement for 15.0 hours of governmental CPE.
~ Retain this certificate for at least five years from the date of the program.
""",
        title="2025 GOVERNMENTAL AUDITING CONFERENCE",
        sponsor="The Keystone Society of Certified Public Accountants",
        date="2025-11-07",
        hours=15.0,
        field="Auditing (Governmental)",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "university_executive_education_contact_hours_ceus_and_faculty_bio",
        """
NORTHFIELD UNIVERSITY
School of Business  |  Executive Education

Certificate of Participation

This is to certify that
Sarah Lindqvist
participated in the open-enrollment program

Strategic Finance for Nonprofit Leaders

October 20-22, 2025  |  Northfield Campus, Hollis Conference Center, Room 210

Contact hours: 18        Continuing Education Units (CEUs): 1.8
CPE credit: 21.5 (50-minute hour)    Field of study: Finance    Delivery method: Group Live

Faculty
Prof. Helen Marsh, PhD, CPA, is Professor of Accounting at Northfield University, where she \
teaches nonprofit finance and directs the Center for Mission-Driven Organizations. She \
served for twelve years as chief financial officer of a regional health foundation.

________________________                  ________________________
Dean, School of Business                  Director, Executive Education

~ Northfield University is registered with the National Association of State Boards of \
Accountancy (NASBA) as a sponsor of continuing professional education on the National \
Registry of CPE Sponsors, Sponsor No. 138221. State boards of accountancy have final \
authority on the acceptance of individual courses for CPE credit.
Certificate no. NU-EE-25-0419
""",
        title="Strategic Finance for Nonprofit Leaders",
        sponsor="Northfield University",
        date="2025-10-22",
        hours=21.5,
        field="Finance",
        number="NU-EE-25-0419",
        method=LIVE,
    ),
    Certificate(
        "software_user_conference_transcript_with_irs_and_ctec_columns",
        """
LEDGERLINE TAX USER CONFERENCE 2025  |  Las Vegas, NV  |  August 18-20, 2025
Continuing Education Transcript

Attendee: Rosa Delgado, EA, CPA          Badge #: 40218          PTIN: P01234567
Firm: Delgado Tax & Accounting, Henderson, NV

Date          Session                                             CPE     IRS CE    CTEC
08/18/2025    What's New in Ledgerline Tax 2025                   1.0     --        --
08/18/2025    Partnership Basis Worksheets Deep Dive              2.0     2.0       2.0
08/19/2025    Form 7203 and S Corporation Shareholder Basis       2.0     2.0       2.0
08/19/2025    Automating Workpapers with Ledgerline Connect       1.5     --        --
08/20/2025    Circular 230 Refresher for Preparers                2.0     2.0       2.0
              Total                                               8.5     6.0       6.0

Fields of study: Taxes 4.0; Regulatory Ethics 2.0; Computer Software & Applications 2.5
Delivery method: Group Live
Provider: Ledgerline Software, Inc.  NASBA Sponsor #145220  |  IRS Approved CE Provider YW4QZ
CTEC Approved Provider #6281
Transcript ID: LTUC25-40218

~ IRS CE credits have been reported to the IRS under the PTIN above. CTEC credits are \
reported to CTEC within 10 business days. Ledgerline Software, Inc. is registered with NASBA \
as a sponsor of continuing professional education on the National Registry of CPE Sponsors.
""",
        title="LEDGERLINE TAX USER CONFERENCE 2025",
        sponsor="Ledgerline Software, Inc.",
        date="2025-08-20",
        hours=8.5,
        field="Taxes 4.0; Regulatory Ethics 2.0; Computer Software & Applications 2.5",
        number="LTUC25-40218",
        method=LIVE,
    ),
    Certificate(
        "irs_approved_provider_ea_certificate_with_program_number_and_cpe",
        """
[seal: IRS Approved Continuing Education Provider]

GULFSTREAM TAX ACADEMY
Certificate of Completion

Participant name: Kevin Tran, EA                 PTIN: P00987654
Enrollment no. (Enrolled Agent): 00123456

Program title: Reporting Digital Asset Transactions on Forms 1099-DA and 8949
IRS program number: G7QXW-T-00481-25-O
Date program completed: 11/03/2025
Program format: Online self-study (interactive)
CE credit hours awarded:
    Federal tax law (T)    2
NASBA CPE credit: 2.4     Field of study: Taxes     Delivery method: QAS Self Study

Gulfstream Tax Academy, IRS Provider No. G7QXW, reported this completion to the IRS on \
11/05/2025.
Certificate no.: GTA-25-110303

~ Enrolled agents must retain records of their continuing education for four years \
(Circular 230 \xa710.6(e)). Gulfstream Tax Academy is registered with the National \
Association of State Boards of Accountancy (NASBA) as a sponsor of continuing professional \
education on the National Registry of CPE Sponsors and as a QAS Self Study sponsor.
""",
        title="Reporting Digital Asset Transactions on Forms 1099-DA and 8949",
        sponsor="Gulfstream Tax Academy",
        date="2025-11-03",
        hours=2.4,
        field="Taxes",
        number="GTA-25-110303",
        method=QAS,
    ),
    Certificate(
        "cle_certificate_of_attendance_that_also_grants_cpe",
        """
# CERTIFICATE OF ATTENDANCE
Cascade Legal & Accounting Institute
Continuing Legal Education  |  Continuing Professional Education

Program: Estate Planning After the 2026 Sunset: Portability, Trusts and Gifts
Date: Thursday, September 25, 2025          Location: Live webcast (Zoom)
Attendee: Jonathan Ames, JD, CPA            WSBA No. 48211      CPA License No. 30119

Credit approved or applied for:
  Washington MCLE     2.0 Law & Legal     0.5 Ethics      Activity ID 1187345
  Oregon MCLE         2.5 General                         Accreditation pending
  CPE (NASBA)         3.0 Taxes                           Group Internet Based

Attorneys: report your own attendance to your bar within 30 days. The sign-in code \
announced during the program was 7741.

I certify that I attended the program above for the time shown.
Attendee signature ______________________        Date ____________

~ Cascade Legal & Accounting Institute is registered with the National Association of \
State Boards of Accountancy (NASBA) as a sponsor of continuing professional education on \
the National Registry of CPE Sponsors, Sponsor ID 140981. CPE credits have been granted \
based on a 50-minute hour.
""",
        title="Estate Planning After the 2026 Sunset: Portability, Trusts and Gifts",
        sponsor="Cascade Legal & Accounting Institute",
        date="2025-09-25",
        hours=3.0,
        field="Taxes",
        number=None,
        method=GIB,
    ),
    Certificate(
        "bankers_association_workshop_with_other_certifications_credits",
        """
[Logo alt text: Heartland Bankers Association]

HEARTLAND BANKERS ASSOCIATION
Center for Financial Education

This certifies that
Patricia Nguyen, CPA, CRCM
of First Prairie Bank, Wichita, Kansas
has completed the
BSA/AML Risk Assessment Workshop for Community Banks
a live virtual workshop presented Tuesday, June 17, 2025

CPE: 6.0 hours  |  Field of study: Specialized Knowledge  |  Group Internet Based
CRCM and CAMS continuing education: 6.0 credits
Program No. HBA-25-0617-BSA

Lorraine Whitcomb
President & CEO

~ Heartland Bankers Association is registered with the National Association of State \
Boards of Accountancy (NASBA) as a sponsor of continuing professional education on the \
National Registry of CPE Sponsors, Sponsor ID 113509. State boards of accountancy have final \
authority on the acceptance of individual courses for CPE credit.
~ 610 SW Harrison Street, Topeka, KS 66603  |  heartlandbankers.example  |  (785) 555-0142
""",
        title="BSA/AML Risk Assessment Workshop for Community Banks",
        sponsor="Heartland Bankers Association",
        date="2025-06-17",
        hours=6.0,
        field="Specialized Knowledge",
        number=None,
        method=GIB,
    ),
    Certificate(
        "uk_cpd_certificate_with_duration_reference_and_company_footer",
        """
[Logo: Thamesgate Professional Training]

# CPD CERTIFICATE
> This is to confirm that
> Eleanor Whitfield ACA
> attended the following live online course

Leases Under IFRS 16: Sale and Leaseback in Practice

Date: 14th October 2025
Duration: 3 hours 30 minutes
CPD hours: 3.5 (verifiable)
Format: Live webinar, delivered via Microsoft Teams
Presenter: Richard Haynes FCA

Learning outcomes: after the course delegates will be able to account for a sale and \
leaseback under IFRS 16, measure the right-of-use asset retained, and explain the 2022 \
amendments on variable lease payments.

Recording your CPD: ICAEW members should record this activity in their CPD record together \
with a reflection on how the learning will be applied.

Certificate reference: TPT/25/10/1437

Thamesgate Professional Training Ltd
~ Registered in England and Wales No. 07654321  |  VAT No. GB 123 4567 89  |  20 Fenchurch \
Street, London EC3M 3BY  |  www.thamesgatetraining.example
""",
        title="Leases Under IFRS 16: Sale and Leaseback in Practice",
        sponsor="Thamesgate Professional Training Ltd",
        date="2025-10-14",
        hours=3.5,
        field=None,
        number="TPT/25/10/1437",
        method=GIB,
    ),
    Certificate(
        "canadian_bilingual_cpd_certificate_with_competency_area",
        """
NORTHERN LIGHTS CPA LEARNING CENTRE
CENTRE DE FORMATION NORTHERN LIGHTS

Certificate of Completion / Attestation de r\xe9ussite

Name / Nom: Daniel Kowalski, CPA, CA
Course / Cours: Canadian Tax Update for Cross-Border Individuals
Date: 2025-11-12
Verifiable CPD hours / Heures de DPC v\xe9rifiables: 7.0
Competency area / Domaine de comp\xe9tence: Taxation
Delivery / Mode de prestation: Virtual classroom / Classe virtuelle
Certificate number / Num\xe9ro d'attestation: NLC-2025-03318

Members of CPA provincial bodies may report these hours as verifiable CPD. Members of other \
bodies should consult their own requirements.
Les membres des ordres provinciaux peuvent d\xe9clarer ces heures comme DPC v\xe9rifiable.

Northern Lights CPA Learning Centre  |  300 - 5th Avenue SW, Calgary, AB T2P 3C4
""",
        title="Canadian Tax Update for Cross-Border Individuals",
        sponsor="Northern Lights CPA Learning Centre",
        date="2025-11-12",
        hours=7.0,
        field="Taxes",
        number="NLC-2025-03318",
        method=GIB,
    ),
    Certificate(
        "aicpa_style_centred_certificate_with_qr_caption_and_order_number",
        """
# Certificate of Completion
> This certifies that
> Grace Holloway
> has successfully completed
> Not-for-Profit Financial Reporting: Net Assets and Liquidity Disclosures
> on August 28, 2025
> and is awarded 4 CPE credits

Field of Study: Accounting          Delivery Method: Group Internet Based (webcast)
Program Level: Intermediate         Instructor: Marcus Bell, CPA, CGMA

Liberty Square Institute of CPAs

_________________________                 _________________________
Vice President, Learning                  Director, CPE Compliance

[QR code]  Scan the QR code to verify this certificate
Verification code: LSI-QX73-2285           Order #: W-8842301

~ In accordance with the standards of the National Registry of CPE Sponsors, CPE credits \
have been granted based on a 50-minute hour. Liberty Square Institute of CPAs is registered \
with the National Association of State Boards of Accountancy (NASBA) as a sponsor of \
continuing professional education on the National Registry of CPE Sponsors, Sponsor ID \
100042. Complaints regarding registered sponsors may be submitted to the National Registry \
of CPE Sponsors through its website: www.nasbaregistry.org.
""",
        title="Not-for-Profit Financial Reporting: Net Assets and Liquidity Disclosures",
        sponsor="Liberty Square Institute of CPAs",
        date="2025-08-28",
        hours=4.0,
        field="Accounting",
        number="LSI-QX73-2285",
        method=GIB,
    ),
    # ---------------------------------------------------------------- batch 2
    Certificate(
        "webinar_platform_caps_certificate_with_polling_and_live_event_date",
        """
CPE NOW LIVE  |  Webinars for Accounting Professionals

# CERTIFICATE OF ATTENDANCE

THIS IS TO CERTIFY THAT
JORGE ALVAREZ
ATTENDED THE LIVE WEBINAR

"PAYROLL TAX COMPLIANCE FOR MULTISTATE EMPLOYERS"

DATE OF LIVE EVENT: TUESDAY, NOVEMBER 18, 2025, 1:00 PM - 2:40 PM ET
POLLING QUESTIONS ANSWERED: 4 OF 4
CPE CREDITS: 2.0
FIELD OF STUDY: TAXES
DELIVERY METHOD: GROUP INTERNET-BASED
PRESENTER: ANGELA FORD, CPA, MST

Certificate #: CNL-1118-204873

~ CPE Now Live, Inc. is registered with the National Association of State Boards of \
Accountancy (NASBA) as a sponsor of continuing professional education on the National \
Registry of CPE Sponsors. State boards of accountancy have final authority on the acceptance \
of individual courses for CPE credit. Complaints regarding registered sponsors may be \
submitted to the National Registry of CPE Sponsors through its website: \
www.nasbaregistry.org. NASBA Sponsor ID: 139012.
~ CPE Now Live, Inc.  |  1200 Market Street, Suite 400, St. Louis, MO 63103  |  \
support@cpenowlive.example
""",
        title="PAYROLL TAX COMPLIANCE FOR MULTISTATE EMPLOYERS",
        sponsor="CPE Now Live, Inc.",
        date="2025-11-18",
        hours=2.0,
        field="Taxes",
        number="CNL-1118-204873",
        method=GIB,
    ),
    Certificate(
        "australian_cpd_record_with_activity_type_and_abn_footer",
        """
[Logo: Southern Cross Accounting Education]

Certificate of Attendance

Presented to
Liam O'Connor CPA
Member No. 2219845

for attending

Audit Quality in Smaller Practices: ASQM 1 in the First Year

on 3 November 2025, delivered live online

CPD hours: 2
Activity type: Formal (structured) learning
Presenter: Dr Fiona Leung FCPA

Southern Cross Accounting Education Pty Ltd
~ ABN 41 123 456 789  |  Level 12, 90 Collins Street, Melbourne VIC 3000  |  \
www.southerncrossaccounting.example
~ Professional bodies' CPD requirements differ. Keep this certificate as evidence of your \
attendance for at least three years.
""",
        title="Audit Quality in Smaller Practices: ASQM 1 in the First Year",
        sponsor="Southern Cross Accounting Education Pty Ltd",
        date="2025-11-03",
        hours=2.0,
        field=None,
        number=None,
        method=GIB,
    ),
    Certificate(
        "insurance_accounting_association_seminar_with_other_designations",
        """
GREAT LAKES INSURANCE ACCOUNTING ASSOCIATION

2025 Statutory Accounting Seminar
October 8-10, 2025  |  Hyatt Regency, Columbus, Ohio

CERTIFICATE OF CONTINUING EDUCATION

Participant                          Company
Naomi Feldman, CPA, FLMI             Buckeye Mutual Insurance Company

CPE hours (NASBA): 18.5              Field of study: Accounting
CPCU and FLMI credit hours: 15       Delivery method: Group Live
Program level: Intermediate          Prerequisites: None

Sessions attended: Statutory vs. GAAP Reporting; Risk-Based Capital Update; Reserve \
Adequacy Testing; Annual Statement Blanks and Instructions; IT General Controls for Insurers

Authorized by
Catherine Morrow, Education Chair

~ Great Lakes Insurance Accounting Association is registered with the National \
Association of State Boards of Accountancy (NASBA) as a sponsor of continuing professional \
education on the National Registry of CPE Sponsors. NASBA Sponsor No. 122870.
""",
        title="2025 Statutory Accounting Seminar",
        sponsor="Great Lakes Insurance Accounting Association",
        date="2025-10-10",
        hours=18.5,
        field="Accounting",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "firm_self_study_certificate_generated_stamp_and_employee_numbers",
        """
Ashby Kerr & Lund LLP
Certificate of Completion

Name: Priyanka Shah              Employee no.: 77120          Learner GUID: 8f2c1a90-44e1
Course number: TAX-SS-2231
Course: Section 174 Research and Experimental Expenditures: Capitalization in Practice
Completion date: 2025-12-01
CPE hours by field of study: Taxes 2.5
Delivery method: QAS Self Study (NASBA QAS)
Final assessment: passed (80% required)

This course was developed and delivered by Ashby Kerr & Lund LLP, National Tax Learning.

~ Ashby Kerr & Lund LLP is registered with the National Association of State Boards of \
Accountancy (NASBA) as a sponsor of continuing professional education on the National \
Registry of CPE Sponsors and as a Quality Assurance Service (QAS) sponsor of group live, \
group internet based and self study CPE. NASBA sponsor number 106655; QAS sponsor number \
006655.
~ This certificate was generated on 12/02/2025 10:14 AM and is valid without signature.
""",
        title="Section 174 Research and Experimental Expenditures: Capitalization in Practice",
        sponsor="Ashby Kerr & Lund LLP",
        date="2025-12-01",
        hours=2.5,
        field="Taxes",
        number=None,
        method=QAS,
    ),
    Certificate(
        "state_society_letter_spaced_cpe_certificate_with_board_ethics_approval",
        """
# C P E   C E R T I F I C A T E
> Lone Prairie Society of Certified Public Accountants

Course #: 2511-ETH-04                                   Certificate ID: LPS-93318-ETH

This certifies that Rachel Kim, CPA (License 0104456) completed the board-approved course

Professional Ethics for Lone Prairie CPAs: 2025-2026

Date: December 2, 2025
Credit: 4 CPE hours in Regulatory Ethics
Instructional delivery: Group Internet Based (live webcast)

This course has been approved by the State Board of Public Accountancy as meeting the \
board's ethics requirement, Board Course Approval No. E-2025-118. The board approval \
number is not a certificate number; report it with the course on your renewal.

______________________
Vice President, Professional Learning

~ Lone Prairie Society of Certified Public Accountants is registered with the National \
Association of State Boards of Accountancy (NASBA) as a sponsor of continuing professional \
education on the National Registry of CPE Sponsors. Sponsor ID 105560.
""",
        title="Professional Ethics for Lone Prairie CPAs: 2025-2026",
        sponsor="Lone Prairie Society of Certified Public Accountants",
        date="2025-12-02",
        hours=4.0,
        field="Regulatory Ethics",
        number="LPS-93318-ETH",
        method=GIB,
    ),
    Certificate(
        "university_continuing_studies_letter_verifying_hours",
        """
BAYSHORE STATE UNIVERSITY
School of Continuing and Professional Studies
2100 Harbor Drive, Tampa, FL 33602  |  (813) 555-0190

November 21, 2025

To Whom It May Concern:

This letter verifies that Marcus Webb successfully completed the noncredit course \
Governmental Accounting and the GASB Reporting Model (course section ACCT-X410-01), \
which met in person on our Tampa campus from September 9 through November 18, 2025.

The course comprised 20 contact hours of instruction and carries 24.0 CPE credits in \
Accounting (Governmental), measured on the 50-minute hour, and 2.0 CEUs. Final grade: Pass.

Bayshore State University is registered with NASBA as a sponsor of continuing professional \
education on the National Registry of CPE Sponsors (Sponsor No. 141102).

Sincerely,

Dr. Alicia Romero
Director, Professional Programs
Bayshore State University
""",
        title="Governmental Accounting and the GASB Reporting Model",
        sponsor="Bayshore State University",
        date="2025-11-18",
        hours=24.0,
        field="Accounting (Governmental)",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "tax_software_learning_center_on_demand_with_irs_and_ctec_numbers",
        """
TaxPilot Learning Center  >  My Certificates  >  Certificate

Certificate of Completion

Awarded to: Denise Okoro, CPA, EA        PTIN: P02233445

Course: Form 1065 Schedules K-2 and K-3: Preparing Them in TaxPilot
Course code: TPL-OD-1065K
Format: On-demand self-study (QAS)
Completed: 09/30/2025

Credits earned
  NASBA CPE ........ 2.0   (Taxes 1.0, Computer Software & Applications 1.0)
  IRS CE ........... 1.0   Federal Tax Law     IRS Program # B9KTR-T-00212-25-S
  CTEC ............. 1.0   Federal             CTEC Course # 6312-CE-0140

TaxPilot Software, LLC  |  NASBA Sponsor #150211  |  IRS Approved CE Provider B9KTR
Certificate verification: taxpilot.example/verify/TPL-7Q4K-22019
""",
        title="Form 1065 Schedules K-2 and K-3: Preparing Them in TaxPilot",
        sponsor="TaxPilot Software, LLC",
        date="2025-09-30",
        hours=2.0,
        field="Taxes 1.0, Computer Software & Applications 1.0",
        number="TPL-7Q4K-22019",
        method=QAS,
    ),
    Certificate(
        "bar_section_cle_sentence_approving_cpe_with_field_in_brackets",
        """
OLD DOMINION BAR ASSOCIATION
Section of Taxation

CERTIFICATE OF ATTENDANCE

Attorney/Accountant: William Hartley, Esq., CPA       Bar No. 71220

Program: 2025 Advanced Partnership Tax Institute
Date and place: Friday, October 24, 2025, Richmond Marriott, Richmond, Virginia

This program is approved by the Virginia MCLE Board for 6.0 hours of CLE credit, including \
1.0 hour of ethics (Course ID 0417-25). The Old Dominion Bar Association is approved for \
7.0 hours of CPE credit (Field of Study: Taxes) under the standards of the National Registry \
of CPE Sponsors, Sponsor ID 117733, Group Live.

Attorneys must complete and submit their own attendance certification form to the MCLE \
Board. CPAs should keep this certificate for their records.

Program Chair: Susan Tran                   Section Administrator: Carl Dunne
""",
        title="2025 Advanced Partnership Tax Institute",
        sponsor="Old Dominion Bar Association",
        date="2025-10-24",
        hours=7.0,
        field="Taxes",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "nano_learning_certificate_with_minutes_and_qr_caption",
        """
[QR code]  Scan to verify

# Nano-Learning Certificate
Quickbit CPE

Learner: Omar Haddad
Nano course: Round-Dollar Journal Entries as a Fraud Signal
Completed: 07-Aug-2025 16:20 UTC
Length: 20 minutes
CPE: 0.4 credit
Field of study: Auditing
Delivery method: Nano Learning
Verification ID: QB-NANO-778421

~ Quickbit CPE is registered with the National Association of State Boards of Accountancy \
(NASBA) as a sponsor of continuing professional education on the National Registry of CPE \
Sponsors. Nano-learning programs are recommended for 0.2 CPE credit for each 10 minutes of \
content. NASBA Sponsor 152290.
""",
        title="Round-Dollar Journal Entries as a Fraud Signal",
        sponsor="Quickbit CPE",
        date="2025-08-07",
        hours=0.4,
        field="Auditing",
        number="QB-NANO-778421",
        method=NANO,
    ),
    Certificate(
        "digital_credential_page_issuer_recipient_issued_on_and_never_expires",
        """
Credential Verified
This credential was issued by Brightline Analytics Academy to Hannah Pierce on \
Nov 12, 2025.

Data Analytics for Auditors: Sampling with Python

Issued on: Nov 12, 2025
Expires: Never
Credential ID: 61f7c2-BAA-2025-0412
Recipient: Hannah Pierce

Description
Participants applied statistical and judgmental sampling techniques to audit populations \
using Python notebooks in a live virtual lab.

Credits: 4.0 CPE  |  Field of Study: Auditing  |  Group Internet Based

Skills: Audit sampling, Python, pandas, Jupyter
Issuer: Brightline Analytics Academy  |  NASBA Sponsor #148821
https://credentials.brightline.example/61f7c2-BAA-2025-0412
""",
        title="Data Analytics for Auditors: Sampling with Python",
        sponsor="Brightline Analytics Academy",
        date="2025-11-12",
        hours=4.0,
        field="Auditing",
        number="61f7c2-BAA-2025-0412",
        method=GIB,
    ),
    # ---------------------------------------------------------------- batch 3
    Certificate(
        "webinar_certificate_dated_top_right_sponsor_only_in_the_statement",
        """
[Logo: CPE Pathway]                                                  Date: 10/16/2025

CERTIFICATE OF COMPLETION

Awarded to Benjamin Cole for completing the live webinar

Blockchain Basics for Finance Professionals

Credits: 1.5 CPE        Field of study: Specialized Knowledge        Format: Group Internet-Based
Instructor: Tara Nguyen, CPA, CITP (Tara has led IT audit teams for fifteen years and \
teaches technology courses for CPAs across the country.)

~ Pathway Professional Learning, LLC is registered with the National Association of State \
Boards of Accountancy (NASBA) as a sponsor of continuing professional education on the \
National Registry of CPE Sponsors. State boards of accountancy have final authority on the \
acceptance of individual courses for CPE credit. Complaints regarding registered sponsors \
may be submitted to the National Registry of CPE Sponsors through its website: \
www.nasbaregistry.org. Sponsor ID 146632.
""",
        title="Blockchain Basics for Finance Professionals",
        sponsor="Pathway Professional Learning, LLC",
        date="2025-10-16",
        hours=1.5,
        field="Specialized Knowledge",
        number=None,
        method=GIB,
    ),
    Certificate(
        "state_society_seminar_sentence_with_field_in_brackets_and_bio",
        """
# Magnolia State Society of CPAs
> Certificate of Attendance

Julia Brennan, CPA has earned 8.0 CPE credits (Field of Study: Auditing) for attending \
Audit Documentation That Survives Peer Review, a full-day seminar held in person on \
August 14, 2025 in Jackson, Mississippi.

About the instructor: Raymond Lee, CPA, spent 22 years in public practice and has reviewed \
more than 300 engagements as a peer reviewer. He now consults with small firms on quality \
management.

Program level: Intermediate     Prerequisites: Audit experience     Advance preparation: None

______________________________
Director of Education

~ The Magnolia State Society of CPAs is registered with NASBA as a sponsor of continuing \
professional education on the National Registry of CPE Sponsors. Sponsor No. 103841.
""",
        title="Audit Documentation That Survives Peer Review",
        sponsor="Magnolia State Society of CPAs",
        date="2025-08-14",
        hours=8.0,
        field="Auditing",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "irs_annual_refresher_record_of_completion_with_cpe_beside",
        """
RECORD OF COMPLETION
Annual Federal Tax Refresher (AFTR) Course

Provider: Coastal Tax Education Group           IRS Provider No.: RT8KM
Participant: Gloria Méndez                       PTIN: P03344556
Program: 2025 Annual Federal Tax Refresher Course: Filing Season 2026
IRS Program Number: RT8KM-A-00098-25-S
Hours: 6 (AFTR)      Comprehension test: passed 11/24/2025
Delivery: Self-study with final test

CPE for CPAs: 7.0 credits, Field of Study: Taxes, QAS Self Study
Record number: CTEG-AFTR-25-50812

~ Completion of the AFTR course and test is one requirement of the IRS Annual Filing Season \
Program. Coastal Tax Education Group reports completions to the IRS within 10 days. Keep \
this record for four years.
""",
        title="2025 Annual Federal Tax Refresher Course: Filing Season 2026",
        sponsor="Coastal Tax Education Group",
        date="2025-11-24",
        hours=7.0,
        field="Taxes",
        number="CTEG-AFTR-25-50812",
        method=QAS,
    ),
    Certificate(
        "uk_firm_academy_cpd_certificate_with_learning_hours",
        """
HOLLINGWORTH & PRICE ACADEMY

CERTIFICATE OF CPD

This certifies that SOPHIE TURNER ACA attended

Charities SORP 2026: What Changes for Preparers

held online on Wednesday 17 September 2025

Learning hours: 1.5
Type of CPD: Structured, verifiable
Speaker: Martin Gale FCA, Charities Partner

Certificate no. HPA/CPD/2025/0917/0331

Hollingworth & Price Academy is the training division of Hollingworth & Price LLP.
~ Hollingworth & Price LLP is a limited liability partnership registered in England and \
Wales, number OC301122. Registered office: 8 Temple Row, Birmingham B2 5HG.
""",
        title="Charities SORP 2026: What Changes for Preparers",
        sponsor="Hollingworth & Price Academy",
        date="2025-09-17",
        hours=1.5,
        field=None,
        number="HPA/CPD/2025/0917/0331",
        method=GIB,
    ),
    Certificate(
        "university_online_program_weeks_and_effort_with_cpe_total",
        """
# WESTMARK UNIVERSITY
> Graduate School of Management | Online Executive Programs

> Certificate of Completion

> This certifies that
> Ahmed Karimi
> has completed the online program

> Financial Modeling and Valuation for Managers

Program duration: 6 weeks (4-6 hours per week)
Completion date: 15 October 2025
CPE credits: 24.0        Field of study: Finance        Delivery method: QAS Self Study

Verify: westmark.example/certificates  Code: WMU-FMV-2025-8810

~ Westmark University is registered with the National Association of State Boards of \
Accountancy (NASBA) as a sponsor of continuing professional education on the National \
Registry of CPE Sponsors, Sponsor No. 150077, and as a QAS Self Study sponsor.
""",
        title="Financial Modeling and Valuation for Managers",
        sponsor="Westmark University",
        date="2025-10-15",
        hours=24.0,
        field="Finance",
        number="WMU-FMV-2025-8810",
        method=QAS,
    ),
    Certificate(
        "vendor_conference_badge_scans_with_a_total_row",
        """
Stratus Accounting Cloud  |  ELEVATE 2025  |  Austin, TX  |  May 20-22, 2025

CPE CERTIFICATE - SESSIONS SCANNED
Attendee: Kyle Brandt, CPA (badge 18843)

Scanned in    Session                                     Field of study                     CPE
05/20 09:02   Opening Keynote: The Autonomous Close       Management Advisory Services       1.0
05/20 13:31   Revenue Automation with Stratus Billing     Computer Software & Applications   1.5
05/21 10:05   SOC 1 Reports for Cloud Customers           Auditing                           1.5
05/22 08:58   Consolidations Across Entities in Stratus   Accounting                         2.0
              TOTAL CPE EARNED                                                               6.0

Delivery method: Group Live
Sponsor: Stratus Accounting Cloud, Inc., NASBA Sponsor 151904
""",
        title="ELEVATE 2025",
        sponsor="Stratus Accounting Cloud, Inc.",
        date="2025-05-22",
        hours=6.0,
        field=None,
        number=None,
        method=LIVE,
    ),
    Certificate(
        "banking_compliance_self_study_exam_passed_and_course_expiry",
        """
Keystone Compliance Institute  -  Online Learning

Certificate of Completion

Student: Teresa Alvarez, CRCM
Institution: Riverbend Savings Bank

Course: Fair Lending Essentials: HMDA, ECOA and Redlining Risk
Course access expires: 03/31/2026
Exam passed on: 11/05/2025 (score 92%)
CPE credit: 3.5        Field of study: Specialized Knowledge        QAS Self Study
Certificate Number: KCI-SS-110525-4417

~ Keystone Compliance Institute is registered with the National Association of State \
Boards of Accountancy (NASBA) as a sponsor of continuing professional education on the \
National Registry of CPE Sponsors and as a QAS Self Study sponsor.
""",
        title="Fair Lending Essentials: HMDA, ECOA and Redlining Risk",
        sponsor="Keystone Compliance Institute",
        date="2025-11-05",
        hours=3.5,
        field="Specialized Knowledge",
        number="KCI-SS-110525-4417",
        method=QAS,
    ),
    Certificate(
        "insurance_ce_and_cpe_on_one_certificate_with_state_course_numbers",
        """
Certificate of Course Completion

Evergreen Insurance & Tax Education
4410 Pacific Avenue, Tacoma, WA 98408

Licensee/Participant: Dennis Albright, CPA, CLTC       Insurance License #: 1033981 (WA)

Course title: Long-Term Care Insurance and the Tax Code
Completed: June 9, 2025
Insurance CE: 2 hours (WA course #118830, OR course #20-5512)
CPE: 2.0 hours, Field of Study: Taxes
Delivery: Webinar (Group Internet Based)

The provider certifies that the participant completed the course above as stated.
Authorized provider signature: Jean Albers      Date: 06/10/2025
""",
        title="Long-Term Care Insurance and the Tax Code",
        sponsor="Evergreen Insurance & Tax Education",
        date="2025-06-09",
        hours=2.0,
        field="Taxes",
        number=None,
        method=GIB,
    ),
    # ---------------------------------------------------------------- batch 4
    Certificate(
        "national_provider_on_demand_certificate_with_course_version_and_exam_attempts",
        """
[Logo: Summitview CPE]

Summitview CPE  |  On-Demand Learning  |  summitviewcpe.example

# Certificate of Completion

Participant: Lauren Fitzgerald
Course: Inventory Costing Methods Under ASC 330 (version 3.2, revised 01/2025)
Exam passed: October 30, 2025 (attempt 2 of 3, score 80%)
Recommended CPE credit: 2.5
Field of study: Accounting
Delivery method: QAS Self Study
Course expiration (one year from purchase): 04/12/2026
Certificate no. SV-1030-55821

~ Summitview CPE is registered with the National Association of State Boards of Accountancy \
(NASBA) as a sponsor of continuing professional education on the National Registry of CPE \
Sponsors and as a QAS Self Study sponsor. Sponsor ID 119936.
""",
        title="Inventory Costing Methods Under ASC 330",
        sponsor="Summitview CPE",
        date="2025-10-30",
        hours=2.5,
        field="Accounting",
        number="SV-1030-55821",
        method=QAS,
    ),
    Certificate(
        "firm_internal_live_training_memo_style_with_cost_center",
        """
INTERNAL - Bradford Quill LLP - Professional Development

TO: Participants, Fall Tax Staff Training
FROM: National Tax Learning
DATE: November 4, 2025
RE: CPE certificate, Fall Tax Staff Training

Participant: Evan Mitchell           Cost center: 4410 (Chicago)           Staff ID: BQ-20931

Program: Fall Tax Staff Training: Partnerships and Pass-Through Entities
Held: October 27-29, 2025, Chicago office, Room 12B
CPE hours: 21.0 (Taxes)
Delivery method: Group Live

Bradford Quill LLP is registered with NASBA as a sponsor of continuing professional \
education on the National Registry of CPE Sponsors, Sponsor ID 108804.
""",
        title="Fall Tax Staff Training: Partnerships and Pass-Through Entities",
        sponsor="Bradford Quill LLP",
        date="2025-10-29",
        hours=21.0,
        field="Taxes",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "state_society_virtual_conference_caps_with_cpe_and_cle_columns",
        """
[image: Granite State Society of CPAs seal]

GRANITE STATE SOCIETY OF CPAs
2025 VIRTUAL NOT-FOR-PROFIT CONFERENCE
CERTIFICATE OF PARTICIPATION

NAME: ELENA VASQUEZ, CPA
DATES ATTENDED: JUNE 3 AND JUNE 4, 2025
DELIVERY: GROUP INTERNET BASED

CREDIT TYPE         HOURS
CPE                 14.0
CLE (NH)            10.0

FIELDS OF STUDY: ACCOUNTING 8.0; AUDITING 6.0

~ Granite State Society of CPAs is registered with NASBA as a sponsor of continuing \
professional education on the National Registry of CPE Sponsors. Sponsor #104417.
""",
        title="2025 VIRTUAL NOT-FOR-PROFIT CONFERENCE",
        sponsor="Granite State Society of CPAs",
        date="2025-06-04",
        hours=14.0,
        field="Accounting 8.0; Auditing 6.0",
        number=None,
        method=GIB,
    ),
    Certificate(
        "canadian_institute_cpd_letter_with_hours_in_words",
        """
Maple Ridge Institute of Accounting
1200 Rue Sherbrooke Ouest, Montreal QC H3A 1H6

20 October 2025

Dear Mr. Leblanc,

Thank you for attending IFRS for Private Companies: Revenue and Leases (ASPE vs IFRS), our \
live virtual workshop of 16 October 2025. Please retain this letter as confirmation of \
seven (7) hours of verifiable continuing professional development in Accounting.

Your certificate reference is MRIA-16102025-0442.

Yours sincerely,

Claire Dubois
Registrar, Maple Ridge Institute of Accounting
""",
        title="IFRS for Private Companies: Revenue and Leases (ASPE vs IFRS)",
        sponsor="Maple Ridge Institute of Accounting",
        date="2025-10-16",
        hours=7.0,
        field="Accounting",
        number="MRIA-16102025-0442",
        method=GIB,
    ),
    Certificate(
        "ea_webinar_certificate_with_ce_categories_and_nasba_line_at_foot",
        """
# CERTIFICATE OF COMPLETION
> Presented to Harold Kim, EA (PTIN P00445566)
> for participating in the live webinar

> IRS Collection Alternatives: Offers in Compromise and Installment Agreements

Date of webinar: 12/09/2025
IRS CE credit: 2 hours, Federal Tax Law Topics (IRS Program # XQ7LP-T-00077-25-O)
CPE credit: 2.0 hours in Taxes
Delivery: Group Internet Based
Certificate code: XQ-1209-OIC-3318

Riverstone Tax Academy  |  IRS Approved CE Provider XQ7LP  |  NASBA Sponsor 147050
""",
        title="IRS Collection Alternatives: Offers in Compromise and Installment Agreements",
        sponsor="Riverstone Tax Academy",
        date="2025-12-09",
        hours=2.0,
        field="Taxes",
        number="XQ-1209-OIC-3318",
        method=GIB,
    ),
    Certificate(
        "cfe_association_chapter_certificate_with_cpe_and_cfe_credits",
        """
Lakeshore Chapter, Association of Fraud Examiners
Certificate of Attendance

This is to certify that Tamara Wells, CPA, CFE attended

Fraud in Procurement: Red Flags and Data Tests

on Thursday, February 13, 2025 at the Milwaukee Athletic Club

CFE CPE: 4.0         NASBA CPE: 4.0         Field of Study: Auditing
Program level: Basic        Delivery: Group Live

Chapter President: Mark Osei, CFE                   Education Chair: Linda Park, CPA, CFE

~ The Lakeshore Chapter is registered with NASBA as a sponsor of continuing professional \
education on the National Registry of CPE Sponsors, Sponsor ID 138290.
""",
        title="Fraud in Procurement: Red Flags and Data Tests",
        sponsor="Lakeshore Chapter, Association of Fraud Examiners",
        date="2025-02-13",
        hours=4.0,
        field="Auditing",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "university_alumni_webcast_certificate_with_program_code_at_top",
        """
Program code: ALUM-ACC-2511                                  Issued: 11/25/2025

SOUTHERN PLAINS UNIVERSITY
Department of Accounting  |  Alumni Continuing Education

Certificate of Completion

Jacob Thornton
completed the alumni webcast
Current Developments in Fraud Risk for Government Auditors
on November 20, 2025 and earned 2 CPE credits
Field of study: Auditing (Governmental)
Delivery method: Group Internet Based

Southern Plains University is registered with NASBA as a sponsor of continuing professional \
education on the National Registry of CPE Sponsors (Sponsor No. 139005).
""",
        title="Current Developments in Fraud Risk for Government Auditors",
        sponsor="Southern Plains University",
        date="2025-11-20",
        hours=2.0,
        field="Auditing (Governmental)",
        number=None,
        method=GIB,
    ),
    Certificate(
        "tax_software_regional_seminar_receipt_and_certificate_in_one",
        """
Thank you for attending!
Ledgerpoint Tax Software - 2025 Regional Update Seminar - Omaha, NE

Order #LP-88213        Paid: $249.00 (Visa ending 4421)        Seat: 14

Certificate of Attendance
Attendee: Diane Morrow, CPA
Seminar: 2025 Regional Federal and Nebraska Tax Update
Date: Tuesday, December 9, 2025
CPE hours: 8.0        Field: Taxes        Method: Group Live
Certificate: LPR-25-OMA-0914

Ledgerpoint Tax Software, Inc. is registered with NASBA as a sponsor of continuing \
professional education on the National Registry of CPE Sponsors (Sponsor 145590).
""",
        title="2025 Regional Federal and Nebraska Tax Update",
        sponsor="Ledgerpoint Tax Software, Inc.",
        date="2025-12-09",
        hours=8.0,
        field="Taxes",
        number="LPR-25-OMA-0914",
        method=LIVE,
    ),
]
