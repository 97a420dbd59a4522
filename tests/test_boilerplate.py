import pytest

from kg.boilerplate import blank_outside, find_body

PAGE = """Home
World

Storm closes the harbour for a third day

By Metro Wire | Updated: March 3, 2023 10:00 IST

Harbourtown, Mar 3 The harbour authority said on Friday the port will stay shut ...

Open in App

Harbourtown, Mar 3 The harbour authority said on Friday the port will stay shut until the winds drop below gale force.

Fishermen said they had lost a week of income and asked the council for help.

Disclaimer: This story was auto-published from a syndicated feed and has not been reviewed by an editor.

Related Stories

SportsLocal team wins the regional cup after extra time

BusinessOil prices climb as supply tightens
"""


def test_keeps_body_and_drops_furniture():
    parts = find_body(PAGE)
    kept = [PAGE[s:e] for s, e in parts.body]
    assert kept == [
        "The harbour authority said on Friday the port will stay shut until the winds drop below gale force.",
        "Fishermen said they had lost a week of income and asked the council for help.",
    ]
    assert parts.title == "Storm closes the harbour for a third day"
    assert parts.byline == "Metro Wire"
    assert (parts.dateline_place, parts.dateline_date) == ("Harbourtown", "Mar 3")
    assert parts.stamp_date == "March 3, 2023"


def test_body_after_also_read_is_kept():
    text = ("The minister resigned on Monday after a week of protests in the capital city.\nAlso Read\n"
            "Opposition leaders welcomed the decision and called for early elections this year.\n")
    kept = [text[s:e] for s, e in find_body(text).body]
    assert len(kept) == 2 and kept[1].startswith("Opposition leaders")


def test_agency_credit_is_trimmed():
    text = "Officials said the bridge would reopen next month after repairs are finished. (PTI)\n"
    parts = find_body(text)
    assert text[slice(*parts.body[0])].endswith("finished.")
    assert parts.credit_source == "PTI"


def test_blanking_keeps_offsets():
    parts = find_body(PAGE)
    blanked = blank_outside(PAGE, parts.body)
    assert len(blanked) == len(PAGE)
    s, e = parts.body[0]
    assert blanked[s:e] == PAGE[s:e]
    assert "Related Stories" not in blanked and "Open in App" not in blanked


@pytest.mark.parametrize("opening, place, day, agency", [
    ("ANKARA, Feb 7 (AFP) - ", "ANKARA", "Feb 7", "AFP"),
    ("Nairobi, March 12 - ", "Nairobi", "March 12", None),
    ("Nairobi, March 12 ", "Nairobi", "March 12", None),
    ("LONDON (Reuters) - ", "LONDON", None, "Reuters"),
    ("WASHINGTON: ", "WASHINGTON", None, None),
    ("Paris, 3 March 2024 (AFP) — ", "Paris", "3 March 2024", "AFP"),
    # the country after the city, two cities, a double dash
    ("PORT SUDAN, Sudan (Reuters) - ", "PORT SUDAN", None, "Reuters"),
    ("GENEVA/KINSHASA, Feb 26 (AFP) - ", "GENEVA/KINSHASA", "Feb 26", "AFP"),
    ("SEOUL, Nov. 13 (Yonhap) -- ", "SEOUL", "Nov. 13", "Yonhap"),
    # a long one: a city and a country of several words, a date with its year, a long agency name
    ("RIO DE JANEIRO, Brazil, Nov 18, 2024 (Reuters) - ", "RIO DE JANEIRO", "Nov 18, 2024", "Reuters"),
    ("SAN JOSE, Costa Rica, March 3 (Thomson Reuters Foundation) - ", "SAN JOSE", "March 3",
     "Thomson Reuters Foundation"),
])
def test_datelines(opening, place, day, agency):
    text = opening + "The government said on Monday that talks would go on for several more days.\n"
    parts = find_body(text)
    assert text[slice(*parts.body[0])].startswith("The government said")
    assert (parts.dateline_place, parts.dateline_date, parts.dateline_agency) == (place, day, agency)


@pytest.mark.parametrize("sentence", [
    "Officials said: the talks would go on for several more days and nights.",
    "However, May said the talks would go on for several more days and nights.",
    "WHO Director-General Tedros said the talks would go on for several more days.",   # a hyphen in a word
    "The Prime Minister, Foreign Minister And Defence Minister Met: the talks would go on for days.",
])
def test_sentences_are_not_datelines(sentence):
    parts = find_body(sentence + "\n")
    assert parts.body == [(0, len(sentence))] and parts.dateline_place is None
