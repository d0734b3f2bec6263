"""WARC archives: one document per HTML response; a truncated archive keeps what it can."""

from __future__ import annotations

from pathlib import Path

from ingest_inputs import CAPTION, EVIL, news_page, write_warc

from sitrep import errors
from sitrep.ingest import read_paths

DATE = "2019-03-04T05:06:07Z"
PAGES = [
    (f"https://news.example.org/{n}", news_page(title=f"Report number {n}", published=None))
    for n in (1, 2, 3)
]


def test_every_html_response_is_a_document(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "crawl.warc.gz", PAGES)
    docs = list(read_paths([str(path)]))
    assert [d.rejection for d in docs] == [None, None, None]
    assert [d.url for d in docs] == [url for url, _ in PAGES]
    assert [d.title for d in docs] == ["Report number 1", "Report number 2", "Report number 3"]
    for doc in docs:
        assert doc.id.startswith(f"{path}#urn:uuid:")
        assert doc.path == str(path)
        assert doc.caption == CAPTION
        assert EVIL not in doc.raw
    assert len({d.id for d in docs}) == 3


def test_warc_date_stands_in_for_a_missing_page_date(tmp_path: Path) -> None:
    page = news_page(published=None, body="Crews put out fires overnight. Two were hurt")
    path = write_warc(tmp_path / "crawl.warc", [("https://x.example.org/", page)], False, DATE)
    [doc] = list(read_paths([str(path)], published="2001-01-01"))
    assert doc.published == "2019-03-04T05:06:07+00:00"


def test_page_date_wins_over_warc_date(tmp_path: Path) -> None:
    page = ("https://news.example.org/d", news_page())
    path = write_warc(tmp_path / "dated.warc.gz", [page], date="2019-03-04T05:06:07Z")
    [doc] = list(read_paths([str(path)]))
    assert doc.published == "2023-06-05"


def test_truncated_archive_yields_readable_documents_and_one_rejection(tmp_path: Path) -> None:
    whole = write_warc(tmp_path / "whole.warc.gz", PAGES).read_bytes()
    full = list(read_paths([str(tmp_path / "whole.warc.gz")]))
    cut = tmp_path / "cut.warc.gz"
    for size in (len(whole) * 2 // 3, len(whole) - 40, len(whole) // 2):
        cut.write_bytes(whole[:size])
        docs = list(read_paths([str(cut)]))
        good = [d for d in docs if d.rejection is None]
        bad = [d for d in docs if d.rejection is not None]
        assert len(bad) == 1, size
        assert bad[0].rejection is not None
        assert bad[0].rejection.code == errors.TRUNCATED
        assert docs[-1] is bad[0]
        assert [d.raw for d in good] == [d.raw for d in full[: len(good)]]
        assert len(good) < len(full) or size == len(whole) - 40


def test_archive_without_pages_is_one_rejection(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "images.warc.gz", [])
    [doc] = list(read_paths([str(path)]))
    assert doc.rejection is not None
    assert doc.rejection.code == errors.EMPTY


def test_gzipped_warc_under_another_name_is_detected(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "crawl.txt", PAGES[:1])
    [doc] = list(read_paths([str(path)]))
    assert doc.rejection is None
    assert doc.url == PAGES[0][0]
