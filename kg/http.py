"""HTTP to SPARQL endpoints (kg query --endpoint, kg build --endpoint): one request, one clear error.

The standard library is enough for a few requests per command; a failure becomes a KGError that
names the endpoint and what it answered, never a traceback.
"""
from __future__ import annotations

import urllib.error
import urllib.request

from kg.errors import KGError


def request(method: str, url: str, body: bytes | None = None, headers: dict[str, str] | None = None,
            timeout: float = 60, missing_ok: bool = False) -> tuple[str, bytes]:
    """(content type, body) of the answer. `missing_ok`: a 404 is an empty answer (a DELETE of a
    graph the endpoint no longer holds)."""
    endpoint = url.split("?", 1)[0]
    try:
        with urllib.request.urlopen(urllib.request.Request(url, data=body, method=method, headers=headers or {}),
                                    timeout=timeout) as response:
            return response.headers.get_content_type(), response.read()
    except urllib.error.HTTPError as err:
        if missing_ok and err.code == 404:
            return "", b""
        detail = " ".join(err.read().decode("utf-8", "replace").split())[:160]
        raise KGError(f"{endpoint} answered {err.code} to {method}: {detail or err.reason}") from None
    except (urllib.error.URLError, OSError) as err:
        raise KGError(f"cannot reach {endpoint}: {getattr(err, 'reason', err)}") from None
