"""The one base of the errors kg reports to a user as a single line (the CLI prints the message,
a Python caller catches ``KgError``). Anything else escaping kg is a bug."""
from __future__ import annotations


class KgError(Exception):
    """A problem with the user's input, files or services, explained in one line."""
