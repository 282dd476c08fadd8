#!/usr/bin/env bash
# CLI test of `abusemon normalize`, the --no-normalize switches of `abusemon classify` and
# `abusemon model score` and classify's --precision, on the fixture tests/data/engine/tiny-bert.gguf (vocabulary: hello
# world you are an idiot i hate kill ...; outputs hate, harassment, violence).
# Usage: test_normalize_cli.sh path/to/abusemon
set -u
bin="${1:?usage: $0 path/to/abusemon}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
model="$here/../data/engine/tiny-bert.gguf"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
fails=0
# No default model may leak in: only --model picks one.
export ABUSEMON_MODEL=""

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
same() {  # same GOT WANT
  [ "$1" = "$2" ] || { echo "FAIL: got '$1', want '$2'" >&2; fails=$((fails + 1)); }
}
differ() {  # differ A B
  [ "$1" != "$2" ] || { echo "FAIL: expected a difference, both are '$1'" >&2; fails=$((fails + 1)); }
}

# Arguments: one output line per text; built-in rules without a model.
expect 0 normalize --no-model "k i l l" "h4te" "ｈａｔｅ" "$(printf 'ki\u200bll')" "kiiiill" "4 people, 2024"
same "$out" "$(printf 'kill\nhate\nhate\nkill\nkill\n4 people, 2024')"
# Cyrillic look-alikes inside a Latin word fold; genuine Russian stays.
expect 0 normalize --no-model "$(printf '\u04bb\u0430te')" "Привет, как дела?"
same "$out" "$(printf 'hate\nПривет, как дела?')"
# stdin, one text per line (CRLF tolerated).
stdin="$dir/in.txt"
printf 'k.i.l.l\r\nsh!t\n\n' >"$stdin"
expect 0 normalize --no-model
same "$out" "$(printf 'kill\nshit\n')"
unset stdin
# --skip leaves steps out.
expect 0 normalize --no-model --skip leetspeak --skip spaced "h4te k.i.l.l"
same "$out" "h4te k.i.l.l"
# With a model, its vocabulary picks spellings that need one.
expect 0 normalize --no-model "1d10t"
same "$out" "1d10t"
expect 0 normalize --model "$model" "you are an 1d10t"
same "$out" "you are an idiot"
# Errors: unknown step (usage), --model with --no-model (usage), missing model file (not found).
expect 2 normalize --skip nonsense "x"
expect 2 normalize --model "$model" --no-model "x"
expect 4 normalize --model "$dir/missing.gguf" "x"
case "$err" in "abusemon: error: "*) ;; *) echo "FAIL: error line: $err" >&2; fails=$((fails + 1)) ;; esac

# model score: normalised by default, --no-normalize scores the raw text.
expect 0 model score --model "$model" "you are an idiot"
clean="$out"
expect 0 model score --model "$model" "you are an 1d10t"
same "$out" "$clean"
expect 0 model score --model "$model" --no-normalize "you are an 1d10t"
differ "$out" "$clean"

# classify: the Monitor gets the same behaviour.
score_of() { sed -E -e 's/"elapsed_ms":[-0-9.eE+]+//' <<<"$1"; }  # drop the timing
printf '{"id":"a","text":"you are an idiot"}\n' >"$dir/clean.jsonl"
printf '{"id":"a","text":"y\\u043eu are an 1d10t"}\n' >"$dir/attack.jsonl"
expect 0 classify --model "$model" -q "$dir/clean.jsonl"
c="$out"
expect 0 classify --model "$model" -q "$dir/attack.jsonl"
same "$(score_of "$out")" "$(score_of "$c")"
expect 0 classify --model "$model" -q --no-normalize "$dir/attack.jsonl"
differ "$(score_of "$out")" "$(score_of "$c")"

# classify --precision: int8 quantizes the linear layers (scores move a little), fp32 is the
# default, anything else is a usage error.
expect 0 classify --model "$model" -q --precision fp32 "$dir/clean.jsonl"
same "$(score_of "$out")" "$(score_of "$c")"
expect 0 classify --model "$model" -q --precision int8 "$dir/clean.jsonl"
differ "$(score_of "$out")" "$(score_of "$c")"
grep -q '"id":"a"' <<<"$out" || { echo "FAIL: int8 classify lost the record: $out" >&2; fails=$((fails + 1)); }
expect 2 classify --model "$model" -q --precision fp16 "$dir/clean.jsonl"

if [ "$fails" -ne 0 ]; then
  echo "test_normalize_cli: $fails failure(s)" >&2
  exit 1
fi
echo "test_normalize_cli: ok"
