"""Due dates read leniently against a fixed today: Sunday, 22 November 2026."""

from __future__ import annotations

from datetime import date

import pytest

from workshop.core.dates import FORMS, GERMAN_FORMS, format_date, parse_date

TODAY = date(2026, 11, 22)  # a Sunday


@pytest.mark.parametrize(("text", "expected"), [
    ("today", "2026-11-22"),
    ("tomorrow", "2026-11-23"),
    ("fri", "2026-11-27"),
    ("Friday", "2026-11-27"),
    ("  FRI. ", "2026-11-27"),
    ("by fri", "2026-11-27"),
    ("this friday", "2026-11-27"),
    ("sun", "2026-11-29"),  # never today: a week on
    ("mon", "2026-11-23"),
    ("weds", "2026-11-25"),
    ("thurs", "2026-11-26"),
    ("next week", "2026-11-23"),  # Monday of next week (today is Sunday)
    ("next fri", "2026-11-27"),  # the Friday of next week
    ("in 2 weeks", "2026-12-06"),
    ("in two weeks", "2026-12-06"),
    ("in a week", "2026-11-29"),
    ("in 3 days", "2026-11-25"),
    ("in a month", "2026-12-22"),
    ("2026-12-01", "2026-12-01"),
    ("1 Dec", "2026-12-01"),
    ("1st December", "2026-12-01"),
    ("1 of dec", "2026-12-01"),
    ("Dec 1", "2026-12-01"),
    ("1 Dec 2027", "2027-12-01"),
    ("1/12", "2026-12-01"),
    ("1.12", "2026-12-01"),
    ("1/12/27", "2027-12-01"),
    ("01/12/2026", "2026-12-01"),
    ("22 Nov", "2026-11-22"),  # today counts for a date
    ("21 Nov", "2027-11-21"),  # passed this year: next year's
    ("29 Feb", "2028-02-29"),
    ("end of month", "2026-11-30"),
    ("end of the month", "2026-11-30"),
    ("Fri 4 Dec 2026", "2026-12-04"),  # what format_date shows reads back
    ("next month", "2026-12-01"),  # its first day, as "next week" is its Monday
    ("by next month", "2026-12-01"),
    ("end of next month", "2026-12-31"),
    ("in 10 days", "2026-12-02"),
    ("3 days", "2026-11-25"),
    ("in 1 week", "2026-11-29"),
])
def test_dates_people_type(text: str, expected: str) -> None:
    reading = parse_date(text, TODAY)
    assert reading.ok and reading.date == date.fromisoformat(expected), reading


def test_next_week_from_a_wednesday() -> None:
    wednesday = date(2026, 11, 25)
    assert parse_date("next week", wednesday).date == date(2026, 11, 30)
    assert parse_date("wed", wednesday).date == date(2026, 12, 2)
    assert parse_date("next wed", wednesday).date == date(2026, 12, 2)
    assert parse_date("fri", wednesday).date == date(2026, 11, 27)
    assert parse_date("next fri", wednesday).date == date(2026, 12, 4)
    assert parse_date("end of month", date(2026, 2, 3)).date == date(2026, 2, 28)


def test_next_month_and_end_of_month_cross_the_year() -> None:
    new_years_eve = date(2026, 12, 31)
    assert parse_date("next month", new_years_eve).date == date(2027, 1, 1)
    assert parse_date("end of month", new_years_eve).date == new_years_eve
    assert parse_date("end of next month", date(2027, 1, 31)).date == date(2027, 2, 28)
    assert parse_date("in a month", date(2027, 1, 31)).date == date(2027, 2, 28)
    assert parse_date("next month", TODAY).note == "Read as the first day of next month."


def test_day_first_is_said() -> None:
    assert parse_date("1/12", TODAY).note == "Read day first: 1 December."
    assert "passed" in parse_date("2026-01-05", TODAY).note


def test_empty_means_no_date_and_no_problem() -> None:
    reading = parse_date("   ", TODAY)
    assert reading.date is None and reading.ok


@pytest.mark.parametrize(("text", "problem"), [
    ("whenever", "next week, next month, end of month, in 3 days, in 2 weeks"),
    ("12/25", "numbers are read day first; write 25/12 for 25 December"),
    ("31/2", "February has no day 31"),
    ("31 Nov", "November has no day 31"),
    ("2026-02-29", "February 2026 has no day 29"),
    ("2026-13-01", "there is no month 13"),
    ("1 Smarch", "'smarch' is not a month"),
    ("Mon 4 Dec 2026", "4 December 2026 is a Friday, not a Monday"),
    ("in some weeks", "it reads today, tomorrow, fri"),
    ("next year", "1/12 (day first) or 2026-12-01"),
])
def test_unreadable_dates_say_why(text: str, problem: str) -> None:
    reading = parse_date(text, TODAY)
    assert reading.date is None and not reading.ok
    assert reading.problem.startswith(f"Cannot read {text!r} as a date")
    assert problem in reading.problem


def test_every_form_the_message_lists_can_be_read() -> None:
    """The list of forms is the promise: each reads as written, so the message never lies."""
    unreadable = parse_date("whenever", TODAY).problem
    for form in FORMS:
        assert form in unreadable
        assert parse_date(form.removesuffix(" (day first)"), TODAY).date is not None, form


def test_display_is_unambiguous() -> None:
    assert format_date(date(2026, 12, 4)) == "Fri 4 Dec 2026"
    assert format_date(date(2027, 1, 31)) == "Sun 31 Jan 2027"


@pytest.mark.parametrize(("text", "expected"), [
    ("heute", "2026-11-22"),
    ("morgen", "2026-11-23"),
    ("übermorgen", "2026-11-24"),
    ("uebermorgen", "2026-11-24"),
    ("Fr", "2026-11-27"),
    ("Freitag", "2026-11-27"),
    ("bis Freitag", "2026-11-27"),
    ("am Mi.", "2026-11-25"),
    ("diesen Freitag", "2026-11-27"),
    ("nächsten Fr", "2026-11-27"),  # the Friday of next week, as "next fri"
    ("nächste Woche", "2026-11-23"),
    ("naechste Woche", "2026-11-23"),
    ("nächsten Monat", "2026-12-01"),
    ("Monatsende", "2026-11-30"),
    ("Ende des Monats", "2026-11-30"),
    ("Ende nächsten Monats", "2026-12-31"),
    ("in 3 Tagen", "2026-11-25"),
    ("in einem Tag", "2026-11-23"),
    ("in 2 Wochen", "2026-12-06"),
    ("in zwei Wochen", "2026-12-06"),
    ("in einer Woche", "2026-11-29"),
    ("in einem Monat", "2026-12-22"),
    ("1. Dez", "2026-12-01"),
    ("1. Dezember 2027", "2027-12-01"),
    ("3. März", "2027-03-03"),
    ("3. Maerz", "2027-03-03"),
    ("1.12.", "2026-12-01"),
    ("1.12.2027", "2027-12-01"),
    ("2026-12-01", "2026-12-01"),
    ("Fr., 4. Dez. 2026", "2026-12-04"),  # what the German window shows reads back
    ("Fri 4 Dec 2026", "2026-12-04"),  # English is read too
    ("next week", "2026-11-23"),
    ("tue", "2026-11-24"),
])
def test_german_dates(text: str, expected: str) -> None:
    reading = parse_date(text, TODAY, "de")
    assert reading.ok and reading.date == date.fromisoformat(expected), reading


def test_german_words_are_read_only_in_german() -> None:
    assert not parse_date("morgen", TODAY).ok
    assert parse_date("Mo", TODAY, "de-AT").date == date(2026, 11, 23)


def test_every_german_form_can_be_read() -> None:
    for form in GERMAN_FORMS:
        assert parse_date(form, TODAY, "de").date is not None, form


def test_problems_and_notes_keep_their_template_for_other_languages() -> None:
    reading = parse_date("31 Nov", TODAY)
    assert reading.problem.template == "Cannot read {text!r} as a date: {reason}."
    assert reading.problem.values["reason"].values == {"month": "November", "day": 31}
    assert parse_date("1/12", TODAY).note.values == {"day": 1, "month": "December"}
