"""The examples in the tagger modules' docstrings are true (each is run as a doctest)."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [f"transforms.timex.{name}" for name in (
    "cjk_days", "counts", "date_shapes", "dateparsing", "deadline_weekdays", "direction",
    "english_quarters", "english_spans", "inflections", "lexicon", "locales", "names",
    "positions", "records", "resolve", "tagger", "timex3")]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_hold(name):
    result = doctest.testmod(importlib.import_module(name))
    assert result.attempted > 0 and result.failed == 0
