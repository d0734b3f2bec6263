from sitrep.clean.boilerplate import find_boilerplate, find_related_lines
from sitrep.clean.edits import EditPlan

APPEAL = (
    "We keep our reporting open and accessible to everyone because we believe in the power "
    "of free information. A little bit goes a long way: help build bridges with the world."
)
EVENT = (
    "Russian troops shelled Kharkiv on Monday night with 12 missiles and 30 drones, killing "
    "3 civilians and wounding 20 more in the Kyivskyi and Shevchenkivskyi districts, the "
    "regional governor said, adding that rescuers were still searching the rubble of two "
    "apartment blocks hit in the attack."
)


def cuts(text, known=()):
    return find_boilerplate(text, EditPlan().is_free, known)


def test_both_copies_of_a_repeated_passage_are_cut_and_recorded():
    widget = f"You could close this page. {APPEAL} support. Become a Patron! {APPEAL} Become a"
    text = f"{EVENT}\n\n{widget}"
    (edit,) = cuts(text)
    assert text[edit.start : edit.end] == widget
    copies = [r for r in edit.removals if "We keep our reporting open" in r.text]
    assert len(copies) == 2 and all(r.kind == "boilerplate" for r in edit.removals)
    assert [r.text for r in edit.removals] == [
        "You could close this page.",
        APPEAL,
        "support. Become a Patron!",
        APPEAL,
        "Become a",
    ]


def test_repeats_across_paragraphs_next_to_an_appeal():
    text = f"{APPEAL} Become a patron!\n\n{EVENT}\n\n{APPEAL}"
    edits = cuts(text)
    assert [text[e.start : e.end] for e in edits] == [f"{APPEAL} Become a patron!", APPEAL]
    copies = [r for e in edits for r in e.removals if r.text == APPEAL]
    assert len(copies) == 2


def test_a_plain_repeat_keeps_its_first_copy():
    text = f"{APPEAL}\n\n{EVENT}\n\n{APPEAL}"
    (edit,) = cuts(text)
    assert edit.start == text.rindex(APPEAL) and edit.kind == "duplicate"


def test_a_long_event_paragraph_is_kept():
    text = f"{EVENT}\n\nOfficials said more would follow.\n\n{EVENT.replace('Monday', 'Sunday')}"
    assert cuts(text) == []


def test_a_restated_event_keeps_its_first_copy():
    sentence = "Russian troops shelled Kharkiv on Monday night, killing 3 civilians."
    text = f"{sentence} More follows.\n\nOther news.\n\n{sentence}"
    (edit,) = cuts(text)
    assert edit.start == text.rindex(sentence) and edit.kind == "duplicate"


def test_appeal_paragraphs_in_three_languages():
    for appeal in (
        "Subscribe to our channel and join our community for more news every day.",
        "Підписуйтесь на наш канал, щоб першими дізнаватися новини.",
        "Подписывайтесь на наш канал, чтобы первыми узнавать новости.",
        "This website uses cookies. Accept cookies to continue.",
    ):
        text = f"{EVENT}\n\n{appeal}"
        (edit,) = cuts(text)
        assert text[edit.start : edit.end] == appeal


def test_an_appeal_sentence_inside_reporting_goes_alone():
    text = f"{EVENT} Subscribe to our Telegram channel."
    (edit,) = cuts(text)
    assert text[edit.start : edit.end] == "Subscribe to our Telegram channel."


def test_an_appeal_that_speaks_of_fighting_stays():
    assert cuts("Subscribe to our channel: drones destroyed 2 tanks near Bakhmut.") == []


def test_learned_boilerplate_hook():
    text = f"{EVENT}\n\nEuromaidan Press is an independent online media outlet."
    known = {"euromaidan press is an independent online media outlet."}
    (edit,) = cuts(text, known)
    assert text[edit.start :] == "Euromaidan Press is an independent online media outlet."


def test_related_article_lines():
    text = f"{EVENT}\nRead also: Russia strikes Kyiv with 20 drones\n\nЧитайте також: Новини"
    edits = find_related_lines(text, EditPlan().is_free)
    assert [e.removals[0].text for e in edits] == [
        "Read also: Russia strikes Kyiv with 20 drones",
        "Читайте також: Новини",
    ]
