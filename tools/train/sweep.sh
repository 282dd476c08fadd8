#!/usr/bin/env bash
# Train several runs of the default recipe side by side on one machine (a borrowed GPU), average
# them with abusemon_training.soup, and re-fit each soup's calibration on validation. Everything needed
# travels in one folder, so the machine needs only Python with torch, tokenizers, safetensors
# and numpy (no build of the native core, no shared/ data, no PyPI):
#
#   SWEEP_IN/base/          the pretrained base (config.json, tokenizer files, model.safetensors;
#                           fp16 weights are fine: training runs under bf16 autocast)
#   SWEEP_IN/splits.tar.xz  train.jsonl, val.jsonl, test.jsonl from abusemon_training.data.pipeline
#
#   SWEEP_IN=.gpu SWEEP_OUT=out/sweep DEVICE=cuda bash tools/train/sweep.sh
#
# SWEEP_PLAN=NAME runs a prepared plan (tools/train/plans/NAME.runs and NAME.soups, e.g. en20);
# SWEEP_RUNS and SWEEP_SOUPS name runs and averages directly (format: the plan files').
#
# Writes SWEEP_OUT/runs.tar (each run's adapter + sidecar, validation numbers in the sidecar),
# SWEEP_OUT/soups.tar and SWEEP_OUT/logs.tar.gz. Calibrate the chosen one again on the CPU with
# the real fp32 base (python -m abusemon_training.train --init DIR --calibrate-only) before shipping it.
# Smoke test on a CPU: SMOKE=1 DEVICE=cpu bash tools/train/sweep.sh (training/tests/test_training.py
# runs it on a tiny base). PYTHON names the interpreter (default python3). Exit status 1 when any
# run or average failed (the archives still hold what finished).
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
in="$(cd "${SWEEP_IN:-$root/.gpu}" 2>/dev/null && pwd)" || in=""
if [ -z "$in" ] || [ ! -f "$in/splits.tar.xz" ] || [ ! -f "$in/base/model.safetensors" ]; then
  echo "sweep: ${SWEEP_IN:-$root/.gpu} must hold splits.tar.xz and base/ (see the header)" >&2
  exit 2
fi
# A prepared plan (SWEEP_PLAN=NAME: tools/train/plans/NAME.runs and NAME.soups) gives the runs and
# averages unless SWEEP_RUNS / SWEEP_SOUPS name them.
plan_runs="" plan_soups=""
if [ -n "${SWEEP_PLAN:-}" ]; then
  plan="$root/tools/train/plans/$SWEEP_PLAN"
  if [ ! -f "$plan.runs" ] || [ ! -f "$plan.soups" ]; then
    echo "sweep: no plan $SWEEP_PLAN ($plan.runs and $plan.soups)" >&2
    exit 2
  fi
  plan_runs="$(cat "$plan.runs")" plan_soups="$(cat "$plan.soups")"
fi
out="${SWEEP_OUT:-$root/out/sweep}"
device="${DEVICE:-cuda}"
w="$(mktemp -d /tmp/abusemon-sweep.XXXXXX)"
mkdir -p "$out" "$w/data" "$w/runs" "$w/soups" "$w/logs" "$w/failed"
tar xJf "$in/splits.tar.xz" -C "$w/data"
: > "$w/data/eval_only.jsonl"
# The training package from this checkout (it needs no build of the native core).
export PYTHONPATH="$root/training${PYTHONPATH:+:$PYTHONPATH}" PYTHONUNBUFFERED=1
python="${PYTHON:-python3}"

recipe=(--base-dir "$in/base" --device "$device" --threads 2 --train-layers 6 --lora-r 16 --lora-alpha 32
  --dropout 0.1 --lr 5e-4 --batch-size 64 --epochs 3 --epoch-size 50000 --augment 0.25
  --extra-synthetic 80 --benign-prompt-weight 3 --init-seed 1234 --max-minutes "${MAX_MINUTES:-60}")
smoke=()
if [ -n "${SMOKE:-}" ]; then
  smoke=(--limit 300)
  recipe+=("${smoke[@]}" --epoch-size 256 --epochs 1)
fi
train_timeout="${TRAIN_TIMEOUT:-480}"

# Runs and soups go on in the background; each failure leaves a file so that the sweep's own exit
# status says whether everything it was asked for was produced.
report() {  # name, exit status
  echo "sweep: $1 exit $2"
  [ "$2" -eq 0 ] || : > "$w/failed/$1"
}

train() {  # name, extra args...
  local name="$1"; shift
  mkdir -p "$w/work-$name" && ln -sfn "$w/data" "$w/work-$name/data"
  timeout "$train_timeout" "$python" -m abusemon_training.train --work "$w/work-$name" --out "$w/runs/$name" \
    "${recipe[@]}" "$@" > "$w/logs/$name.log" 2>&1
  report "$name" $?
}

# One run per line: name, then its own arguments; lines starting with # are comments. Default:
# four seeds with the harmful-request supplement and two without it (the ablation).
runs="${SWEEP_RUNS:-${plan_runs:-req-s1234 --seed 1234 --extra-requests 60
req-s99 --seed 99 --extra-requests 60
req-s7 --seed 7 --extra-requests 60
req-s42 --seed 42 --extra-requests 60
base-s1234 --seed 1234
base-s99 --seed 99}}"
while read -r name args; do
  [ -n "$name" ] && [ "${name#\#}" = "$name" ] || continue
  # shellcheck disable=SC2086  # the arguments are words on purpose
  train "$name" $args &
done <<<"$runs"
wait

calibrate() {  # soup name, member runs...
  local name="$1"; shift
  local members=()
  for m in "$@"; do [ -f "$w/runs/$m/adapter.safetensors" ] && members+=("$w/runs/$m"); done
  [ ${#members[@]} -ge 2 ] || { echo "sweep: $name skipped (fewer than two members finished)"; : > "$w/failed/$name"; return; }
  "$python" -m abusemon_training.soup --out "$w/soups/$name-raw" --rank 32 "${members[@]}" > "$w/logs/$name.log" 2>&1 &&
    mkdir -p "$w/work-$name" && ln -sfn "$w/data" "$w/work-$name/data" &&
    "$python" -m abusemon_training.train --work "$w/work-$name" --init "$w/soups/$name-raw" --out "$w/soups/$name" \
      --calibrate-only --base-dir "$in/base" --device "$device" --threads 2 "${smoke[@]}" >> "$w/logs/$name.log" 2>&1
  report "$name" $?
  rm -rf "$w/soups/$name-raw"
}
# One soup per line: name, then its members.
soups="${SWEEP_SOUPS:-${plan_soups:-soup-req req-s1234 req-s99 req-s7 req-s42
soup-all req-s1234 req-s99 req-s7 req-s42 base-s1234 base-s99
soup-base base-s1234 base-s99}}"
while read -r name members; do
  [ -n "$name" ] && [ "${name#\#}" = "$name" ] || continue
  # shellcheck disable=SC2086
  calibrate "$name" $members &
done <<<"$soups"
wait

for f in "$w"/logs/*.log; do echo "== $(basename "$f")"; grep -E "val (macro|public)|benign chat|Error|error" "$f" | tail -4; done
tar cf "$out/runs.tar" -C "$w" runs
tar cf "$out/soups.tar" -C "$w" soups
tar czf "$out/logs.tar.gz" -C "$w" logs
ls -la "$out"
failed="$(ls "$w/failed")"
rm -rf "$w"
if [ -n "$failed" ]; then
  echo "sweep: failed: $(echo $failed)" >&2
  exit 1
fi
