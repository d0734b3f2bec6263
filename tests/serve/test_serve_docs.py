"""docs/contract.md documents every option of ingest, export and serve, and every API route."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from fastapi.routing import APIRoute

from sitrep.cli import build_parser
from sitrep.serve import create_app
from sitrep.store import Store

CONTRACT = Path(__file__).resolve().parents[2] / "docs" / "contract.md"


def _command(name: str) -> argparse.ArgumentParser:
    commands = next(
        action
        for action in build_parser()._actions
        if isinstance(action, argparse._SubParsersAction)
    )
    parser: argparse.ArgumentParser = commands.choices[name]
    return parser


@pytest.mark.parametrize("name", ["ingest", "export", "serve"])
def test_every_option_is_documented(name: str) -> None:
    text = CONTRACT.read_text("utf-8")
    assert f"`sitrep {name} " in text
    options = [
        option
        for action in _command(name)._actions
        for option in action.option_strings
        if option.startswith("--") and option != "--help"
    ]
    assert options
    assert [option for option in options if option not in text] == []


def test_every_api_route_is_documented(read_store: Store) -> None:
    text = CONTRACT.read_text("utf-8")
    app = create_app(read_store)
    routes = [
        (method, route.path)
        for route in app.routes
        if isinstance(route, APIRoute) and route.include_in_schema
        for method in sorted(route.methods)
    ]
    assert len(routes) >= 7
    for method, path in routes:
        documented = path.replace("{document_id:path}", "{id}").replace("{event_id}", "{id}")
        assert f"`{method} {documented}" in text, (method, path)
