"""Posts pasted into an article: tweets with their signature, Telegram posts.

An embedded post is someone else's statement, with its own author and date.
Kept in the body, its words would read as the outlet's own reporting, so it
is cut from the body and kept as an `Embed` (evidence may still point into
``embeds[i]``). A tweet is recognised by the signature line every embed
carries ("— Name (@handle) June 5, 2023"); its text runs from the start of
the paragraph holding the signature. A Telegram post only counts when the
paragraph clearly is one (ends with the post link and has the look of a
post); otherwise the text stays in the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sitrep.clean.dateline import DATE_PATTERN, parse_date
from sitrep.clean.edits import Edit
from sitrep.clean.normalize import tidy_inline
from sitrep.clean.textspans import Range, paragraphs
from sitrep.schema import Embed, Removal

LINK = re.compile(
    r"https?://[^\s<>\"“”«»]+"
    r"|(?<![\w/.@])(?:pic\.twitter\.com|t\.co|t\.me|twitter\.com|x\.com|www\.[\w-]+\.\w+)"
    r"/[^\s<>\"“”«»]*"
)
_TRAILING_PUNCT = ".,;:!?)]}»”\"'’…"
_SIGNATURE = re.compile(
    r"(?<!\S)[—–-]{1,2}[ \t]*(?P<name>(?:(?!\s[—–-]\s)[^\n()—–]){0,80}?)"
    r"[ \t]*\(@(?P<handle>\w{1,15})\)[ \t]*"
    rf"(?:{DATE_PATTERN})",
    re.IGNORECASE,
)
_TELEGRAM_POST = re.compile(
    r"(?:https?://|(?<![\w/.@]))t\.me/(?:s/)?(?P<channel>[A-Za-z]\w{3,31})/\d+/?"
    r"[ \t]*[)\].]?\s*\Z"
)
_EMOJI = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f]")
_HASHTAG = re.compile(r"(?<!\w)#\w+")


@dataclass(frozen=True, slots=True)
class FoundEmbed:
    """An embedded post and the cut that takes it out of the body."""

    edit: Edit
    embed: Embed


def normalise_link(link: str) -> str:
    """A link without trailing punctuation, with a scheme (``https://`` when missing)."""
    link = link.rstrip(_TRAILING_PUNCT)
    return link if re.match(r"https?://", link) else "https://" + link


def links(text: str) -> tuple[str, ...]:
    """Every link in ``text``, normalised, in order."""
    return tuple(normalise_link(m.group()) for m in LINK.finditer(text))


def post_text(text: str) -> str:
    """The words of a post: links removed, whitespace folded, stray dashes trimmed."""
    return tidy_inline(LINK.sub(" ", text)).strip(" —–-")


def find_tweets(text: str) -> list[FoundEmbed]:
    """Tweets pasted with their signature line."""
    found = []
    blocks = paragraphs(text)
    for match in _SIGNATURE.finditer(text):
        start = _tweet_start(text, blocks, match.start())
        if start is None:
            continue
        body = text[start : match.start()]
        urls = links(body)
        url = next((u for u in urls if "://t.co/" in u), None)
        date = parse_date(match)
        embed = Embed(
            kind="tweet",
            author="@" + match.group("handle"),
            date=date.isoformat() if date else None,
            url=url,
            text=post_text(body),
            urls=urls,
        )
        removal = Removal("embed", text[start : match.end()])
        found.append(FoundEmbed(Edit(start, match.end(), kind="embed", removals=(removal,)), embed))
    return found


def find_telegram_posts(text: str) -> list[FoundEmbed]:
    """Paragraphs that are pasted Telegram posts ending with the post's link."""
    found = []
    blocks = paragraphs(text)
    for index, block in enumerate(blocks):
        match = _TELEGRAM_POST.search(text, block.start, block.end)
        if not match:
            continue
        body = text[block.start : match.start()]
        previous = blocks[index - 1].of(text) if index else ""
        if not post_text(body) or not _looks_like_post(body, previous):
            continue
        embed = Embed(
            kind="telegram",
            author="@" + match.group("channel"),
            date=None,
            url=normalise_link(text[match.start() : match.end()].strip().rstrip(")]")),
            text=post_text(body),
            urls=links(block.of(text)),
        )
        removal = Removal("embed", block.of(text))
        found.append(
            FoundEmbed(Edit(block.start, block.end, kind="embed", removals=(removal,)), embed)
        )
    return found


def _looks_like_post(body: str, previous: str) -> bool:
    """Posts carry emoji, hashtags or line breaks, or are introduced ("… wrote:")."""
    return bool(
        _EMOJI.search(body)
        or _HASHTAG.search(body)
        or "\n" in body.strip()
        or previous.rstrip().endswith(":")
    )


def _tweet_start(text: str, blocks: list[Range], signature: int) -> int | None:
    """Start of the paragraph holding the signature, or of the one before it when the
    signature stands alone (a tweet pasted with its line breaks)."""
    for index, block in enumerate(blocks):
        if block.start <= signature < block.end:
            alone = not post_text(text[block.start : signature])
            return blocks[index - 1].start if alone and index else block.start
    return None
