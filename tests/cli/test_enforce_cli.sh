#!/usr/bin/env bash
# CLI test of `abusemon enforce`: decisions from `abusemon review` drive warning -> suspension,
# the gate's exit code, appeals, reinstatement, termination and JSONL delivery.
# Usage: test_enforce_cli.sh path/to/abusemon
set -u
# These tests run on an injected clock (--now-ms), which the CLI accepts only for tests.
export ABUSEMON_ALLOW_TEST_CLOCK=1
bin="${1:?usage: $0 path/to/abusemon}"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
# The store: a file here, or the location test_store_url_cli.sh runs this workflow on.
db="${ABUSEMON_CLI_STORE:-$dir/store.db}"
fails=0
t0=1764000000000
day=86400000

run() {  # run WANT_EXIT ARGS...: keeps stdout/stderr in $out/$err
  local want="$1"; shift
  "$bin" "$@" >"$dir/out" 2>"$dir/err"
  local got=$?
  out="$(cat "$dir/out")"; err="$(cat "$dir/err")"
  if [ "$got" != "$want" ]; then
    echo "FAIL: $* -> exit $got, want $want; stderr: $err" >&2
    fails=$((fails + 1))
  fi
}
contains() {
  case "$1" in *"$2"*) ;; *) echo "FAIL: '$2' not in: $1" >&2; fails=$((fails + 1)) ;; esac
}
lacks() {
  case "$1" in *"$2"*) echo "FAIL: '$2' unexpectedly in: $1" >&2; fails=$((fails + 1)) ;; esac
}
confirm() {  # confirm TIME CUSTOMER CATEGORY [USER]: submit + grant + confirm one item at TIME
  local t="$1" c="$2" cat="$3" user=()
  [ -n "${4:-}" ] && user=(--user "$4")
  run 0 review --db "$db" --now-ms "$t" submit --customer "$c" --region eea --category "$cat" \
    --confidence 0.7 --text "SECRET text" "${user[@]}"
  local item="$out"
  run 0 review --db "$db" --now-ms "$t" request --as alice --reason case
  run 0 review --db "$db" --now-ms "$t" approve --as mia "$out"
  run 0 review --db "$db" --now-ms "$t" decide --as alice "$item" confirm --reason yes
}

run 0 review --db "$db" --now-ms $t0 principal-add alice --role reviewer --region eea
run 0 review --db "$db" --now-ms $t0 principal-add mia --role manager --region eea
run 0 enforce --db "$db" --now-ms $t0 contact acme abuse@acme.example

confirm $t0 acme harassment
run 0 enforce --db "$db" --now-ms $t0 sync
contains "$out" '"to":"warned"'
run 0 enforce --db "$db" --now-ms $t0 gate acme
contains "$out" '"state":"warned"'
run 0 enforce --db "$db" --now-ms $t0 sync
[ -z "$out" ] || { echo "FAIL: second sync not empty: $out" >&2; fails=$((fails + 1)); }

confirm $((t0 + 2 * day)) acme hate   # another episode during remediation
run 0 enforce --db "$db" --now-ms $((t0 + 2 * day)) sync
contains "$out" '"to":"suspended"'
run 5 enforce --db "$db" gate acme
contains "$err" "abusemon: error: customer 'acme' is suspended"

run 4 enforce --db "$db" resolve-appeal 99 --as mia --deny --note x
run 0 enforce --db "$db" --now-ms $((t0 + 2 * day)) appeal acme --explanation "we added an input filter"
appeal="$out"
run 2 enforce --db "$db" resolve-appeal "$appeal" --as mia --note "no flag"
run 0 enforce --db "$db" --now-ms $((t0 + 2 * day)) resolve-appeal "$appeal" --as mia --deny --note "abuse was real"
contains "$out" '"status":"denied"'
run 0 enforce --db "$db" --now-ms $((t0 + 3 * day)) reinstate acme --as mia --reason "filter verified"
contains "$out" '"to":"good_standing"'
run 0 enforce --db "$db" gate acme
run 1 enforce --db "$db" reinstate acme --as mia --reason again

confirm $((t0 + 4 * day)) acme sexual_minors   # severe, and the second suspension: terminated
run 0 enforce --db "$db" --now-ms $((t0 + 4 * day)) sync
contains "$out" '"to":"terminated"'
run 0 enforce --db "$db" history acme
[ "$(printf '%s\n' "$out" | wc -l)" = 4 ] || { echo "FAIL: history: $out" >&2; fails=$((fails + 1)); }

run 2 enforce --db "$db" deliver
run 2 enforce --db "$db" deliver --outbox "$dir/x.jsonl" --maildir "$dir/mail"
run 0 enforce --db "$db" deliver --maildir "$dir/mail" --from ts@provider.example --max 2
contains "$out" "delivered 2"
[ "$(ls "$dir/mail/new" | wc -l)" = 2 ] || { echo "FAIL: maildir: $(ls -R "$dir/mail")" >&2; fails=$((fails + 1)); }
[ -z "$(ls "$dir/mail/tmp")" ] || { echo "FAIL: left in tmp/" >&2; fails=$((fails + 1)); }
msg="$(cat "$dir/mail/new/"*)"
contains "$msg" "From: ts@provider.example"
contains "$msg" "To: abuse@acme.example"
contains "$msg" "@provider.example>"
contains "$msg" "Message-ID: <"
lacks "$msg" "SECRET"
run 0 enforce --db "$db" deliver --outbox "$dir/outbox.jsonl"
contains "$out" "delivered 4"
contains "$(head -1 "$dir/outbox.jsonl")" '"to":"abuse@acme.example"'
case "$(cat "$dir/outbox.jsonl")" in *SECRET*) echo "FAIL: content in a notification" >&2; fails=$((fails + 1)) ;; esac
run 0 enforce --db "$db" outbox --pending
[ -z "$out" ] || { echo "FAIL: pending after delivery: $out" >&2; fails=$((fails + 1)); }

# End users: the first finding of an end user blocks that end user; the customer is served.
confirm $t0 bigcorp violence u-bad
run 0 enforce --db "$db" --now-ms $t0 sync
contains "$out" '"user":"u-bad"'
contains "$out" '"to":"blocked"'
lacks "$out" '"to":"warned"'
run 5 enforce --db "$db" --now-ms $t0 gate bigcorp --user u-bad
contains "$err" "end user 'u-bad'"
run 0 enforce --db "$db" --now-ms $t0 gate bigcorp --user u-ok
run 0 enforce --db "$db" --now-ms $t0 gate bigcorp
contains "$out" '"state":"good_standing"'
run 0 enforce --db "$db" users bigcorp
contains "$out" '"state":"blocked"'
run 0 enforce --db "$db" --now-ms $t0 unblock-user bigcorp u-bad --as alice --reason "user banned"
contains "$out" '"to":"good_standing"'
run 1 enforce --db "$db" --now-ms $t0 unblock-user bigcorp u-bad --as alice --reason again
run 0 review --db "$db" audit
contains "$out" 'enforce_user'

echo '{"remediation_days": 0}' >"$dir/bad.json"
run 3 enforce --db "$db" --policy "$dir/bad.json" status
run 0 enforce --db "$db" policy
contains "$out" '"terminate_after_suspensions": 2'

if [ "$fails" -ne 0 ]; then echo "test_enforce_cli: $fails failure(s)" >&2; exit 1; fi
echo "test_enforce_cli: ok"
