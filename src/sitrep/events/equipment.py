"""Equipment mentions and equipment losses, in Oryx's categories.

`find_equipment` finds every model ("T-72B3", "Msta-S", "БМП-3") and generic
noun ("tanks", "безпілотників") with the count written just before it ("2
tanks", "three T-72 tanks", "двох танків"). The names come from the lexicon
built from Oryx's loss lists (``python -m sitrep.events.build_equipment``);
model names are matched case-sensitively, nouns case-insensitively, the
longest name first, all with one compiled regex.

`extract_losses` turns the mentions of one sentence into `EquipmentLoss`
items: only a mention governed by a loss cue ("destroyed", "shot down",
"знищили", "захватили") is a loss, so a sentence that merely mentions tanks
yields nothing, and equipment used as a weapon ("with the help of drones",
"a drone strike", "a drone destroyed a tank") is not counted as lost. The
model is the lexicon entry the text names: "1 BRDM" is model "BRDM", not a
guessed "BRDM-2". The owner's side is the caller's to decide.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from sitrep.annotate.numbers import NumberMatch, find_numbers
from sitrep.schema import EquipmentLoss
from sitrep.schema.event import EquipmentStatus

UAV, HELI, AIR = "Unmanned aerial vehicles", "Helicopters", "Aircraft"
# Categories that "with" marks as a weapon wherever the verb stands ("with
# drones, two tanks were destroyed"); other equipment only after the verb.
_WEAPON_CATEGORIES = frozenset(
    {UAV, HELI, AIR, "Multiple rocket launchers", "Self-propelled artillery", "Towed artillery"}
)
_SEVERITY: dict[EquipmentStatus, int] = {
    "damaged": 1,
    "abandoned": 2,
    "captured": 3,
    "destroyed": 4,
}
_CUE_WINDOW = 200  # characters between a loss cue and the equipment it governs
_AFTER_WINDOW = 80  # for a cue written after the equipment ("two tanks were destroyed")
_PASSIVE_GAP = 40


@dataclass(frozen=True, slots=True)
class EquipmentMention:
    """Equipment named at ``text[start:end]``, the count before it included."""

    start: int
    end: int
    category: str
    model: str | None
    count: int | None


def _trie_pattern(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, longest first, without a slow flat alternation."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


class EquipmentLexicon:
    """Model names and generic nouns, each mapped to its category."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.models: dict[str, tuple[str, str]] = {}
        for model in data["models"]:
            for alias in (model["name"], *model["aliases"]):
                self.models[alias] = (model["name"], model["category"])
        self.nouns = {
            form.casefold(): category for category, forms in data["nouns"].items() for form in forms
        }
        self.pattern = re.compile(
            rf"(?<![\w-])(?:(?P<model>{_trie_pattern(self.models)})(?:'?s)?"
            rf"|(?i:(?P<noun>{_trie_pattern(self.nouns)})))(?!\w|-\w)"
        )

    @classmethod
    @cache
    def default(cls) -> EquipmentLexicon:
        """The lexicon shipped in ``sitrep/data/equipment.json``."""
        text = resources.files("sitrep.data").joinpath("equipment.json").read_text("utf-8")
        return cls(json.loads(text))

    def find(self, text: str) -> list[EquipmentMention]:
        """Every equipment mention in ``text``, left to right."""
        raw: list[EquipmentMention] = []
        for m in self.pattern.finditer(text):
            if m.group("model") is not None:
                model, category = self.models[m.group("model")]
                raw.append(EquipmentMention(m.start(), m.end(), category, model, None))
            elif not _NOT_MILITARY.search(text, max(0, m.start() - 30), m.start()):
                category = self.nouns[m.group("noun").casefold()]
                raw.append(EquipmentMention(m.start(), m.end(), category, None, None))
        return _with_counts(text, _merge_model_and_noun(text, raw))


_NOT_MILITARY = re.compile(
    r"(?i:\b(?:think|fuel|water|oil|septic|gas|storage|civilian|private|passenger|police|"
    r"цивільн\w*|гражданск\w*|приватн\w*|частн\w*|легков\w*)\s+)\Z"
)
_COUNT_GAP = re.compile(
    r"\s*(?:(?:units?\s+of|pieces\s+of|of|одиниц[іья]|единиц[ыа]?)\s+)?"
    r"(?:(?i:russian|ukrainian|enemy|more|other|additional|attack|kamikaze|reconnaissance|"
    r"російськ\w*|українськ\w*|ворож\w*|ударн\w*|розвідувальн\w*|российск\w*|украинск\w*|"
    r"вражеск\w*|разведывательн\w*|противника)\s+){0,2}\Z"
)
# An active verb followed by its object: the equipment before it is the subject.
_TRANSITIVE_OBJECT = re.compile(r"\s+(?:a|an|the|its|their|his|her|this|these|[A-ZА-ЯІЇЄҐ0-9])\b")
# Whose equipment it is: a nationality written with the item ("three Russian tanks").
_OWNER_WORD = re.compile(
    r"(?i:\b(?:(?P<ru>russian|russia's|російськ\w*|российск\w*)|"
    r"(?P<ua>ukrainian|ukraine's|українськ\w*|украинск\w*)))"
)
_OWNER_BEFORE = re.compile(_OWNER_WORD.pattern + r"\s+(?:[\w-]+\s+)?\Z")
# "15 of 18 drones were shot down": the loss is the first number.
_PART_OF = re.compile(r"(?i)\s+(?:out\s+of|of|із|з|из)\s+\Z")
# "БпЛА типу Shahed-136": a noun and the model it is "of type" are one mention.
_OF_TYPE = re.compile(r"(?i)\s+(?:типу|типа|type|of\s+type)\s+\Z")


def _merge_model_and_noun(text: str, found: list[EquipmentMention]) -> list[EquipmentMention]:
    """A model and a noun side by side ("T-72 tanks", "танк Т-72") are one mention."""
    merged: list[EquipmentMention] = []
    for mention in found:
        last = merged[-1] if merged else None
        gap = text[last.end : mention.start] if last else ""
        if (
            last is not None
            and (last.model is None) != (mention.model is None)
            and (gap.isspace() or (last.model is None and _OF_TYPE.fullmatch(gap)))
        ):
            model = last if last.model is not None else mention
            merged[-1] = EquipmentMention(
                last.start, mention.end, model.category, model.model, None
            )
        else:
            merged.append(mention)
    return merged


def _with_counts(text: str, found: list[EquipmentMention]) -> list[EquipmentMention]:
    numbers: list[NumberMatch] = find_numbers(text) if found else []
    out: list[EquipmentMention] = []
    for mention in found:
        before = [n for n in numbers if n.end <= mention.start]
        if before and _COUNT_GAP.match(text, before[-1].end, mention.start):
            number = before[-1]
            if len(before) > 1 and _PART_OF.fullmatch(text, before[-2].end, number.start):
                number = NumberMatch(before[-2].start, number.end, before[-2].value)
            mention = EquipmentMention(
                number.start, mention.end, mention.category, mention.model, number.value
            )
        out.append(mention)
    return out


def find_equipment(text: str) -> list[EquipmentMention]:
    """Every equipment mention in ``text`` with its count, by the shipped lexicon."""
    return EquipmentLexicon.default().find(text)


_CUES: dict[EquipmentStatus, str] = {
    "destroyed": (
        r"destroy\w*|eliminat\w*|burn(?:ed|t|s|ing)?(?:\s+out)?|wiped\s+out|obliterat\w*|"
        r"neutrali[sz]\w*|shot\s+down|shoot(?:s|ing)?\s+down|downed|blown\s+up|blew\s+up|"
        r"lost|lose[sd]?|losing|loss(?:es)?|"
        r"знищ\w*|ліквід\w*|збил\w*|збит\w*|спалил\w*|спален\w*|згорі\w*|підірва\w*|"
        r"знешкод\w*|втрат\w*|уничтож\w*|ликвидир\w*|сбил\w*|сбит\w*|сожж\w*|сжег\w*|"
        r"сгоре\w*|подорва\w*|взорва\w*|потер(?:ял\w*|и|ь)"
    ),
    "damaged": (
        r"damag\w*|hit|hits|hitting|struck|disabled|knocked\s+out|пошкод\w*|уразил\w*|"
        r"уражен\w*|підбил\w*|підбит\w*|поврежд\w*|повредил\w*|поразил\w*|поражен\w*|"
        r"подбил\w*|подбит\w*"
    ),
    "captured": (
        r"captur\w*|seiz\w*|troph(?:y|ies)|захопил\w*|захоплен\w*|затрофе\w*|трофе\w*|"
        r"захватил\w*|захвачен\w*"
    ),
    "abandoned": r"abandon\w*|left\s+behind|покину\w*|покинут\w*|кинули|брошен\w*|бросил\w*",
}
_CUE = re.compile(
    r"(?i)(?<!\w)(?:" + "|".join(f"(?P<{s}>{p})" for s, p in _CUES.items()) + r")(?!\w)"
)
_NEGATION = re.compile(
    r"(?i:(?:\bnot|n't|\bnever|\bfailed\s+to|\btried\s+to|\battempt\w*\s+to|\btrying\s+to|"
    r"(?<!\w)не|(?<!\w)ні|намага\w*|пыта\w*)\s+(?:\w+\s+)?)\Z"
)
_NONE_OF = re.compile(r"(?i:(?:\bno|\bzero|\bnone\s+of\s+the|жодн\w*|ни\s+одн\w*)\s+)\Z")
_PASSIVE = re.compile(r"(?i:\b(?:was|were|been|being|is|are|got|get|gets)\s+(?:\w+ly\s+)?)\Z")
_CYRILLIC_PARTICIPLE = re.compile(r"(?:но|то|ні|ті|ны|ты|на|та|ен|ий|ый)\Z")
_CUE_JOIN = re.compile(r"(?i)\s*(?:,|and|or|then|і|й|та|и|а\s+потім|затем)?\s*\Z")
_CLAUSE_BREAK = re.compile(
    r"(?i)[;:]|\s[–—]\s|\b(?:while|whereas|but|although|though|however)\b|"
    r"(?<!\w)(?:але|однак|проте|але|но|однако|тоді\s+як|тогда\s+как)(?!\w)"
)
_INSTRUMENT_BEFORE = re.compile(
    r"(?i:(?:\bby|\busing|\bvia|\bfrom|\bhelp\s+of|\bmeans\s+of|допомогою|допомоги|помощью|"
    r"помощи|силами|ударом|ударами|удару|удар|удари|атак\w*|оператор\w*|екіпаж\w*|"
    r"экипаж\w*|пілот\w*|пилот\w*)\s+(?:[\w'’-]+\s+){0,2})\Z"
)
_WITH_BEFORE = re.compile(r"(?i:(?<!along )(?<!together )\bwith\s+(?:[\w'’-]+\s+){0,2})\Z")
_LIST_GAP = re.compile(r"(?i)\s*(?:,|,?\s*and|or|та|і|й|и)\s*(?:(?:a|an|the)\s+)?")
_MODIFIER_AFTER = re.compile(
    r"(?i)\s*(?:strikes?|attacks?|operators?|pilots?|crews?|units?|teams?|battalions?|"
    r"brigades?|regiments?|company|platoons?|commanders?|raids?|warfare|fire|shelling|"
    r"footage|video|factory|plant|production|launch(?:es)?|base|depot|repair|hunters?)\b"
)


@dataclass(frozen=True, slots=True)
class _Cue:
    start: int
    end: int
    status: EquipmentStatus | None  # None: negated ("failed to destroy")
    passive: bool


def _cues(text: str) -> list[_Cue]:
    """Loss cues, with runs such as "hit and destroyed" joined under the gravest status."""
    cues: list[_Cue] = []
    for m in _CUE.finditer(text):
        status: EquipmentStatus | None = next(s for s in _CUES if m.group(s) is not None)
        if _NEGATION.search(text, max(0, m.start() - 30), m.start()):
            status = None
        passive = bool(
            _PASSIVE.search(text, max(0, m.start() - 30), m.start())
            or _CYRILLIC_PARTICIPLE.search(m.group().lower())
        )
        last = cues[-1] if cues else None
        if last and last.status and status and _CUE_JOIN.match(text, last.end, m.start()):
            graver = max(last.status, status, key=_SEVERITY.__getitem__)
            cues[-1] = _Cue(last.start, m.end(), graver, last.passive or passive)
        else:
            cues.append(_Cue(m.start(), m.end(), status, passive))
    return cues


def _is_weapon(text: str, mention: EquipmentMention, cue: _Cue | None) -> bool:
    """Equipment named as the means of an attack, not as its target.

    "With" after the verb names the means ("destroyed the bridge with drones",
    "captured the village with tanks"); before a passive verb it names what
    was there ("a column with two tanks was destroyed").
    """
    window = max(0, mention.start - 40)
    if _INSTRUMENT_BEFORE.search(text, window, mention.start):
        return True
    if _WITH_BEFORE.search(text, window, mention.start) and (
        mention.category in _WEAPON_CATEGORIES or (cue is not None and cue.end <= mention.start)
    ):
        return True
    return bool(_MODIFIER_AFTER.match(text, mention.end))


def _governing_cue(
    text: str, mention: EquipmentMention, cues: list[_Cue], mentions: list[EquipmentMention]
) -> _Cue | None:
    """The cue whose object the mention is: the nearest before it, else a passive one after.

    A passive cue right after the mention wins over an earlier one: in "two tanks
    were destroyed and a BMP was damaged" the BMP was damaged.
    """
    after = [c for c in cues if c.start >= mention.end]
    if after and after[0].passive and after[0].start - mention.end <= _PASSIVE_GAP:
        gap = text[mention.end : after[0].start]
        others = any(mention.end <= m.start < after[0].start for m in mentions)
        if not others and not _CLAUSE_BREAK.search(gap):
            return after[0]
    before = [c for c in cues if c.end <= mention.start]
    if before:
        cue = before[-1]
        gap = text[cue.end : mention.start]
        if mention.start - cue.end <= _CUE_WINDOW and not _CLAUSE_BREAK.search(gap):
            return cue
    if not after or after[0].start - mention.end > _AFTER_WINDOW:
        return None
    cue = after[0]
    if _CLAUSE_BREAK.search(text[mention.end : cue.start]):
        return None
    clause_end = _CLAUSE_BREAK.search(text, cue.end)
    limit = clause_end.start() if clause_end else len(text)
    has_object = any(cue.end <= m.start < limit for m in mentions)
    if not cue.passive and (has_object or _TRANSITIVE_OBJECT.match(text, cue.end)):
        return None  # "a Russian drone struck a hospital": the drone is the weapon
    return cue


def _owner(text: str, mention: EquipmentMention) -> str | None:
    """The country written with the item: in its span ("three Russian tanks") or just before."""
    found = None
    for m in _OWNER_WORD.finditer(text, mention.start, mention.end):
        found = m
    if found is None:
        found = _OWNER_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    if found is None:
        return None
    return "Russia" if found.group("ru") else "Ukraine"


def extract_losses(
    text: str, default_side: str | None = None
) -> list[tuple[EquipmentLoss, list[tuple[int, int]]]]:
    """Equipment lost in one sentence: one item per (model or category, status, side).

    Counts of the same item are summed; a mention without a number counts 1.
    Each item comes with its evidence, the spans of its mentions and cues.
    """
    mentions = find_equipment(text)
    if not mentions:
        return []
    cues = _cues(text)
    totals: dict[
        tuple[str, str | None, EquipmentStatus, str | None], tuple[int, list[tuple[int, int]]]
    ] = {}
    weapon = False
    owner: str | None = None
    for i, mention in enumerate(mentions):
        # "by drones and MLRS": a list shares the role of its first member.
        listed = i > 0 and _LIST_GAP.fullmatch(text, mentions[i - 1].end, mention.start)
        cue = _governing_cue(text, mention, cues, mentions)
        weapon = bool(listed and weapon) or _is_weapon(text, mention, cue)
        none = _NONE_OF.search(text, max(0, mention.start - 20), mention.start)
        if weapon or none or cue is None or cue.status is None:
            continue
        side = _owner(text, mention) or (owner if listed else None)
        owner = side
        side = side or default_side
        key = (mention.category, mention.model, cue.status, side)
        count, spans = totals.get(key, (0, []))
        spans = [*spans, (mention.start, mention.end)]
        if (cue.start, cue.end) not in spans:
            spans.append((cue.start, cue.end))
        totals[key] = (count + (mention.count if mention.count is not None else 1), spans)
    return [
        (EquipmentLoss(category, model, count, status, side), sorted(spans))
        for (category, model, status, side), (count, spans) in totals.items()
    ]
