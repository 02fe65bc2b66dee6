"""Messages said in English and kept as a template with its values, for edges that speak others.

Core, the store and the session layer say what went wrong in English, and keep
the template and its values (`Worded`) so the window, the phones and the
command line can say it in their own language from a catalogue
(`workshop.refusals`). A phrase of ours put into a message as a value is
marked with `said`, so it is looked up too; anything else filled in (a name,
a title, a number) is shown as it is.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping


class Phrase(str):
    """A phrase of ours, not of the person's: a catalogue may say it in another language."""

    __slots__ = ()


def said(phrase: str) -> Phrase:
    """Mark `phrase` as ours (and for the catalogues' extraction)."""
    return Phrase(phrase)


class Worded:
    """What an error keeps of its message: the English template and its values."""

    template: str = ""
    values: Mapping[str, object] = {}

    def word(self, template: str, values: Mapping[str, object]) -> str:
        """Keep `template` and `values`; the English message."""
        self.template = template
        self.values = dict(values)
        return template.format(**values) if values else template

    def translated(self, gettext: Callable[[str], str]) -> str:
        """The message in the language `gettext` speaks (English where it has no translation)."""
        english = self.template.format(**self.values) if self.values else self.template
        found = gettext(self.template)
        if not self.values:
            return found
        values = {key: gettext(value) if isinstance(value, Phrase) else value
                  for key, value in self.values.items()}
        try:
            return found.format(**values)
        except (KeyError, IndexError, ValueError):  # a translation with other fields: say it in English
            return english
