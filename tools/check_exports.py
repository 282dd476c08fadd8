#!/usr/bin/env python3
"""Checks what the shared C++ library exports: only the public API of include/abusemon/, never a
private implementation (`abusemon::detail::…`, a class's `Impl` members). The library is built
with hidden visibility and exports the namespace blocks of the public headers; a nested private
class would inherit that, so this guards against it (ctest: arch:exports).

Usage: check_exports.py NM LIBRARY"""

from __future__ import annotations

import re
import subprocess
import sys

PRIVATE = re.compile(r"\babusemon::(detail::|[A-Za-z_]+::Impl::|[A-Za-z_]+Impl::)")


def main() -> int:
    nm, lib = sys.argv[1], sys.argv[2]
    out = subprocess.run([nm, "-DC", "--defined-only", lib], check=True, capture_output=True,
                         text=True).stdout
    exported = [line.split(" ", 2)[2] for line in out.splitlines() if line.count(" ") >= 2]
    # A symbol's own name (without "typeinfo for " and the like, and before its parameters):
    # std templates instantiated on a private lambda are vague-linkage C++ runtime data, not API.
    names = [(s, re.sub(r"^(typeinfo name for|typeinfo for|vtable for|VTT for|guard variable for) ",
                        "", s).split("(", 1)[0]) for s in exported]
    public = [(s, n) for s, n in names if n.startswith("abusemon::")]
    bad = [s for s, n in public if PRIVATE.search(n)]
    for s in bad:
        print(f"private symbol exported: {s}")
    print(f"{len(exported)} exported symbols, {len(public)} in abusemon::, {len(bad)} private")
    if not public:
        print("no abusemon:: symbol exported at all: wrong library?")
        return 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
