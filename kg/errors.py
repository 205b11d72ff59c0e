"""One base exception for every error a user can cause and fix."""


class KGError(Exception):
    """A user-facing error: the message says what was given and what to do."""
