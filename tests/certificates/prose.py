"""Certificates written as sentences, with few labels or none."""

from __future__ import annotations

from .corpus import Certificate

GIB = "Group Internet Based"
LIVE = "Group Live"
QAS = "QAS Self Study"

PROSE = [
    Certificate(
        "conference_attendance_range",
        """
# CALIFORNIA SOCIETY OF TAX PROFESSIONALS
# Certificate of Attendance

> This certifies that Robert Chen attended the
> 2024 Fall Federal Tax Update Conference
> held November 12-13, 2024 in Sacramento, California.

Sponsored by: California Society of Tax Professionals, NASBA Sponsor #108844
CPE Hours Earned: 16.0
Field of Study: Taxes
Instructional Method: Group Live
""",
        title="2024 Fall Federal Tax Update Conference",
        sponsor="California Society of Tax Professionals",
        date="2024-11-13",
        hours=16.0,
        field="Taxes",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "one_paragraph_everything",
        """
# Certificate of Completion
> This is to certify that Priya Natarajan has successfully completed "Ethics for \
California CPAs: Regulatory Review" on 14 March 2025, earning 4.0 CPE credits in Ethics \
(Regulatory) through QAS Self Study.
> Sponsored by Pacific Ethics Institute, NASBA Sponsor #120987.
> Certificate #PEI-88213
""",
        title="Ethics for California CPAs: Regulatory Review",
        sponsor="Pacific Ethics Institute",
        date="2025-03-14",
        hours=4.0,
        field="Regulatory Ethics",
        number="PEI-88213",
        method=QAS,
    ),
    Certificate(
        "seminar_two_day_range_slashes",
        """
Continuing Professional Education Certificate

This certifies that
Linda Park
has attended the seminar
Not-for-Profit Financial Reporting Essentials
presented by Valley Accounting Seminars

Date(s): 09/18/2024 - 09/19/2024
Location: Fresno, CA
Hours: 14
Field of Study: Accounting
Format: In person (classroom)
""",
        title="Not-for-Profit Financial Reporting Essentials",
        sponsor="Valley Accounting Seminars",
        date="2024-09-19",
        hours=14.0,
        field="Accounting",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "email_style_quoted_title",
        """
Thank you for attending!

Your CPE certificate for "Revenue Recognition Roundtable" (Group Internet Based) is below.

Sponsor: Apex Accounting Forum (NASBA #107711)
Date attended: Feb 20 2025
CPE credit: 1.0 hour
Field of study: Accounting
Certificate number: 5521-7784
""",
        title="Revenue Recognition Roundtable",
        sponsor="Apex Accounting Forum",
        date="2025-02-20",
        hours=1.0,
        field="Accounting",
        number="5521-7784",
        method=GIB,
    ),
    Certificate(
        "letterhead_centred_governmental_audit",
        """
# The Yellow Book Institute
# Certificate of Completion

> Presented to
> Marcus Hill
> for completion of
> Single Audit Update 2025

Completed: April 2, 2025          CPE: 8.0 credits
Field of Study: Auditing - Governmental          Delivery: Group Live
NASBA Sponsor #114455          Certificate No. YBI-25-1187
""",
        title="Single Audit Update 2025",
        sponsor="The Yellow Book Institute",
        date="2025-04-02",
        hours=8.0,
        field="Auditing (Governmental)",
        number="YBI-25-1187",
        method=LIVE,
    ),
    Certificate(
        "sparse_one_item_per_line",
        """
Certificate of Completion

Jordan Ellis

has completed

Excel Power Query for Accountants

on

August 5, 2025

1.0 CPE Hour
""",
        title="Excel Power Query for Accountants",
        sponsor=None,
        date="2025-08-05",
        hours=1.0,
        field=None,
        number=None,
        method=None,
    ),
    Certificate(
        "sponsored_by_footer_brief_example",
        """
# CERTIFICATE OF COMPLETION
> Awarded to Michelle Tran
> for successfully completing the live webcast
> Payroll Tax Compliance in 2025
> on 03/14/2025
> 4.0 CPE credits - Field of Study: Taxes

~ Sponsored by ACME CPE, NASBA Sponsor #112233
""",
        title="Payroll Tax Compliance in 2025",
        sponsor="ACME CPE",
        date="2025-03-14",
        hours=4.0,
        field="Taxes",
        number=None,
        method=GIB,
    ),
    Certificate(
        "hours_in_words",
        """
# Oakridge Accounting Academy
Certificate of Completion

This certificate is presented to Isabel Fernandez in recognition of the successful \
completion of Internal Controls Over Financial Reporting, a group live seminar held on \
October 7, 2024, for which Eight (8.0) CPE Credit Hours are awarded in the field of \
Auditing.

Oakridge Accounting Academy is registered with the National Association of State Boards of \
Accountancy (NASBA) as a sponsor of continuing professional education on the National \
Registry of CPE Sponsors.
""",
        title="Internal Controls Over Financial Reporting",
        sponsor="Oakridge Accounting Academy",
        date="2024-10-07",
        hours=8.0,
        field="Auditing",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "for_hours_of_credit_no_labels",
        """
# Lakeside CPE Group
> certifies that
> Benjamin Carter
> completed the live webinar
> Tax Planning for Closely Held Businesses
> on July 22, 2025 for 3 hours of CPE credit
> in Taxes
""",
        title="Tax Planning for Closely Held Businesses",
        sponsor="Lakeside CPE Group",
        date="2025-07-22",
        hours=3.0,
        field="Taxes",
        number=None,
        method=GIB,
    ),
    Certificate(
        "production_course_id_not_certificate",
        """
CERTIFICATE OF COMPLETION

Congratulations, Ahmed Hassan!
You have successfully completed Cost Accounting for Manufacturers (Course ID: CAM-210).

Completion date: 2025-04-30
CPE credits: 5.0
Field of study: Production
Delivery method: QAS Self Study
Provided by: Foundry Finance Education

~ Foundry Finance Education is registered with NASBA as a QAS Self Study sponsor.
""",
        title="Cost Accounting for Manufacturers",
        sponsor="Foundry Finance Education",
        date="2025-04-30",
        hours=5.0,
        field="Production",
        number=None,
        method=QAS,
    ),
    Certificate(
        "multi_line_wrapped_title",
        """
# Certificate of Completion
> This certifies that Chloe Anderson has successfully completed the course
> "Implementing the Current Expected Credit Loss Model: Practical Steps for Community \
Banks and Credit Unions"
> on May 2, 2025 and has earned 2.5 CPE credits.

Sponsor: Meridian Bank Education Services
Field of Study: Accounting
Delivery Method: Group Internet Based
Certificate #: MBES-0502-4471
""",
        title=(
            "Implementing the Current Expected Credit Loss Model: "
            "Practical Steps for Community Banks and Credit Unions"
        ),
        sponsor="Meridian Bank Education Services",
        date="2025-05-02",
        hours=2.5,
        field="Accounting",
        number="MBES-0502-4471",
        method=GIB,
    ),
    Certificate(
        "regulatory_ethics_variant",
        """
# CERTIFICATE
> of Completion

> Golden Bear CPE hereby certifies that Kenji Watanabe has completed
> California Regulatory Review: Rules and Standards for CPAs
> a Group Internet Based program of 2.0 CPE hours in Regulatory Ethics
> Completed on 2025-06-30

~ Golden Bear CPE, NASBA Sponsor #139900. Certificate No. GB-6630-2
""",
        title="California Regulatory Review: Rules and Standards for CPAs",
        sponsor="Golden Bear CPE",
        date="2025-06-30",
        hours=2.0,
        field="Regulatory Ethics",
        number="GB-6630-2",
        method=GIB,
    ),
    Certificate(
        "statement_of_credit_short",
        """
STATEMENT OF CPE CREDIT

Mountain West CPA Society confirms that
Paul Nguyen
attended Audit Sampling Techniques
Date: 11/05/2024
Credits: 2.0 (50-minute hours)
Field of Study: Auditing
Virtual live
""",
        title="Audit Sampling Techniques",
        sponsor="Mountain West CPA Society",
        date="2024-11-05",
        hours=2.0,
        field="Auditing",
        number=None,
        method=GIB,
    ),
    Certificate(
        "no_hours_no_date_found",
        """
# Certificate of Participation

This certifies that Emily Clark participated in
Women in Accounting Leadership Panel
Presented by: Bay Area Accounting Women's Network
Field of Study: Personal Development
""",
        title="Women in Accounting Leadership Panel",
        sponsor="Bay Area Accounting Women's Network",
        date=None,
        hours=None,
        field="Personal Development",
        number=None,
        method=None,
    ),
    Certificate(
        "self_paced_online_word_month",
        """
# Certificate of Completion
> Congratulations to Owen Murphy on completing

Cloud Accounting Systems: Choosing and Implementing
Completed: 3 June 2025
CPE: 1.2 credits (QAS Self-Study, self-paced online)
Field of Study: Computer Software & Applications
Provided by Ledgerly Online Learning

Certificate ID  LOL-060325-17
""",
        title="Cloud Accounting Systems: Choosing and Implementing",
        sponsor="Ledgerly Online Learning",
        date="2025-06-03",
        hours=1.2,
        field="Computer Software & Applications",
        number="LOL-060325-17",
        method=QAS,
    ),
    Certificate(
        "governmental_accounting_compact",
        """
Certificate of Completion | GASB 96 Subscription-Based IT Arrangements
Awarded to Diane Foster | Completed 2/14/2025 | 1.5 CPE Credits
Field of Study: Accounting (Governmental) | Delivery: Webcast
Civic Finance Learning Center, NASBA Sponsor #117733
""",
        title="GASB 96 Subscription-Based IT Arrangements",
        sponsor="Civic Finance Learning Center",
        date="2025-02-14",
        hours=1.5,
        field="Accounting (Governmental)",
        number=None,
        method=GIB,
    ),
    Certificate(
        "in_person_workshop_ordinal_date",
        """
# Certificate of Completion

> This is to certify that Brian Walsh, CPA
> has successfully completed the in-person workshop
> Advanced Excel for Auditors
> on the 21st of March, 2025

CPE Credits: 6.5
Field of Study: Computer Software and Applications
Sponsor: Silver State CPE Seminars
Certificate No: SSS-2025-0321-08
""",
        title="Advanced Excel for Auditors",
        sponsor="Silver State CPE Seminars",
        date="2025-03-21",
        hours=6.5,
        field="Computer Software and Applications",
        number="SSS-2025-0321-08",
        method=LIVE,
    ),
]
