"""``sitrep serve``: the REST API and the offline web map over a store."""

from sitrep.serve.api import create_app

__all__ = ["create_app"]
