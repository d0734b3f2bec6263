"""Inputs the ingest tests build at run time: a news page, WARC archives, a Telegram export."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

BODY = (
    "On 5 June 2023, Russian forces shelled Kherson city with artillery. "
    "Two civilians were killed and five were injured, the regional governor said. "
    "Emergency crews worked through the night to put out fires in residential buildings."
)
CAPTION = "Firefighters at a damaged house in Kherson, 5 June 2023."
EVIL = "stealCookies"


def news_page(
    title: str = "Russian shelling kills two in Kherson",
    body: str = BODY,
    charset: str = "utf-8",
    published: str | None = "2023-06-05T10:00:00+00:00",
) -> str:
    """A small but realistic article page: navigation, script, figure, footer."""
    date_meta = (
        f'<meta property="article:published_time" content="{published}">' if published else ""
    )
    paragraphs = "".join(f"<p>{sentence}.</p>" for sentence in body.split(". ") if sentence)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="{charset}"><title>{title} | Example News</title>
<link rel="canonical" href="https://news.example.org/kherson-shelling">
<meta name="author" content="Olena Petrenko">{date_meta}
<meta property="og:site_name" content="Example News">
<script>var tracker = "{EVIL}"; document.write("<p>{EVIL}</p>");</script>
<style>p {{ color: red; }}</style></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>{title}</h1>{paragraphs}
<figure><img src="x.jpg" onerror="{EVIL}()"><figcaption>{CAPTION}</figcaption></figure>
<p>Officials said repair work on the power lines would take several days.</p>
<script>{EVIL}();</script></article>
<footer>© Example News. All rights reserved.</footer></body></html>"""


def _http_headers(content_type: str) -> Any:
    from warcio.statusandheaders import StatusAndHeaders

    return StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")


def write_warc(
    path: Path,
    pages: Sequence[tuple[str, str]],
    gzip: bool = True,
    date: str = "2023-06-06T07:08:09Z",
) -> Path:
    """Write ``pages`` [(url, html)] as a WARC, each with its request, then an image."""
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gzip)
        for url, html in pages:
            request = f"GET {url} HTTP/1.1\r\n\r\n".encode()
            writer.write_record(
                writer.create_warc_record(url, "request", payload=io.BytesIO(request))
            )
            record = writer.create_warc_record(
                url,
                "response",
                payload=io.BytesIO(html.encode("utf-8")),
                http_headers=_http_headers("text/html; charset=utf-8"),
                warc_headers_dict={"WARC-Date": date},
            )
            writer.write_record(record)
        image = writer.create_warc_record(
            "https://news.example.org/logo.png",
            "response",
            payload=io.BytesIO(b"\x89PNG\r\n\x1a\n" + bytes(range(256))),
            http_headers=_http_headers("image/png"),
        )
        writer.write_record(image)
    return path


def telegram_export() -> dict[str, Any]:
    """A Telegram Desktop channel export: service message, entities, a forward, a photo."""
    return {
        "name": "Kherson Regional Military Administration",
        "type": "public_channel",
        "id": 1234567890,
        "messages": [
            {
                "id": 1,
                "type": "service",
                "date": "2023-06-01T08:00:00",
                "actor": "Kherson Regional Military Administration",
                "action": "pin_message",
                "text": "",
                "text_entities": [],
            },
            {
                "id": 17,
                "type": "message",
                "date": "2023-06-05T09:12:40",
                "from": "Kherson Regional Military Administration",
                "text": [
                    "Over the past day, Russian forces shelled ",
                    {"type": "bold", "text": "Kherson"},
                    " 35 times. Details: ",
                    {"type": "text_link", "text": "here", "href": "https://t.me/x/1"},
                    " ",
                    {"type": "hashtag", "text": "#Kherson"},
                ],
                "text_entities": [
                    {"type": "plain", "text": "Over the past day, Russian forces shelled "},
                    {"type": "bold", "text": "Kherson"},
                    {"type": "plain", "text": " 35 times. Details: "},
                    {"type": "text_link", "text": "here", "href": "https://t.me/x/1"},
                    {"type": "plain", "text": " "},
                    {"type": "hashtag", "text": "#Kherson"},
                ],
            },
            {
                "id": 18,
                "type": "message",
                "date": "2023-06-05T11:30:00",
                "from": "Kherson Regional Military Administration",
                "forwarded_from": "Ukrainian Air Force",
                "text": "Air defence shot down 10 Shahed drones over the south overnight.",
            },
            {
                "id": 19,
                "type": "message",
                "date": "2023-06-05T12:00:00",
                "photo": "photos/photo_1@05-06-2023_12-00-00.jpg",
                "text": "",
                "text_entities": [],
            },
        ],
    }
