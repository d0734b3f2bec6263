from sitrep.clean.layout import find_repairs


def test_english_typed_on_a_cyrillic_layout():
    text = "Nikitin shows 12 Russian soldier POWs, including ецщ wounded ones."
    (repair,) = find_repairs(text)
    assert (repair.original, repair.replacement) == ("ецщ", "two")
    assert text[repair.start : repair.end] == "ецщ"


def test_cyrillic_typed_on_a_latin_layout():
    text = "Над Києвом збили hfrtnf, повідомили в Повітряних силах."
    (repair,) = find_repairs(text, "uk")
    assert (repair.original, repair.replacement) == ("hfrtnf", "ракета")


def test_layout_keys_that_are_punctuation_on_qwerty():
    text = "Утром по городу был j,cnhtk, сообщили местные власти."
    (repair,) = find_repairs(text, "ru")
    assert (repair.original, repair.replacement) == ("j,cnhtk", "обстрел")


def test_russian_word_in_russian_text_is_never_converted():
    assert find_repairs("Утром ракета попала в здание, сообщили власти.", "ru") == []


def test_acronyms_and_real_words_of_the_other_script_stay():
    assert find_repairs("Силы НАТО и ЗСУ, а также HIMARS и NATO, упоминались в отчёте.") == []
    assert find_repairs("He said нет to the offer made by the negotiators on Monday.") == []


def test_latin_text_is_not_scanned_for_latin_typos():
    assert find_repairs("The ghbdtn of hfrtnf is a made-up phrase in English text.") == []
