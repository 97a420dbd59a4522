"""Paragraphs that hold nothing but a quotation.

Wire copy often gives a speaker's words in a paragraph of their own, right after the paragraph
that named the speaker:

    "We did not want this strike," the union's president said.

    "Our members have waited two years for a fair deal."

A reader takes the second paragraph as the same speaker going on. Such a paragraph opens with a
quotation mark and holds no words outside its quotes; a quote that runs on into the next
paragraph is often left open at the paragraph's end, as news style has it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from kg.sentences import doc_text

_OPENING = re.compile(r"(?:^|\n)[ \t]*([\"“])")
_WORD = re.compile(r"\w")


@dataclass(frozen=True)
class QuoteParagraph:
    quote: tuple[int, int]       # token span of the quotation, marks included
    start_char: int              # where the paragraph begins
    end_char: int                # where it ends (before its newline)
    previous: tuple[int, int]    # character range of the paragraph before it


def quote_only_paragraphs(doc: Doc, quotes: list[tuple[int, int]]) -> list[QuoteParagraph]:
    text = doc_text(doc)
    closed = {q[0]: q for q in quotes}
    found = []
    for match in _OPENING.finditer(text):
        mark = match.start(1)
        start = text.rfind("\n", 0, mark) + 1
        end = text.find("\n", mark)
        end = len(text) if end < 0 else end
        opening = doc.char_span(mark, mark + 1, alignment_mode="expand")
        if opening is None or start == 0:
            continue   # the first paragraph follows no one
        quote = closed.get(opening.start)
        if quote is None or not _only_quotes(text, start, end, doc, quotes):
            continue
        previous = _paragraph_before(text, start)
        if previous is not None:
            found.append(QuoteParagraph(quote, start, end, previous))
    return found


def _only_quotes(text: str, start: int, end: int, doc: Doc, quotes: list[tuple[int, int]]) -> bool:
    """No word of the paragraph stands outside its quotations ("...," she said has one)."""
    inside = [(doc[q[0]].idx, doc[q[1] - 1].idx + 1) for q in quotes
              if start <= doc[q[0]].idx < end]
    position = start
    for q_start, q_end in sorted(inside):
        if _WORD.search(text[position:q_start]):
            return False
        position = q_end
    return not _WORD.search(text[position:end])


def _paragraph_before(text: str, start: int) -> tuple[int, int] | None:
    end = start - 1
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end <= 0:
        return None
    return text.rfind("\n", 0, end) + 1, end
