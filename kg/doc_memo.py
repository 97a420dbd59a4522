"""What kg's components read off a Doc more than once, computed once per Doc.

kg's components run one after another on each Doc (spaCy chains components that have no
``pipe`` of their own Doc by Doc), so a memo of the current Doc is enough. Holding more costs
time: what the memo holds (token indexes, sentence spans: hundreds of objects a Doc) then lives
long enough for Python's garbage collector to move it to its oldest generation, whose full
collections, which walk every object of the loaded model too, took over 1 ms a document. A Doc's
entry is dropped when its length changes (a retokenised Doc is another Doc to the memo).
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from spacy.tokens import Doc, Token

T = TypeVar("T")
# The Doc the memo holds (see above: one Doc at a time), its length when its entry was made, and
# its values by name. Module globals, not a dict of Docs: kg asks the memo several hundred times
# a document, mostly for the Doc's text.
_doc: Doc | None = None
_length = -1
_values: dict[object, object] = {}
# The Doc's tokens (``list(doc)``) apart: the rules ask for them a thousand times a document.
_tokens: list[Token] | None = None


def memo(doc: Doc, name: object, make: Callable[[Doc], T]) -> T:
    """``make(doc)``, computed once for this Doc and ``name`` (a string, or a tuple of them and ids)."""
    global _doc, _length, _values, _tokens
    if doc is not _doc or len(doc) != _length:
        _doc, _length, _values, _tokens = doc, len(doc), {}, None
    values = _values
    try:
        return values[name]  # type: ignore[return-value]
    except KeyError:   # (made outside the handler: an error in make is not chained to this one)
        pass
    value = values[name] = make(doc)
    return value


def token_list(doc: Doc) -> list[Token]:
    """``list(doc)``, made once per Doc (the memo's most asked-for value, read without its lookup)."""
    global _tokens
    if doc is _doc and _tokens is not None and len(doc) == _length:
        return _tokens
    tokens = memo(doc, "token_list", list)
    _tokens = tokens
    return tokens
