"""The examples in the event modules' docstrings are true (each is run as a doctest)."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "transforms.sentences",
    "transforms.events.actors",
    "transforms.events.claims",
    "transforms.events.clause_dates",
    "transforms.events.clauses",
    "transforms.events.context",
    "transforms.events.dating",
    "transforms.events.extract",
    "transforms.events.lexicon",
    "transforms.events.memory",
    "transforms.events.ontology",
    "transforms.events.place_use",
    "transforms.events.places",
    "transforms.events.quantities",
    "transforms.events.roles",
    "transforms.events.state_forces",
    "transforms.events.status",
    "transforms.events.verb_final",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_hold(name):
    result = doctest.testmod(importlib.import_module(name))
    assert result.attempted > 0 and result.failed == 0
