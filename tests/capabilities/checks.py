"""Running a capability case against the extraction of its text."""
from __future__ import annotations

from .cases import Case


def names(doc, type_=None) -> set[str]:
    """The names of a document's entities, of one type or all."""
    return {e.name for e in doc.entities if type_ is None or e.type == type_}


def entity(doc, name):
    """The entity of this name (the test fails, listing the names, where there is none)."""
    found = [e for e in doc.entities if e.name == name]
    assert found, f"no entity {name!r} in {sorted(names(doc))}"
    return found[0]


def _name_matches(name: str, expected: str) -> bool:
    """The same name, give or take "the" and a title kept before it (which entities decide)."""
    name, expected = name.lower().removeprefix("the "), expected.lower().removeprefix("the ")
    return name == expected or name.endswith(" " + expected)


def check(case: Case, doc) -> None:
    names = {e.id: e.name for e in doc.entities}
    found = [(names.get(s.speaker, s.speaker), s) for s in doc.statements]
    keys = {(n, s.kind, s.negated) for n, s in found}
    shown = sorted((n, s.kind, s.negated, s.content, s.date) for n, s in found)

    def has(triple) -> list:
        return [s for n, s in found if _name_matches(n, triple[0]) and (s.kind, s.negated) == triple[1:]]

    for triple in case.expect:
        assert has(triple), f"missing {triple}; found {shown}"
    for item in case.absent:
        if isinstance(item, tuple):
            assert not has(item), f"unexpected {item}; found {shown}"
        else:
            assert not any(_name_matches(n, item) for n, _, _ in keys), f"unexpected speaker {item}; found {shown}"
    if case.count is not None:
        assert len(found) == case.count, f"expected {case.count} statements; found {shown}"
    if not case.expect:
        return
    first = sorted(case.expect)[0]
    statements = has(first)
    if case.content is not None:
        assert any(case.content in s.content for s in statements), f"content {case.content!r} not in {shown}"
    if case.excluded is not None:
        assert all(case.excluded not in s.content for s in statements), f"{case.excluded!r} in content: {shown}"
    if case.date is not None:
        want = None if case.date == "none" else case.date
        assert all(s.date == want for s in statements), f"date {want}; found {shown}"
    if case.date_text is not None:
        assert all(case.date_text in (s.date_text or "") for s in statements), f"date text; found {shown}"
    if case.reported_by is not None:
        outlet = [i for i, n in names.items() if _name_matches(n, case.reported_by)]
        assert any(set(outlet) & set(s.reported_by) for s in statements), f"not carried by {case.reported_by}: " \
            f"{[(s.content, s.reported_by) for s in statements]}"
