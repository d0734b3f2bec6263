"""Every span sitrep emits satisfies doc.field_text(field)[start:end] == text, for any input."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitrep.pipeline_factory import default_pipeline
from sitrep.schema import Document

SENTENCES = [
    "On 8 March 2023, Russian forces shelled Kherson, Kherson region.",
    "Two civilians were killed and 3 injured.",
    "Ukrainian forces repelled Russian assaults near Bakhmut.",
    "The Freedom of Russia Legion claim they destroyed 2 tanks and 1 BMP-3 with drones.",
    "Air defence shot down 5 drones over Kyiv overnight.",
    "The RDK reportedly captured 30 square kilometers.",
    "Subscribe to our channel!",
    "Russian Volunteer Corps' Denis Nikitin shows 12 POWs, including ецщ wounded ones.",
    "— Euromaidan Press (@EuromaidanPress) June 5, 2023",
    "They destroyed 2 tanks this night — Kyiv Post (@KyivPost) June 9, 2023",
    "Tags: Kherson, Bakhmut",
]

pieces = st.lists(
    st.one_of(st.sampled_from(SENTENCES), st.text(max_size=40)), min_size=1, max_size=8
)
separators = st.sampled_from([" ", "\n", "\n\n", "  \u200b"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pieces, separators)
def test_all_spans_point_at_their_text(parts, sep):
    doc = default_pipeline()(Document(id="p", raw=sep.join(parts), published="2023-06-05"))
    if doc.rejection is not None:
        return
    spans = [m.span for m in doc.mentions] + [d.span for d in doc.dates] + doc.sentences
    for event in doc.events:
        spans += event.evidence
        assert event.event_date is None or event.event_date <= "2023-06-05"
    for span in spans:
        assert doc.field_text(span.field)[span.start : span.end] == span.text
    for fix in doc.corrections:
        assert doc.field_text(fix.field)[fix.start : fix.end] == fix.replacement
