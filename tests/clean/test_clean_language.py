import pytest

from sitrep.clean import CleanStage
from sitrep.clean.language import detect_language, script_language
from sitrep.schema import Document

ENGLISH = (
    "Russian forces struck an apartment block in Dnipro overnight, killing at least three "
    "people and wounding twelve, the regional governor said on Telegram."
)
UKRAINIAN = (
    "Окупанти вночі вдарили по багатоповерхівці у Дніпрі: є загиблі, їхні тіла ще "
    "дістають з-під завалів, повідомив голова обласної військової адміністрації."
)
RUSSIAN = (
    "Оккупанты ночью нанесли удар по многоэтажке в Днепре, погибли по меньшей мере три "
    "человека, ещё двенадцать ранены, сообщил губернатор. Объявлен траур, съезд закрыт."
)


@pytest.mark.parametrize(
    ("text", "language"),
    [(ENGLISH, "en"), (UKRAINIAN, "uk"), (RUSSIAN, "ru")],
)
def test_paragraphs_of_each_supported_language(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_neighbour_languages_are_named_on_a_sentence() -> None:
    polish = "Rosyjskie wojska ostrzelały w nocy Charków, są zabici i ranni wśród cywilów."
    german = "Russische Truppen haben Charkiw in der Nacht erneut mit Raketen beschossen."
    assert detect_language(polish) == "pl"
    assert detect_language(german) == "de"


def test_mixed_text_takes_the_language_of_most_letters() -> None:
    russian_quoting_ukrainian = f"{RUSSIAN}\n{RUSSIAN}\n«{UKRAINIAN}»"
    english_quoting_russian = f"{ENGLISH}\n{ENGLISH}\n“{RUSSIAN}”"
    assert detect_language(russian_quoting_ukrainian) == "ru"
    assert detect_language(english_quoting_russian) == "en"


def test_very_short_texts_fall_back_to_the_script() -> None:
    assert detect_language("Є загиблі.") == "uk"
    assert detect_language("Съезд закрыт.") == "ru"
    assert detect_language("Kyiv, 5 June") == "en"
    assert detect_language("12 — 5") is None


def test_a_short_line_of_names_is_not_taken_for_a_neighbour_language() -> None:
    assert detect_language("Photo: Oleh Syniehubov/Telegram") == "en"
    assert detect_language("Zelensky met Shmyhal in Kyiv.") == "en"


def test_script_heuristic() -> None:
    assert script_language("Russian troops shelled Kharkiv.") == "en"
    assert script_language("Окупанти обстріляли Харків, є загиблі.") == "uk"
    assert script_language("Оккупанты обстреляли Харьков, есть погибшие.") == "ru"
    assert script_language("12 — 5") is None


def test_clean_stage_keeps_the_language_given_by_the_input() -> None:
    given = CleanStage()(Document(id="d", raw=RUSSIAN, language="uk"))
    guessed = CleanStage()(Document(id="d", raw=RUSSIAN))
    assert (given.language, guessed.language) == ("uk", "ru")
