"""Decode input bytes: the encoding is detected, never assumed.

War reporting from Russia and Ukraine still arrives in the single-byte
Cyrillic code pages (cp1251, KOI8-R/U) and in UTF-16 from Windows tools.
Every byte sequence decodes under cp1251, so "it decoded" proves nothing:
a candidate is only accepted when the result reads like Cyrillic prose.
Text that is UTF-8 with broken bytes is rejected rather than silently
re-read as something else, since that would turn it into mojibake.
"""

from __future__ import annotations

import codecs
import math
import re

from sitrep import errors
from sitrep.errors import InputError

_CONTROL = frozenset(range(0, 9)) | {11, 12} | frozenset(range(14, 32))
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")
# KOI8-U is KOI8-R plus the Ukrainian letters, so it reads both languages.
_CYRILLIC_PAGES = ("cp1251", "koi8_u")
_WORD = re.compile(r"[^\W\d_]+")
# Letter frequencies (per cent) of Russian prose plus the Ukrainian letters: a
# wrong code page permutes the alphabet, so its letters are rarer on average.
_FREQUENCY = {
    "о": 10.97, "е": 8.45, "а": 8.01, "и": 7.35, "н": 6.7, "т": 6.26, "с": 5.47, "р": 4.73,
    "в": 4.54, "л": 4.4, "к": 3.49, "м": 3.21, "д": 2.98, "п": 2.81, "у": 2.62, "я": 2.01,
    "ы": 1.9, "ь": 1.74, "г": 1.7, "з": 1.65, "б": 1.59, "ч": 1.44, "й": 1.21, "х": 0.97,
    "ж": 0.94, "ш": 0.73, "ю": 0.64, "ц": 0.48, "щ": 0.36, "э": 0.32, "ф": 0.26, "ъ": 0.04,
    "ё": 0.04, "і": 5.5, "ї": 0.6, "є": 0.4, "ґ": 0.02,
}  # fmt: skip
_LOG_FREQUENCY = {letter: math.log(value) for letter, value in _FREQUENCY.items()}


def is_binary(data: bytes) -> bool:
    """NUL bytes or many control bytes: not text in any encoding we accept."""
    sample = data[:4096]
    return b"\x00" in sample or sum(b in _CONTROL for b in sample) > len(sample) // 10


def bom_encoding(data: bytes) -> str | None:
    """The encoding a byte-order mark announces, if the data starts with one."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Decode text whose encoding is unknown; raise `InputError` with a stable code.

    ``declared`` is an encoding the container named (an HTML ``<meta charset>``
    or an HTTP header); it is tried after a BOM and strict UTF-8, because a
    declaration is often wrong while valid UTF-8 almost never is by chance.
    """
    if not data.strip():
        raise InputError("the input is empty", errors.EMPTY)
    bom = bom_encoding(data)
    if bom:
        return _checked(_strict(data, bom), bom)
    if is_binary(data):
        raise InputError("the input looks like binary data, not text", errors.BINARY)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        utf8_error = err
    text = _declared(data, declared)
    if text is not None:
        return text
    if _looks_like_broken_utf8(data):
        raise InputError(
            f"the input is not valid UTF-8 (byte {utf8_error.start})", errors.INVALID_ENCODING
        )
    text = decode_cyrillic(data)
    if text is None:
        raise InputError(
            f"the input is neither UTF-8 nor Cyrillic cp1251/KOI8 (byte {utf8_error.start})",
            errors.INVALID_ENCODING,
        )
    return text


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as err:
        raise InputError(
            f"the input is not valid {encoding} (byte {err.start})", errors.INVALID_ENCODING
        ) from err


def _checked(text: str, encoding: str) -> str:
    """Text decoded through a BOM still has to be non-empty text."""
    if not text.replace("\ufeff", "").strip():
        raise InputError("the input is empty", errors.EMPTY)
    sample = text[:4096]
    if "\x00" in sample or sum(ord(c) in _CONTROL for c in sample) > len(sample) // 10:
        raise InputError(f"the {encoding} input looks like binary data", errors.BINARY)
    return text


def _declared(data: bytes, declared: str | None) -> str | None:
    if not declared:
        return None
    try:
        name = codecs.lookup(declared).name
    except LookupError:
        return None
    if name == "utf-8":
        return None
    try:
        return data.decode(name)
    except UnicodeDecodeError:
        return None


def _looks_like_broken_utf8(data: bytes) -> bool:
    """Mostly well-formed UTF-8 sequences: UTF-8 text damaged, not another code page."""
    high = len(_HIGH_BYTE.findall(data))
    in_sequences = sum(len(m) for m in _UTF8_SEQUENCE.findall(data))
    return high > 0 and in_sequences * 2 >= high


def decode_cyrillic(data: bytes) -> str | None:
    """The cp1251 or KOI8 reading that looks like Cyrillic prose, or None."""
    best: tuple[float, str] | None = None
    for encoding in _CYRILLIC_PAGES:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        score = cyrillic_score(text)
        if score is not None and (best is None or score > best[0]):
            best = (score, text)
    return best[1] if best else None


def cyrillic_score(text: str) -> float | None:
    """How much ``text`` reads like Cyrillic prose; None when it does not at all.

    Rejects readings where the non-ASCII characters are not mostly Cyrillic
    letters, or where Cyrillic letters sit inside Latin words (a Latin-1
    ``café`` read as cp1251 gives ``cafй``). cp1251 and KOI8 swap the cases
    and shuffle the letters of each other's text, so among sensible readings
    the one with frequent letters, well-formed word case (not ``иЕТУПО``) and
    more lowercase wins.
    """
    non_ascii = [c for c in text if ord(c) > 127]
    cyrillic = [c for c in non_ascii if _is_cyrillic_letter(c)]
    if not cyrillic or len(cyrillic) < 0.7 * len(non_ascii):
        return None
    words = [w for w in _WORD.findall(text) if any(_is_cyrillic_letter(c) for c in w)]
    if sum(1 for w in words if any(c.isascii() for c in w)) > 0.2 * len(words):
        return None
    frequency = sum(_LOG_FREQUENCY.get(c.lower(), -5.0) for c in cyrillic) / len(cyrillic)
    well_cased = sum(1 for w in words if w.islower() or w.isupper() or w.istitle()) / len(words)
    lower = sum(1 for c in cyrillic if c.islower()) / len(cyrillic)
    return frequency + 0.5 * well_cased + 0.15 * lower


def _is_cyrillic_letter(char: str) -> bool:
    return "\u0400" <= char <= "\u04ff" and char.isalpha()
