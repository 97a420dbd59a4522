"""What kg's components read off a Doc more than once, computed once per Doc.

kg's components run one after another on each Doc (spaCy chains components that have no
``pipe`` of their own Doc by Doc), so a memo of the current Doc is enough. Holding more costs
time: what the memo holds (token indexes, sentence spans: hundreds of objects a Doc) then lives
long enough for Python's garbage collector to move it to its oldest generation, whose full
collections, which walk every object of the loaded model too, took over 1 ms a document. A Doc's
entry is dropped when its length changes (a retokenised Doc is another Doc to the memo).
"""
from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import TypeVar

from spacy.tokens import Doc

T = TypeVar("T")
_RECENT_DOCS = 1   # see above: one Doc at a time
_memo: OrderedDict[int, tuple[Doc, int, dict[str, object]]] = OrderedDict()


def memo(doc: Doc, name: str, make: Callable[[Doc], T]) -> T:
    """``make(doc)``, computed once for this Doc and ``name``."""
    held = _memo.get(id(doc))
    if held is None or held[0] is not doc or held[1] != len(doc):
        held = _memo[id(doc)] = (doc, len(doc), {})
        while len(_memo) > _RECENT_DOCS:
            _memo.popitem(last=False)
    values = held[2]
    if name not in values:
        values[name] = make(doc)
    return values[name]  # type: ignore[return-value]
