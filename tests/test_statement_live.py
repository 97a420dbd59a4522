"""kg.statement_live: the entries of a live blog and their days."""
from kg.statement_live import live_entries

BLOG = ("Ukraine war live: drones hit Kyiv\n\nThese were the updates for Tuesday, October 27.\n\n"
        "Tuesday, October 27\n\n16:40 GMT – Poland scrambles jets\n\nPoland's armed forces said they had "
        "scrambled jets.\n\n09:15 GMT – Two killed in Kyiv, says mayor\n\nThe mayor said two people were killed.\n\n"
        "Monday, October 26\n\n21:00 GMT – Rutte promises air defence\n\nRutte said allies would send more.\n")


def test_each_entry_takes_the_day_heading_above_it():
    entries = live_entries(BLOG, "2026-10-27")
    assert [day for _, day in entries] == ["2026-10-27", "2026-10-27", "2026-10-26"]
    assert all(BLOG[start:].lstrip()[:2].isdigit() for start, _ in entries)


def test_with_no_heading_an_entry_is_of_the_papers_day():
    text = "Live: floods\n\n10:05 BST - Rivers rise\n\nThe agency said rivers rose.\n\n" \
           "08:30 BST - Trains stop\n\nThe operator said trains stopped.\n"
    assert [day for _, day in live_entries(text, "2025-03-14")] == ["2025-03-14", "2025-03-14"]


def test_a_single_time_is_no_live_blog():
    text = "By Ana Ruiz\n\n10:05 GMT - Updated\n\nThe agency said rivers rose on Monday.\n"
    assert live_entries(text, "2025-03-14") == []


def test_an_undated_page_has_no_entry_days():
    assert live_entries(BLOG, None) == []
