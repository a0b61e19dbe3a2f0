"""Tuning certificates in the WORDINGS real certificates use: certificates told in
sentences ("This is to certify that ... has successfully completed ... sponsored by
... on ... and is awarded ... hours"), one sentence per fact, the formal "Given this
21st day of", "In witness whereof", letters; credits written in many ways
("Recommended CPE: 3", "3.0 CPE", "three (3) hours", "CPE credit hours earned",
"150 minutes", CEUs beside CPE hours, CPE, CLE, IRS, CFP, CTEC and EA credits on one
line or in a list); fields of study by NASBA name, abbreviation or variant ("Ethics
(Behavioral)", "Taxation", "Acctg", "Specialized Knowledge and Applications") and
subject areas beside them; delivery methods in their variants ("Virtual
Instructor-Led Training", "webcast", "on-demand", "QAS Self-Study", "Group-Internet
Based", "In person", "Nano"); titles with quotes, colons, dashes, parentheses, years
and edition numbers, wrapped over lines or in capitals; sponsors named "Presented
by", "Offered by", "Provided by", "in cooperation with", with a co-sponsor or a
platform beside them.

A careful person copies the CPE sponsor (the body that grants the credit, not its
platform or co-sponsor), the CPE credit (not CEUs, CLE or contact hours), the
completion date (not the date a letter or certificate was issued, when both are
given) and the certificate's own number (not a course code, an IRS program number
or a sponsor ID).

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

WILD4C = [
    # ---------------------------------------------------------------- batch 1
    Certificate(
        "sentence_certify_completed_sponsored_by_awarded_hours",
        """
# Certificate of Completion

This is to certify that Margaret Lindqvist, CPA (License No. 118204) has successfully \
completed the program "Revenue Recognition in Software Arrangements: Principal vs. Agent \
(2025 Edition)" sponsored by the Lakeshore Society of Certified Public Accountants on \
the 14th of August, 2025, and is awarded four (4.0) hours of continuing professional \
education credit in the field of Accounting.

Delivery method: Group-Internet Based          Certificate No. LSC-25-08-1147

~ The Lakeshore Society of Certified Public Accountants is registered with NASBA as a \
sponsor of continuing professional education on the National Registry of CPE Sponsors \
(Sponsor ID 103377). Complaints regarding registered sponsors may be submitted to the \
National Registry of CPE Sponsors through its website: www.nasbaregistry.org.
""",
        title="Revenue Recognition in Software Arrangements: Principal vs. Agent (2025 Edition)",
        sponsor="Lakeshore Society of Certified Public Accountants",
        date="2025-08-14",
        hours=4.0,
        field="Accounting",
        number="LSC-25-08-1147",
        method=GIB,
    ),
    Certificate(
        "one_sentence_per_fact_presented_in_cooperation_with",
        """
Attendance Verification

Ravi Natarajan, EA attended the seminar described below.
The seminar was titled Partnership Taxation - Basis, At-Risk and Passive Loss Limits.
It was presented by Harborview Tax Institute in cooperation with the Ohio Valley \
Chapter of the National Association of Tax Professionals.
It took place on 9 October 2025 at the Hilton Easton, Columbus, Ohio.
It qualifies for 6.0 CPE hours in Taxation.
It was delivered in person.
This verification was issued on 14 October 2025.

Harborview Tax Institute, 4410 Riverside Drive, Dublin, OH 43017 - (614) 555-0182
""",
        title="Partnership Taxation - Basis, At-Risk and Passive Loss Limits",
        sponsor="Harborview Tax Institute",
        date="2025-10-09",
        hours=6.0,
        field="Taxes",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "know_all_persons_in_witness_whereof_given_this_day",
        """
# Granite State Government Finance Officers Association

> Know all persons by these presents that
> ELEANOR BRANDT
> having attended the course of instruction entitled

> GASB STATEMENT NO. 96: SUBSCRIPTION-BASED
> INFORMATION TECHNOLOGY ARRANGEMENTS IN PRACTICE

> is entitled to Twelve (12) Continuing Professional Education Credits
> in the field of study of Accounting (Governmental), the course having been
> conducted in person at Concord, New Hampshire.

> In witness whereof, the Association has caused this certificate to be signed by
> its President and Education Chair.
> Given this 21st day of May, 2025.

Serial No. 2025-0413                     Sponsor ID 110952
""",
        title=(
            "GASB STATEMENT NO. 96: SUBSCRIPTION-BASED INFORMATION TECHNOLOGY"
            " ARRANGEMENTS IN PRACTICE"
        ),
        sponsor="Granite State Government Finance Officers Association",
        date="2025-05-21",
        hours=12.0,
        field="Accounting (Governmental)",
        number="2025-0413",
        method=LIVE,
    ),
    Certificate(
        "letter_webcast_offered_by_dated_after_the_session",
        """
Meridian Technology Learning
1800 Harbor Point Blvd, Suite 300, Baltimore, MD 21230

October 1, 2025

Mr. Chinedu Obi
Obi & Partners LLP
22 Calvert Street, Annapolis, MD 21401

Dear Mr. Obi:

Thank you for participating in our webcast, "Cybersecurity Risk Management for CPA \
Firms: SOC for Cybersecurity Explained", offered by Meridian Technology Learning on \
Tuesday, September 23, 2025.

Our records show that you attended the full session and answered the required polling \
questions. You have earned 2 CPE credit hours in Information Technology.

Your certificate number is MTL-092325-0088. Please keep this letter for your records.

Sincerely,

Hannah Greer
Director of Education
""",
        title="Cybersecurity Risk Management for CPA Firms: SOC for Cybersecurity Explained",
        sponsor="Meridian Technology Learning",
        date="2025-09-23",
        hours=2.0,
        field="Information Technology",
        number="MTL-092325-0088",
        method=GIB,
    ),
    Certificate(
        "credits_listed_by_body_with_irs_program_number_and_platform",
        """
# Certificate of Completion

Estate and Gift Tax Planning After the 2025 Sunset (Part II)

Participant: Gabriela Soto, CPA, CFP(R)
Provided by: Westbrook Professional Seminars
Platform: Zoom Webinar hosted by EventLink Virtual
Completion Date: 11/05/2025

Credits earned
  CPE (NASBA) ............ 2.0   Taxes
  IRS CE ................. 2.0   Federal Tax Law - Program No. WPSKH-T-00412-25-O
  CTEC ................... 2.0   Federal Tax Law
  CFP Board .............. 2.0
  CLE (California) ....... 1.5

Delivery method: Group Internet Based
Certificate ID: WPS-2025-11-05-3317
""",
        title="Estate and Gift Tax Planning After the 2025 Sunset (Part II)",
        sponsor="Westbrook Professional Seminars",
        date="2025-11-05",
        hours=2.0,
        field="Taxes",
        number="WPS-2025-11-05-3317",
        method=GIB,
    ),
    Certificate(
        "minutes_of_instruction_only_on_demand",
        """
CERTIFICATE OF CONTINUING EDUCATION

Awarded to Kenji Watanabe
for completing the on-demand course

Leases for Lessees: Remeasurement, Modifications & Impairment

Offered by Bluestem CPE Online. Completed November 18, 2025. Credit is granted for \
150 minutes of instruction, at 50 minutes to the CPE credit.

Field of study: Accounting
Record: BCO-44817-K
""",
        title="Leases for Lessees: Remeasurement, Modifications & Impairment",
        sponsor="Bluestem CPE Online",
        date="2025-11-18",
        hours=3.0,
        field="Accounting",
        number="BCO-44817-K",
        method=QAS,
    ),
    Certificate(
        "capital_title_wrapped_presented_by_with_co_sponsor_below",
        """
# CERTIFICATE OF ATTENDANCE

> NOT-FOR-PROFIT ACCOUNTING AND AUDITING
> UPDATE: NET ASSETS, LIQUIDITY AND
> CONTRIBUTED NONFINANCIAL ASSETS

> Presented by Pinecrest Nonprofit Resource Center
> in cooperation with the Association of Nonprofit Finance Officers

Attendee: Marcus Fell, CPA
Held: Thursday, March 6, 2025, 8:30 a.m. - 4:00 p.m., Raleigh, NC (in person)
CPE hours: 7.0    Field of study: Acctg & Auditing
Certificate # PNRC-0306-2025-019
""",
        title=(
            "NOT-FOR-PROFIT ACCOUNTING AND AUDITING UPDATE: NET ASSETS, LIQUIDITY AND"
            " CONTRIBUTED NONFINANCIAL ASSETS"
        ),
        sponsor="Pinecrest Nonprofit Resource Center",
        date="2025-03-06",
        hours=7.0,
        field="Acctg & Auditing",
        number="PNRC-0306-2025-019",
        method=LIVE,
    ),
    Certificate(
        "lms_record_recommended_cpe_integer_and_ceus",
        """
LearnWell | Course Completion Record

Learner ............... Olivia Brennan (olivia.brennan@example.com)
Course ................ Professional Skepticism and the Ethical Mind
Vendor ................ Thornfield Ethics Academy
Recommended CPE: 3
CEUs: 0.3
Field of Study: Ethics (Behavioral)
Delivery: QAS Self-Study
Completed: 17-Oct-2025
Record # 00471-2210

Printed from LearnWell on 20-Oct-2025. LearnWell is a learning platform and does not \
award credit; the vendor above is the CPE sponsor.
""",
        title="Professional Skepticism and the Ethical Mind",
        sponsor="Thornfield Ethics Academy",
        date="2025-10-17",
        hours=3.0,
        field="Behavioral Ethics",
        number="00471-2210",
        method=QAS,
    ),
    Certificate(
        "quoted_title_with_dash_virtual_instructor_led_through_platform",
        """
# Certificate of Completion

Awarded to: Ibrahim Haddad

For: "Ask the Auditor" - Single Audit Findings and the 2025 Compliance Supplement

Offered by the Redwood Valley CPA Society through the CPEngage learning platform
Date: December 2, 2025, 1:00 PM - 3:00 PM ET
Format: Virtual Instructor-Led Training
Earned: 2.0 CPE hours / 0.2 CEU
Field of Study: Auditing (Governmental)
Certificate Code: RVCS-VILT-25-3390
""",
        title='"Ask the Auditor" - Single Audit Findings and the 2025 Compliance Supplement',
        sponsor="Redwood Valley CPA Society",
        date="2025-12-02",
        hours=2.0,
        field="Auditing (Governmental)",
        number="RVCS-VILT-25-3390",
        method=GIB,
    ),
    Certificate(
        "university_contact_hours_and_cpe_credits_module_of_series",
        """
Eastlake University
Graduate School of Business - Office of Executive Education

The Office of Executive Education certifies that

Dr. Amelia Thornton

completed Corporate Finance for Controllers (Module 3 of 5): Capital Budgeting and \
Cost of Capital, held on campus on July 10 and 11, 2025.

Contact hours: 12.0
CPE credits (50-minute hours): 14.4
Field of study: Finance
Instruction: Classroom, in person

Program code EXEC-CFC-03 | Certificate 25-EE-0719
""",
        title=(
            "Corporate Finance for Controllers (Module 3 of 5): Capital Budgeting and"
            " Cost of Capital"
        ),
        sponsor="Eastlake University",
        date="2025-07-11",
        hours=14.4,
        field="Finance",
        number="25-EE-0719",
        method=LIVE,
    ),
    Certificate(
        "state_ethics_self_study_hours_in_words_exam_passed",
        """
# CERTIFICATE

Golden Poppy CPE Institute certifies that Steven Yu, CPA (CA License 140077)
has completed the self-study course

California Regulatory Review: Ethics for CPAs (CBA-Approved), 2025-2026 Edition

and passed its final examination on September 30, 2025 with a score of 92%.

Number of CPE hours: Four (4)
Field of study: Regulatory Ethics
Delivery method: QAS Self-Study
Certificate serial: GP-ETH-2025-6620

~ Golden Poppy CPE Institute is registered with NASBA as a QAS sponsor (QAS ID 139210).
""",
        title="California Regulatory Review: Ethics for CPAs (CBA-Approved), 2025-2026 Edition",
        sponsor="Golden Poppy CPE Institute",
        date="2025-09-30",
        hours=4.0,
        field="Regulatory Ethics",
        number="GP-ETH-2025-6620",
        method=QAS,
    ),
    # ---------------------------------------------------------------- batch 2
    Certificate(
        "fulfilled_the_requirements_granted_presented_by_name_below_co_sponsored",
        """
# Certificate of Credit

> Andrea Kowalczyk, CPA
> has fulfilled the requirements of the live webcast

> Payroll Tax Compliance in a Remote-Work World: Nexus, Withholding & Reciprocity

> and has been granted 3.0 hours of CPE credit (Taxes).

Presented by:
Crossroads Payroll Academy
Co-sponsored by: American Payroll Professionals, Great Lakes Chapter

Session date: Wednesday, February 12, 2025
Certificate: CPA-25-0212-7781
""",
        title="Payroll Tax Compliance in a Remote-Work World: Nexus, Withholding & Reciprocity",
        sponsor="Crossroads Payroll Academy",
        date="2025-02-12",
        hours=3.0,
        field="Taxes",
        number="CPA-25-0212-7781",
        method=GIB,
    ),
    Certificate(
        "credit_hours_earned_with_other_bodies_on_one_line_specialized_knowledge",
        """
CERTIFICATE OF COMPLETION

Name: Theodore Quinn, CPA, JD
Course: Trust Accounting for Fiduciaries - Principal and Income Allocations (2025)
Provider: Fiduciary Education Network, LLC
Date of completion: June 3, 2025
CPE credit hours earned: 1.5     CLE: 1.0 | IRS: 1.0 | CFP: 1.5 | EA: 1.0
Field of study: Specialized Knowledge and Applications
Method of delivery: Group-Internet Based
Completion ID: FEN-060325-A19
""",
        title="Trust Accounting for Fiduciaries - Principal and Income Allocations (2025)",
        sponsor="Fiduciary Education Network, LLC",
        date="2025-06-03",
        hours=1.5,
        field="Specialized Knowledge",
        number="FEN-060325-A19",
        method=GIB,
    ),
    Certificate(
        "nano_twenty_minutes_with_credit_and_abbreviated_field",
        """
# Nano Learning Certificate

Quick Hits: Deferred Revenue Red Flags
by Sparrowhawk Micro-CPE

Learner: Daniela Ruiz
Finished: 10/21/2025 at 7:42 PM
Length: 20 minutes | Credit: 0.4 CPE | Field: Acctg
Format: Nano
Credential ID: SMC-NANO-55210
""",
        title="Quick Hits: Deferred Revenue Red Flags",
        sponsor="Sparrowhawk Micro-CPE",
        date="2025-10-21",
        hours=0.4,
        field="Accounting",
        number="SMC-NANO-55210",
        method=NANO,
    ),
    Certificate(
        "letter_held_via_webcast_entitled_to_hours_in_words_taxation",
        """
SILVER CREEK TAX EDUCATORS
300 Commerce Street, Suite 12, Boise, ID 83702

December 4, 2025

Ms. Renata Alves
Alves Tax Services

Re: CPE credit

Dear Ms. Alves,

We are pleased to confirm that you attended S Corporation Shareholder Basis: Loans, \
Distributions and Form 7203, which was held via webcast on November 20, 2025. You are \
entitled to three (3) hours of CPE credit in the field of Taxation.

Please retain this letter as your certificate. Reference number SCTE-1120-044.

Sincerely,

Paul Denning, EA
Program Director, Silver Creek Tax Educators
""",
        title="S Corporation Shareholder Basis: Loans, Distributions and Form 7203",
        sponsor="Silver Creek Tax Educators",
        date="2025-11-20",
        hours=3.0,
        field="Taxes",
        number="SCTE-1120-044",
        method=GIB,
    ),
    Certificate(
        "given_under_my_hand_this_day_classroom_group_live",
        """
# Commonwealth Institute of Internal Auditors

> This is to certify that
> WALTER J. PEMBERTON
> attended and satisfactorily completed

> INTERNAL AUDIT FUNDAMENTALS, 4TH EDITION (LEVEL I)

> a classroom course (Group Live) of sixteen (16) CPE hours
> in the field of study Auditing.

> Given under my hand this 5th day of December, 2025.

__________________________
Executive Director

Certificate No. CIIA/2025/1205/031
""",
        title="INTERNAL AUDIT FUNDAMENTALS, 4TH EDITION (LEVEL I)",
        sponsor="Commonwealth Institute of Internal Auditors",
        date="2025-12-05",
        hours=16.0,
        field="Auditing",
        number="CIIA/2025/1205/031",
        method=LIVE,
    ),
    Certificate(
        "subject_area_beside_nasba_field_offered_in_partnership_with_platform",
        """
Certificate of Completion

Offered by Harbor Light Nonprofit Institute in partnership with GiveSmart Learning
(course hosted on the Canvas platform)

Participant: Li Na Zhou
Program: Single Audit Readiness for Grant-Funded Nonprofits: Uniform Guidance 2024 Revisions
Subject area: Nonprofit Compliance
NASBA field of study: Auditing (Govt)
Completed: 09/09/2025
CPE awarded: 4
Delivery: Webcast (Group Internet-Based)
Certificate number: HLNI-2025-0909-12
""",
        title=(
            "Single Audit Readiness for Grant-Funded Nonprofits: Uniform Guidance 2024 Revisions"
        ),
        sponsor="Harbor Light Nonprofit Institute",
        date="2025-09-09",
        hours=4.0,
        field="Auditing (Governmental)",
        number="HLNI-2025-0909-12",
        method=GIB,
    ),
    Certificate(
        "awarded_hours_and_ceus_semicolon_in_person_provided_by_sentence",
        """
# CERTIFICATE OF PARTICIPATION

Jonah Whitfield participated in "Ethics in Practice: Conflicts, Confidentiality and the \
Code" in person on April 8, 2025. The program was provided by the Blue Ridge Academy of \
Professional Ethics.

Awarded: 2.5 CPE hours; 0.25 CEUs
Field: Ethics (Regulatory)
Serial 7734-BRA
""",
        title="Ethics in Practice: Conflicts, Confidentiality and the Code",
        sponsor="Blue Ridge Academy of Professional Ethics",
        date="2025-04-08",
        hours=2.5,
        field="Regulatory Ethics",
        number="7734-BRA",
        method=LIVE,
    ),
    Certificate(
        "email_on_demand_completion_with_cpe_and_ctec_in_a_list",
        """
From: Sagebrush Tax School <noreply@sagebrushtax.example>
Date: Fri, 14 Nov 2025 09:12:33 -0800
To: marco.bellini@example.com
Subject: Your completion certificate

Hi Marco,

You finished the on-demand course Real Estate Professional Status and the Grouping \
Election on November 13, 2025. Here is what you earned:

  - NASBA CPE: 2.0 hours (Taxes)
  - CTEC: 2 hours federal
  - IRS CE: 2 hours (program SBTAX-T-00987-25-S)

Delivery method: QAS Self-Study. Certificate #: STS-88120-MB

Sagebrush Tax School - NASBA QAS Sponsor 140512
""",
        title="Real Estate Professional Status and the Grouping Election",
        sponsor="Sagebrush Tax School",
        date="2025-11-13",
        hours=2.0,
        field="Taxes",
        number="STS-88120-MB",
        method=QAS,
    ),
    Certificate(
        "certificate_told_as_one_paragraph_with_sponsor_first",
        """
# Certificate of Achievement

Lakeview CPE Collaborative hereby recognizes Hiroshi Tanaka for completing "Forecasting \
and Budgeting with Excel Power Query (Intermediate)", a Virtual Instructor-Led Training of \
four CPE credits in Computer Software & Applications, on the 2nd of October, 2025.

Verification code LCC-VILT-1002-58
""",
        title="Forecasting and Budgeting with Excel Power Query (Intermediate)",
        sponsor="Lakeview CPE Collaborative",
        date="2025-10-02",
        hours=4.0,
        field="Computer Software & Applications",
        number="LCC-VILT-1002-58",
        method=GIB,
    ),
    Certificate(
        "self_study_exam_date_and_print_date_hours_as_cpe_units",
        """
Cornerstone Self-Study CPE
www.cornerstoneselfstudy.example

CERTIFICATE OF COMPLETION

This certifies that Beatrice Lam, CPA passed the examination for

Controllership Essentials: Month-End Close, Reconciliations and Reporting (Rev. 2025)

Exam date: 08/27/2025
CPE units: 6.0
Field of study: Accounting
Delivery method: QAS Self Study
Certificate number: CSS-0827-29914
Date printed: 09/02/2025
""",
        title=(
            "Controllership Essentials: Month-End Close, Reconciliations and Reporting (Rev. 2025)"
        ),
        sponsor="Cornerstone Self-Study CPE",
        date="2025-08-27",
        hours=6.0,
        field="Accounting",
        number="CSS-0827-29914",
        method=QAS,
    ),
    # ---------------------------------------------------------------- batch 3
    Certificate(
        "acknowledges_completion_a_program_of_hours_awarded_in_words",
        """
# CERTIFICATE OF COMPLETION

This certificate acknowledges that Felicity Osei completed Governmental Revenue \
Recognition: Exchange and Nonexchange Transactions, a program of the Tidewater Chapter of \
Government Finance Professionals, on March 19, 2025.

CPE Hours Awarded: Two (2.0)
Field of Study: Accounting - Governmental
Delivery: Group Live
""",
        title="Governmental Revenue Recognition: Exchange and Nonexchange Transactions",
        sponsor="Tidewater Chapter of Government Finance Professionals",
        date="2025-03-19",
        hours=2.0,
        field="Accounting (Governmental)",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "topic_label_sponsoring_organization_instructor_led_virtual_class",
        """
CONTINUING EDUCATION RECORD

Attendee ...................... Gregory Vance, CPA
Topic ......................... Cost Segregation Studies: When They Pay and When They Don't
Sponsoring organization ....... Keystone Real Estate Tax Forum
Instructor .................... Lydia Park, CPA, MST
Format ........................ Instructor-led virtual class
Date held ..................... 07/15/2025
Credit ........................ 2 CPE (two)
Field ......................... Tax
Record no. .................... KRETF-0715-031
""",
        title="Cost Segregation Studies: When They Pay and When They Don't",
        sponsor="Keystone Real Estate Tax Forum",
        date="2025-07-15",
        hours=2.0,
        field="Taxes",
        number="KRETF-0715-031",
        method=GIB,
    ),
    Certificate(
        "statement_of_attendance_ordinal_of_month_cpe_after_number",
        """
Statement of Attendance

Mesa Verde Accounting Forum confirms the attendance of Ana Lucia Ferreira at its \
half-day seminar, Internal Controls for Small Nonprofits, held on the 3rd of March, 2025 \
at the Mesa Verde Conference Center.

Credit: 3.5 CPE     Field: Auditing     Confirmation MVAF-25-0303-77
""",
        title="Internal Controls for Small Nonprofits",
        sponsor="Mesa Verde Accounting Forum",
        date="2025-03-03",
        hours=3.5,
        field="Auditing",
        number="MVAF-25-0303-77",
        method=LIVE,
    ),
    Certificate(
        "single_quoted_title_in_a_sentence_offered_online_by",
        """
Certificate

Jorge Castillo completed the course 'Fraud in Payroll: Ghost Employees, Padding and \
Kickbacks' offered online by Bramblewood Forensic Training on 11/07/2025 and earned 1.5 \
CPE credits in Auditing through group internet-based instruction.

Certificate ID BFT-1107-4410
""",
        title="Fraud in Payroll: Ghost Employees, Padding and Kickbacks",
        sponsor="Bramblewood Forensic Training",
        date="2025-11-07",
        hours=1.5,
        field="Auditing",
        number="BFT-1107-4410",
        method=GIB,
    ),
    Certificate(
        "learning_format_group_live_credits_cpe_cle_pdc_on_one_line",
        """
# Certificate of Attendance
> Northshore Bar & Accounting Institute

Participant: Simone Gallagher, CPA, Esq.
Program: Business Valuation for Divorce Proceedings (Day 2 of 2)
Date(s): October 23-24, 2025
Learning format: Group Live (in-person, Evanston, IL)
Credits: CPE 7 | CLE 6 | PDC 7
Field of study: Specialized Knowledge
Certificate #: NBAI-1024-118
""",
        title="Business Valuation for Divorce Proceedings (Day 2 of 2)",
        sponsor="Northshore Bar & Accounting Institute",
        date="2025-10-24",
        hours=7.0,
        field="Specialized Knowledge",
        number="NBAI-1024-118",
        method=LIVE,
    ),
    Certificate(
        "year_first_title_with_colon_webinar_hours_one_cpe_field_s",
        """
Webinar Completion Certificate

2025 Not-for-Profit Industry Update: What Boards Are Asking

Presented by Larkspur Advisory Academy
Webinar date: September 17, 2025
Hours: 1 CPE
Field(s): Accounting
Attendee: Kwame Mensah
Webinar ID 883-221-907
""",
        title="2025 Not-for-Profit Industry Update: What Boards Are Asking",
        sponsor="Larkspur Advisory Academy",
        date="2025-09-17",
        hours=1.0,
        field="Accounting",
        number=None,
        method=GIB,
    ),
    Certificate(
        "we_certify_sentence_with_sponsor_at_the_foot_and_hours_of_cpe",
        """
CERTIFICATE OF CONTINUING PROFESSIONAL EDUCATION

We certify that Naomi Feld, CPA successfully completed Audit Data Analytics in Practice: \
Journal Entry Testing with Python on 4 December 2025, earning 8 hours of CPE in \
Auditing. The course was taught in a classroom.

Certificate number: 2025-12-04-NF-66

Prairie Sky School of Accountancy | 410 Elm Street, Fargo, ND 58102 | NASBA Sponsor 137705
""",
        title="Audit Data Analytics in Practice: Journal Entry Testing with Python",
        sponsor="Prairie Sky School of Accountancy",
        date="2025-12-04",
        hours=8.0,
        field="Auditing",
        number="2025-12-04-NF-66",
        method=LIVE,
    ),
    Certificate(
        "capitals_labels_with_dashes_behavioral_ethics_and_ceu",
        """
WESTGATE PROFESSIONAL LEARNING

CERTIFICATE OF COMPLETION

PARTICIPANT -- MARIA DELACROIX
COURSE -- THE ETHICAL LEADER: TRUST, BIAS AND DECISION-MAKING
DATE -- 06/30/2025
CPE -- 2.0 (0.2 CEU)
FIELD OF STUDY -- BEHAVIORAL ETHICS
METHOD -- GROUP INTERNET BASED
CERTIFICATE -- WPL-0630-9021
""",
        title="THE ETHICAL LEADER: TRUST, BIAS AND DECISION-MAKING",
        sponsor="WESTGATE PROFESSIONAL LEARNING",
        date="2025-06-30",
        hours=2.0,
        field="Behavioral Ethics",
        number="WPL-0630-9021",
        method=GIB,
    ),
    # ---------------------------------------------------------------- batch 4
    Certificate(
        "by_these_presents_cpe_units_conferred_date_of_conferral",
        """
# Old Dominion Institute of Tax Practitioners

> Be it known that
> Cornelius Abernathy, EA
> having completed the prescribed course of study in

> PRACTICE BEFORE THE IRS: COLLECTIONS, LIENS AND LEVIES (2025)

> is hereby conferred eight (8) CPE units in Taxes
> and eight (8) IRS continuing education credits.

Date of conferral: October 9, 2025        Delivery: Group Live        Cert. No. ODITP-8841
""",
        title="PRACTICE BEFORE THE IRS: COLLECTIONS, LIENS AND LEVIES (2025)",
        sponsor="Old Dominion Institute of Tax Practitioners",
        date="2025-10-09",
        hours=8.0,
        field="Taxes",
        number="ODITP-8841",
        method=LIVE,
    ),
    Certificate(
        "thank_you_for_attending_hosted_in_collaboration_credits_as_units",
        """
Thank you for attending!

Hollis & Reed Learning, in collaboration with the Midwest Controllers Roundtable, thanks \
you for attending "Close the Books in Five Days: A Practical Playbook" on Thursday, \
August 28, 2025.

Units of CPE: 1.0
Area of study: Accounting
Way of learning: Live online (Zoom)
Your certificate code: HRL-0828-3307
""",
        title="Close the Books in Five Days: A Practical Playbook",
        sponsor="Hollis & Reed Learning",
        date="2025-08-28",
        hours=1.0,
        field="Accounting",
        number="HRL-0828-3307",
        method=GIB,
    ),
    Certificate(
        "completion_statement_credit_hours_earned_ctec_and_ea_in_a_sentence",
        """
COMPLETION STATEMENT

The Cascade Tax Learning Group states that Priyanka Rao completed the self-study program \
Form 1041 Fiduciary Returns: Distributable Net Income Step by Step on 10/02/2025 and earned \
4 CPE credit hours, together with 4 CTEC hours and 4 IRS CE hours for enrolled agents.

Field: Taxes. Method: QAS Self-Study. Statement ID: CTLG/1002/5531.
""",
        title="Form 1041 Fiduciary Returns: Distributable Net Income Step by Step",
        sponsor="Cascade Tax Learning Group",
        date="2025-10-02",
        hours=4.0,
        field="Taxes",
        number="CTLG/1002/5531",
        method=QAS,
    ),
    Certificate(
        "program_name_label_provided_by_label_with_address_and_minutes_and_credits",
        """
Certificate of Completion

Program name: Managing Liquidity Risk: Treasury Basics for Controllers
Provided by: Summit Ridge Finance Academy, 88 Aspen Way, Denver, CO 80202
Duration: 100 minutes
CPE credits: 2.0
NASBA field: Finance
Completion date: Nov. 5, 2025
Mode: On-Demand (QAS Self Study)
Cert ID# SRFA-1105-2019
""",
        title="Managing Liquidity Risk: Treasury Basics for Controllers",
        sponsor="Summit Ridge Finance Academy",
        date="2025-11-05",
        hours=2.0,
        field="Finance",
        number="SRFA-1105-2019",
        method=QAS,
    ),
    Certificate(
        "sentence_credits_first_then_title_and_sponsor_with_weekday",
        """
Certificate of CPE

Two and one-half (2.5) CPE hours in Information Technology are awarded to Dmitri Volkov \
for the webinar IT General Controls for SOC 1 Engagements, offered by Bridgepoint Assurance \
Training on Monday, November 3, 2025.

Certificate no. BAT-1103-0072
""",
        title="IT General Controls for SOC 1 Engagements",
        sponsor="Bridgepoint Assurance Training",
        date="2025-11-03",
        hours=2.5,
        field="Information Technology",
        number="BAT-1103-0072",
        method=GIB,
    ),
    Certificate(
        "conference_session_certificate_track_and_room_and_cpe_hours_after",
        """
# 2025 Heartland Women in Accounting Summit
Session Certificate

Session: Negotiation Skills for Finance Leaders (Track B - Leadership)
Room: Prairie Ballroom C
Date: May 14, 2025
Organizer: Heartland Women in Accounting Association
CPE hours: 1.5 - Personal Development
Format: In person
""",
        title="Negotiation Skills for Finance Leaders (Track B - Leadership)",
        sponsor="Heartland Women in Accounting Association",
        date="2025-05-14",
        hours=1.5,
        field="Personal Development",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "letter_to_whom_it_may_concern_accredited_hours_in_field",
        """
To whom it may concern:

This letter verifies that Elena Marsh, CPA attended the Governmental Auditing Standards \
(Yellow Book) 2024 Revision Update, presented by Evergreen Public Sector Training, on \
January 22, 2025. The course was delivered as a live webinar and is accredited for 4.0 \
hours of continuing professional education in Auditing (Governmental).

Respectfully,
Training Registrar
Evergreen Public Sector Training
""",
        title="Governmental Auditing Standards (Yellow Book) 2024 Revision Update",
        sponsor="Evergreen Public Sector Training",
        date="2025-01-22",
        hours=4.0,
        field="Auditing (Governmental)",
        number=None,
        method=GIB,
    ),
    Certificate(
        "dashboard_export_key_value_pairs_with_equals_signs",
        """
cpe_certificate_export
learner = Owen Fitzgerald
course_title = Excel for Auditors: Lookups, Pivots and Data Validation
provider = Ironwood Audit Skills
completed_on = 2025-09-30
cpe_hours = 3
field_of_study = Computer Software and Applications
delivery_method = QAS Self Study
certificate_id = IAS-20250930-7712
""",
        title="Excel for Auditors: Lookups, Pivots and Data Validation",
        sponsor="Ironwood Audit Skills",
        date="2025-09-30",
        hours=3.0,
        field="Computer Software and Applications",
        number="IAS-20250930-7712",
        method=QAS,
    ),
    # ---------------------------------------------------------------- batch 5
    Certificate(
        "has_earned_credit_for_participating_hosted_via_platform_with_org_after",
        """
# Certificate of Participation

Alana Kealoha has earned 1.0 CPE credit for participating in the live webcast "Revenue \
Recognition for SaaS Bundles" on June 24, 2025, hosted via the Zoom platform by the Aloha \
State Accounting Circle.

Field of study: Accounting
ID: ASAC-0624-019
""",
        title="Revenue Recognition for SaaS Bundles",
        sponsor="Aloha State Accounting Circle",
        date="2025-06-24",
        hours=1.0,
        field="Accounting",
        number="ASAC-0624-019",
        method=GIB,
    ),
    Certificate(
        "credits_table_cpe_row_among_ce_bodies_and_taxation",
        """
Certificate of Completion - Tax Season Kickoff 2026: New Forms and Filing Changes

Sponsor: Lighthouse Tax Educators Inc.
Attendee: Farid Haddad, EA, CPA
Completed: 01/13/2026
Delivery: Webcast

Credit type          Hours    Field
CPE                  4.0      Taxation
IRS CE               4.0      Federal Tax Law Updates
CTEC                 4.0      Federal

Certificate Number: LTE-260113-0045
""",
        title="Tax Season Kickoff 2026: New Forms and Filing Changes",
        sponsor="Lighthouse Tax Educators Inc.",
        date="2026-01-13",
        hours=4.0,
        field="Taxes",
        number="LTE-260113-0045",
        method=GIB,
    ),
    Certificate(
        "in_witness_whereof_seal_and_date_completed_with_course_label",
        """
# Sierra Foothills Society of Accountants

This certifies that Brandon Achterberg has satisfactorily completed the course named \
below.

Course: Agricultural Cooperatives: Patronage Dividends and Section 199A(g)
Recommended CPE credit: 2
Field of study: Taxation
Delivery method: Group Live

In witness whereof we have set our seal this 11th day of September, 2025.

Registration no. SFSA-2025-1877
""",
        title="Agricultural Cooperatives: Patronage Dividends and Section 199A(g)",
        sponsor="Sierra Foothills Society of Accountants",
        date="2025-09-11",
        hours=2.0,
        field="Taxes",
        number="SFSA-2025-1877",
        method=LIVE,
    ),
    Certificate(
        "one_fact_per_sentence_course_first_with_hours_as_cpe_hours_earned",
        """
Verification of CPE

The course is Budgeting for Municipal Capital Projects.
The provider is Capital City Public Finance Institute.
The participant is Ruth Okonkwo.
The course ended on 15 August 2025.
CPE hours earned are 6.
The field of study is Finance.
The course was given in a classroom.
""",
        title="Budgeting for Municipal Capital Projects",
        sponsor="Capital City Public Finance Institute",
        date="2025-08-15",
        hours=6.0,
        field="Finance",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "title_in_capitals_with_edition_and_self_study_with_expiry",
        """
QAS SELF-STUDY CERTIFICATE

COURSE: THE COMPLETE GUIDE TO PAYROLL TAXES - 12TH EDITION
PUBLISHER / SPONSOR: Tanager Professional Press
PASSED FINAL EXAM: 2025-10-28
CPE CREDITS: 10.0
FIELD: TAXES
EXPIRES: 2026-10-28 (one year to complete)
CERTIFICATE NO.: TPP-48812
""",
        title="THE COMPLETE GUIDE TO PAYROLL TAXES - 12TH EDITION",
        sponsor="Tanager Professional Press",
        date="2025-10-28",
        hours=10.0,
        field="Taxes",
        number="TPP-48812",
        method=QAS,
    ),
    Certificate(
        "letter_dated_with_the_program_in_a_re_line_and_hours_in_words_ethics",
        """
Bayou State CPE Council
1400 Canal Street, New Orleans, LA 70112

November 30, 2025

Re: Louisiana Ethics for CPAs - Annual Update 2025

Dear Mr. Thibodeaux,

Our records confirm that you attended the above program in person on November 18, 2025. \
Two (2) hours of CPE credit in Regulatory Ethics have been recorded for you.

Cordially,
Bayou State CPE Council
""",
        title="Louisiana Ethics for CPAs - Annual Update 2025",
        sponsor="Bayou State CPE Council",
        date="2025-11-18",
        hours=2.0,
        field="Regulatory Ethics",
        number=None,
        method=LIVE,
    ),
]
