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


def test_an_event_on_a_spit_near_a_village_is_placed_at_the_village() -> None:
    from sitrep.pipeline_factory import default_pipeline

    text = (
        "On 10 March 2023, Ukrainian forces shelled Russian positions on Kinburn Spit "
        "near Vasylivka, Mykolaiv. Casualties unknown."
    )
    raw = Document(id="d", raw=text, published="2023-03-10")
    [doc] = list(default_pipeline().pipe([raw]))
    [event] = doc.events
    assert event.place is not None
    assert (event.place.location, event.place.geo_precision) == ("Vasylivka", 2)
    text = "On 10 March 2023, Ukrainian forces shelled Russian positions on Kinburn Spit."
    [doc] = list(default_pipeline().pipe([Document(id="e", raw=text, published="2023-03-10")]))
    [event] = doc.events
    assert event.place is not None and event.place.geo_precision == 2
    assert event.place.location is not None and "Kos" in event.place.location  # the spit


def test_a_name_matched_again_in_its_oblast_keeps_the_oblast_as_qualifier_only() -> None:
    from sitrep.events.place import document_places
    from sitrep.pipeline_factory import default_pipeline

    text = "On 30 March 2023, Russian forces shelled Donetsk - Petrovskyi, Donetsk. No casualties."
    [doc] = list(default_pipeline().pipe([Document(id="d", raw=text, published="2023-03-30")]))
    located = document_places(doc)
    assert [(x.span.text, x.place.geo_precision) for x in located] == [("Donetsk - Petrovskyi", 1)]
    text = "Drones hit Mykolaiv, Kherson. No casualties."
    [doc] = list(default_pipeline().pipe([Document(id="e", raw=text, published="2023-03-30")]))
    assert [x.place.location for x in document_places(doc)] == ["Mykolaiv", "Kherson"]
