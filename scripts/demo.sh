#!/usr/bin/env bash
# The main job on a fresh machine: install dependencies and assemble the default model
# (scripts/setup.sh), build the CLI harness, classify every prompt and completion of the sample
# traffic with the embedded default model, then replay the traffic through the whole pipeline
# (classification → tracker → review → enforcement) and print each customer's outcome.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash scripts/setup.sh
generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
cmake -S . -B build/release "${generator[@]}" -DCMAKE_BUILD_TYPE=Release -DABUSEMON_BUILD_EXAMPLES=ON
cmake --build build/release -j"$(nproc)" --target abusemon_cli
cli="$root/build/release/examples/cli/abusemon"
model="$root/models/abusemon-default.gguf"
traffic="${1:-$root/examples/traffic/sample_traffic.jsonl}"
out="$root/build/demo"
mkdir -p "$out"

# One classify request per prompt and per completion of the traffic log.
python3 - "$traffic" > "$out/requests.jsonl" <<'PY'
import json, sys
for n, line in enumerate(open(sys.argv[1], encoding="utf-8"), 1):
    r = json.loads(line)
    base = {"customer": r["customer"], "user": r.get("user", "")}
    print(json.dumps({"id": f"{n}:prompt", "text": r["prompt"], "direction": "prompt", **base}))
    if r.get("completion"):
        print(json.dumps({"id": f"{n}:completion", "text": r["completion"],
                          "direction": "completion", **base}))
PY
echo "== abusemon classify: $(wc -l < "$out/requests.jsonl") texts from $traffic"
"$cli" classify --model "$model" "$out/requests.jsonl" > "$out/verdicts.jsonl"
python3 - "$out/requests.jsonl" "$out/verdicts.jsonl" <<'PY'
import collections, json, sys
texts = {json.loads(l)["id"]: json.loads(l)["text"] for l in open(sys.argv[1], encoding="utf-8")}
actions, flagged = collections.Counter(), collections.Counter()
examples = []
for line in open(sys.argv[2], encoding="utf-8"):
    v = json.loads(line)
    actions[v.get("action", "error")] += 1
    hits = [c for c, r in v.get("categories", {}).items() if r.get("filtered")]
    for c in hits:
        flagged[c] += 1
    if hits and len(examples) < 5:
        examples.append((v["id"], hits, texts[v["id"]][:90]))
print("actions:", dict(actions))
print("blocked by category:", dict(flagged))
for i, hits, text in examples:
    print(f"  {i:>16}  {','.join(hits):<22} {text}")
PY

if "$cli" replay --help > /dev/null 2>&1; then
  echo "== abusemon replay: classification → tracker → review → enforcement"
  "$cli" replay --model "$model" --outbox "$out/outbox.jsonl" "$traffic"
fi
echo "(outputs in $out)"
