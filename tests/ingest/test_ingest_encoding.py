"""Encodings are detected: UTF-8 (BOM or not), UTF-16 with BOM, cp1251, KOI8."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep import errors
from sitrep.errors import InputError
from sitrep.ingest import read_paths
from sitrep.ingest.encoding import decode_bytes

RUSSIAN = (
    "В ночь на 5 июня российские войска обстреляли Херсон из артиллерии. "
    "Погибли два мирных жителя, ещё пятеро ранены, сообщил губернатор области."
)
UKRAINIAN = (
    "У ніч на 5 червня російські війська обстріляли Херсон. Загинули двоє цивільних, "
    "ще п'ятеро поранені, повідомили в обласній військовій адміністрації. Київ, Харків, Ізюм."
)
HEADLINES = ["УДАР ПО ХЕРСОНУ", "Херсон", "Обстріл Градами: 5 загиблих"]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1251", "koi8_r"])
def test_russian_text_in_each_encoding(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / f"ru-{encoding}.txt"
    path.write_bytes(RUSSIAN.encode(encoding))
    [doc] = list(read_paths([str(path)]))
    assert doc.rejection is None
    assert doc.raw == RUSSIAN


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16-le", "utf-16-be", "cp1251", "koi8_u"])
def test_ukrainian_text_in_each_encoding(encoding: str) -> None:
    data = UKRAINIAN.encode(encoding)
    if encoding.startswith("utf-16-"):
        data = "\ufeff".encode(encoding) + data
    assert decode_bytes(data) == UKRAINIAN


@pytest.mark.parametrize("text", HEADLINES)
@pytest.mark.parametrize("encoding", ["cp1251", "koi8_u"])
def test_short_cyrillic_is_read_in_the_right_code_page(text: str, encoding: str) -> None:
    assert decode_bytes(text.encode(encoding)) == text


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", errors.EMPTY),
        (b" \n\t ", errors.EMPTY),
        ("\ufeff \n".encode("utf-16"), errors.EMPTY),
        (b"\x00\x01\x02binary\x00", errors.BINARY),
        ("Удар по Херсону".encode() + b" \xff\xfe caf\xe9", errors.INVALID_ENCODING),
        (b"caf\xe9 au lait, na\xefve r\xe9sum\xe9", errors.INVALID_ENCODING),
    ],
)
def test_undecodable_input_is_typed(data: bytes, code: str) -> None:
    with pytest.raises(InputError) as caught:
        decode_bytes(data)
    assert caught.value.code == code


def test_cp1251_punctuation_is_kept() -> None:
    text = "Обстріл «Градами» — №5"
    assert decode_bytes(text.encode("cp1251")) == text


def test_declared_charset_is_used_when_utf8_fails() -> None:
    assert decode_bytes("café".encode("latin-1"), "iso-8859-1") == "café"
