#!/usr/bin/env bash
# CLI test of `abusemon review`: the whole reviewer workflow, every refusal's exit code (5), the
# audit check, retention with --now-ms. Usage: test_review_cli.sh path/to/abusemon
set -u
# These tests run on an injected clock (--now-ms), which the CLI accepts only for tests.
export ABUSEMON_ALLOW_TEST_CLOCK=1
bin="${1:?usage: $0 path/to/abusemon}"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
db="$dir/r.db"
fails=0
t0=1764000000000

# expect CODE CMD...: runs the CLI, checks the exit code, keeps stdout/stderr in $out/$err.
expect() {
  local want="$1"; shift
  "$bin" review --db "$db" --key-file "$dir/key" "$@" >"$dir/out" 2>"$dir/err"
  local got=$?
  out="$(cat "$dir/out")"; err="$(cat "$dir/err")"
  if [ "$got" != "$want" ]; then
    echo "FAIL: review $* -> exit $got, want $want; stderr: $err" >&2
    fails=$((fails + 1))
  fi
}
contains() {  # contains HAYSTACK NEEDLE
  case "$1" in *"$2"*) ;; *) echo "FAIL: '$2' not in: $1" >&2; fails=$((fails + 1)) ;; esac
}

head -c 32 /dev/urandom >"$dir/key"
expect 0 --now-ms $t0 principal-add alice --role reviewer --region eea
expect 0 --now-ms $t0 principal-add bob --role reviewer --region us
expect 0 --now-ms $t0 principal-add mia --role manager --region eea
expect 2 --now-ms $t0 principal-add zed --role boss --region eea
expect 0 --now-ms $t0 submit --customer acme --user u1 --region eea --category harassment \
  --confidence 0.7 --text "you are worthless"
item="$out"
[ "$item" = 1 ] || { echo "FAIL: item id '$item'" >&2; fails=$((fails + 1)); }
echo "piped text" | "$bin" review --db "$db" --key-file "$dir/key" --now-ms $t0 submit \
  --customer acme --region eea --category hate --confidence 0.5 >/dev/null || fails=$((fails + 1))
expect 3 --now-ms $t0 submit --customer acme --region eea --category hate --confidence 0.5 \
  --verdict '{bad' --text x

expect 0 --now-ms $t0 queue --as alice
contains "$out" "acme"
case "$out" in *worthless*) echo "FAIL: queue shows content" >&2; fails=$((fails + 1)) ;; esac
expect 5 --now-ms $t0 queue --as mallory
contains "$err" "abusemon: error: unknown principal"

expect 5 --now-ms $t0 show --as alice "$item"
contains "$err" "no access grant"
expect 0 --now-ms $t0 request --as alice --reason "case 7" --minutes 30
grant="$out"
expect 5 --now-ms $t0 show --as alice "$item"
contains "$err" "not approved"
expect 5 --now-ms $t0 approve --as alice "$grant"
contains "$err" "not a manager"
expect 0 --now-ms $t0 request --as mia --reason own
expect 5 --now-ms $t0 approve --as mia "$out"
contains "$err" "self-approval"
expect 5 --now-ms $t0 request --as bob --region eea --reason peek
contains "$err" "residency"
expect 5 --now-ms $t0 show --as bob "$item"
contains "$err" "residency"
expect 0 --now-ms $t0 approve --as mia "$grant"
contains "$out" '"state":"active"'
expect 0 --now-ms $t0 show --as alice "$item"
contains "$out" "you are worthless"
expect 4 --now-ms $t0 show --as alice 999
expect 0 --now-ms $t0 decide --as alice "$item" correct --category hate --severity high --reason slur
contains "$out" '"category":"hate"'
expect 2 --now-ms $t0 decide --as alice 2 correct --reason "no change given"
expect 0 --now-ms $t0 export --as alice --out "$dir/labels.jsonl"
contains "$(cat "$dir/labels.jsonl")" '"text":"you are worthless"'
expect 0 --now-ms $t0 revoke --as mia "$grant"
expect 5 --now-ms $t0 show --as alice "$item"
contains "$err" "revoked"
expect 0 --now-ms $t0 request --as alice --reason again --minutes 20
grant2="$out"
expect 0 --now-ms $t0 approve --as mia "$grant2"
expect 5 --now-ms $((t0 + 30 * 60 * 1000)) show --as alice "$item"
contains "$err" "expired"
# The store's time never goes back: rewinding the clock does not revive the grant.
expect 5 --now-ms $t0 show --as alice "$item"
contains "$err" "expired"

expect 0 audit-verify
contains "$out" "audit ok"
expect 0 audit-head
headjson="$out"
expect 0 audit-verify --expect-head "$headjson"
expect 0 --now-ms $((t0 + 31 * 24 * 3600 * 1000)) purge
contains "$out" "purged 2"
expect 0 audit-verify
sqlite3 "$db" "UPDATE audit SET detail='x' WHERE seq=3" 2>/dev/null && {
  expect 3 audit-verify
  contains "$err" "altered"
}
"$bin" review --db "$db" queue --as alice >/dev/null 2>"$dir/err"
[ $? = 1 ] || { echo "FAIL: opening an encrypted store without key" >&2; fails=$((fails + 1)); }

if [ "$fails" -ne 0 ]; then echo "test_review_cli: $fails failure(s)" >&2; exit 1; fi
echo "test_review_cli: ok"
