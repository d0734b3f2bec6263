"""Folders of any mix of formats: recursed, sorted, every format to its reader."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from ingest_inputs import CAPTION, news_page, telegram_export, write_warc

from sitrep.ingest import read_paths
from sitrep.ingest.detect import Format, sniff

RUSSIAN = "Российские войска обстреляли Херсон. Погибли два мирных жителя."
UKRAINIAN = "Російські війська обстріляли Херсон. Загинули двоє цивільних."
GOOD = "On 5 June 2023, Russian forces shelled Kherson city. Two civilians were killed.\n"


def _mixed_folder(root: Path) -> Path:
    folder = root / "in"
    (folder / "channel").mkdir(parents=True)
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    (folder / "b.html").write_text(news_page(), encoding="utf-8")
    write_warc(folder / "c.warc.gz", [("https://news.example.org/c", news_page())])
    lines = [{"id": "line-1", "text": GOOD}, {"html": news_page(), "title": "Own title"}]
    (folder / "d.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines), "utf-8")
    (folder / "e-koi8.txt").write_bytes(RUSSIAN.encode("koi8_r"))
    (folder / "f-utf16.txt").write_bytes(UKRAINIAN.encode("utf-16"))
    (folder / "g-cp1251.txt").write_bytes(UKRAINIAN.encode("cp1251"))
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0 not read")
    export = json.dumps(telegram_export(), ensure_ascii=False)
    (folder / "channel" / "result.json").write_text(export, encoding="utf-8")
    return folder


def test_folder_of_every_format_in_sorted_order(tmp_path: Path) -> None:
    folder = _mixed_folder(tmp_path)
    docs = list(read_paths([str(folder)]))
    assert all(d.rejection is None for d in docs), [d.rejection for d in docs]
    ids = [d.id for d in docs]
    base = str(folder)
    assert ids[0] == f"{base}/a.txt"
    assert ids[1] == f"{base}/b.html"
    assert ids[2].startswith(f"{base}/c.warc.gz#urn:uuid:")
    assert ids[3:] == [
        f"{base}/channel/result.json#17",
        f"{base}/channel/result.json#18",
        "line-1",
        f"{base}/d.jsonl#2",
        f"{base}/e-koi8.txt",
        f"{base}/f-utf16.txt",
        f"{base}/g-cp1251.txt",
    ]
    texts = {d.id: d for d in docs}
    assert texts[f"{base}/e-koi8.txt"].raw == RUSSIAN
    assert texts[f"{base}/g-cp1251.txt"].raw == UKRAINIAN
    assert texts[f"{base}/f-utf16.txt"].raw == UKRAINIAN
    assert texts[f"{base}/d.jsonl#2"].title == "Own title"
    assert texts[f"{base}/d.jsonl#2"].caption == CAPTION


def test_paths_keep_their_input_order(tmp_path: Path) -> None:
    folder = _mixed_folder(tmp_path)
    order = ["g-cp1251.txt", "b.html", "a.txt"]
    ids = [d.id for d in read_paths([str(folder / name) for name in order])]
    assert ids == [str(folder / name) for name in order]


def test_cli_reads_the_mixed_folder(tmp_path: Path) -> None:
    _mixed_folder(tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "sitrep.cli", "extract", "in", "--format", "jsonl"],
        cwd=tmp_path,
        capture_output=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode()
    records = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert len(records) == 10
    assert all(r["rejected"] is None for r in records)
    html = next(r for r in records if r["id"] == "in/b.html")
    assert html["document"]["caption"] == CAPTION
    assert html["document"]["url"] == "https://news.example.org/kherson-shelling"


def test_content_decides_over_the_name() -> None:
    assert sniff("page.txt", b"  <!DOCTYPE html><html>") is Format.HTML
    assert sniff("notes.txt", b"<b>Breaking</b> shelling in Kherson") is Format.TEXT
    assert sniff("dump.bin", b"WARC/1.1\r\nWARC-Type: warcinfo") is Format.WARC
    assert sniff("export.txt", b'{"name": "x", "type": "public_channel", "messages": [') is (
        Format.TELEGRAM
    )
    assert sniff("lines.jsonl", b'{"messages": 1}') is Format.JSONL
    assert sniff("page.html", b"just words") is Format.HTML
