"""Messages said in English and kept as a template with its values, for edges that speak others.

Core, the store, the session layer and the library's checks say what went
wrong in English, and keep the template and its values (`Worded`, or a
`Phrase` from `said`) so the window, the phones and the command line can say
it in their own language from a catalogue (`workshop.refusals`). A phrase of
ours put into a message as a value is marked with `said` too, so it is looked
up as well; anything else filled in (a name, a title, a number) is shown as
it is. A phrase about a number of things is `said_n`, so each language gets
its own plural forms.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol


class Catalogue(Protocol):
    """The messages of one language (`gettext.GNUTranslations` and its kin)."""

    def gettext(self, message: str, /) -> str: ...

    def ngettext(self, singular: str, plural: str, n: int, /) -> str: ...


class _English:
    """The templates themselves (as `gettext.NullTranslations`, without importing gettext)."""

    def gettext(self, message: str, /) -> str:
        return message

    def ngettext(self, singular: str, plural: str, n: int, /) -> str:
        return singular if n == 1 else plural


ENGLISH: Catalogue = _English()


class Phrase(str):
    """A phrase of ours, not of the person's: a catalogue may say it in another language.

    It reads as its English; a phrase with values (``said("a number {shown}", shown="3")``)
    keeps its template and values, so it is said in another language whole.
    """

    template: str
    plural: str  # for `said_n`: the English plural template; "" for a phrase without a number
    values: Mapping[str, object]

    def translated(self, catalogue: Catalogue) -> str:
        """The phrase in the language `catalogue` speaks (English where it has no translation)."""
        return fill(self.template, self.values, catalogue, self.plural)


def said(phrase: str, **values: object) -> Phrase:
    """Mark `phrase` as ours (and for the catalogues' extraction), filled with `values`."""
    marked = Phrase(phrase.format(**values) if values else phrase)
    marked.template, marked.plural, marked.values = phrase, "", values
    return marked


def said_n(singular: str, plural: str, count: int, **values: object) -> Phrase:
    """A phrase about `count` things (``said_n("{count} space", "{count} spaces", 4)``): each
    language says it in the plural form its grammar picks for `count`."""
    values = {"count": count, **values}
    marked = Phrase((singular if count == 1 else plural).format(**values))
    marked.template, marked.plural, marked.values = singular, plural, values
    return marked


def fill(template: str, values: Mapping[str, object], catalogue: Catalogue, plural: str = "") -> str:
    """`template` in the language `catalogue` speaks, filled with `values` (phrases of ours among
    them said in that language too); English where a translation does not fit its values."""
    if plural:
        count = int(values["count"])  # type: ignore[call-overload]
        found = catalogue.ngettext(template, plural, count)
        english = (template if count == 1 else plural).format(**values)
    else:
        found = catalogue.gettext(template)
        if not values:
            return found
        english = template.format(**values)
    shown = {key: value.translated(catalogue) if isinstance(value, Phrase) else value
             for key, value in values.items()}
    try:
        return found.format(**shown)
    except (KeyError, IndexError, ValueError):  # a translation with other fields: say it in English
        return english


class _Listed(Phrase):
    """Phrases one after another ("a; b; c"), each said in the language."""

    parts: tuple[str, ...]
    separator: str

    def translated(self, catalogue: Catalogue) -> str:
        return self.separator.join(part.translated(catalogue) if isinstance(part, Phrase) else part
                                   for part in self.parts)


def listed(parts: Sequence[str], separator: str = "; ") -> Phrase:
    """`parts` (phrases of ours among them) one after another, to be filled into a message."""
    marked = _Listed(separator.join(parts))
    marked.template, marked.plural, marked.values = separator.join(parts), "", {}
    marked.parts, marked.separator = tuple(parts), separator
    return marked


def phrased(error: Worded) -> Phrase:
    """`error`'s message as a phrase, to be said inside another message in each language."""
    return said(error.template, **error.values)


class Worded:
    """What an error keeps of its message: the English template and its values."""

    template: str = ""
    values: Mapping[str, object] = {}

    def word(self, template: str, values: Mapping[str, object]) -> str:
        """Keep `template` and `values`; the English message."""
        self.template = template
        self.values = dict(values)
        return template.format(**values) if values else template

    def translated(self, catalogue: Catalogue) -> str:
        """The message in the language `catalogue` speaks (English where it has no translation)."""
        return fill(self.template, self.values, catalogue)
