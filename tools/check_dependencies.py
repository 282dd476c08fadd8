#!/usr/bin/env python3
"""Checks the component dependency graph of docs/ARCHITECTURE.md: every #include in
include/abusemon/ and src/<component>/ must point at the component itself or at one it may use.
Exits 1 listing each include that breaks the rule (ctest: arch:dependencies)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Public header -> component.
HEADERS = {
    "types": "core", "error": "core", "version": "core", "export": "core",
    "normalize": "text", "language": "text", "model": "engine", "tokenizer": "engine", "scorer": "scorer",
    "policy": "policy", "verdict": "verdict", "gate": "gate", "monitor": "monitor", "routed_scorer": "monitor",
    "tracker": "tracker", "review": "review", "enforcement": "enforcement", "replay": "replay",
    "image": "image", "batch": "batch",
}
# Component -> the components it may include (besides itself). Keep in step with the
# "Dependencies" section of docs/ARCHITECTURE.md.
ALLOWED = {
    "core": set(),
    "text": {"core"},
    "scorer": {"core"},
    "engine": {"core", "text", "scorer"},
    "verdict": {"core"},
    "policy": {"core", "verdict", "text"},
    "gate": {"core", "verdict"},
    "monitor": {"core", "text", "scorer", "verdict", "policy", "gate", "engine", "image"},
    "tracker": {"core", "verdict"},
    "storage": {"core", "review"},  # the audit chain stores review's public audit records
    "image": {"core", "engine"},
    "review": {"core", "storage", "tracker"},
    "enforcement": {"core", "storage", "review", "gate"},
    "batch": {"core", "text", "scorer", "engine", "image", "verdict", "policy", "gate", "monitor"},
    "replay": {"core", "text", "scorer", "engine", "image", "verdict", "policy", "gate", "monitor",
               "tracker", "review", "enforcement"},
}
SRC_DIRS = {"core", "text", "engine", "image", "policy", "monitor", "tracker", "storage",
            "review", "enforcement", "replay", "batch"}
INCLUDE = re.compile(r'#include [<"]([^>"]+)[>"]')


def component_of(path: Path) -> str:
    rel = path.relative_to(ROOT).as_posix()
    if rel.startswith("include/abusemon/"):
        return HEADERS[path.stem]
    comp = rel.split("/")[1]
    if comp == "monitor" and path.stem in ("verdict", "verdict_json"):
        return "verdict"
    return comp


def target_of(include: str) -> str | None:
    parts = include.split("/")
    if parts[0] == "abusemon" and len(parts) == 2:
        stem = parts[1].rsplit(".", 1)[0]
        return HEADERS.get(stem, "umbrella")
    if len(parts) == 2 and parts[0] in SRC_DIRS:
        if parts[0] == "monitor" and parts[1].startswith("verdict"):
            return "verdict"
        return parts[0]
    return None


def main() -> int:
    files = sorted((ROOT / "include" / "abusemon").glob("*.hpp"))
    for d in SRC_DIRS:
        files += sorted(p for p in (ROOT / "src" / d).glob("*") if p.suffix in (".cpp", ".hpp", ".inc"))
    bad = []
    for f in files:
        if f.name == "abusemon.hpp":
            continue  # the umbrella header includes everything by design
        comp = component_of(f)
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            m = INCLUDE.match(line)
            if not m:
                continue
            target = target_of(m.group(1))
            if target is None or target == comp:
                continue
            if target not in ALLOWED[comp]:
                bad.append(f"{f.relative_to(ROOT)}:{n}: {comp} must not include {m.group(1)} ({target})")
    for b in bad:
        print(b)
    print(f"{len(files)} files checked, {len(bad)} forbidden includes")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
