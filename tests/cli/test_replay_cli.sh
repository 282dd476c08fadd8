#!/usr/bin/env bash
# CLI test of `abusemon replay`: bad input exit codes always; with the default model available,
# the sample traffic's abusive customers end suspended, benign ones in good standing, and the
# outbox holds their notifications without the traffic's texts.
# Usage: test_replay_cli.sh path/to/abusemon
set -u
bin="${1:?usage: $0 path/to/abusemon}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
sample="$here/../../examples/traffic/sample_traffic.jsonl"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
fails=0
fail() { echo "FAIL: $*" >&2; fails=$((fails + 1)); }

"$bin" replay "$dir/missing.jsonl" >/dev/null 2>"$dir/err"; [ $? = 4 ] || fail "missing file exit"
printf '{"time": 1, "customer": "c", "prompt": "p"}\nnot json\n' >"$dir/bad.jsonl"
"$bin" replay "$dir/bad.jsonl" >/dev/null 2>"$dir/err"; rc=$?
if [ $rc = 4 ]; then
  grep -q "model" "$dir/err" || fail "exit 4 without a model message: $(cat "$dir/err")"
  echo "test_replay_cli: no model available; checked the error paths only"
  [ "$fails" = 0 ] && exit 0 || exit 1
fi
[ $rc = 3 ] || fail "bad line exit $rc"
grep -q "line 2" "$dir/err" || fail "bad line not named: $(cat "$dir/err")"

"$bin" replay "$sample" --json --outbox "$dir/outbox.jsonl" --maildir "$dir/mail" \
  >"$dir/out.json" 2>"$dir/err" || fail "replay failed: $(cat "$dir/err")"
# The same notifications as e-mail messages in the Maildir, one per outbox line.
[ "$(ls "$dir/mail/new" | wc -l)" = "$(wc -l <"$dir/outbox.jsonl")" ] ||
  fail "maildir has $(ls "$dir/mail/new" | wc -l) messages, outbox $(wc -l <"$dir/outbox.jsonl")"
grep -q "^Message-ID: <" "$dir/mail/new/"* || fail "no Message-ID in the Maildir messages"
python3 - "$dir/out.json" "$dir/outbox.jsonl" "$sample" <<'PY' || fails=$((fails + 1))
import json, sys
summary = json.load(open(sys.argv[1]))
state = {c["customer"]: c for c in summary["customers"]}
assert summary["records"] == sum(1 for l in open(sys.argv[3]) if l.strip()), summary["records"]
users = {(c["customer"], u["user"]): u for c in state.values() for u in c["users"]}
# Customer-level action: severe abuse, many abusive end users, abuse without end-user ids.
for bad in ("severe-ltd", "chatapp"):
    assert state[bad]["final_state"] in ("suspended", "terminated"), (bad, state[bad])
    assert state[bad]["refused"] > 0, state[bad]
assert state["burst-co"]["final_state"] != "good_standing", state["burst-co"]
assert not state["burst-co"]["users"]
# One abusive end user of a large customer: that end user blocked, the customer served.
big = state["bigcorp"]
assert big["final_state"] == "good_standing" and big["transitions"] == [], big
assert users[("bigcorp", "u-bad")]["final_state"] == "blocked"
assert big["refused"] == users[("bigcorp", "u-bad")]["refused"] > 0, big
assert "user_notice" in big["notifications"]
# The low-severity drip: a recurring-pattern signal on the end user.
assert "recurring_user" in state["drip-llc"]["signals"], state["drip-llc"]
assert users[("drip-llc", "u-drip")]["transitions"][0] == "blocked"
benign = [c for c in state.values() if c["customer"].startswith("cust-")]
assert benign and all(c["final_state"] == "good_standing" for c in benign)
notes = [json.loads(l) for l in open(sys.argv[2])]
assert any(n["kind"] == "suspension" for n in notes)
prompts = {json.loads(l)["prompt"] for l in open(sys.argv[3]) if l.strip()}
bodies = " ".join(n["body"] for n in notes)
assert not any(p in bodies for p in prompts if len(p) > 20), "traffic text in a notification"
PY
head -n 3 "$sample" >"$dir/small.jsonl"
"$bin" replay "$dir/small.jsonl" --quiet >"$dir/table" 2>&1 || fail "table mode"
grep -q "3 records" "$dir/table" || fail "no summary line: $(cat "$dir/table")"
# The default output is a digest: a blocked end user's refusals are one line with a count.
"$bin" replay "$sample" >"$dir/digest" 2>&1 || fail "digest mode"
grep -q "more refused, not shown" "$dir/digest" || fail "no refusal count in the digest"
grep -q "^== end users acted on" "$dir/digest" || fail "no end-user table"
[ "$(grep -c "refused" "$dir/digest")" -lt 40 ] || fail "digest repeats refusals"

if [ "$fails" -ne 0 ]; then echo "test_replay_cli: $fails failure(s)" >&2; exit 1; fi
echo "test_replay_cli: ok"
