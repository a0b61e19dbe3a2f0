"""What a corpus entry is: a certificate and the row it should become."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cpe_runs.extraction import TemplateField

CALIFORNIA_FIELDS = (
    TemplateField("Course Title", "text", display_order=1),
    TemplateField("Provider/Sponsor", "text", display_order=2),
    TemplateField("Completion Date", "date", display_order=3),
    TemplateField("CPE Hours", "number", display_order=4),
    TemplateField("Field of Study", "text", display_order=5),
    TemplateField("Certificate Number", "text", display_order=6),
    TemplateField("Delivery Method", "text", display_order=7),
)


@dataclass(frozen=True)
class Certificate:
    name: str
    markup: str
    title: str | None
    sponsor: str | None
    date: str | None
    hours: float | None
    field: str | None
    number: str | None
    method: str | None

    @property
    def expected(self) -> dict[str, Any]:
        """The California row a person would fill in from this certificate."""
        return {
            "Course Title": self.title,
            "Provider/Sponsor": self.sponsor,
            "Completion Date": self.date,
            "CPE Hours": self.hours,
            "Field of Study": self.field,
            "Certificate Number": self.number,
            "Delivery Method": self.method,
        }
