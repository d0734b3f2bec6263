import sitrep


def test_public_api_is_pinned():
    assert sorted(sitrep.__all__) == [
        "Document",
        "Event",
        "Pipeline",
        "SitrepError",
        "Span",
        "Stage",
        "extract",
    ]


def test_extract_runs_the_default_pipeline():
    doc = sitrep.extract("On 8 April 2023, Russian forces shelled Kherson.", published="2023-04-08")
    assert doc.rejection is None
    assert [e.sub_event_type for e in doc.events] == ["Shelling/artillery/missile attack"]
