"""Due dates typed the way people say them, read against an injected "today".

`parse_date("fri", today)` gives the coming Friday (never today), "next week"
its Monday, "next month" its first day, "end of month" this month's last,
"in 3 days" / "in 2 weeks" / "in a month" counted from today, "1/12" the
first of December: numbers are read day first, the British order, and the
result says so. Text that is none of these is answered with the forms that
are (`FORMS`). Every date is shown unambiguously as
"Fri 4 Dec 2026" (`format_date`; the window shows it in its language), so a
misreading is seen at once.

In German (``language="de"``) the German words are read as well: "heute",
"morgen", "Fr", "nächste Woche", "Monatsende", "in 3 Tagen", "1. Dez",
"1.12.", and the window's German dates ("Fr., 4. Dez. 2026") read back
(`GERMAN_FORMS`). The problems and notes are `Phrase`s, said in each
screen's language (`core.worded`).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from workshop.core.worded import Phrase, said

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")
SHORT_WEEKDAYS = tuple(name[:3].title() for name in WEEKDAYS)
SHORT_MONTHS = tuple(name[:3].title() for name in MONTHS)
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
# Every form `parse_date` reads, as a person would type it: the message for unreadable text lists them.
FORMS = ("today", "tomorrow", "fri", "next fri", "next week", "next month", "end of month",
         "in 3 days", "in 2 weeks", "in a month", "1 Dec", "Dec 1", "1/12 (day first)", "2026-12-01")
# The same promise in German: the German message lists these (a test reads each back).
GERMAN_FORMS = ("heute", "morgen", "übermorgen", "Fr", "nächsten Fr", "nächste Woche", "nächsten Monat",
                "Monatsende", "in 3 Tagen", "in 2 Wochen", "in einem Monat", "1. Dez", "1.12.", "2026-12-01")
MONTH_NAMES = (said("January"), said("February"), said("March"), said("April"), said("May"), said("June"),
               said("July"), said("August"), said("September"), said("October"), said("November"),
               said("December"))
WEEKDAY_NAMES = (said("Monday"), said("Tuesday"), said("Wednesday"), said("Thursday"), said("Friday"),
                 said("Saturday"), said("Sunday"))


@dataclass(frozen=True)
class DateReading:
    """What a typed date was read as.

    `date` is None when the text was empty (no due date) or could not be read;
    then `problem` says why. `note` tells how a date was read when that
    might surprise ("read day first: 1 December"), or that it has passed.
    """

    date: date | None
    problem: str = ""  # a `Phrase`, said in each screen's language
    note: str = ""  # a `Phrase` too

    @property
    def ok(self) -> bool:
        """True when nothing is wrong (a date, or no date asked for)."""
        return not self.problem


def format_date(day: date) -> str:
    """A date nobody misreads, in any country: "Fri 4 Dec 2026"."""
    return f"{SHORT_WEEKDAYS[day.weekday()]} {day.day} {SHORT_MONTHS[day.month - 1]} {day.year}"


def _lookup(word: str, names: tuple[str, ...], shortest: int = 3) -> int | None:
    """Index of a day or month name, full or cut short ("wed", "weds", "sept")."""
    word = {"weds": "wed"}.get(word, word)
    if len(word) >= shortest:
        for index, name in enumerate(names):
            if name.startswith(word):
                return index
    return None


def _add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _make(year: int | None, month: int, day_number: int, today: date) -> date | Phrase:
    """The date, or why not; with no year, the next such day from today on."""
    if not 1 <= month <= 12:
        return said("there is no month {month}", month=month)
    name = MONTH_NAMES[month - 1]
    if year is None:
        # 2024 is a leap year: the longest each month gets.
        if not 1 <= day_number <= calendar.monthrange(2024, month)[1]:
            return said("{month} has no day {day}", month=name, day=day_number)
        for candidate_year in range(today.year, today.year + 9):  # 29 Feb comes round
            if day_number <= calendar.monthrange(candidate_year, month)[1]:
                found = date(candidate_year, month, day_number)
                if found >= today:
                    return found
        return said("{month} has no day {day}", month=name, day=day_number)
    if year < 100:
        year += 2000
    try:
        return date(year, month, day_number)
    except ValueError:
        return said("{month} {year} has no day {day}", month=name, year=year, day=day_number)


_IN = re.compile(r"^(?:in )?(\d+|[a-z]+) (day|week|month)s?$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_NUMERIC = re.compile(r"^(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2}|\d{4}))?$")
_DAY_MONTH = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)? (?:of )?([a-z]+)(?: (\d{4}))?$")
_MONTH_DAY = re.compile(r"^([a-z]+) (\d{1,2})(?:st|nd|rd|th)?(?: (\d{4}))?$")


def parse_date(text: str, today: date, language: str = "") -> DateReading:
    """Read a due date leniently; see the module docstring for what is understood.

    `language` is the screen's (a tag such as de): its words are read too, English's always.
    """
    words = re.sub(r"[,\s]+", " ", text.lower()).strip().rstrip(".").strip()
    if language.split("-")[0].lower() == "de":
        words = _from_german(words)
    words = re.sub(r"^(?:by|on|due) ", "", words)
    if not words:
        return DateReading(None)
    found = _read(words, today)
    if isinstance(found, DateReading) and found.problem:
        found = found.problem
    if isinstance(found, DateReading):
        return found
    if isinstance(found, Phrase):
        return DateReading(None, said("Cannot read {text!r} as a date: {reason}.", text=text.strip(),
                                      reason=found))
    # The German catalogue lists `GERMAN_FORMS` here.
    return DateReading(None, said(
        "Cannot read {text!r} as a date; it reads today, tomorrow, fri, next fri, next week, next month, "
        "end of month, in 3 days, in 2 weeks, in a month, 1 Dec, Dec 1, 1/12 (day first) or 2026-12-01.",
        text=text.strip()))


# German words read as the English ones `_read` knows, whole phrases first, then word by word.
_GERMAN_PHRASES = (
    (r"^(?:bis|am|zum|bis zum|bis am|spätestens|spätestens am|fällig|fällig am) ", ""),
    (r"\b(?:ende|zum ende) (?:des |vom )?(?:nächsten|kommenden) monats?\b", "end of next month"),
    (r"\b(?:ende (?:des |dieses |vom )?monats?|monatsende)\b", "end of month"),
    (r"\b(?:nächste|nächsten|kommende|kommenden) woche\b", "next week"),
    (r"\b(?:nächsten|nächster|kommenden|kommender) monat\b", "next month"),
    (r"\b(?:nächsten|nächster|nächste) (?=[a-z])", "next "),
    (r"\b(?:diesen|dieser|diese|kommenden|kommender|kommende) (?=[a-z])", "this "),
    (r"^in (?:einem|einer|1) (tag|woche|monat)$", r"in a \1"),
    (r"\b(\d{1,2})\.(?= [a-z])", r"\1"),  # "1. Dez": the day's ordinal dot
)
_GERMAN_WORDS = {
    "heute": "today", "morgen": "tomorrow", "übermorgen": "in 2 days",
    "tag": "day", "tage": "days", "tagen": "days", "woche": "week", "wochen": "weeks",
    "monat": "month", "monate": "months", "monaten": "months",
    "zwei": "two", "drei": "three", "vier": "four", "fünf": "five", "sechs": "six", "sieben": "seven",
    "acht": "eight", "neun": "nine", "zehn": "ten", "elf": "eleven", "zwölf": "twelve",
    "montag": "monday", "mo": "monday", "dienstag": "tuesday", "di": "tuesday",
    "mittwoch": "wednesday", "mi": "wednesday", "donnerstag": "thursday", "do": "thursday",
    "freitag": "friday", "fr": "friday", "samstag": "saturday", "sonnabend": "saturday", "sa": "saturday",
    "sonntag": "sunday", "so": "sunday",
    "januar": "january", "jänner": "january", "februar": "february", "märz": "march", "mär": "march",
    "mrz": "march", "mai": "may", "juni": "june", "juli": "july", "okt": "october", "oktober": "october",
    "dez": "december", "dezember": "december",
}


# Typed without umlauts, as on a keyboard without them.
_SPELT_OUT = {"uebermorgen": "übermorgen", "naechste": "nächste", "naechsten": "nächsten",
              "naechster": "nächster", "maerz": "märz", "faellig": "fällig", "spaetestens": "spätestens",
              "fuenf": "fünf", "zwoelf": "zwölf", "jaenner": "jänner"}


def _from_german(words: str) -> str:
    # "Fr., 4. Dez. 2026", as the window shows a date: the dots of short names go.
    words = " ".join(_SPELT_OUT.get(word.rstrip("."), word.rstrip(".")) if word[:1].isalpha() else word
                     for word in words.split(" "))
    for pattern, replacement in _GERMAN_PHRASES:
        words = re.sub(pattern, replacement, words)
    return " ".join(_GERMAN_WORDS.get(word, word) for word in words.split(" "))


def _read(words: str, today: date) -> DateReading | Phrase | None:
    if words == "today":
        return DateReading(today)
    if words in ("tomorrow", "tmrw", "tmr"):
        return DateReading(today + timedelta(days=1))
    if words == "next week":
        return DateReading(today + timedelta(days=7 - today.weekday()))
    if words in ("end of month", "end of the month", "eom"):
        return DateReading(today.replace(day=calendar.monthrange(today.year, today.month)[1]))
    if words == "next month":
        # Like "next week" (its Monday): the month's first day, said so that nobody expects "in a month".
        return DateReading(_add_months(today.replace(day=1), 1),
                           note=said("Read as the first day of next month."))
    if words in ("end of next month", "end of the next month"):
        first = _add_months(today.replace(day=1), 1)
        return DateReading(first.replace(day=calendar.monthrange(first.year, first.month)[1]))
    weekday = _weekday(words, today)
    if weekday is not None:
        return weekday
    match = _IN.match(words)
    if match:
        number = int(match[1]) if match[1].isdigit() else NUMBER_WORDS.get(match[1])
        if number is None:
            return None
        unit = match[2]
        if unit == "month":
            return DateReading(_add_months(today, number))
        return DateReading(today + timedelta(days=number * (7 if unit == "week" else 1)))
    match = _ISO.match(words)
    if match:
        return _reading(_make(int(match[1]), int(match[2]), int(match[3]), today), today)
    match = _NUMERIC.match(words)
    if match:
        day_number, month = int(match[1]), int(match[2])
        if month > 12 >= day_number:
            return said("numbers are read day first; write {day}/{month} for {day} {name}", day=month,
                        month=day_number, name=MONTH_NAMES[day_number - 1])
        found = _make(int(match[3]) if match[3] else None, month, day_number, today)
        reading = _reading(found, today)
        if reading.date is not None:
            day, name = reading.date.day, MONTH_NAMES[reading.date.month - 1]
            if reading.note:
                return DateReading(reading.date, note=said("Read day first: {day} {month}. That day has "
                                                           "passed.", day=day, month=name))
            return DateReading(reading.date, note=said("Read day first: {day} {month}.", day=day, month=name))
        return reading
    return _named_month(words, today)


def _weekday(words: str, today: date) -> DateReading | None:
    """ "fri" / "this fri": the coming one, never today; "next fri": the one in next week."""
    parts = words.split(" ")
    if len(parts) > 2 or (len(parts) == 2 and parts[0] not in ("this", "next", "coming")):
        return None
    index = _lookup(parts[-1], WEEKDAYS)
    if index is None:
        return None
    if parts[0] == "next" and len(parts) == 2:
        monday = today + timedelta(days=7 - today.weekday())
        return DateReading(monday + timedelta(days=index),
                           note=said("Read as the day in next week (Monday to Sunday)."))
    return DateReading(today + timedelta(days=(index - today.weekday() - 1) % 7 + 1))


def _named_month(words: str, today: date) -> DateReading | Phrase | None:
    """ "1 Dec", "1st of December 2026", "Dec 1", "Fri 4 Dec 2026" (weekday checked)."""
    said_weekday = None
    first, _, rest = words.partition(" ")
    if rest and _lookup(first, WEEKDAYS) is not None and not first.isdigit():
        said_weekday, words = _lookup(first, WEEKDAYS), rest
    match = _DAY_MONTH.match(words)
    if match:
        day_text, month_text, year_text = match[1], match[2], match[3]
    else:
        match = _MONTH_DAY.match(words)
        if not match:
            return None
        month_text, day_text, year_text = match[1], match[2], match[3]
    month = _lookup(month_text, MONTHS)
    if month is None:
        return said("{word!r} is not a month", word=month_text)
    reading = _reading(_make(int(year_text) if year_text else None, month + 1, int(day_text), today),
                       today)
    if reading.date is not None and said_weekday is not None and \
            reading.date.weekday() != said_weekday:
        return said("{day} {month} {year} is a {weekday}, not a {said}", day=reading.date.day,
                    month=MONTH_NAMES[reading.date.month - 1], year=reading.date.year,
                    weekday=WEEKDAY_NAMES[reading.date.weekday()], said=WEEKDAY_NAMES[said_weekday])
    return reading


def _reading(found: date | Phrase, today: date) -> DateReading:
    if isinstance(found, Phrase):
        return DateReading(None, found)
    return DateReading(found, note=said("That day has passed.") if found < today else "")
