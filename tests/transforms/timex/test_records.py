"""Timexes become rows of the TIMEXES frame the warehouse loads."""

from __future__ import annotations

from datetime import date

import polars as pl

from transforms import schemas
from transforms.records import Anchor
from transforms.timex.records import timexes_to_rows
from transforms.timex.tagger import tag_timexes

ANCHOR = Anchor(date(2024, 10, 18), "day", "sidecar")


def test_rows_fit_the_timexes_frame_schema():
    found = tag_timexes("Troops arrived yesterday and will leave by November 1.", ANCHOR, "en")
    frame = schemas.frame("timexes", timexes_to_rows("d1", found, ANCHOR))
    assert frame.schema == pl.Schema(schemas.TIMEXES)
    assert frame["timex_index"].to_list() == [0, 1]
    assert frame["value"].to_list() == ["2024-10-17", "2024-11-01"]
    assert frame["anchor_date"].to_list() == [date(2024, 10, 18)] * 2


def test_rows_of_an_inferred_anchor_are_flagged_as_inferred():
    anchor = Anchor(date(2024, 10, 18), "day", "text", True)
    rows = timexes_to_rows("d1", tag_timexes("It began yesterday.", anchor, "en"), anchor)
    assert rows[0]["anchor_is_inferred"] is True


def test_rows_without_anchor_carry_no_anchor_date():
    rows = timexes_to_rows("d1", tag_timexes("It began yesterday.", None, "en"), None)
    assert rows[0]["anchor_date"] is None and rows[0]["is_resolved"] is False


def test_to_json_carries_every_field_the_cli_prints():
    timex = tag_timexes("It began in August.", ANCHOR, "en")[0]
    assert timex.to_json() == {
        "start": 12, "end": 18, "text": "August", "type": "DATE", "value": "2024-08",
        "begin": "2024-08-01", "end_date": "2024-08-31", "precision": "month", "mod": None,
        "direction": "past", "needs_anchor": True, "is_resolved": True,
    }
