"""Capabilities of statement extraction (see cases.py): every case is a sentence written for it."""
import pytest

from .cases import STATEMENTS, Case
from .checks import check


def params(cases: list[Case]) -> list:
    return list(_params(cases))


def _params(cases: list[Case]):
    for i, case in enumerate(cases):
        marks = [pytest.mark.xfail(strict=True, reason="known gap")] if case.known_gap else []
        yield pytest.param(case, id=f"{case.capability}-{i}", marks=marks)


@pytest.mark.parametrize("case", params(STATEMENTS))
def test_statement_capability(case: Case, extract_text):
    check(case, extract_text(case.text, published=case.published))
