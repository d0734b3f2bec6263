"""Claims and attribution: who says it, and how sure the text is.

"X claimed / said / announced / according to X" → claimed by X; "reportedly",
"allegedly", "reports say" → reported; "confirmed", "geolocated footage" →
confirmed; "denied" → denied. A claim by a party to the fight stays a claim
even when a newspaper repeats it.
"""

from __future__ import annotations

import re

from sitrep.resolve.actors import ActorRegistry
from sitrep.schema import Claim, Mention, Span

_DENIED = re.compile(
    r"\b(?:denied|denies|deny|refuted|rejected the claim|заперечи\w*|опроверг\w*)", re.IGNORECASE
)
_CONFIRMED = re.compile(
    r"\b(?:confirmed|confirms|geolocated|verified|підтверди\w*|подтверди\w*)", re.IGNORECASE
)
_REPORTED = re.compile(
    r"\b(?:reportedly|allegedly|purportedly|reports? (?:say|suggest|indicate)|"
    r"unconfirmed|it is reported|according to (?:reports|media|sources)|"
    r"нібито|повідомляється|якобы|сообщается)",
    re.IGNORECASE,
)
_NOT = re.compile(r"(?i:\b(?:not|n't|never|yet to be|не|ні)\b[\w ]*)\Z")
_CLAIM_VERB = re.compile(
    r"\b(?:claim(?:s|ed)?|sa(?:id|ys?)|stated?|states|announced?|announces|reported|reports|"
    r"wrote|writes|told|declared|boasted|заяви\w*|повідоми\w*|сообщи\w*)\b",
    re.IGNORECASE,
)
_ACCORDING_TO = re.compile(
    r"\b(?:according to|за даними|по данным|за словами|по словам)\b", re.IGNORECASE
)


def claim_for(
    sentence: Span, mentions: list[Mention], actors: ActorRegistry, trigger: Span | None = None
) -> Claim:
    """The claim status of a sentence and, for a claim, the claimant.

    A claim covers what the speaker says, not a description of the speaker: in "X, who
    have fought there since June, announced that …" the fighting is not X's claim.
    """
    text = sentence.text
    if _DENIED.search(text):
        return Claim("denied", _speaker_before(sentence, mentions, actors, _DENIED))
    if _REPORTED.search(text):
        return Claim("reported", None)
    confirmed = _CONFIRMED.search(text)
    if confirmed and _NOT.search(text, max(0, confirmed.start() - 16), confirmed.start()):
        return Claim("reported", None)
    if confirmed:
        return Claim("confirmed", _speaker_before(sentence, mentions, actors, _CONFIRMED))
    according = _ACCORDING_TO.search(text)
    if according:
        after = [m for m in mentions if m.span.start >= sentence.start + according.end()]
        if after:
            return Claim("claimed", _claimant(after[0], actors))
    verb = _CLAIM_VERB.search(text)
    if verb:
        speaker = _speaker_before(sentence, mentions, actors, _CLAIM_VERB)
        if speaker and not _describes_speaker(sentence, mentions, verb.start(), trigger):
            return Claim("claimed", speaker)
    return Claim("reported", None)


def _describes_speaker(
    sentence: Span, mentions: list[Mention], verb_start: int, trigger: Span | None
) -> bool:
    """Whether the trigger sits between the speaker and the claim verb (a relative clause)."""
    if trigger is None or trigger.field != sentence.field:
        return False
    cut = sentence.start + verb_start
    first = next((m for m in mentions if m.span.end <= cut), None)
    return first is not None and first.span.end <= trigger.start < cut


def _speaker_before(
    sentence: Span, mentions: list[Mention], actors: ActorRegistry, verb: re.Pattern[str]
) -> str | None:
    match = verb.search(sentence.text)
    if not match:
        return None
    cut = sentence.start + match.start()
    before = [m for m in mentions if m.span.end <= cut]
    return _claimant(before[0], actors) if before else None


def _claimant(mention: Mention, actors: ActorRegistry) -> str | None:
    entry = actors.get(mention.key)
    if entry is None:
        return None
    if entry.kind == "civilians":
        return None
    if entry.group_of:
        members = [actors.get(key) for key in entry.group_of]
        return "; ".join(m.name for m in members if m is not None)
    return entry.name
