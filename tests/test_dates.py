from datetime import date

from kg.dates import resolve_day

WED = date(2024, 10, 30)  # a Wednesday


def test_weekday_is_the_last_such_day():
    assert resolve_day("on Wednesday", WED) == "2024-10-30"
    assert resolve_day("Monday", WED) == "2024-10-28"
    assert resolve_day("on Thursday", WED) == "2024-10-24"


def test_explicit_month_day_wins():
    assert resolve_day("Wednesday (Oct 30)", WED) == "2024-10-30"
    assert resolve_day("Dec 30", date(2025, 1, 2)) == "2024-12-30"


def test_relative_days():
    assert resolve_day("the previous day", WED, anchor=date(2024, 10, 29)) == "2024-10-28"
    assert resolve_day("yesterday", WED) == "2024-10-29"


def test_days_counted_from_the_story_or_the_paper():
    assert resolve_day("a day earlier", WED, anchor=date(2024, 10, 29)) == "2024-10-28"
    assert resolve_day("the next day", WED, anchor=date(2024, 10, 28)) == "2024-10-29"
    assert resolve_day("the following day", WED, anchor=date(2024, 10, 28)) == "2024-10-29"
    assert resolve_day("two days ago", WED) == "2024-10-28"
    assert resolve_day("3 days ago", WED) == "2024-10-27"


def test_a_day_after_the_paper_is_no_day_of_a_statement():
    assert resolve_day("the next day", WED) is None


def test_vague_or_unanchored_is_none():
    assert resolve_day("last week", WED) is None
    assert resolve_day("earlier this month", WED) is None
    assert resolve_day("on Monday", None) is None
