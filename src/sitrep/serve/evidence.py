"""Evidence spans shown with the text around them, for the event view.

An event's evidence is offsets into its document's body text or into another
text field (``caption``, ``title``, ``embeds[0]``); a reader judges a coded
fact by the sentence it came from and the sentences around it.
"""

from __future__ import annotations

import re
from typing import Any

JSONDict = dict[str, Any]

#: Characters of context kept on each side of an evidence span.
CONTEXT_CHARS = 240
_EMBED_FIELD = re.compile(r"embeds\[(\d+)\]")


def field_text(document: JSONDict, name: str) -> str | None:
    """The text of a document record's field that spans may point into; None when absent."""
    if name in {"text", "caption", "title"}:
        value = document.get(name)
        return value if isinstance(value, str) else None
    match = _EMBED_FIELD.fullmatch(name)
    embeds = document.get("embeds")
    if match and isinstance(embeds, list) and int(match.group(1)) < len(embeds):
        text = embeds[int(match.group(1))].get("text")
        return text if isinstance(text, str) else None
    return None


def evidence_fields(event: JSONDict) -> list[str]:
    """The text fields an event's evidence points into, in order of first use."""
    names: list[str] = []
    for span in event.get("evidence") or []:
        name = span.get("field") or "text"
        if name not in names:
            names.append(name)
    return names


def with_context(span: JSONDict, text: str | None) -> JSONDict:
    """The span plus ``before``/``after`` context and whether its offsets still match the text."""
    out = dict(span)
    out["field"] = span.get("field") or "text"
    if text is None:
        out.update(before=None, after=None, matches=False)
        return out
    start, end = int(span["start"]), int(span["end"])
    out["before"] = _trim_left(text[max(0, start - CONTEXT_CHARS) : start], start > CONTEXT_CHARS)
    out["after"] = _trim_right(text[end : end + CONTEXT_CHARS], end + CONTEXT_CHARS < len(text))
    out["matches"] = text[start:end] == span.get("text")
    return out


def _trim_left(context: str, cut: bool) -> str:
    """Start the context at a word boundary when it was cut mid-text."""
    if cut and " " in context:
        return "…" + context[context.index(" ") + 1 :]
    return context


def _trim_right(context: str, cut: bool) -> str:
    if cut and " " in context:
        return context[: context.rindex(" ")] + "…"
    return context
