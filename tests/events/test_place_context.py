"""Where a document comes from is context for its places."""

from __future__ import annotations

from sitrep.events.place import source_countries
from sitrep.schema import Document


def _doc(url: str | None = None, language: str | None = None) -> Document:
    text = "Shelling of Vesele."
    return Document(id="d", raw=text, text=text, url=url, language=language)


def test_country_domains_and_ukrainian_language_are_context() -> None:
    assert source_countries(_doc("https://www.pravda.com.ua/news/1")) == {"UA"}
    assert source_countries(_doc("https://ria.ru/x")) == {"RU"}
    assert source_countries(_doc(language="uk")) == {"UA"}


def test_russian_language_and_generic_domains_say_nothing() -> None:
    assert source_countries(_doc("https://www.bbc.com/news", "ru")) == frozenset()
    assert source_countries(_doc()) == frozenset()
