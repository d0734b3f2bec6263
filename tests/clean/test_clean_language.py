from sitrep.clean.language import detect_language


def test_scripts_and_cyrillic_languages():
    assert detect_language("Russian troops shelled Kharkiv.") == "en"
    assert detect_language("Окупанти обстріляли Харків, є загиблі.") == "uk"
    assert detect_language("Оккупанты обстреляли Харьков, есть погибшие.") == "ru"
    assert detect_language("12 — 5") is None
