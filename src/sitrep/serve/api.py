"""The REST API and the web map: a thin FastAPI adapter over a `Store`.

Read-only unless the server is started with ``allow_ingest`` and a bearer
token; every filter is parsed into an `EventQuery` (`sitrep.serve.params`) and
the store answers with parameterised SQL. The web app and the API docs are
static files shipped in the package, so nothing is fetched from a CDN.
"""

from __future__ import annotations

import hmac
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, StreamingResponse
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from sitrep import __version__
from sitrep.export.csv import csv_chunks
from sitrep.export.geojson import geojson_chunks
from sitrep.serve.evidence import evidence_fields, field_text, with_context
from sitrep.serve.ingest import HttpIngest
from sitrep.serve.params import ApiError, EventFilters, PageLimit, PageOffset, event_filters
from sitrep.store import Store, open_store

JSONDict = dict[str, Any]
STATIC = Path(__file__).parent / "static"

#: Pages are the app's own files only; untrusted article text can never become script.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'; form-action 'self'"
)
_ERRORS: dict[int | str, JSONDict] = {
    400: {"description": "a bad parameter: `{detail, code, parameter}`"},
}


def create_app(
    store_or_db: Store | str | None = None,
    *,
    allow_ingest: bool = False,
    ingest_token: str | None = None,
) -> FastAPI:
    """The application over a store, or over the database a path or URL names.

    A store opened here is closed when the application shuts down; a store
    passed in stays the caller's. Ingest over HTTP needs both ``allow_ingest``
    and a non-empty ``ingest_token``.
    """
    if allow_ingest and not ingest_token:
        raise ValueError("allow_ingest needs an ingest_token")
    owned = store_or_db is None or isinstance(store_or_db, str)
    if store_or_db is None or isinstance(store_or_db, str):
        store: Store = open_store(store_or_db, readonly=not allow_ingest)
    else:
        store = store_or_db

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        if owned:
            store.close()

    app = FastAPI(
        title="sitrep",
        version=__version__,
        description="Structured, geolocated, evidence-linked conflict events (read-only API).",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.store = store
    app.state.ingest = HttpIngest(store, ingest_token) if allow_ingest else None
    _add_error_handlers(app)
    _add_security_headers(app)
    _add_event_routes(app)
    _add_document_routes(app)
    _add_ingest_route(app)
    _add_pages(app)
    return app


def _store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


StoreDep = Annotated[Store, Depends(_store)]
FiltersDep = Annotated[EventFilters, Depends(event_filters)]


def _add_event_routes(app: FastAPI) -> None:
    @app.get("/api/events", tags=["events"], responses=_ERRORS)
    def list_events(
        store: StoreDep, filters: FiltersDep, limit: PageLimit = 100, offset: PageOffset = 0
    ) -> JSONDict:
        """One page of matching events, newest first, and how many match in all."""
        events, total = store.query_events(filters.query(limit, offset))
        return {"events": events, "total": total, "limit": limit, "offset": offset}

    @app.get("/api/events/{event_id}", tags=["events"], responses={404: {}})
    def get_event(store: StoreDep, event_id: str) -> JSONDict:
        """One event with its document, corroborating documents and evidence in context."""
        event = store.get_event(event_id)
        if event is None:
            raise ApiError(404, "not_found", f"no event with id {event_id!r}")
        return _event_with_evidence(store, event)

    @app.get("/api/stats", tags=["events"], responses=_ERRORS)
    def stats(store: StoreDep, filters: FiltersDep) -> JSONDict:
        """Counts of matching events by day and event type, and by type and sub-type."""
        return store.stats(filters.query())

    @app.get("/api/export.csv", tags=["export"], responses=_ERRORS)
    def export_csv(store: StoreDep, filters: FiltersDep) -> StreamingResponse:
        """Every matching event as CSV in ACLED's column order, then sitrep's columns."""
        rows = csv_chunks(store.iter_events(filters.query()))
        headers = {"Content-Disposition": 'attachment; filename="sitrep-events.csv"'}
        return StreamingResponse(rows, media_type="text/csv; charset=utf-8", headers=headers)

    @app.get("/api/export.geojson", tags=["export"], responses=_ERRORS)
    def export_geojson(store: StoreDep, filters: FiltersDep) -> StreamingResponse:
        """Every matching event with coordinates as a GeoJSON FeatureCollection."""
        chunks = geojson_chunks(store.iter_events(filters.query()))
        headers = {"Content-Disposition": 'attachment; filename="sitrep-events.geojson"'}
        return StreamingResponse(chunks, media_type="application/geo+json", headers=headers)


def _event_with_evidence(store: Store, event: JSONDict) -> JSONDict:
    """The event with each evidence span's context and the full text of every field it cites."""
    document: JSONDict = dict(event.get("document") or {})
    fields = evidence_fields(event)
    if any(field_text(document, name) is None for name in fields):
        full = store.get_document(str(event.get("document_id") or document.get("id")))
        if full is not None:
            document = {**full, **document}
            document.pop("events", None)
    texts = {name: field_text(document, name) for name in fields}
    out = dict(event)
    out["evidence"] = [
        with_context(span, texts[span.get("field") or "text"]) for span in event["evidence"]
    ]
    out["document"] = {**(event.get("document") or {}), "fields": texts}
    return out


def _add_document_routes(app: FastAPI) -> None:
    @app.get("/api/documents/{document_id:path}", tags=["documents"], responses={404: {}})
    def get_document(store: StoreDep, document_id: str) -> JSONDict:
        """The stored document (contract document record) and its events."""
        document = store.get_document(document_id)
        if document is None:
            raise ApiError(404, "not_found", f"no document with id {document_id!r}")
        return document


def _add_ingest_route(app: FastAPI) -> None:
    @app.post(
        "/api/ingest",
        tags=["ingest"],
        responses={401: {}, 403: {}, 413: {}},
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {"application/x-ndjson": {"schema": {"type": "string"}}},
            }
        },
    )
    async def ingest(
        request: Request, authorization: Annotated[str | None, Header()] = None
    ) -> JSONDict:
        """Extract and store JSONL documents (contract input lines); needs --allow-ingest.

        Send ``Authorization: Bearer <token>`` with the token the server was started with.
        """
        http_ingest: HttpIngest | None = request.app.state.ingest
        if http_ingest is None:
            raise ApiError(
                403, "ingest_disabled", "ingest over HTTP is off; start with --allow-ingest"
            )
        _check_token(http_ingest.token, authorization)
        body = await _read_limited(request, http_ingest.max_bytes)
        summary = await run_in_threadpool(http_ingest.ingest_jsonl, body)
        return summary.to_dict()


def _check_token(expected: str, authorization: str | None) -> None:
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise ApiError(401, "unauthorized", "send Authorization: Bearer <token>")
    if not hmac.compare_digest(token.strip().encode(), expected.encode()):
        raise ApiError(401, "unauthorized", "the bearer token is wrong")


async def _read_limited(request: Request, max_bytes: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > max_bytes:
            raise ApiError(413, "too_large", f"the request body exceeds {max_bytes} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _add_pages(app: FastAPI) -> None:
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    # HEAD too: link checkers and health probes ask for the page's headers only.
    @app.api_route("/", methods=["GET", "HEAD"], include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html")

    @app.api_route("/docs", methods=["GET", "HEAD"], include_in_schema=False)
    def docs() -> FileResponse:
        return FileResponse(STATIC / "docs.html")


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(_: Request, err: ApiError) -> JSONResponse:
        headers = {"WWW-Authenticate": "Bearer"} if err.status == 401 else None
        return JSONResponse(err.body(), status_code=err.status, headers=headers)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(_: Request, err: RequestValidationError) -> JSONResponse:
        problems = list(err.errors())
        first = problems[0] if problems else {}
        location = [str(part) for part in first.get("loc", ()) if part not in {"query", "path"}]
        parameter = ".".join(location) or None
        message = str(first.get("msg", "invalid request"))
        detail = f"{parameter}: {message}" if parameter else message
        return JSONResponse(
            ApiError(400, "bad_parameter", detail, parameter).body(), status_code=400
        )


def _add_security_headers(app: FastAPI) -> None:
    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        response: Response = await call_next(request)
        response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        return response
