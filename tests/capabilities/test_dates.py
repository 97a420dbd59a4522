"""Capabilities of statement dates (see cases.py): every case is a sentence written for it."""
import pytest

from .cases import DATES, Case
from .checks import check
from .test_statements import params


@pytest.mark.parametrize("case", params(DATES))
def test_date_capability(case: Case, extract_text):
    check(case, extract_text(case.text, published=case.published))
