from sitrep.clean.tags import find_tags, split_tags


def test_trailing_tags_line():
    text = "Body.\n\nTags: Belgorod, Freedom of Russia Legion, Russian Volunteer Corps"
    tags = find_tags(text)
    assert tags is not None
    assert tags.values == ["Belgorod", "Freedom of Russia Legion", "Russian Volunteer Corps"]
    assert text[: tags.edit.start] == "Body.\n\n"
    assert tags.edit.removals[0].kind == "tags"


def test_ukrainian_and_russian_labels():
    assert find_tags("Текст.\n\nМітки: Харків, обстріл").values == ["Харків", "обстріл"]
    assert find_tags("Текст.\n\nТеги: #Белгород #РДК").values == ["Белгород", "РДК"]


def test_tags_early_in_a_long_text_are_left_alone():
    text = "Tags: not really\n\n" + "\n\n".join(f"Paragraph {n}." for n in range(5))
    assert find_tags(text) is None


def test_split_drops_duplicates_and_blanks():
    assert split_tags("a, A; b |  , c") == ["a", "b", "c"]
