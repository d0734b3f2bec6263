"""The REST API over a real SQLite store of hand-built events."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from serve_helpers import EVENT_COUNT, PLACED_COUNT, UKRAINE

from sitrep.serve import create_app
from sitrep.serve.api import STATIC
from sitrep.store import MAX_PAGE_SIZE, open_store


def events(client: TestClient, **params: str | int) -> tuple[list[dict], int]:
    response = client.get("/api/events", params=params)
    assert response.status_code == 200, response.text
    body = response.json()
    return body["events"], body["total"]


def test_events_page_has_the_contract_shape(client: TestClient) -> None:
    response = client.get("/api/events")
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"events", "total", "limit", "offset"}
    assert (body["total"], body["limit"], body["offset"]) == (EVENT_COUNT, 100, 0)
    first = body["events"][0]
    for name in ("event_type", "sub_event_type", "event_date", "claim", "evidence"):
        assert name in first
    for name in ("document_id", "url", "title", "source", "published"):
        assert name in first
    dates = [e["event_date"] for e in body["events"]]
    assert dates == sorted(dates, reverse=True), "newest first"


def test_limit_and_offset_page_through_every_event(client: TestClient) -> None:
    seen = []
    for offset in range(0, EVENT_COUNT, 3):
        page, total = events(client, limit=3, offset=offset)
        assert total == EVENT_COUNT
        seen += [e["id"] for e in page]
    assert len(seen) == len(set(seen)) == EVENT_COUNT


def test_bbox_keeps_events_inside_the_box(client: TestClient) -> None:
    page, total = events(client, bbox="36,50,38,51")  # Belgorod border area
    assert total == 2
    assert {e["location"] for e in page} == {"Shebekino", "Nova Tavolzhanka"}


def test_date_range_is_inclusive(client: TestClient) -> None:
    page, total = events(client, **{"from": "2023-05-09", "to": "2023-05-19"})
    assert total == 3
    assert {e["event_date"] for e in page} == {"2023-05-09", "2023-05-15", "2023-05-19"}


def test_type_actor_and_claim_filters(client: TestClient) -> None:
    _, battles = events(client, event_type="Battles")
    assert battles == 2
    page, _ = events(client, sub_event_type="Air/drone strike")
    assert {e["location"] for e in page} == {"Shebekino", "Odesa"}
    page, _ = events(client, actor="volunteer corps")
    assert [e["location"] for e in page] == ["Nova Tavolzhanka"], "case-insensitive substring"
    page, _ = events(client, actor="Freedom of Russia")
    assert {e["location"] for e in page} == {"Shebekino", "Nova Tavolzhanka"}, "assoc actors too"
    for status, count in {"confirmed": 1, "claimed": 2, "reported": 3, "denied": 1}.items():
        page, total = events(client, claim=status)
        assert total == count, status
        assert {e["claim"]["status"] for e in page} == {status}


def test_text_search(client: TestClient) -> None:
    page, total = events(client, q="tanks destroyed")
    assert total == 1
    assert page[0]["location"] == "Bakhmut"
    _, none = events(client, q="zzzunknownword")
    assert none == 0


def test_event_detail_has_document_evidence_context_and_corroboration(
    client: TestClient,
) -> None:
    page, _ = events(client, q="governor Kupiansk")
    response = client.get(f"/api/events/{page[0]['id']}")
    assert response.status_code == 200
    event = response.json()
    assert event["fatalities"] == 2 and event["injuries"] == 3
    span = event["evidence"][0]
    assert span["text"] == "Russian forces shelled Kupiansk" and span["matches"] is True
    assert span["before"] == "" and span["after"].startswith(", Kharkiv region")
    text = event["document"]["fields"]["text"]
    assert text[span["start"] : span["end"]] == span["text"]
    assert event["document"]["url"] == "https://example.org/kupiansk-shelling"
    assert [c["document_id"] for c in event["corroboration"]] == ["kupiansk-second-source"]


def test_evidence_in_a_caption_comes_with_the_caption_text(client: TestClient) -> None:
    page, _ = events(client, sub_event_type="Air/drone strike", claim="claimed")
    event = client.get(f"/api/events/{page[0]['id']}").json()
    span = event["evidence"][0]
    assert span["field"] == "caption" and span["matches"] is True
    caption = event["document"]["fields"]["caption"]
    assert caption[span["start"] : span["end"]] == "A drone struck an ammunition depot"
    assert event["claim"] == {"status": "claimed", "by": "Freedom of Russia Legion"}


def test_document_endpoint(client: TestClient) -> None:
    response = client.get("/api/documents/bakhmut-clash")
    assert response.status_code == 200
    document = response.json()
    assert document["title"] == "Assaults repelled near Bakhmut"
    assert [e["sub_event_type"] for e in document["events"]] == ["Armed clash"]
    assert document["events"][0]["equipment"][0]["category"] == "Tanks"


def test_stats_counts_by_day_and_type_with_filters(client: TestClient) -> None:
    stats = client.get("/api/stats").json()
    assert stats["total"] == EVENT_COUNT
    assert sum(row["count"] for row in stats["by_day"]) == EVENT_COUNT
    assert {"date": "2023-05-01", "event_type": "Explosions/Remote violence", "count": 2} in (
        stats["by_day"]
    )
    by_type = {(r["event_type"], r["sub_event_type"]): r["count"] for r in stats["by_type"]}
    assert by_type[("Battles", "Armed clash")] == 2
    filtered = client.get("/api/stats", params={"actor": UKRAINE}).json()
    assert filtered["total"] == 2


def test_export_csv_uses_acled_columns_and_filters(client: TestClient) -> None:
    response = client.get("/api/export.csv", params={"event_type": "Battles"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == 2
    assert next(iter(rows[0])) == "event_id_cnty"
    assert {row["sub_event_type"] for row in rows} == {"Armed clash"}


def test_export_geojson_has_a_point_per_placed_event(client: TestClient) -> None:
    response = client.get("/api/export.geojson")
    assert response.status_code == 200
    collection = json.loads(response.text)
    assert collection["type"] == "FeatureCollection"
    assert len(collection["features"]) == PLACED_COUNT
    odesa = next(f for f in collection["features"] if f["properties"]["location"] == "Odesa")
    assert odesa["geometry"] == {"type": "Point", "coordinates": [30.72, 46.48]}
    only = json.loads(client.get("/api/export.geojson", params={"claim": "denied"}).text)
    assert len(only["features"]) == 1


@pytest.mark.parametrize(
    ("params", "parameter"),
    [
        ({"bbox": "1,2,3"}, "bbox"),
        ({"bbox": "a,b,c,d"}, "bbox"),
        ({"bbox": "40,50,30,60"}, "bbox"),
        ({"bbox": "0,0,200,10"}, "bbox"),
        ({"from": "2023-13-01"}, "from"),
        ({"to": "yesterday"}, "to"),
        ({"from": "2023-05-10", "to": "2023-05-01"}, "from"),
        ({"limit": MAX_PAGE_SIZE + 1}, "limit"),
        ({"limit": 0}, "limit"),
        ({"limit": "many"}, "limit"),
        ({"offset": -1}, "offset"),
        ({"claim": "rumoured"}, "claim"),
    ],
)
def test_bad_parameters_answer_400_naming_the_parameter(
    client: TestClient, params: dict[str, str | int], parameter: str
) -> None:
    for path in ("/api/events", "/api/stats", "/api/export.csv", "/api/export.geojson"):
        if path != "/api/events" and set(params) & {"limit", "offset"}:
            continue
        response = client.get(path, params=params)
        assert response.status_code == 400, (path, response.text)
        body = response.json()
        assert body["code"] == "bad_parameter"
        assert body["parameter"] == parameter
        assert body["detail"]


def test_unknown_ids_answer_404(client: TestClient) -> None:
    for path in ("/api/events/no-such-event", "/api/documents/no-such-document"):
        response = client.get(path)
        assert response.status_code == 404
        assert response.json()["code"] == "not_found"


def test_the_web_app_docs_and_openapi_are_served_locally(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and "leaflet.js" in page.text
    assert "://" not in page.text, "no external resources"
    assert "script-src 'self'" in page.headers["content-security-policy"]
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/static/vendor/swagger-ui-dist/" in docs.text
    assert "cdn" not in docs.text.lower()
    for asset in ("/static/app.js", "/static/vendor/swagger-ui-dist/swagger-ui-bundle.js"):
        assert client.get(asset).status_code == 200, asset
    schema = client.get("/openapi.json").json()
    assert "/api/events" in schema["paths"] and "/api/export.geojson" in schema["paths"]


def test_pages_answer_head_with_headers_only(client: TestClient) -> None:
    for path, name in (("/", "index.html"), ("/docs", "docs.html")):
        response = client.head(path)
        assert response.status_code == 200, path
        assert response.content == b"", "HEAD has no body"
        assert response.headers["content-type"].startswith("text/html")
        assert int(response.headers["content-length"]) == (STATIC / name).stat().st_size
        assert "script-src 'self'" in response.headers["content-security-policy"]


def test_ingest_is_refused_unless_enabled(client: TestClient) -> None:
    response = client.post("/api/ingest", content=b'{"id": "x", "text": "hello"}\n')
    assert response.status_code == 403
    assert response.json()["code"] == "ingest_disabled"


def test_ingest_needs_a_token_to_enable() -> None:
    with pytest.raises(ValueError, match="token"):
        create_app("unused.db", allow_ingest=True)


def test_ingest_with_the_bearer_token(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "ingest.db"))
    line = {
        "id": "posted",
        "published": "2023-06-05",
        "text": "Russian forces shelled Kupiansk, Kharkiv region, on Sunday, killing two "
        "civilians, the regional governor said.",
    }
    body = (json.dumps(line) + "\n").encode()
    try:
        app = create_app(store, allow_ingest=True, ingest_token="s3cret")
        with TestClient(app) as client:
            missing = client.post("/api/ingest", content=body)
            assert missing.status_code == 401
            assert missing.headers["www-authenticate"] == "Bearer"
            wrong = client.post(
                "/api/ingest", content=body, headers={"Authorization": "Bearer nope"}
            )
            assert wrong.status_code == 401
            assert store.get_document("posted") is None
            done = client.post(
                "/api/ingest", content=body, headers={"Authorization": "Bearer s3cret"}
            )
            assert done.status_code == 200, done.text
            assert done.json()["documents"] == 1 and done.json()["added"] == 1
            stored = client.get("/api/documents/posted").json()
            assert stored["published"] == "2023-06-05"
    finally:
        store.close()


def test_app_scripts_never_parse_strings_as_html() -> None:
    scripts = sorted(STATIC.glob("*.js"))
    assert {p.name for p in scripts} >= {"app.js", "card.js", "dom.js"}
    for script in scripts:
        source = script.read_text("utf-8")
        for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
            assert sink not in source, f"{script.name} uses {sink}"
