"""The demo's source data: the JSON files in ``resources/demo/``."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from kam_desktop import resources


@dataclass(frozen=True)
class DemoData:
    """The demo's JSON files, read once per build."""

    geography: dict[str, Any]
    industries: list[dict[str, Any]]
    names: dict[str, Any]
    people: dict[str, Any]
    roles: dict[str, Any]
    products: dict[str, dict[str, Any]]
    competitors: list[str]
    visits: dict[str, Any]
    spin: dict[str, list[list[str]]]
    accounts: dict[str, Any]

    @property
    def owner(self) -> str:
        return str(self.people["owner"])

    @classmethod
    def load(cls) -> DemoData:
        def read(name: str) -> Any:
            with resources.path(f"resources/demo/{name}.json").open(encoding="utf-8") as fh:
                return json.load(fh)

        products = read("products")
        return cls(
            geography=read("geography"),
            industries=read("industries")["industries"],
            names=read("company_names"),
            people=read("people"),
            roles=read("roles"),
            products={p["key"]: p for p in products["products"]},
            competitors=products["competitors"],
            visits=read("visits"),
            spin=read("spin_notes"),
            accounts=read("accounts"),
        )
