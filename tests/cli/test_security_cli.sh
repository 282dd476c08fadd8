#!/usr/bin/env bash
# CLI security regressions (issue #21), one block per class of defect found by an outside probe.
# Usage: test_security_cli.sh path/to/abusemon
set -u
bin="${1:?usage: $0 path/to/abusemon}"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
fails=0
fail() { echo "FAIL: $*" >&2; fails=$((fails + 1)); }
contains() {  # contains HAYSTACK NEEDLE
  case "$1" in *"$2"*) ;; *) fail "'$2' not in: $1" ;; esac
}
absent() {  # absent HAYSTACK NEEDLE
  case "$1" in *"$2"*) fail "'$2' unexpectedly in: $1" ;; *) ;; esac
}

# --- class 1: deep JSON nesting, duplicate keys, ids beyond 2^53 -------------------------------
python3 - "$dir/d.jsonl" <<'EOF'
import sys
n = 100000
with open(sys.argv[1], "w") as f:
    f.write('{"id":' + '[' * n + ']' * n + ',"text":"x"}\n')
    f.write('{"id":18446744073709551617,"text":"hello"}\n')
    f.write('{"id":18446744073709551616,"text":"hello"}\n')
    f.write('{"id":4,"text":"a","text":"b"}\n')
EOF
out="$("$bin" classify "$dir/d.jsonl" 2>"$dir/err")"
rc=$?
if [ "$rc" = 0 ]; then
  contains "$out" '"line":1,"error":"invalid JSON: nesting deeper than 64 levels"'
  contains "$out" '{"id":18446744073709551617,"line":2,'
  contains "$out" '{"id":18446744073709551616,"line":3,'
  contains "$out" '"line":4,"error":"invalid JSON: duplicate key \"text\""'
elif grep -qi "model" "$dir/err"; then
  echo "skip: classify needs the default model: $(cat "$dir/err")"
else
  fail "classify of deep JSON exited $rc: $(cat "$dir/err")"
fi

# --- class 2: the grant limit is the store's ----------------------------------------------------
db="$dir/g.db"
rv() { "$bin" review --db "$db" "$@"; }
rv principal-add alice --role reviewer --region eea >/dev/null || fail "principal-add"
rv principal-add mia --role manager --region eea >/dev/null || fail "principal-add"
rv --max-grant-hours 1e9 request --as alice --reason t --minutes 6e10 >/dev/null 2>&1 &&
  fail "--max-grant-hours 1e9 accepted"
rv --max-grant-hours 100 request --as alice --reason t --minutes 6000 >/dev/null 2>&1 &&
  fail "a later opener raised the store's grant limit"
contains "$(rv policy)" '{"max_grant_ms":28800000}'
contains "$(rv policy --set-max-grant-hours 1)" '{"max_grant_ms":3600000}'
rv request --as alice --reason t --minutes 61 >/dev/null 2>&1 && fail "61 minutes over a 1 h limit"
g="$(rv request --as alice --reason t --minutes 60)" || fail "request within the limit"
contains "$(rv approve --as mia "$g")" '"state":"active"'
contains "$(rv audit)" '"action":"policy"'

# --- class 4: terminal escapes in human-facing output -------------------------------------------
export ABUSEMON_ALLOW_TEST_CLOCK=1
db4="$dir/t.db"
rv4() { "$bin" review --db "$db4" "$@"; }
rv4 principal-add rita --role reviewer --region eea >/dev/null
rv4 principal-add max --role manager --region eea >/dev/null
item="$(printf 'I will kill you tonight\r\033[2Khave a nice day' |
  rv4 submit --customer "$(printf 'acme\033]0;owned\007')" --region eea --category violence \
    --confidence 0.9)" || fail "submit"
g4="$(rv4 request --as rita --reason case)"
rv4 approve --as max "$g4" >/dev/null || fail "approve"
rv4 show --as rita "$item" >"$dir/show" 2>&1 || fail "show"
rv4 queue --as rita >"$dir/queue" 2>&1 || fail "queue"
rv4 show --as "$(printf 'x\033[2Jy')" "$item" 2>"$dir/denied" && fail "unknown principal shown"
for f in show queue denied; do
  if LC_ALL=C grep -q "$(printf '[\001-\010\013-\037\177]')" "$dir/$f"; then
    fail "raw control characters in '$f' output: $(od -c "$dir/$f" | head -5)"
  fi
done
contains "$(cat "$dir/show")" 'I will kill you tonight\u000d\u001b[2Khave a nice day'
contains "$(cat "$dir/queue")" 'acme\u001b]0;owned\u0007'
contains "$(cat "$dir/denied")" "unknown principal 'x\u001b[2Jy'"
# JSON output stays valid JSON with the same meaning.
rv4 --json show --as rita "$item" | python3 -c '
import json, sys
j = json.loads(sys.stdin.read())
assert j["content"] == "I will kill you tonight\r\x1b[2Khave a nice day", j["content"]
' || fail "--json show does not round-trip the content"

# --- class 5 (enforcement): staff actions are checked against the principals; enforcement rows
# are on the chain --------------------------------------------------------------------------------
db5="$dir/e.db"
rv5() { "$bin" review --db "$db5" "$@"; }
en5() { "$bin" enforce --db "$db5" "$@"; }
rv5 principal-add rita --role reviewer --region eea >/dev/null
rv5 principal-add max --role manager --region eea >/dev/null
rv5 principal-add ben --role manager --region eea >/dev/null
rv5 principal-disable ben >/dev/null
printf 'csam' | rv5 --auto-confirm 0.5 submit --customer acme --user u1 --region eea \
  --category sexual_minors --confidence 0.9 >/dev/null || fail "submit"
en5 sync >"$dir/out" || fail "sync"
contains "$(cat "$dir/out")" '"to":"suspended"'
appeal5="$(en5 appeal acme --explanation "we fixed it")" || fail "appeal"
en5 reinstate acme --as acme --reason please >/dev/null 2>"$dir/err"
[ $? = 5 ] || fail "a customer id reinstated"
contains "$(cat "$dir/err")" "unknown principal 'acme'"
en5 reinstate acme --as ben --reason please >/dev/null 2>"$dir/err"
[ $? = 5 ] || fail "a disabled manager reinstated"
contains "$(cat "$dir/err")" "principal 'ben' is disabled"
en5 resolve-appeal "$appeal5" --as rita --grant --note ok >/dev/null 2>"$dir/err"
[ $? = 5 ] || fail "a reviewer granted an appeal"
contains "$(cat "$dir/err")" "'rita' is not a manager"
en5 unblock-user acme u1 --as acme --reason educated >/dev/null 2>"$dir/err"
[ $? = 5 ] || fail "a customer id unblocked an end user"
en5 status acme >"$dir/out"
contains "$(cat "$dir/out")" '"state":"suspended"'
rv5 audit >"$dir/out"
grep '"action":"reinstate"' "$dir/out" | grep '"outcome":"denied"' | grep -q '"actor":"acme"' ||
  fail "the refused reinstatement is not audited: $(cat "$dir/out")"
en5 resolve-appeal "$appeal5" --as max --grant --note verified >/dev/null || fail "manager refused"
rv5 audit-verify >/dev/null || fail "audit-verify after enforcement"
# Class 6 for enforcement: --now-ms only for tests, and a rewound clock does not rewind the chain.
env -u ABUSEMON_ALLOW_TEST_CLOCK "$bin" enforce --db "$db5" --now-ms 0 tick >/dev/null 2>&1
[ $? = 2 ] || fail "enforce --now-ms without ABUSEMON_ALLOW_TEST_CLOCK was not refused"
en5 --now-ms 0 contact acme abuse@acme.example >/dev/null || fail "contact"
rv5 audit >"$dir/out"
python3 - "$dir/out" <<'EOF' || fail "enforcement audit timestamps go back: $(tail -2 "$dir/out")"
import json, sys
recs = [json.loads(line) for line in open(sys.argv[1])]
ts = [r["ts_ms"] for r in recs]
assert recs[-1]["action"] == "contact" and ts == sorted(ts) and ts[-1] > 0, ts
EOF
rv5 audit-verify >/dev/null || fail "audit-verify after a rewound enforcement clock"
python3 - "$db5" <<'EOF'
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
con.execute("UPDATE enforcement_customers SET state = 3")
con.commit()
EOF
rv5 audit-verify >/dev/null 2>"$dir/err"
[ $? = 3 ] || fail "an edited standing passed audit-verify"
contains "$(cat "$dir/err")" "standing:acme"

# --- class 6: --now-ms is for tests and replays only ------------------------------------------
env -u ABUSEMON_ALLOW_TEST_CLOCK "$bin" review --db "$db4" --now-ms 0 show --as rita "$item" \
  >/dev/null 2>"$dir/err"
[ $? = 2 ] || fail "--now-ms without ABUSEMON_ALLOW_TEST_CLOCK was not refused"
contains "$(cat "$dir/err")" "ABUSEMON_ALLOW_TEST_CLOCK"

# --- class 8: invalid limits are usage errors -----------------------------------------------------
for v in -1 "" 18446744073709551616 1e3; do
  echo '{"text":"x"}' | "$bin" classify --max-text-bytes "$v" >/dev/null 2>"$dir/err"
  [ $? = 2 ] || fail "--max-text-bytes '$v' was accepted"
done

# --- class 10: FIFO/directory as --model, reserved principal names --------------------------------
mkfifo "$dir/fifo.gguf"
echo '{"text":"x"}' | timeout 20 "$bin" classify --model "$dir/fifo.gguf" >/dev/null 2>"$dir/err"
rc=$?
[ "$rc" = 3 ] || fail "a FIFO as --model exited $rc (want 3): $(cat "$dir/err")"
echo '{"text":"x"}' | timeout 20 "$bin" classify --model "$dir" >/dev/null 2>"$dir/err"
rc=$?
[ "$rc" = 3 ] || fail "a directory as --model exited $rc (want 3): $(cat "$dir/err")"
for name in admin auto system policy customer; do
  "$bin" review --db "$dir/p.db" principal-add "$name" --role manager --region eea \
    >/dev/null 2>&1 && fail "principal '$name' was registered"
done

if [ "$fails" != 0 ]; then
  echo "test_security_cli: $fails failure(s)" >&2
  exit 1
fi
echo "test_security_cli: ok"
