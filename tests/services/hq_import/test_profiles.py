"""Mapping profiles: saved in the book, offered again for a list with the same headers."""

from __future__ import annotations

from pathlib import Path

import pytest

from kam_desktop.db.book import Book
from kam_desktop.domain.errors import InvalidInput
from kam_desktop.services.hq_import.model import ImportOptions
from kam_desktop.services.hq_import.overview import FieldTwice, UnknownProfile, inspect_list
from kam_desktop.services.hq_import.profiles import delete_profile, profile_names, save_profile
from kam_desktop.services.hq_import.run import run_import

from .helpers import accounts, write_list

HEADER = ("客户编码", "客户名称", "片区", "城市")


def test_a_saved_mapping_is_applied_to_the_next_list_with_these_headers(
    book: Book, tmp_path: Path
) -> None:
    first = write_list(tmp_path / "nov.csv", [["000001", "甲公司", "华东", "杭州"]], HEADER)
    overview = inspect_list(book, first)
    assert [c.field for c in overview.columns] == ["code", "name", None, "city"]
    assert overview.profile is None
    assert overview.profiles == ()
    # the rep says 片区 is the province and the city column is not wanted
    save_profile(book, "华东模板", overview, {2: "province", 3: None})
    december = write_list(tmp_path / "dec.csv", [["000002", "乙公司", "华北", "北京"]], HEADER)
    again = inspect_list(book, december)
    assert again.profile == "华东模板"
    assert again.profiles == ("华东模板",)
    assert [c.field for c in again.columns] == ["code", "name", "province", None]
    run_import(book, december)
    imported = accounts(book)["000002"]
    assert (imported.province, imported.city) == ("华北", None)
    other = write_list(tmp_path / "other.csv", [["000003", "丙公司"]], HEADER[:2])
    assert inspect_list(book, other).profile is None  # other headers: not offered
    with pytest.raises(UnknownProfile):
        inspect_list(book, other, ImportOptions(profile="华东模板"))
    assert profile_names(book) == ("华东模板",)
    delete_profile(book, "华东模板")
    assert inspect_list(book, december).profile is None


def test_a_mapping_needs_a_name_and_one_column_per_field(book: Book, tmp_path: Path) -> None:
    path = write_list(tmp_path / "l.csv", [["000001", "甲公司", "华东", "杭州"]], HEADER)
    overview = inspect_list(book, path)
    with pytest.raises(InvalidInput):
        save_profile(book, "  ", overview, {})
    with pytest.raises(FieldTwice):
        inspect_list(
            book, path, ImportOptions(columns={0: "code", 1: "name", 2: "city", 3: "city"})
        )
    unnamed = inspect_list(book, path, ImportOptions(columns={0: "code", 1: None}))
    assert unnamed.missing == ("name",)
