"""Files the build replaces whole: written beside, then renamed over, so a reader (or a build killed
half-way) sees the old file or the new one, never a part."""
from __future__ import annotations

import os
from pathlib import Path


def replace_file(path: Path, data: bytes | str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    if isinstance(data, str):
        tmp.write_text(data, encoding="utf-8")
    else:
        tmp.write_bytes(data)
    os.replace(tmp, path)
