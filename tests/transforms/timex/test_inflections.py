"""Case forms of month and weekday names, derived from CLDR (Babel) names and case endings."""

from __future__ import annotations

import pytest

from transforms.timex.inflections import month_forms, weekday_forms
from transforms.timex.locales import tables


@pytest.mark.parametrize(
    "lang, form, month",
    [
        ("lv", "oktobrī", 10),
        ("lv", "augusta", 8),
        ("lv", "martā", 3),
        ("sr", "avgustu", 8),
        ("sr", "oktobra", 10),
        ("sr", "октобра", 10),
        ("sr", "августу", 8),
        ("te", "అక్టోబరు", 10),
        ("te", "అక్టోబర్", 10),
    ],
    ids=lambda v: str(v),
)
def test_month_case_forms_come_from_cldr_names(lang, form, month):
    assert month_forms(lang)[form] == month
    assert tables(lang).months[form] == month


@pytest.mark.parametrize(
    "lang, form, weekday",
    [
        ("lv", "sestdien", 5),
        ("lv", "pirmdienā", 0),
        ("hr", "subotu", 5),
        ("hr", "petka", 4),
        ("sr", "sredu", 2),
        ("sr", "суботу", 5),
    ],
    ids=lambda v: str(v),
)
def test_weekday_case_forms_come_from_cldr_names(lang, form, weekday):
    assert weekday_forms(lang)[form] == weekday
    assert tables(lang).weekdays[form] == weekday


def test_serbian_reads_both_scripts():
    months = tables("sr").months
    assert months["oktobar"] == months["октобар"] == 10


def test_serbian_sunday_is_not_inflected_because_nedelja_is_also_a_week():
    assert "nedelju" not in weekday_forms("sr")
    assert "nedjelju" in weekday_forms("hr")


def test_languages_without_endings_get_no_forms():
    assert month_forms("de") == {} and weekday_forms("de") == {}
