"""Sources from the command line and from sources.toml (shipped defaults + user overrides)."""

from __future__ import annotations

from pathlib import Path

import pytest

from flows.sources import SHIPPED_SOURCES, Source, load_sources_file, sources_from_args

REPO = Path(__file__).resolve().parents[2]


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "my.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_urls_are_pages_paths_are_local_and_dash_is_standard_input(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    sources = sources_from_args(["https://news.example.org/feed.xml", str(tmp_path / "a.txt"), "-"],
                                lang="uk", allow_private_network=True)
    assert [(s.kind, s.location) for s in sources] == [
        ("page", "https://news.example.org/feed.xml"), ("local", str(tmp_path / "a.txt")),
        ("local", "-")]
    assert all(s.lang == "uk" and s.allow_private_network for s in sources)


@pytest.mark.parametrize(
    ("arg", "message"),
    [("ftp://example.org/a", "only http and https URLs can be fetched"),
     ("file:///etc/passwd", "only http and https URLs can be fetched"),
     ("no/such/folder", "no such file or folder")],
)
def test_bad_arguments_are_a_clear_value_error(arg, message):
    with pytest.raises(ValueError, match=message):
        sources_from_args([arg])


def test_the_shipped_file_is_the_repo_root_sources_toml_and_every_source_is_valid():
    assert SHIPPED_SOURCES == REPO / "sources.toml"
    sources = load_sources_file(None)
    assert sources and len({s.name for s in sources}) == len(sources)
    assert {s.kind for s in sources} <= {"local", "page", "feed"}
    samples = next(s for s in sources if s.kind == "local")
    assert samples.location == str(REPO / "samples")


def test_a_user_file_overrides_only_the_keys_it_sets(tmp_path):
    shipped = {s.name: s for s in load_sources_file(None)}
    name = next(n for n, s in shipped.items() if s.kind == "feed")
    mine = load_sources_file(write(tmp_path, f'[sources.{name}]\nschedule = "0 6 * * *"\n'))
    changed = {s.name: s for s in mine}[name]
    assert changed.schedule == "0 6 * * *"
    assert (changed.location, changed.lang, changed.kind) == (
        shipped[name].location, shipped[name].lang, shipped[name].kind)
    assert {s.name for s in mine} == set(shipped)


def test_a_user_file_adds_sources_disables_others_and_sets_defaults(tmp_path):
    name = load_sources_file(None)[0].name
    mine = load_sources_file(write(tmp_path, f"""
[defaults]
max_entries = 5
[sources.{name}]
enabled = false
[sources.kyiv-wire]
kind = "feed"
location = "https://wire.example.org/rss"
lang = "uk"
"""))
    by_name = {s.name: s for s in mine}
    assert name not in by_name
    assert by_name["kyiv-wire"] == Source("kyiv-wire", "feed", "https://wire.example.org/rss",
                                          lang="uk", max_entries=5)


def test_inherit_false_starts_from_no_sources_and_local_paths_are_relative_to_the_file(tmp_path):
    (tmp_path / "inbox").mkdir()
    mine = load_sources_file(write(tmp_path, """inherit = false
[sources.inbox]
kind = "local"
location = "inbox"
"""))
    assert mine == [Source("inbox", "local", str(tmp_path / "inbox"))]


@pytest.mark.parametrize(
    ("text", "message"),
    [('[sources."BBC World"]\nkind = "feed"\nlocation = "https://x.example/rss"\n',
      "names are lower-case letters"),
     ('[sources.x]\nkind = "podcast"\nlocation = "https://x.example/rss"\n', "kind must be one of"),
     ('[sources.x]\nkind = "feed"\n', "location is required"),
     ('[sources.x]\nkind = "feed"\nlocation = "/etc/feed.xml"\n', "must be an http"),
     ('[sources.x]\nkind = "feed"\nlocation = "https://x.example"\nschedul = "* * * * *"\n',
      r"unknown keys \['schedul'\]"),
     ('[sources.x]\nkind = "feed"\nlocation = "https://x.example"\nschedule = "61 * * * *"\n',
      "not a valid cron string"),
     ('[sources.x]\nkind = "feed"\nlocation = "https://x.example"\nlang = "English"\n',
      "lang must be an ISO 639 code"),
     ('[sources.x]\nkind = "feed"\nlocation = "https://x.example"\nmax_entries = 0\n',
      "max_entries must be a positive integer"),
     ('[sources.x]\nkind = "feed"\nlocation = "https://x.example"\n'
      'allow_private_network = "yes"\n', "allow_private_network must be true or false"),
     ("[sources.x\n", "not valid TOML"),
     ("[feeds.x]\n", "unknown top-level keys")],
    ids=["name", "kind", "location", "feed-path", "typo", "cron", "lang", "max-entries",
         "bool", "toml", "top-level"],
)
def test_mistakes_in_a_sources_file_are_value_errors_naming_the_file(tmp_path, text, message):
    path = write(tmp_path, "inherit = false\n" + text)
    with pytest.raises(ValueError, match=message) as caught:
        load_sources_file(path)
    assert str(path) in str(caught.value)


def test_a_missing_sources_file_is_a_value_error(tmp_path):
    with pytest.raises(ValueError, match="sources file not found"):
        load_sources_file(tmp_path / "nope.toml")
