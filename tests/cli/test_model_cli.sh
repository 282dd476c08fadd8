#!/usr/bin/env bash
# CLI test of `abusemon model info|tokenize|score` on the fixture tests/data/engine/tiny-bert.gguf:
# outputs, stdin input, windows, and the exit codes of every failure.
# Usage: test_model_cli.sh path/to/abusemon
set -u
bin="${1:?usage: $0 path/to/abusemon}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
model="$here/../data/engine/tiny-bert.gguf"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
fails=0

# expect CODE ARGS...: runs `abusemon model ARGS`, checks the exit code, keeps $out / $err.
expect() {
  local want="$1"; shift
  "$bin" model "$@" <"${stdin:-/dev/null}" >"$dir/out" 2>"$dir/err"
  local got=$?
  out="$(cat "$dir/out")"; err="$(cat "$dir/err")"
  if [ "$got" != "$want" ]; then
    echo "FAIL: model $* -> exit $got, want $want; stderr: $err" >&2
    fails=$((fails + 1))
  fi
}
contains() {  # contains HAYSTACK NEEDLE
  case "$1" in *"$2"*) ;; *) echo "FAIL: '$2' not in: $1" >&2; fails=$((fails + 1)) ;; esac
}
lines() {  # lines TEXT N
  local n; n="$(printf '%s\n' "$1" | grep -c .)"
  [ "$n" = "$2" ] || { echo "FAIL: $n lines, want $2: $1" >&2; fails=$((fails + 1)); }
}

expect 0 info --model "$model"
contains "$out" '"model_id":"tiny-bert-fixture"'
contains "$out" '"outputs":["hate","harassment","violence"]'
contains "$out" '"license":"Apache-2.0"'

expect 0 tokenize --model "$model" --special "Hello, world!"
contains "$out" '{"ids":[2,5,15,6,14,3],"tokens":["[CLS]","hello",",","world","!","[SEP]"]}'
ABUSEMON_MODEL="$model" expect 0 tokenize "worlds"
contains "$out" '"ids":[6,18]'

printf 'you are an idiot\nhello world\n\n' >"$dir/in.txt"
stdin="$dir/in.txt" expect 0 score --model "$model"
lines "$out" 3
contains "$out" '{"index":0,"probabilities":{"hate":'
contains "$out" '{"index":2,'
expect 0 score --model "$model" --output logits "hello"
contains "$out" '"logits":{"hate":'
expect 0 score --model "$model" --output pooled "hello"
contains "$out" '"pooled":['
long="hello world you are an idiot i hate the world hello world you are an idiot"
expect 0 score --model "$model" --window-pooling mean --stride 2 "$long"
expect 0 score --model "$model" --int8 "$long"
contains "$out" '"violence":'

expect 4 score --model "$dir/missing.gguf" x
contains "$err" "abusemon: error: cannot open model file"
echo "not a model" >"$dir/bad.gguf"
expect 3 info --model "$dir/bad.gguf"
contains "$err" "bad magic"
head -c 3000 "$model" >"$dir/cut.gguf"
expect 3 score --model "$dir/cut.gguf" x
expect 2 score --model "$model" --max-tokens 2 x
expect 2 score --model "$model" --window-pooling bogus x
expect 2 bogus

echo "$fails failures"
[ "$fails" = 0 ]
