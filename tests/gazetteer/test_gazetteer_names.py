"""Name keys, script filters and transliteration."""

from __future__ import annotations

import pytest

from sitrep.gazetteer.names import (
    cyrillic_language,
    index_keys,
    keep_alternate,
    name_key,
    skeleton_key,
    translit_ru,
    translit_uk,
)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Kam'yanske", "Kam’yanske"),
        ("Ivano-Frankivsk", "ivano frankivsk"),
        ("Novosëlovka", "Novoselovka"),
        ("Новосёловка", "Новоселовка"),
        ("  Nova   Kakhovka ", "NOVA KAKHOVKA"),
    ],
)
def test_name_key_folds_spelling_noise(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("Kharkiv", True),
        ("Харків", True),
        ("Charków", True),
        ("ハリコフ", False),
        ("خاركيف", False),
        ("https://en.wikipedia.org/wiki/Kharkiv", False),
        ("HRK", False),
        ("Kharkivх", False),
    ],
)
def test_keep_alternate_keeps_latin_and_cyrillic_only(name: str, kept: bool) -> None:
    assert keep_alternate(name) is kept


def test_ukrainian_national_transliteration() -> None:
    assert translit_uk("Кам'янське") == "kamianske"
    assert translit_uk("Запоріжжя") == "zaporizhzhia"
    assert translit_uk("Згурівка") == "zghurivka"
    assert translit_uk("Їжакевичі") == "yizhakevychi"


def test_ukrainian_bgn_style_transliteration() -> None:
    assert translit_uk("Кам'янське", national=False) == "kamyanske"


def test_russian_transliteration() -> None:
    assert translit_ru("Новая Таволжанка") == "novaya tavolzhanka"
    assert translit_ru("Ерёмовка") == "yeremovka"
    assert translit_ru("Красный Лиман") == "krasnyy liman"


def test_cyrillic_language_from_letters() -> None:
    assert cyrillic_language("Харків") == "uk"
    assert cyrillic_language("Белгородская область") is None
    assert cyrillic_language("Сёмовка") == "ru"


def test_index_keys_cover_latin_spellings_of_cyrillic_names() -> None:
    keys = index_keys(["Новая Таволжанка"])
    assert {"новая таволжанка", "нова таволжанка", "novaya tavolzhanka"} <= keys
    assert "nova tavolzhanka" in keys


def test_index_keys_give_both_kakhovka_spellings() -> None:
    keys = index_keys(["Нова Каховка"])
    assert {"nova kakhovka", "novaya kakhovka"} <= keys


@pytest.mark.parametrize(
    ("russian", "ukrainian"),
    [
        ("Берестовое", "Берестове"),
        ("Покровское", "Покровське"),
        ("Berestovoye", "Berestove"),
        ("Pokrovskoye", "Pokrovske"),
        ("Zolotoe", "Zolote"),
        ("Ivanovskoye", "Ivanivske"),  # and o closes to i before -vske, -vka
        ("Ивановка", "Іванівка"),
        ("Dibrovne", "Dibrivne"),  # -vne too
        ("Дібровне", "Дібрівне"),
    ],
)
def test_russian_and_ukrainian_neuter_endings_share_a_skeleton(
    russian: str, ukrainian: str
) -> None:
    assert skeleton_key(russian) == skeleton_key(ukrainian)


def test_words_mixing_look_alike_letters_are_written_in_their_main_script() -> None:
    from sitrep.gazetteer.names import unmix_scripts

    assert unmix_scripts("обстріл Вoвчaнська") == "обстріл Вовчанська"  # Latin o and a
    assert unmix_scripts("near Kupiаnsk") == "near Kupiansk"  # a Cyrillic а
    assert unmix_scripts("Бахмут and Kupiansk") == "Бахмут and Kupiansk"  # each word whole
    text = "Кpинки, Часов Яp"
    assert len(unmix_scripts(text)) == len(text)  # offsets are kept
