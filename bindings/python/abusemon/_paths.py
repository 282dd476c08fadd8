"""Where the package finds its bundled files: the default models and the ``abusemon`` CLI."""

from __future__ import annotations

import os
from pathlib import Path

_HERE = Path(__file__).resolve().parent

#: The default model the wheel bundles (scripts/setup_model.sh builds it before the wheel).
BUNDLED_MODEL = _HERE / "models" / "abusemon-default.gguf"
#: The multilingual model text that is not English is routed to (docs/MULTILINGUAL.md); bundled
#: when it was assembled before the wheel was built.
BUNDLED_MULTILINGUAL_MODEL = _HERE / "models" / "abusemon-multilingual.gguf"
#: The native CLI the wheel bundles; the ``abusemon`` console script runs it.
BUNDLED_CLI = _HERE / "bin" / "abusemon"


def default_model_path() -> str:
    """The model used when none is given: ``$ABUSEMON_MODEL`` if set, else the bundled one.

    Raises:
        FileNotFoundError: neither is available (a wheel built before the model was assembled).
    """
    env = os.environ.get("ABUSEMON_MODEL")
    if env:
        return env
    if BUNDLED_MODEL.is_file():
        return str(BUNDLED_MODEL)
    raise FileNotFoundError(
        "abusemon: no model given, $ABUSEMON_MODEL is not set and this installation bundles no "
        f"default model ({BUNDLED_MODEL}); pass a model path, or build the wheel after "
        "scripts/setup_model.sh"
    )


def default_multilingual_model_path(with_default_english: bool = True) -> str | None:
    """The default multilingual model: ``$ABUSEMON_MULTILINGUAL_MODEL`` if set; else the bundled
    one, but only when the English model is the bundled one too (``$ABUSEMON_MODEL`` unset), unless
    ``with_default_english`` is False (``Monitor(..., multilingual=True)``); else None."""
    env = os.environ.get("ABUSEMON_MULTILINGUAL_MODEL")
    if env:
        return env
    if with_default_english and os.environ.get("ABUSEMON_MODEL"):
        return None
    return str(BUNDLED_MULTILINGUAL_MODEL) if BUNDLED_MULTILINGUAL_MODEL.is_file() else None
