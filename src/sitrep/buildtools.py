"""What the artifact build scripts share: their command line."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path


def artifact_arguments(
    prog: str, description: str, holding: str, argv: Sequence[str] | None
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
    return parser.parse_args(argv)
