"""Every source in sources.toml becomes a pipeline deployment with its cron and parameters."""

from __future__ import annotations

from pathlib import Path

import pytest

from flows.deployments import build_deployments
from flows.inputs import InputRequest
from flows.sources import Source, load_sources_file


@pytest.fixture(scope="module")
def shipped():
    sources = load_sources_file(None)
    return sources, build_deployments(sources, "/tmp/datelines-test.duckdb")


def test_one_deployment_per_shipped_source_named_after_it(shipped):
    sources, deployments = shipped
    assert [d.name for d in deployments] == [s.name for s in sources]
    assert all(d.entrypoint == "flows/pipeline.py:pipeline" for d in deployments)


def test_each_deployment_carries_its_sources_cron_or_no_schedule(shipped):
    for source, deployment in zip(*shipped, strict=True):
        crons = [s.schedule.cron for s in deployment.schedules]
        assert crons == ([source.schedule] if source.schedule else [])


def test_deployment_parameters_validate_against_the_pipeline_flow(shipped):
    from flows.pipeline import pipeline

    for source, deployment in zip(*shipped, strict=True):
        params = pipeline.validate_parameters(deployment.parameters)
        request = params["request"]
        if isinstance(request, dict):
            request = InputRequest(**request)
        assert request.locations == [source.location] and request.lang == source.lang
        assert request.allow_private_network == source.allow_private_network
        assert params["warehouse"] == "/tmp/datelines-test.duckdb"


def test_a_user_sources_file_schedule_reaches_its_deployment(tmp_path):
    path = tmp_path / "mine.toml"
    path.write_text('inherit = false\n[sources.wire]\nkind = "feed"\n'
                    'location = "https://wire.example.org/rss"\nschedule = "*/20 * * * *"\n')
    (deployment,) = build_deployments(load_sources_file(path), "/tmp/w.duckdb")
    assert deployment.name == "wire" and deployment.schedules[0].schedule.cron == "*/20 * * * *"
    unscheduled = Source("x", "page", "https://x.example/")
    assert build_deployments([unscheduled], "/tmp/w.duckdb")[0].schedules == []


def test_prefect_yaml_holds_the_same_deployments_as_sources_toml(shipped, repo_root):
    import yaml

    sources, deployments = shipped
    declared = yaml.safe_load((repo_root / "prefect.yaml").read_text())["deployments"]
    assert [d["name"] for d in declared] == [s.name for s in sources]
    for source, built, entry in zip(sources, deployments, declared, strict=True):
        assert entry["entrypoint"] == built.entrypoint
        crons = [s["cron"] for s in entry.get("schedules", [])]
        assert crons == ([source.schedule] if source.schedule else [])
        request = dict(built.parameters["request"])
        if source.kind == "local":  # prefect.yaml names it relative to the checkout
            request["locations"] = [str(Path(request["locations"][0]).relative_to(repo_root))]
        assert entry["parameters"]["request"] == request
