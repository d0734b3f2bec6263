from sitrep.clean import CleanStage
from sitrep.clean.duplicates import (
    NEAR_JACCARD,
    DuplicateIndex,
    DuplicateStage,
    MinHasher,
    shingles,
    similarity,
    words,
)
from sitrep.export import output_record
from sitrep.pipeline import Pipeline
from sitrep.pipeline_factory import default_pipeline
from sitrep.schema import Document

WIRE = (
    "KYIV, June 5 (Reuters) - Russian forces struck an apartment block in the city of Dnipro "
    "overnight with a cruise missile, killing at least three people and wounding twelve, the "
    "regional governor said on Monday. Rescue workers were still searching the rubble of the "
    "five-storey building in the morning, and a child was among the injured, Serhiy Lysak "
    "wrote on Telegram. The Ukrainian air force said it had shot down 20 of the 24 missiles "
    "launched at the country overnight, most of them over the capital. Russia did not comment "
    "on the strike, which came as Kyiv prepared a long-awaited counteroffensive in the south "
    "and east of the country."
)
INDEPENDENT = (
    "Three civilians died and twelve more were hurt when a Russian missile hit a residential "
    "building in Dnipro during the night, according to Serhiy Lysak, head of the regional "
    "military administration. Emergency crews pulled survivors from under the debris until "
    "dawn; one of the wounded is a child. Ukraine's air defence reported intercepting 20 out "
    "of 24 incoming missiles, the majority near Kyiv. Moscow has so far stayed silent about "
    "the attack on the city, which lies on the Dnipro river."
)


def run(*raws: str, titles: tuple[str, ...] = ()) -> list[Document]:
    docs = [
        Document(id=f"d{n}", raw=raw, title=titles[n] if titles else None)
        for n, raw in enumerate(raws)
    ]
    return list(Pipeline([CleanStage(), DuplicateStage()]).pipe(docs, batch_size=2))


def test_the_same_wire_story_on_two_sites_is_flagged() -> None:
    site_a = f"Missile strike on Dnipro kills three\n\n{WIRE}\n\nSubscribe to our Telegram channel."
    site_b = (
        f"{WIRE}\n\nRead more: Air defence busy over Kyiv again\n"
        "Follow us on Facebook and Twitter for the latest news."
    )
    docs = run(site_a, site_b, titles=("Dnipro strike", "Three killed in Dnipro"))
    assert [d.duplicate_of for d in docs] == [None, "d0"]
    assert all(d.rejection is None for d in docs)


def test_two_independent_reports_of_one_event_are_not_flagged() -> None:
    first, second = words(WIRE), words(INDEPENDENT)
    assert similarity_of(first, second) < 0.2
    assert [d.duplicate_of for d in run(WIRE, INDEPENDENT)] == [None, None]


def test_exact_duplicates_ignore_case_punctuation_and_spacing() -> None:
    copy = WIRE.upper().replace(",", "").replace(" - ", " — ")
    assert [d.duplicate_of for d in run(WIRE, INDEPENDENT, copy)] == [None, None, "d0"]


def test_near_threshold_on_both_sides() -> None:
    tokens = words(WIRE)
    few_edits = list(tokens)
    for position in (10, 40, 70):
        few_edits[position] = "changed"
    rewritten = list(tokens)
    for position in range(0, len(tokens), 18):
        rewritten[position] = f"other{position}"
    assert similarity_of(tokens, few_edits) > 0.85
    assert 0.7 < similarity_of(tokens, rewritten) < NEAR_JACCARD
    index = DuplicateIndex()
    assert index.add("a", WIRE) is None
    assert index.add("b", " ".join(few_edits)) == "a"
    assert index.add("c", " ".join(rewritten)) is None


def test_short_texts_are_only_compared_exactly() -> None:
    short = "Russian forces shelled Kherson overnight, two civilians were killed."
    nearly = "Russian forces shelled Kherson overnight, three civilians were killed."
    index = DuplicateIndex()
    assert [index.add(n, t) for n, t in [("a", short), ("b", nearly), ("c", short)]] == [
        None,
        None,
        "a",
    ]


def test_duplicate_of_names_the_first_document_of_the_group() -> None:
    tokens = words(WIRE)
    second = [*tokens[:-3], "extra", "words", "here"]
    third = [*second[:-6], "and", "even", "more", "new", "words", "added"]
    index = DuplicateIndex()
    flags = [index.add(n, " ".join(t)) for n, t in [("a", tokens), ("b", second), ("c", third)]]
    assert flags == [None, "a", "a"]


def test_empty_texts_and_a_repeated_id_are_not_duplicates() -> None:
    index = DuplicateIndex()
    assert [index.add("a", ""), index.add("b", "  "), index.add("c", WIRE)] == [None, None, None]
    assert index.add("c", WIRE) is None


def test_minhash_estimates_jaccard() -> None:
    hasher = MinHasher()
    base = set(range(1000))
    overlap = set(range(200, 1200))  # Jaccard 800 / 1200 = 0.67
    estimate = similarity(hasher.signature(base), hasher.signature(overlap))
    assert abs(estimate - 800 / 1200) < 0.12


def test_each_default_pipeline_starts_a_fresh_run() -> None:
    first = default_pipeline()(Document(id="x", raw=WIRE))
    again = default_pipeline()(Document(id="y", raw=WIRE))
    assert (first.duplicate_of, again.duplicate_of) == (None, None)
    pipeline = default_pipeline()
    docs = list(pipeline.pipe([Document(id="x", raw=WIRE), Document(id="y", raw=WIRE)]))
    assert [d.duplicate_of for d in docs] == [None, "x"]
    assert docs[1].events, "a flagged duplicate still gets its events"


def test_duplicates_are_found_across_batches_and_emitted() -> None:
    docs = run(WIRE, INDEPENDENT, "Kherson", WIRE)
    assert [d.duplicate_of for d in docs] == [None, None, None, "d0"]
    assert output_record(docs[3])["document"]["duplicate_of"] == "d0"
    assert output_record(docs[0])["document"]["duplicate_of"] is None


def similarity_of(left: list[str], right: list[str]) -> float:
    """Exact Jaccard similarity of the shingle sets."""
    a, b = shingles(left), shingles(right)
    return len(a & b) / len(a | b)


def test_signature_is_the_minimum_of_each_permutation_mod_2_64() -> None:
    import random

    hasher = MinHasher(permutations=16, seed=7)
    rng = random.Random(3)
    for size in (1, 2, 50):
        hashes = {rng.getrandbits(64) for _ in range(size)}
        expected = [min((a * h + b) % 2**64 for h in hashes) for a, b in hasher.params]
        assert list(hasher.signature(hashes)) == expected
