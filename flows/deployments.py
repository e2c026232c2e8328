"""One Prefect deployment per source of a sources file, each with its cron, served together.

`datelines serve [--sources FILE]` calls `serve_sources`: every source becomes a deployment of
the pipeline flow that reads that source alone into the warehouse; a source without a
schedule becomes a deployment that runs only when triggered by hand.
"""

from __future__ import annotations

from typing import Any

from flows.sources import Source, load_sources_file


def deployment_parameters(source: Source, warehouse: str) -> dict[str, Any]:
    """The pipeline flow's parameters for one source, as JSON-ready values.

    >>> deployment_parameters(Source("bbc", "feed", "https://x.example/rss", lang="en"),
    ...                       "/data/w.duckdb")["request"]["locations"]
    ['https://x.example/rss']
    """
    request = {"locations": [source.location], "sources_file": None, "lang": source.lang,
               "allow_private_network": source.allow_private_network}
    return {"request": request, "warehouse": warehouse}


def build_deployments(sources: list[Source], warehouse: str) -> list[Any]:
    """RunnerDeployments of the pipeline flow, one per source, named after the source."""
    from flows.pipeline import pipeline

    return [
        pipeline.to_deployment(
            name=source.name,
            cron=source.schedule,
            parameters=deployment_parameters(source, warehouse),
            tags=["datelines", source.kind],
            description=f"{source.kind} {source.location}",
        )
        for source in sources
    ]


def serve_sources(sources_file: str | None, warehouse: str | None = None) -> None:
    """Serve every source's deployment until interrupted (blocks)."""
    from prefect import serve

    from flows.settings import Settings

    target = warehouse or str(Settings().warehouse)
    serve(*build_deployments(load_sources_file(sources_file), target))
