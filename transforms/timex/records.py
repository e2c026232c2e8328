"""Timex records as rows of the TIMEXES frame (`transforms/schemas.py`)."""

from __future__ import annotations

from transforms.records import Anchor, Timex


def timexes_to_rows(doc_id: str, timexes: list[Timex], anchor: Anchor | None) -> list[dict]:
    """One TIMEXES row per expression, in text order, with the anchor it was resolved against.

    >>> from datetime import date
    >>> t = Timex(0, 9, "yesterday", "DATE", "2024-10-17", date(2024, 10, 17), date(2024, 10, 17),
    ...           "day", None, "past", True, True)
    >>> row = timexes_to_rows("d1", [t], Anchor(date(2024, 10, 18)))[0]
    >>> row["timex_index"], row["begin_date"], row["anchor_date"]
    (0, datetime.date(2024, 10, 17), datetime.date(2024, 10, 18))
    """
    anchor_columns = {
        "anchor_date": anchor.value if anchor else None,
        "anchor_precision": anchor.precision if anchor else None,
        "anchor_is_inferred": anchor.is_inferred if anchor else None,
    }
    return [
        {"doc_id": doc_id, "timex_index": index, "start": t.start, "end": t.end, "text": t.text,
         "type": t.type, "value": t.value, "begin_date": t.begin_date, "end_date": t.end_date,
         "precision": t.precision, "mod": t.mod, "direction": t.direction,
         "needs_anchor": t.needs_anchor, "is_resolved": t.is_resolved, **anchor_columns}
        for index, t in enumerate(sorted(timexes, key=lambda t: (t.start, t.end)))
    ]
