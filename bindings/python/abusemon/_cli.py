"""The ``abusemon`` console script: runs the native CLI bundled in the wheel. That program finds
the models bundled beside it (``abusemon/models``) unless ``--model``, ``$ABUSEMON_MODEL``,
``--multilingual-model`` or ``$ABUSEMON_MULTILINGUAL_MODEL`` say otherwise (docs/CLI.md)."""

from __future__ import annotations

import os
import subprocess
import sys

from abusemon._paths import BUNDLED_CLI


def main() -> int:
    if not BUNDLED_CLI.is_file():
        print(f"abusemon: the native CLI is not bundled in this installation ({BUNDLED_CLI})",
              file=sys.stderr)
        return 2
    args = [str(BUNDLED_CLI), *sys.argv[1:]]
    if os.name == "posix":
        os.execv(args[0], args)  # replaces this process: signals and exit codes pass through
    return subprocess.call(args)


if __name__ == "__main__":
    sys.exit(main())
