"""Telegram Desktop exports: one document per message with text."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ingest_inputs import telegram_export

from sitrep import errors
from sitrep.ingest import read_paths
from sitrep.ingest.telegram import flatten_text

CHANNEL = "Kherson Regional Military Administration"


def _write(folder: Path, export: Any, name: str = "result.json") -> Path:
    path = folder / name
    path.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
    return path


def test_one_document_per_text_message(tmp_path: Path) -> None:
    path = _write(tmp_path, telegram_export())
    docs = list(read_paths([str(path)], published="2020-01-01"))
    assert [d.id for d in docs] == [f"{path}#17", f"{path}#18"]
    assert all(d.rejection is None and d.path == str(path) for d in docs)
    assert [d.published for d in docs] == ["2023-06-05T09:12:40", "2023-06-05T11:30:00"]


def test_entities_are_flattened_to_plain_text(tmp_path: Path) -> None:
    first = next(iter(read_paths([str(_write(tmp_path, telegram_export()))])))
    expected = "Over the past day, Russian forces shelled Kherson 35 times. Details: here #Kherson"
    assert first.raw == expected
    assert first.source == CHANNEL


def test_forwarded_message_names_its_origin(tmp_path: Path) -> None:
    docs = list(read_paths([str(_write(tmp_path, telegram_export()))]))
    assert docs[1].source == f"{CHANNEL} (forwarded from Ukrainian Air Force)"


def test_text_without_entity_list_is_flattened() -> None:
    assert flatten_text(["a ", {"type": "bold", "text": "b"}, 3, {"type": "x"}]) == "a b"
    assert flatten_text(None) == ""


def test_export_under_another_name_is_detected(tmp_path: Path) -> None:
    path = _write(tmp_path, telegram_export(), name="channel.txt")
    assert len(list(read_paths([str(path)]))) == 2


def test_export_without_messages_is_rejected(tmp_path: Path) -> None:
    path = _write(tmp_path, {"name": "x", "messages": "none"})
    [doc] = list(read_paths([str(path)]))
    assert doc.rejection is not None
    assert doc.rejection.code == errors.MISSING_FIELD


def test_broken_export_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "result.json"
    path.write_text('{"name": "x", "messages": [{"id": 1, "text": "cut', encoding="utf-8")
    [doc] = list(read_paths([str(path)]))
    assert doc.rejection is not None
    assert doc.rejection.code == errors.MALFORMED_JSON


def test_other_json_is_rejected_with_a_hint(tmp_path: Path) -> None:
    path = _write(tmp_path, [{"id": "a", "text": "x"}], name="docs.json")
    [doc] = list(read_paths([str(path)]))
    assert doc.rejection is not None
    assert ".jsonl" in doc.rejection.message
