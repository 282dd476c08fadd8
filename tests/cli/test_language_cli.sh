#!/usr/bin/env bash
# CLI test of routing by language: `abusemon detect-language` (arguments, stdin, --json, invalid
# UTF-8) and `abusemon classify --multilingual-model / --no-multilingual /
# $ABUSEMON_MULTILINGUAL_MODEL / --no-consensus / --consensus-band` on the fixture tests/data/engine/tiny-bert.gguf, with the exit
# code of every failure.
# Usage: test_language_cli.sh path/to/abusemon
set -u
bin="${1:?usage: $0 path/to/abusemon}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
model="$here/../data/engine/tiny-bert.gguf"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
fails=0
unset ABUSEMON_MULTILINGUAL_MODEL

# expect CODE ARGS...: runs `abusemon ARGS`, checks the exit code, keeps $out / $err.
expect() {
  local want="$1"; shift
  "$bin" "$@" <"${stdin:-/dev/null}" >"$dir/out" 2>"$dir/err"
  local got=$?
  out="$(cat "$dir/out")"; err="$(cat "$dir/err")"
  if [ "$got" != "$want" ]; then
    echo "FAIL: $* -> exit $got, want $want; stderr: $err" >&2
    fails=$((fails + 1))
  fi
}
contains() {  # contains HAYSTACK NEEDLE
  case "$1" in *"$2"*) ;; *) echo "FAIL: '$2' not in: $1" >&2; fails=$((fails + 1)) ;; esac
}
equals() {  # equals GOT WANT
  [ "$1" = "$2" ] || { echo "FAIL: got '$1', want '$2'" >&2; fails=$((fails + 1)); }
}

# --- detect-language ---
expect 0 detect-language "Je ne sais pas pourquoi" "Where is the station?" "Wo ist der Bahnhof?" \
  "¿Dónde está la estación?" "Dov'è la stazione?" "Onde fica a estação?" "Waar is het station?" \
  "Gdzie jest dworzec?" "Nhà ga ở đâu?" "Kubernetes"
equals "$(echo $out)" "fr en de es it pt nl pl vi und"
printf 'Je ne sais pas\nok \xc3\x28\nWhere is it?\n' >"$dir/in.txt"
stdin="$dir/in.txt" expect 3 detect-language
equals "$(echo $out)" "fr - en"  # the bad line keeps its place
contains "$err" "text 1"
contains "$err" "invalid UTF-8"
stdin="$dir/in.txt" expect 3 detect-language --json
contains "$out" '{"index":0,"language":"fr","route":"multilingual","script":"latin"'
contains "$out" '{"index":1,"error":"detect_language: invalid UTF-8 at byte 3"}'
contains "$out" '{"index":2,"language":"en","route":"english"'
expect 0 detect-language --json "Я не знаю"
contains "$out" '"language":"und","route":"multilingual","script":"other"'
expect 0 detect-language --json "🙂"
contains "$out" '"language":"und","route":"english","script":"none"'

# --- classify with a multilingual model ---
printf '{"id":1,"text":"Je ne sais pas pourquoi"}\n{"id":2,"text":"I do not know why"}\n' >"$dir/c.jsonl"
# The fixture again under another model id (same length, so the file stays valid), to tell
# which model scored each text.
LC_ALL=C perl -pe 's/tiny-bert-fixture/tiny-mult-fixture/g' "$model" >"$dir/mult.gguf"
single='"model":{"id":"tiny-bert-fixture","version":"1.0.0"},"elapsed_ms"'
# Each verdict names the model its text was routed to, the language and the route.
fr_routed='{"id":1,"line":1,'
fr_model='"model":{"id":"tiny-mult-fixture","version":"1.0.0"},"language":"fr","route":"multilingual"'
en_model='"model":{"id":"tiny-bert-fixture","version":"1.0.0"},"language":"en","route":"english"'
# The fixture is unsure of the English text (harassment 0.19): by default both models score it.
en_consensus='"model":{"id":"tiny-bert-fixture+tiny-mult-fixture","version":"1.0.0+1.0.0"},"language":"en","route":"consensus"'
routed_ok() {  # routed_ok OUTPUT [EN]: line 1 French (multilingual model), line 2 English
  local l1 l2
  l1="$(printf '%s\n' "$1" | sed -n 1p)"; l2="$(printf '%s\n' "$1" | sed -n 2p)"
  contains "$l1" "$fr_routed"
  contains "$l1" "$fr_model"
  contains "$l2" "${2:-$en_consensus}"
}
expect 0 classify --model "$model" "$dir/c.jsonl"
contains "$out" "$single"
case "$out" in *'"route"'*|*'"language"'*) echo "FAIL: route without routing: $out" >&2; fails=$((fails + 1)) ;; esac
expect 0 classify --model "$model" --multilingual-model "$dir/mult.gguf" "$dir/c.jsonl"
routed_ok "$out"
ABUSEMON_MULTILINGUAL_MODEL="$dir/mult.gguf" expect 0 classify --model "$model" "$dir/c.jsonl"
routed_ok "$out"
# The other formats are unchanged: the OpenAI one names the model, without a route.
expect 0 classify --model "$model" --multilingual-model "$dir/mult.gguf" --format openai \
  "$dir/c.jsonl"
contains "$out" '"model":"tiny-mult-fixture"'
case "$out" in *'"route"'*) echo "FAIL: route in openai output: $out" >&2; fails=$((fails + 1)) ;; esac
# Consensus off, or a band that leaves every output of the English text out: the English model.
expect 0 classify --model "$model" --multilingual-model "$dir/mult.gguf" --no-consensus \
  "$dir/c.jsonl"
routed_ok "$out" "$en_model"
expect 0 classify --model "$model" --multilingual-model "$dir/mult.gguf" \
  --consensus-band 0.995,1 "$dir/c.jsonl"
routed_ok "$out" "$en_model"
expect 0 classify --model "$model" --multilingual-model "$dir/mult.gguf" --consensus-band 0.1,0.9 \
  "$dir/c.jsonl"
routed_ok "$out"
expect 2 classify --model "$model" --multilingual-model "$dir/mult.gguf" --consensus-band 0.9,0.1 \
  "$dir/c.jsonl"
contains "$err" "consensus band"
expect 2 classify --model "$model" --consensus-band 0,2 "$dir/c.jsonl"
expect 2 classify --model "$model" --no-multilingual --no-consensus "$dir/c.jsonl"
ABUSEMON_MULTILINGUAL_MODEL="$model" expect 0 classify --model "$model" --no-multilingual \
  "$dir/c.jsonl"
contains "$out" "$single"
# $ABUSEMON_MODEL (not the default English model): no default multilingual model is added.
ABUSEMON_MODEL="$model" expect 0 classify "$dir/c.jsonl"
contains "$out" "$single"

# The models beside the program (the Python wheel's layout: bin/abusemon, models/*.gguf) are the
# defaults when no model is named: both, so French is routed.
mkdir -p "$dir/pkg/bin" "$dir/pkg/models"
cp "$bin" "$dir/pkg/bin/abusemon"
cp "$model" "$dir/pkg/models/abusemon-default.gguf"
cp "$dir/mult.gguf" "$dir/pkg/models/abusemon-multilingual.gguf"
bin_saved="$bin"
bin="$dir/pkg/bin/abusemon"
(unset ABUSEMON_MODEL; expect 0 classify "$dir/c.jsonl"; routed_ok "$out"; exit "$fails") ||
  fails=$((fails + 1))
bin="$bin_saved"

# Failures of the multilingual model name it.
expect 4 classify --model "$model" --multilingual-model "$dir/missing.gguf" "$dir/c.jsonl"
contains "$err" "multilingual model"
contains "$err" "missing.gguf"
printf 'not a model' >"$dir/bad.gguf"
expect 3 classify --model "$model" --multilingual-model "$dir/bad.gguf" "$dir/c.jsonl"
contains "$err" "multilingual model"
ABUSEMON_MULTILINGUAL_MODEL="$dir/missing.gguf" expect 4 classify --model "$model" "$dir/c.jsonl"
expect 2 classify --model "$model" --multilingual-model "$model" --no-multilingual "$dir/c.jsonl"

if [ "$fails" -ne 0 ]; then
  echo "$fails failure(s)" >&2
  exit 1
fi
echo "language CLI: all checks passed"
