"""HTML pages: main text, metadata and captions; no markup or script ever passes."""

from __future__ import annotations

from pathlib import Path

from ingest_inputs import BODY, CAPTION, EVIL, news_page

from sitrep import errors
from sitrep.ingest import read_paths
from sitrep.ingest.html import html_document, parse_page


def test_page_gives_main_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(news_page(), encoding="utf-8")
    [doc] = list(read_paths([str(path)], published="2024-01-01"))
    assert doc.rejection is None
    assert doc.id == str(path)
    assert "Russian forces shelled Kherson city" in doc.raw
    assert "repair work on the power lines" in doc.raw
    assert doc.title == "Russian shelling kills two in Kherson"
    assert doc.url == "https://news.example.org/kherson-shelling"
    assert doc.published == "2023-06-05"
    assert doc.source == "Example News"


def test_figcaption_becomes_the_caption_not_body(tmp_path: Path) -> None:
    path = tmp_path / "page.htm"
    path.write_text(news_page(), encoding="utf-8")
    [doc] = list(read_paths([str(path)]))
    assert doc.caption == CAPTION
    assert CAPTION not in doc.raw


def test_scripts_styles_and_markup_never_reach_the_text() -> None:
    page = parse_page(news_page())
    for field in (page.text, page.title or "", page.caption or ""):
        assert EVIL not in field
        assert "<" not in field
        assert "color: red" not in field


def test_author_is_extracted() -> None:
    assert parse_page(news_page()).author == "Olena Petrenko"


def test_page_without_date_takes_the_given_one() -> None:
    data = news_page(published=None, body="Short note. Nothing more").encode()
    doc = html_document("p", "p", data, "2023-06-07")
    assert doc.rejection is None
    assert doc.published == "2023-06-07"


def test_txt_file_holding_html_is_read_as_html(tmp_path: Path) -> None:
    path = tmp_path / "saved.txt"
    path.write_text(news_page(), encoding="utf-8")
    [doc] = list(read_paths([str(path)]))
    assert EVIL not in doc.raw
    assert doc.caption == CAPTION
    assert BODY.split(".")[0] in doc.raw


def test_cp1251_page_declaring_its_charset(tmp_path: Path) -> None:
    body = "Російські війська обстріляли Херсон. Загинули двоє цивільних, повідомила ОВА"
    path = tmp_path / "uk.html"
    path.write_bytes(
        news_page(title="Обстріл Херсона", body=body, charset="windows-1251").encode("cp1251")
    )
    [doc] = list(read_paths([str(path)]))
    assert "Російські війська обстріляли Херсон" in doc.raw
    assert doc.title == "Обстріл Херсона"


def test_koi8_page_without_declaration_is_detected(tmp_path: Path) -> None:
    body = "Российские войска обстреляли Херсон. Погибли два мирных жителя, сообщили власти"
    page = news_page(title="Обстрел Херсона", body=body).replace('<meta charset="utf-8">', "")
    path = tmp_path / "ru.html"
    path.write_bytes(page.encode("koi8_r"))
    [doc] = list(read_paths([str(path)]))
    assert "Российские войска обстреляли Херсон" in doc.raw


def test_deep_nesting_is_rejected_not_crashed() -> None:
    data = ("<html><body>" + "<div>" * 100_000 + "text" + "</div>" * 100_000).encode()
    doc = html_document("deep.html", "deep.html", data, None)
    assert doc.rejection is not None
    assert doc.rejection.code == errors.TOO_DEEP


def test_page_without_text_is_rejected_as_empty() -> None:
    doc = html_document("e.html", "e.html", b"<html><head><script>x()</script></head></html>", None)
    assert doc.rejection is not None
    assert doc.rejection.code == errors.EMPTY
