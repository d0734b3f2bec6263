"""sitrep: war reporting in, structured, geolocated, evidence-linked events out."""

from sitrep.errors import SitrepError
from sitrep.pipeline import Pipeline, Stage
from sitrep.schema import Document, Event, Span

__all__ = ["Document", "Event", "Pipeline", "SitrepError", "Span", "Stage", "extract"]
__version__ = "0.1.0"


def extract(text: str, published: str | None = None, doc_id: str = "doc") -> Document:
    """Run the default pipeline on one text and return the annotated Document."""
    from sitrep.pipeline_factory import default_pipeline

    return default_pipeline()(Document(id=doc_id, raw=text, published=published))
