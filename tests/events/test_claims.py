from sitrep.annotate.sentences import sentences
from sitrep.events.claims import claim_for
from sitrep.resolve.actors import registry
from sitrep.schema import Mention, Span


def claim(text):
    span = sentences(text)[0]
    mentions = [
        Mention(Span(m.start, m.end, text[m.start : m.end]), "actor", m.key)
        for m in registry().find(text)
    ]
    return claim_for(span, mentions, registry())


def test_party_claim_is_a_claim_by_the_party():
    c = claim("Freedom of Russia Legion fighters claim they destroyed 2 tanks near Shebekino.")
    assert (c.status, c.by) == ("claimed", "Freedom of Russia Legion")


def test_according_to_names_the_claimant():
    c = claim("According to the Ukrainian General Staff, 3 tanks were destroyed.")
    assert (c.status, c.by) == ("claimed", "Military Forces of Ukraine (2019-)")


def test_reportedly_is_reported():
    c = claim("The insurgents have reportedly captured 200 square kilometers.")
    assert (c.status, c.by) == ("reported", None)


def test_confirmed_and_denied():
    assert claim("Geolocated footage confirmed the strike on Kupiansk.").status == "confirmed"
    assert claim("Russian forces denied the attack.").status == "denied"


def test_plain_statement_is_reported_without_claimant():
    assert claim("Russian forces shelled Kherson.").status == "reported"


def test_a_description_of_the_speaker_is_not_their_claim():
    text = (
        "The Russian Volunteer Corps, who since 1 June have been fighting in Belgorod Oblast, "
        "announced that the governor failed to meet them."
    )
    span = sentences(text)[0]
    mentions = [
        Mention(Span(m.start, m.end, text[m.start : m.end]), "actor", m.key)
        for m in registry().find(text)
    ]
    start = text.index("fighting")
    trigger = Span(start, start + len("fighting"), "fighting")
    assert claim_for(span, mentions, registry(), trigger).status == "reported"
    said = text.index("failed")
    after = Span(said, said + len("failed"), "failed")
    c = claim_for(span, mentions, registry(), after)
    assert (c.status, c.by) == ("claimed", "Russian Volunteer Corps")
