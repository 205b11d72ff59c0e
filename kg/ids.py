"""Stable identifiers: readable slugs from names, short digests from parts."""
import hashlib
import re
import unicodedata
from functools import lru_cache


@lru_cache(maxsize=1 << 16)     # resolution slugs every name word of an archive, mostly the same few
def slug(text: str) -> str:
    """"Angela Merkel" -> "angela-merkel"; accents folded, never empty."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


def digest(*parts: object, size: int = 16) -> str:
    """Same parts, same digest, on every machine and run."""
    text = "\x1f".join(str(p) for p in parts)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:size]
