#!/usr/bin/env bash
# Build the folder a borrowed GPU needs for an English sweep (tools/train/sweep.sh):
#   GPU_DIR/splits.tar.xz  train/val/test of the English pipeline (WORK/data, made by
#                          python -m abusemon_training.data.pipeline --data ../shared/data --out WORK/data)
#   GPU_DIR/base/          the pinned MiniLM base (config, tokenizer files) with fp16 weights: the fp32
#                          file (91 MB) would not fit the 64 MiB a borrowed machine receives
#
#   WORK=out/train GPU_DIR=.gpu bash tools/train/prepare_english.sh
#
# Then, on the GPU machine (the device tool's run, carrying .gpu):
#   SWEEP_IN=.gpu SWEEP_OUT=$OUT/sweep SWEEP_PLAN=en20 DEVICE=cuda bash tools/train/sweep.sh
# Exit status 2 when the splits are missing or the folder would not travel.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="${WORK:-$root/out/train}"
dir="${GPU_DIR:-$root/.gpu}"
python="${PYTHON:-python3}"
for s in train val test; do
  if [ ! -f "$work/data/$s.jsonl" ]; then
    echo "prepare_english: $work/data/$s.jsonl not found (run python -m abusemon_training.data.pipeline)" >&2
    exit 2
  fi
done
rm -rf "$dir/base" "$dir/splits.tar.xz"
mkdir -p "$dir/base"
(cd "$work/data" && tar cJf "$dir/splits.tar.xz" train.jsonl val.jsonl test.jsonl)
PYTHONPATH="$root/training${PYTHONPATH:+:$PYTHONPATH}" "$python" - "$dir/base" <<'EOF'
import os, shutil, sys

from safetensors.torch import load_file, save_file

from abusemon_training.modeling import base_model_dir

src, dst = base_model_dir(), sys.argv[1]
for f in ("config.json", "tokenizer.json", "tokenizer_config.json", "vocab.txt", "special_tokens_map.json"):
    if os.path.exists(os.path.join(src, f)):
        shutil.copy(os.path.join(src, f), dst)
w = load_file(os.path.join(src, "model.safetensors"))
save_file({k: (v.half() if v.is_floating_point() else v).contiguous() for k, v in w.items()}, os.path.join(dst, "model.safetensors"))
EOF
# What travels is the checkout's files plus this folder, 64 MiB in all.
size=$(du -sb "$dir" | cut -f1)
tracked=$(cd "$root" && git ls-files -z | xargs -0 cat 2>/dev/null | wc -c)
mib() { echo "$(($1 / 1048576)).$(($1 % 1048576 * 10 / 1048576))"; }
echo "prepare_english: $dir holds $(mib "$size") MiB (splits $(mib "$(stat -c %s "$dir/splits.tar.xz")"), base $(mib "$(du -sb "$dir/base" | cut -f1)")); the checkout $(mib "$tracked") MiB"
if [ $((size + tracked)) -gt $((64 * 1048576)) ]; then
  echo "prepare_english: with the checkout it would not fit the 64 MiB a borrowed machine receives" >&2
  exit 2
fi
