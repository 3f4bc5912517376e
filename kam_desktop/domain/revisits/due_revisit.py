"""One due revisit (待回访) of one account: its rule, due date, stable key and bilingual reason."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kam_desktop.domain.enums import RevisitRule
from kam_desktop.domain.errors import Text
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from kam_desktop.domain.labels import Labeled
from kam_desktop.domain.revisits.account_facts import Params

REASONS = {
    "after_order": QT_TRANSLATE_NOOP("revisits", "Day {day} after the order of {order_date}"),
    "after_order_product": QT_TRANSLATE_NOOP(
        "revisits", "Day {day} after the order of {order_date} ({product})"
    ),
    "repurchase": QT_TRANSLATE_NOOP(
        "revisits", "Repurchase due (ordered {order_date}, every {cycle} days)"
    ),
    "repurchase_product": QT_TRANSLATE_NOOP(
        "revisits", "{product}: repurchase due (ordered {order_date}, every {cycle} days)"
    ),
    "periodic": QT_TRANSLATE_NOOP(
        "revisits", "Every {days} days for {level} accounts; last contact {last_contact}"
    ),
    "periodic_never": QT_TRANSLATE_NOOP(
        "revisits", "Every {days} days for {level} accounts; never visited"
    ),
    "complaint_opened": QT_TRANSLATE_NOOP(
        "revisits", "Complaint ({category}) open since {opened_on}"
    ),
    "complaint_resolved": QT_TRANSLATE_NOOP(
        "revisits", "Complaint ({category}) resolved on {resolved_on}: check satisfaction"
    ),
    "holiday": QT_TRANSLATE_NOOP("revisits", "{holiday} on {on}"),
    "birthday": QT_TRANSLATE_NOOP("revisits", "Birthday of {name} on {on}"),
    "dormant": QT_TRANSLATE_NOOP(
        "revisits", "No order since {last_order} ({days} days): reactivation visit"
    ),
    "next_step": QT_TRANSLATE_NOOP("revisits", "Next step due {due_on}: {text}"),
    "value_falling_tier": QT_TRANSLATE_NOOP(
        "revisits", "Value falling: tier {from_tier} → {to_tier} since {month}"
    ),
    "value_falling_score": QT_TRANSLATE_NOOP(
        "revisits", "Value falling: score down {drop} over {months} months"
    ),
    "value_falling_score_month": QT_TRANSLATE_NOOP(
        "revisits", "Value falling: score down {drop} since the month before"
    ),
}
NO_CATEGORY = Text("revisits", QT_TRANSLATE_NOOP("revisits", "no category"))


@dataclass(frozen=True)
class DueRevisit:
    """One due revisit of one account, with a stable key for the rep's decisions."""

    account_id: str
    rule: RevisitRule
    # Unique in the book (RevisitItem.rule_key): "<rule>:<id of what triggered it>[:<when>]",
    # e.g. "after_order:<order id>:5", "periodic:<account id>:<due date>".
    rule_key: str
    due_on: date
    reason: str  # English template, marked for translation in context "revisits"
    params: Params = ()
    overdue_days: int = 0
    contact_id: str | None = None  # the person a birthday revisit is for

    def message(self, language: str | None = None) -> str:
        """The reason in ``language`` ("zh_CN"/"en"), or the installed translator's."""
        template = self.reason if language == "en" else translate("revisits", self.reason)
        return template.format(**{k: _render(v, language) for k, v in self.params})


def _render(value: object, language: str | None) -> str:
    if isinstance(value, Labeled):
        return value.label(language)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
