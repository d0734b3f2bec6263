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


def test_a_list_of_cities_is_not_read_as_place_and_oblast() -> None:
    from sitrep.events.place import document_places
    from sitrep.pipeline_factory import default_pipeline

    text = "Missiles struck Kherson, Mykolaiv and Odesa overnight, the governor said."
    raw = Document(id="d", raw=text, published="2023-06-05")
    [doc] = list(default_pipeline().pipe([raw]))
    names = [located.place.location for located in document_places(doc)]
    assert names == ["Kherson", "Mykolaiv", "Odesa"]
