"""abusemon: abuse monitoring for LLM inference services.

The native core (C++) does the work; this package re-exports it with Python conventions:
``ValueError`` for bad arguments, :class:`abusemon.Error` (with ``.status``) for everything else.
"""

from __future__ import annotations

import json as _json

from abusemon._core import Error, __version__, version
from abusemon._core import build_info_json as _build_info_json


def build_info() -> dict:
    """Build information of the native core as a dict."""
    return _json.loads(_build_info_json())


__all__ = [
    "Error",
    "__version__",
    "build_info",
    "version",
]
