"""Tuning certificates for the failure classes issue 12 names and the label wording they
come with: a certificate number printed after "Certificate" with no label, a sponsor
sentence that runs on into the date (also wrapped over two lines), a title wrapped
below its label, "Host" / "Issued by" / "ID" labels, a title after "attended N
minutes of the webinar", and a total that must beat a table's per-session credits.
Rules may cite these (they are in the tuning set)."""

from __future__ import annotations

from .corpus import Certificate

GIB = "Group Internet Based"
LIVE = "Group Live"
QAS = "QAS Self Study"

LAYOUTS = [
    Certificate(
        "unlabelled_number_after_certificate",
        """
# Certificate CPE-24-77120
> Jordan Blake has completed Depreciation Deep Dive on May 2, 2024,
> earning 3.0 CPE credits in Taxes.

Provided by Copperline Tax School
QAS Self-Study
""",
        title="Depreciation Deep Dive",
        sponsor="Copperline Tax School",
        date="2024-05-02",
        hours=3.0,
        field="Taxes",
        number="CPE-24-77120",
        method=QAS,
    ),
    Certificate(
        "sponsor_sentence_wrapped_into_the_date",
        """
# Certificate of Attendance
> Nina Patel attended Segment Reporting Essentials sponsored by Lakeside Accounting
> Forum on September 17, 2024 and earned 2.0 CPE credits.

Field of Study: Accounting
Delivery Method: Group Live
""",
        title="Segment Reporting Essentials",
        sponsor="Lakeside Accounting Forum",
        date="2024-09-17",
        hours=2.0,
        field="Accounting",
        number=None,
        method=LIVE,
    ),
    Certificate(
        "hosted_by_label_runs_into_the_date",
        """
# Webinar Certificate

Webinar: Cyber Risk for Audit Committees
Hosted by: Brightline Governance Institute on March 12, 2024
CPE Credits: 1.0
Field of Study: Auditing
""",
        title="Cyber Risk for Audit Committees",
        sponsor="Brightline Governance Institute",
        date="2024-03-12",
        hours=1.0,
        field="Auditing",
        number=None,
        method=GIB,
    ),
    Certificate(
        "title_wrapped_below_its_label",
        """
# CERTIFICATE OF COMPLETION

COURSE TITLE
Accounting for Income Taxes: Deferred Items, Valuation Allowances and
Uncertain Positions

SPONSOR
DELTA CPE PARTNERS

DATE COMPLETED
2024-11-08

CPE CREDITS
4.0
""",
        title=(
            "Accounting for Income Taxes: Deferred Items, Valuation Allowances and"
            " Uncertain Positions"
        ),
        sponsor="DELTA CPE PARTNERS",
        date="2024-11-08",
        hours=4.0,
        field=None,
        number=None,
        method=None,
    ),
    Certificate(
        "host_and_issued_by_labels",
        """
# Certificate of Completion

Topic: Nonprofit Revenue Streams
Host: Willow Creek CPE
Date: 2024-06-20
Credits: 1.5

Issued by: Willow Creek CPE, LLC
""",
        title="Nonprofit Revenue Streams",
        sponsor="Willow Creek CPE, LLC",
        date="2024-06-20",
        hours=1.5,
        field=None,
        number=None,
        method=None,
    ),
    Certificate(
        "issued_by_and_id_labels",
        """
# Certificate of Achievement

Course: Forensic Interviewing Basics
Issued by: Trailhead Forensic Academy
Completed: 08/08/2024
CPE: 2.0
ID: TFA-2208-19
""",
        title="Forensic Interviewing Basics",
        sponsor="Trailhead Forensic Academy",
        date="2024-08-08",
        hours=2.0,
        field=None,
        number="TFA-2208-19",
        method=None,
    ),
    Certificate(
        "attended_minutes_of_the_webinar_title_below",
        """
# Attendance Certificate
> Leo Grant attended 50 minutes of the webinar
> Going Concern Judgments in Uncertain Times
> on January 30, 2024.

CPE Credit: 1.0
Field of Study: Auditing
""",
        title="Going Concern Judgments in Uncertain Times",
        sponsor=None,
        date="2024-01-30",
        hours=1.0,
        field="Auditing",
        number=None,
        method=GIB,
    ),
    Certificate(
        "total_credits_beat_the_sessions_table",
        """
# Certificate of Attendance

Program: Spring Tax Symposium
Sponsor: Valley Tax Professionals
Date: April 18, 2024

Session                          Credits
Individual Tax Update            2.0
Partnership Update               2.0
Ethics for Tax Practitioners     1.0

Total Credits: 5.0
Delivery Method: Group Live
""",
        title="Spring Tax Symposium",
        sponsor="Valley Tax Professionals",
        date="2024-04-18",
        hours=5.0,
        field=None,
        number=None,
        method=LIVE,
    ),
]
