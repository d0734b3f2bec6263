"""Name forms: the lookup key, script filters and Cyrillic transliteration.

Journalists spell the same village several ways: Ukrainian national
romanisation (``Kamianske``), older BGN-style spellings (``Kam'yanske``),
Russian-based spellings (``Novaya Kakhovka``) or the Cyrillic original. The
gazetteer stores every spelling it can derive from a source name under one
*key* (`name_key`), so a lookup is a single exact match on the key. Fuzzy
matching and inflected forms are deliberately left to a later layer.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

_DROP = "'’ʼ`´‘ʹ\"“”«»"
_SPACE = "-‐‑‒–—.,()/"
_KEY_TABLE = str.maketrans({**dict.fromkeys(_DROP, ""), **dict.fromkeys(_SPACE, " ")})

# An English possessive after a name: "Kursk Region's", "Mykolaiv’s".
POSSESSIVE = re.compile(r"['’]s$")


def name_key(text: str) -> str:
    """The lookup key: no diacritics, case-folded, apostrophes gone, hyphens as spaces.

    Stripping combining marks also folds Cyrillic й→и, ї→і and ё→е; that is
    lossy but harmless because both sides of a lookup go through this function,
    and it makes ``Новоселовка``/``Новосёловка`` one key.
    """
    if text.isascii():  # nothing to decompose: the common case, made fast
        return " ".join(text.casefold().translate(_KEY_TABLE).split())
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.casefold().translate(_KEY_TABLE).split())


# Latin letters that look like Cyrillic ones, typed inside Cyrillic words ("Вoвчaнськ" with
# a Latin o and a), and the reverse.
_LOOKALIKES = ("aceiopxyABCEHIKMOPTX", "асеіорхуАВСЕНІКМОРТХ")
_TO_CYRILLIC = str.maketrans(*_LOOKALIKES)
_TO_LATIN = str.maketrans(_LOOKALIKES[1], _LOOKALIKES[0])
_WORD_CHARS = re.compile(r"\w+")
_LATIN_LETTER = re.compile(r"[a-zA-Z]")
_CYRILLIC_LETTER = re.compile(r"[а-яА-ЯіІїЇєЄґҐёЁ]")


def unmix_scripts(text: str) -> str:
    """Words that mix Latin and Cyrillic look-alike letters, written in one script: the
    script most of the word's letters are in. Offsets are kept (one letter for one)."""
    if text.isascii() or not _LATIN_LETTER.search(text):
        return text
    return _WORD_CHARS.sub(_unmix_word, text)


def _unmix_word(match: re.Match[str]) -> str:
    word = match.group()
    latin = len(_LATIN_LETTER.findall(word))
    cyrillic = len(_CYRILLIC_LETTER.findall(word)) if latin else 0
    if not (latin and cyrillic):
        return word
    return word.translate(_TO_CYRILLIC if cyrillic >= latin else _TO_LATIN)


def script_of(text: str) -> str | None:
    """ "latin", "cyrillic" or None (mixed, other scripts, no letters)."""
    if text.isascii():
        return "latin" if any(ch.isalpha() for ch in text) else None
    scripts = set()
    for ch in text:
        if ch.isalpha():
            scripts.add(_script_of_letter(ch))
    if scripts == {"LATIN"}:
        return "latin"
    if scripts == {"CYRILLIC"}:
        return "cyrillic"
    return None


@lru_cache(maxsize=4096)
def _script_of_letter(ch: str) -> str:
    return unicodedata.name(ch, "").split(" ", 1)[0]


def keep_alternate(name: str) -> bool:
    """Keep Latin and Cyrillic names; drop URLs, airport codes and other scripts."""
    if "://" in name or name.startswith("www.") or not name.strip():
        return False
    if len(name) <= 4 and name.isupper() and name.isascii():
        return False
    return script_of(name) is not None


_COMMON = {
    "а": "a", "б": "b", "в": "v", "д": "d", "е": "e", "ж": "zh", "з": "z", "к": "k",
    "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ь": "", "ъ": "", "'": "", "’": "", "ʼ": "",
}  # fmt: skip
_UK_NATIONAL = {
    **_COMMON, "г": "h", "ґ": "g", "и": "y", "і": "i", "ї": "i", "й": "i", "є": "ie",
    "ю": "iu", "я": "ia",
}  # fmt: skip
_UK_NATIONAL_INITIAL = {"ї": "yi", "й": "y", "є": "ye", "ю": "yu", "я": "ya"}
_UK_BGN = {**_UK_NATIONAL, "ї": "yi", "й": "y", "є": "ye", "ю": "yu", "я": "ya"}
_RU_BGN = {
    **_COMMON, "г": "g", "и": "i", "й": "y", "ы": "y", "э": "e", "ё": "e", "ю": "yu",
    "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g",
}  # fmt: skip
_VOWELS = set("аеёиоуыэюяіїє")


def _translit(text: str, table: dict[str, str], initial: dict[str, str], ru: bool) -> str:
    out: list[str] = []
    prev = " "
    for ch in text.lower():
        at_start = not prev.isalpha() and prev not in "'’ʼ"
        if ru and ch == "е" and (at_start or prev in _VOWELS or prev in "ьъ"):
            out.append("ye")
        elif at_start and ch in initial:
            out.append(initial[ch])
        elif ch == "г" and prev == "з" and not ru:
            out.append("gh")
        else:
            out.append(table.get(ch, ch))
        prev = ch
    return "".join(out)


def translit_uk(text: str, *, national: bool = True) -> str:
    """Ukrainian→Latin: the 2010 national system, or the older BGN-style spelling.

    The two differ mainly in я/ю/є/ї/й (``ia`` vs ``ya``), which is exactly where
    journalists' spellings diverge (``Kamianske`` vs ``Kam'yanske``).
    """
    if national:
        return _translit(text, _UK_NATIONAL, _UK_NATIONAL_INITIAL, ru=False)
    return _translit(text, _UK_BGN, {}, ru=False)


def translit_ru(text: str) -> str:
    """Russian→Latin, BGN-like (``Новая Таволжанка`` → ``novaya tavolzhanka``)."""
    return _translit(text, _RU_BGN, {}, ru=True)


# Russian adjectives that open place names, with their Ukrainian counterparts:
# Ukrainian media write Russian villages the Ukrainian way ("Нова Таволжанка").
_ADJECTIVES_RU_UK = {
    "новая": "нова", "новый": "новий", "новое": "нове", "старая": "стара",
    "старый": "старий", "старое": "старе", "малая": "мала", "малый": "малий",
    "малое": "мале", "великая": "велика", "великий": "великий", "великое": "велике",
    "верхняя": "верхня", "верхний": "верхній", "верхнее": "верхнє", "нижняя": "нижня",
    "нижний": "нижній", "нижнее": "нижнє", "красная": "красна", "красный": "красний",
    "красное": "красне", "белая": "біла", "белый": "білий", "белое": "біле",
}  # fmt: skip
_ADJECTIVES_UK_RU = {uk: ru for ru, uk in _ADJECTIVES_RU_UK.items()}
_PLURAL_ADJECTIVES_RU_UK = {
    "новые": "нові", "старые": "старі", "малые": "малі", "великие": "великі",
    "верхние": "верхні", "нижние": "нижні", "красные": "красні", "белые": "білі",
}  # fmt: skip


def _name_adjectives() -> frozenset[str]:
    pairs = {**_ADJECTIVES_RU_UK, **_PLURAL_ADJECTIVES_RU_UK}.items()
    forms = {ru for ru, _ in pairs} | {uk for _, uk in pairs}
    forms |= {translit_ru(ru) for ru, _ in pairs}
    forms |= {translit_uk(uk, national=national) for _, uk in pairs for national in (True, False)}
    return frozenset(skeleton_key(form) for form in forms)


def _adjective_swaps(name: str) -> list[str]:
    first, sep, rest = name.partition(" ")
    if not sep:
        return []
    lower = first.lower()
    swapped = _ADJECTIVES_RU_UK.get(lower) or _ADJECTIVES_UK_RU.get(lower)
    if swapped is None or swapped == lower:
        return []
    return [f"{swapped.capitalize()} {rest}"]


# Ukrainian renders Russian neuter place names with its own endings: Шебекино →
# Шебекіне, Иваново → Іванове; Ukrainian media write Russian towns that way.
_RU_UK_ENDINGS = (("ино", "іне"), ("ыно", "ине"), ("ово", "ове"), ("ево", "еве"), ("ёво", "еве"))


def _ukrainian_rendering(name: str) -> list[str]:
    lower = name.lower()
    if cyrillic_language(name) == "uk":
        return []
    for ru, uk in _RU_UK_ENDINGS:
        if lower.endswith(ru) and len(lower) > len(ru) + 2:
            return [name[: -len(ru)] + uk]
    return []


def cyrillic_language(name: str) -> str | None:
    """'uk' or 'ru' when letters betray the language, None when the name fits both."""
    lower = name.lower()
    if any(ch in lower for ch in "іїєґ"):
        return "uk"
    if any(ch in lower for ch in "ыэъё"):
        return "ru"
    return None


def latin_forms(cyrillic: str) -> set[str]:
    """Latin spellings a journalist may write for a Cyrillic name."""
    forms: set[str] = set()
    for variant in [cyrillic, *_adjective_swaps(cyrillic)]:
        language = cyrillic_language(variant)
        if language != "ru":
            forms.add(translit_uk(variant))
            forms.add(translit_uk(variant, national=False))
        if language != "uk":
            forms.add(translit_ru(variant))
    return forms


# Ordinal words of twin villages ("Novoselivka Persha"), Ukrainian and Russian, by gender.
_ORDINALS = (
    ("persha", "pervaya"), ("pershe", "pervoye"), ("pershyi", "pervyy"),
    ("druha", "vtoraya"), ("druhe", "vtoroye"), ("druhyi", "vtoroy"),
    ("tretia", "tretya"), ("tretie", "tretye"), ("tretii", "tretiy"),
)  # fmt: skip
_OTHER_ORDINAL = {a: b for pair in _ORDINALS for a, b in (pair, pair[::-1])}


def ordinal_forms(name: str) -> set[str]:
    """``Novoselivka Persha`` → ``Persha Novoselivka``, ``Novoselivka Pervaya``,
    ``Pervaya Novoselivka``: the ordinal of a twin village on either side, in either
    language."""
    words = name.split()
    if len(words) < 2:
        return set()
    for index in (0, len(words) - 1):
        other = _OTHER_ORDINAL.get(words[index].lower())
        if other is None:
            continue
        rest = " ".join(words[1:] if index == 0 else words[:-1])
        ordinals = (words[index], other.title())
        return {f"{rest} {o}" for o in ordinals} | {f"{o} {rest}" for o in ordinals}
    return set()


def name_forms(names: Iterable[str]) -> set[str]:
    """Every spelling derived from source names: originals, swaps, transliterations."""
    forms: set[str] = set()
    for name in names:
        forms.add(name)
        forms.update(ordinal_forms(name))
        if script_of(name) == "cyrillic":
            forms.update(_adjective_swaps(name))
            forms.update(_ukrainian_rendering(name))
            forms.update(latin_forms(name))
    return forms


def index_keys(names: Iterable[str]) -> set[str]:
    """The lookup keys under which an entry with these source names is stored."""
    return {key for key in map(name_key, name_forms(names)) if key}


# Spelling noise that transliteration systems and reporters disagree on, longest first:
# ``Klischiivka``/``Klishchiivka``, ``Chervonyi Mayak``/``Chervonyi Maiak``,
# ``Shypilivka``/``Shypylivka``, ``Sieverne``/``Severne``.
_LATIN_SKELETON = (
    ("szcz", "s"), ("sz", "s"), ("cz", "c"),  # Polish: Czasiw Jar is Chasiv Yar
    ("shch", "s"), ("sch", "s"), ("zh", "z"), ("kh", "h"), ("ch", "c"), ("sh", "s"),
    ("ts", "c"), ("tz", "c"), ("ya", "a"), ("ia", "a"), ("ja", "a"), ("yu", "u"),
    ("iu", "u"), ("ju", "u"), ("ye", "e"), ("ie", "e"), ("je", "e"), ("yo", "o"),
    ("io", "o"), ("jo", "o"), ("yi", "i"), ("iy", "i"), ("ii", "i"), ("y", "i"),
    ("j", "i"), ("w", "v"), ("g", "h"), ("x", "ks"),
)  # fmt: skip
_CYRILLIC_SKELETON = str.maketrans("ыіїйєэёґ", "иииииеег", "ьъ")
# Scholarly romanisation's letters with a háček, spelt out before accents are dropped.
# Háček letters as English spells them; the Polish ł as an l ("Wołczańsk"), since it has
# no combining mark to strip.
_HACEK = str.maketrans(
    {"š": "sh", "Š": "Sh", "č": "ch", "Č": "Ch", "ž": "zh", "Ž": "Zh", "ł": "l", "Ł": "L"}
)


# Neuter adjectives end in -ое in Russian and -е in Ukrainian: Берестовое is Берестове,
# Berestovoye is Berestove.
_RUSSIAN_NEUTER = re.compile(r"(?<=[бвгджзклмнпрстфхцчшщ])ое\b")
_RUSSIAN_NEUTER_LATIN = re.compile(r"(?<=[bvgdzklmnprstfhc])oe\b")
# Ukrainian closes o to i before -vka/-vske/-vne: Ivanovka is Ivanivka, Ivanovskoye
# Ivanivske, Dibrovne Dibrivne.
_CLOSED_O = re.compile(r"[oe](?=v(?:k|s|n))")
_CLOSED_O_CYRILLIC = re.compile(r"[ое](?=в(?:к|с|н))")


def skeleton_key(text: str, *, close_o: bool = True) -> str:
    """A coarser key that ignores how a name was transliterated (second-tier index).

    Only consulted when the exact key finds nothing suitable: it folds the
    digraphs and vowel spellings romanisations disagree on, and doubled letters.
    ``close_o=False`` keeps the Russian o apart from the Ukrainian i: ranking asks
    whether a text names a place by its main name, and "Konstantinovka" is the
    town Kostiantynivka, not the village Konstiantynivka.
    """
    key = name_key(text.translate(_HACEK))
    if script_of(key) == "cyrillic":
        key = _RUSSIAN_NEUTER.sub("е", key.translate(_CYRILLIC_SKELETON))
        key = _CLOSED_O_CYRILLIC.sub("и", key) if close_o else key
    else:
        for old, new in _LATIN_SKELETON:
            key = key.replace(old, new)
        key = _RUSSIAN_NEUTER_LATIN.sub("e", key)
        key = _CLOSED_O.sub("i", key) if close_o else key
    out: list[str] = []
    for ch in key:
        if not out or ch != out[-1]:
            out.append(ch)
    return "".join(out)


def national_name(name: str, alternates: Iterable[str]) -> str:
    """The Ukrainian national romanisation of a place, as ACLED and Ukrainian officials write it.

    GeoNames' main names mix systems ("Avdiyivka", "Mar'yinka", "Kupyansk");
    the Ukrainian-script alternate romanised by the 2010 system gives
    "Avdiivka", "Marinka", "Kupiansk". Every Cyrillic alternate is romanised
    and compared with the main name, except those spelt the Russian way
    ("Светлодарск"); the closest wins, and only a name written in unmistakably
    Ukrainian letters (і, ї, є, ґ) replaces the main name, so a Russian-language
    name ("Дорожное") or an old name of a renamed town leaves it as it is.
    """
    from rapidfuzz import fuzz

    target = name_key(name)
    ranked: list[tuple[float, bool, str]] = []
    for alternate in alternates:
        if script_of(alternate) != "cyrillic" or any(ch in alternate.lower() for ch in "ўыэёъ"):
            continue
        if _RUSSIAN_SPELLING.search(alternate):  # "Светлодарск": the Russian name
            continue
        latin = title_case(translit_uk(alternate))
        ukrainian = cyrillic_language(alternate) == "uk" or bool(
            _UKRAINIAN_SPELLING.search(alternate)
        )
        ranked.append((fuzz.ratio(name_key(latin), target), ukrainian, latin))
    if not ranked:
        return name
    score, ukrainian, latin = max(ranked)
    return latin if ukrainian and score >= NATIONAL_NAME_MIN_SIMILARITY else name


NATIONAL_NAME_MIN_SIMILARITY = 80.0
# Ukrainian, not Russian, spelling: an apostrophe inside a word (Куп'янськ) or the
# soft -ськ/-цьк ending (Скадовськ; Russian writes -ск).
_UKRAINIAN_SPELLING = re.compile(r"\w['’ʼ]\w|[сц]ьк\b", re.IGNORECASE)
# Russian, not Ukrainian, spelling: the hard -ск/-цк ending (Ukrainian writes -ськ).
_RUSSIAN_SPELLING = re.compile(r"[сц]к\b", re.IGNORECASE)


def title_case(text: str) -> str:
    """Capitalise each word and hyphen part: "nova kakhovka" → "Nova Kakhovka"."""
    return " ".join("-".join(p[:1].upper() + p[1:] for p in w.split("-")) for w in text.split())


# The adjectives that open place names, in both languages and their romanisations
# ("Novye", "Nova", "Velykyi"), as `skeleton_key`s.
NAME_ADJECTIVES = _name_adjectives()
