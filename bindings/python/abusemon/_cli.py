"""The ``abusemon`` console script: runs the native CLI bundled in the wheel. That program finds
the models bundled beside it (``abusemon/models``) unless ``--model``, ``$ABUSEMON_MODEL``,
``--multilingual-model`` or ``$ABUSEMON_MULTILINGUAL_MODEL`` say otherwise (docs/CLI.md)."""

from __future__ import annotations

import os
import subprocess
import sys

from abusemon._paths import BUNDLED_CLI, BUNDLED_MODEL


def main() -> int:
    if not BUNDLED_CLI.is_file():
        print(f"abusemon: the native CLI is not bundled in this installation ({BUNDLED_CLI})",
              file=sys.stderr)
        return 2
    env = dict(os.environ)
    if not os.path.exists("/proc/self/exe") and not env.get("ABUSEMON_MODEL") and BUNDLED_MODEL.is_file():
        # The CLI finds the models beside itself through /proc; without it, name the English one
        # (routing by language then needs $ABUSEMON_MULTILINGUAL_MODEL).
        env["ABUSEMON_MODEL"] = str(BUNDLED_MODEL)
    args = [str(BUNDLED_CLI), *sys.argv[1:]]
    if os.name == "posix":
        os.execve(args[0], args, env)  # replaces this process: signals and exit codes pass through
    return subprocess.call(args, env=env)


if __name__ == "__main__":
    sys.exit(main())
