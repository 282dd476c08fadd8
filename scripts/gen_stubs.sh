#!/usr/bin/env bash
# Regenerates bindings/python/abusemon/_core.pyi from the built extension with pybind11-stubgen.
# Run it after changing the bindings, with a Python in which abusemon is installed (or whose
# PYTHONPATH holds the package and the built _core), e.g.:
#   build/venv/bin/python -m pip install --no-build-isolation . && PYTHON=build/venv/bin/python scripts/gen_stubs.sh
# scripts/test.sh (stage python) fails when the committed stub differs from a fresh one, and
# checks it against the module with mypy.stubtest.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
python="${PYTHON:-python3}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
"$python" -m pybind11_stubgen abusemon._core --numpy-array-remove-parameters -o "$out" >/dev/null
target="${1:-$root/bindings/python/abusemon/_core.pyi}"
cp "$out/abusemon/_core.pyi" "$target"
echo "wrote $target"
