"""Korean, Japanese and Chinese days of the month named without their month ("지난 9일").

Sentences written for these tests, read against fixed anchors (2025-01-12 and 2024-10-18).
"""

from __future__ import annotations

from datetime import date

import pytest

from transforms.records import Anchor
from transforms.timex.tagger import tag_timexes

JANUARY_12 = Anchor(date(2025, 1, 12), "day", "sidecar")
OCTOBER_18 = Anchor(date(2024, 10, 18), "day", "sidecar")

# (language, anchor, sentence, expression text, value)
DAYS = [
    ("ko", JANUARY_12, "우크라이나군은 지난 9일 북한군 2명을 생포했다.", "지난 9일", "2025-01-09"),
    ("ko", JANUARY_12, "지난 15일 회담이 열렸다.", "지난 15일", "2024-12-15"),
    ("ko", JANUARY_12, "양국 회담은 오는 15일 열릴 예정이다.", "오는 15일", "2025-01-15"),
    ("ko", JANUARY_12, "오는 9일 회담이 열린다.", "오는 9일", "2025-02-09"),
    ("ko", OCTOBER_18, "국정원은 18일 북한군 파병 사실을 공식 확인했다.", "18일", "2024-10-18"),
    ("ko", OCTOBER_18, "병력은 8일부터 13일까지 이동했다.", "13일", "2024-10-13"),
    ("ja", JANUARY_12, "北朝鮮は9日、弾道ミサイルを発射した。", "9日", "2025-01-09"),
    ("ja", JANUARY_12, "首脳会談は来る15日に開かれる。", "来る15日", "2025-01-15"),
    ("zh", JANUARY_12, "朝鲜9日发射了一枚导弹。", "9日", "2025-01-09"),
    ("zh", JANUARY_12, "乌军于9号俘虏了两名士兵。", "9号", "2025-01-09"),
]


@pytest.mark.parametrize(("lang", "anchor", "sentence", "text", "value"), DAYS)
def test_day_of_month_without_month_resolves_near_the_anchor(lang, anchor, sentence, text,
                                                             value):
    found = [(t.text, t.type, t.value) for t in tag_timexes(sentence, anchor, lang)]
    assert (text, "DATE", value) in found


# (language, sentence, expression text, type, value): counted days stay lengths or shifts.
COUNTS = [
    ("ko", "훈련은 9일간 이어졌다.", "9일", "DURATION", "P9D"),
    ("ko", "3일 전 미사일을 발사했다.", "3일 전", "DATE", "2024-10-15"),
    ("ko", "피란민은 1일 평균 300명에 이른다.", "1일", "DURATION", "P1D"),
    ("ja", "9日間の訓練が行われた。", "9日間", "DURATION", "P9D"),
    ("zh", "训练持续了9天。", "9天", "DURATION", "P9D"),
]


@pytest.mark.parametrize(("lang", "sentence", "text", "kind", "value"), COUNTS)
def test_counted_days_are_not_read_as_a_day_of_the_month(lang, sentence, text, kind, value):
    found = [(t.text, t.type, t.value) for t in tag_timexes(sentence, OCTOBER_18, lang)]
    assert found == [(text, kind, value)]


def test_numbered_line_in_chinese_is_not_a_date():
    found = tag_timexes("地铁9号线今天停运。", OCTOBER_18, "zh")
    assert "9号" not in [t.text for t in found]


def test_day_of_month_without_anchor_is_kept_unresolved():
    found = tag_timexes("지난 9일 미사일을 발사했다.", None, "ko")
    assert [(t.text, t.value, t.is_resolved) for t in found] == [("지난 9일", "XXXX-XX-09", False)]
