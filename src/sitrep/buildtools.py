"""What the artifact build scripts share: their command line."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from pathlib import Path


def artifact_arguments(
    prog: str,
    description: str,
    holding: str,
    argv: Sequence[str] | None,
    configure: Callable[[argparse.ArgumentParser], None] | None = None,
) -> argparse.Namespace:
    """``--shared`` (the reference-data folder) and ``--output`` (the artifact path)."""
    parser = argparse.ArgumentParser(prog=prog, description=description)
    parser.add_argument(
        "--shared",
        type=Path,
        default=Path("../shared"),
        help=f"the shared data folder holding {holding} (default: ../shared)",
    )
    parser.add_argument(
        "--output", type=Path, default=None, help="artifact path (default: inside the package)"
    )
    if configure is not None:
        configure(parser)
    return parser.parse_args(argv)
