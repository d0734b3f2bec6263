"""HTML pages → main text and metadata, through trafilatura.

A news page is mostly navigation, ads and scripts; trafilatura finds the
article. Photo captions (``<figcaption>``) often hold the facts (place,
date, what burned), so they are taken out of the tree before extraction and
kept as the Document's ``caption`` rather than lost or mixed into the body.
Markup never passes through: only text nodes reach ``raw``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import lxml.html
import trafilatura
from lxml import etree
from trafilatura.xml import xmltotxt

from sitrep import errors
from sitrep.errors import InputError
from sitrep.ingest.base import iso_or_none, rejected
from sitrep.ingest.encoding import decode_bytes
from sitrep.schema import Document

_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I
)
# Elements whose content is never article text (and may be hostile).
_NOT_TEXT = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg")


@dataclass(frozen=True, slots=True)
class Page:
    """What a page says about itself besides its body text.

    ``author`` is kept here although `Document` has no field for it yet.
    """

    text: str
    title: str | None = None
    published: str | None = None
    author: str | None = None
    url: str | None = None
    source: str | None = None
    caption: str | None = None


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first bytes (``<meta charset>``)."""
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def html_document(
    doc_id: str,
    path: str | None,
    data: bytes,
    published: str | None,
    charset: str | None = None,
    url: str | None = None,
) -> Document:
    """One Document from the bytes of a page, or a rejection saying why not."""
    try:
        markup = decode_bytes(data, charset or declared_charset(data))
        page = parse_page(markup, url)
    except InputError as err:
        return rejected(doc_id, path, err.code, str(err))
    return page_document(doc_id, path, page, published)


def page_document(doc_id: str, path: str | None, page: Page, published: str | None) -> Document:
    """The Document for an extracted page; the page's own date wins over ``published``."""
    return Document(
        id=doc_id,
        raw=page.text,
        path=path,
        url=page.url,
        title=page.title,
        published=page.published or published,
        source=page.source,
        caption=page.caption,
    )


def parse_page(markup: str, url: str | None = None) -> Page:
    """Extract a page's main text and metadata; raise `InputError` when there is none."""
    tree = _parse_tree(markup)
    for element in list(tree.iter(*_NOT_TEXT)):
        element.drop_tree()
    caption = _take_captions(tree)
    result = trafilatura.bare_extraction(
        tree, url=url, with_metadata=True, include_comments=False, output_format="python"
    )
    text = ""
    if isinstance(result, trafilatura.settings.Document) and result.body is not None:
        text = xmltotxt(result.body, False)
    if not text.strip():
        text = trafilatura.baseline(tree)[1]
    if not text.strip():
        raise InputError("the page has no readable text", errors.EMPTY)
    meta = result if isinstance(result, trafilatura.settings.Document) else None
    return Page(
        text=text,
        title=_clean(meta.title) if meta else None,
        published=iso_or_none(meta.date) if meta else None,
        author=_clean(meta.author) if meta else None,
        url=(meta.url if meta else None) or url,
        source=_clean(meta.sitename) if meta else None,
        caption=caption,
    )


def _parse_tree(markup: str) -> lxml.html.HtmlElement:
    """Parse with libxml2's default limits; hitting the depth limit loses text, so reject."""
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    try:
        tree = lxml.html.document_fromstring(markup.encode("utf-8", "replace"), parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError) as err:
        raise InputError(f"the page cannot be parsed: {err}", errors.EMPTY) from err
    if any(entry.type_name == "ERR_RESOURCE_LIMIT" for entry in parser.error_log):
        raise InputError(
            "the page nests elements deeper than the HTML parser's limit", errors.TOO_DEEP
        )
    return tree


def _take_captions(tree: lxml.html.HtmlElement) -> str | None:
    """Remove every ``<figcaption>`` from the tree and return their texts, once each."""
    captions: list[str] = []
    for element in list(tree.iter("figcaption")):
        text = " ".join(element.text_content().split())
        if text and text not in captions:
            captions.append(text)
        element.drop_tree()
    return "\n".join(captions) or None


def _clean(value: str | None) -> str | None:
    text = " ".join(value.split()) if value else ""
    return text or None
