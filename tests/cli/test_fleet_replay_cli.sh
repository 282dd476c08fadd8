#!/usr/bin/env bash
# CLI test of `abusemon replay --replicas 3`: the abusive customers of the sample traffic, their
# requests spread round-robin over three replica processes that share one redis-server (fleet
# detection) and one store (PostgreSQL when ABUSEMON_TEST_POSTGRES_URL is set, else a SQLite
# file), are signalled, reviewed and suspended exactly as by one process replaying them alone;
# replay-merge gives the same result from the replicas run by hand; fleet option errors.
# Usage: test_fleet_replay_cli.sh path/to/abusemon. Fails (not skips) without redis-server; checks
# only the error paths without the default model.
set -u
bin="${1:?usage: $0 path/to/abusemon}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
sample="$here/../../examples/traffic/sample_traffic.jsonl"
dir="$(mktemp -d)"
. "$(dirname "${BASH_SOURCE[0]}")/redis_server.sh"
redis_pid=""
trap '[ -n "$redis_pid" ] && kill -9 "$redis_pid" 2>/dev/null; rm -rf "$dir"' EXIT
fails=0
fail() { echo "FAIL: $*" >&2; fails=$((fails + 1)); }

# The abusive customers (a burst, a severe customer with an end user, a low-severity drip,
# evasion) and a benign one; a shorter log for replay-merge. (Kept small: the replay is paced in
# real time, and a sanitizer build's pace is several times longer.)
pick() {
  python3 - "$sample" "$@" <<'PY'
import json, sys
keep = set(sys.argv[2:])
for line in open(sys.argv[1]):
    if line.strip() and json.loads(line)["customer"] in keep:
        sys.stdout.write(line)
PY
}
pick burst-co severe-ltd drip-llc evasive-inc cust-014 >"$dir/traffic.jsonl"
pick burst-co severe-ltd >"$dir/short.jsonl"

start_redis "$dir"
echo '{}' >"$dir/local.json"
echo "{\"fleet\": {\"port\": $port, \"key_prefix\": \"replaytest\", \"flush_interval\": \"10ms\",
  \"detection\": {\"shards\": 4, \"lease\": \"1s\"}}}" >"$dir/fleet.json"

# Fleet option errors (before any model is loaded).
"$bin" replay "$dir/traffic.jsonl" --replica-index 0 --replica-count 2 --db "$dir/x.db" \
  --tracker-config "$dir/local.json" >/dev/null 2>"$dir/err"
[ $? = 2 ] && grep -q "detection" "$dir/err" || fail "fleet replay without detection: $(cat "$dir/err")"
"$bin" replay "$dir/traffic.jsonl" --replica-index 2 --replica-count 2 --db "$dir/x.db" \
  --tracker-config "$dir/fleet.json" >/dev/null 2>"$dir/err"
[ $? = 2 ] || fail "replica index out of range accepted: $(cat "$dir/err")"
"$bin" replay "$dir/traffic.jsonl" --replica-index 0 --replica-count 2 \
  --tracker-config "$dir/fleet.json" >/dev/null 2>"$dir/err"
[ $? = 2 ] && grep -q "shared --db" "$dir/err" || fail "replicas without a shared store: $(cat "$dir/err")"
"$bin" replay "$dir/traffic.jsonl" --replicas 2 --replica-index 0 --replica-count 2 \
  --db "$dir/x.db" --tracker-config "$dir/fleet.json" >/dev/null 2>"$dir/err"
[ $? = 2 ] || fail "--replicas with --replica-index accepted"
echo '{"records": 1, "customers": []}' >"$dir/no-timeline.json"
"$bin" replay-merge "$dir/no-timeline.json" --db "$dir/x.db" >/dev/null 2>"$dir/err"
[ $? = 3 ] && grep -q "timeline" "$dir/err" || fail "merge without a timeline: $(cat "$dir/err")"

t0=$(date +%s%3N)
"$bin" replay "$dir/traffic.jsonl" --json --tracker-config "$dir/local.json" >"$dir/alone.json" \
  2>"$dir/err"
rc=$?
t1=$(date +%s%3N)
if [ $rc = 4 ] && grep -q "model" "$dir/err"; then
  echo "test_fleet_replay_cli: no model available; checked the error paths only"
  [ "$fails" = 0 ] && exit 0 || exit 1
fi
[ $rc = 0 ] || fail "single replay: $(cat "$dir/err")"

store() {  # a fresh store for one fleet run: a PostgreSQL schema, or a SQLite file
  if [ -n "${ABUSEMON_TEST_POSTGRES_URL:-}" ]; then
    echo "${ABUSEMON_TEST_POSTGRES_URL}?schema=fleet_replay_$1_$$"
  else
    echo "$dir/$1.db"
  fi
}
records="$(grep -c . "$dir/traffic.jsonl")"
# The replicas keep step with the traffic when a record (classified, its signals surfaced within
# the signal wait: 10 ms flush) fits in its slot. Sized on this machine's time per record alone
# (a sanitizer build is several times slower), with a wide margin for a loaded CI machine.
per_record=$(((t1 - t0) / records))
pace_ms=$((150 + 6 * per_record))
pace() { echo --fleet-pace "$pace_ms" --fleet-signal-wait 90 --fleet-settle 1500; }

compare() {  # what one process decided vs what the fleet decided
  python3 - "$1" "$2" "$3" <<'PY'
import collections, json, sys
alone = {c["customer"]: c for c in json.load(open(sys.argv[1]))["customers"]}
fleet = json.load(open(sys.argv[2]))
assert fleet["records"] == int(sys.argv[3]), (fleet["records"], sys.argv[3])
# Replicas that fell behind their slots were not in step: say so if the results differ.
late = fleet.get("late_records", 0)
if late:
    print(f"note: {late} records started after their slot", file=sys.stderr)
fleet = {c["customer"]: c for c in fleet["customers"]}
assert alone.keys() == fleet.keys(), (alone.keys(), fleet.keys())
for name, a in alone.items():
    f = fleet[name]
    # Signalled: the same detectors, each once per fleet.
    assert collections.Counter(a["signals"]) == collections.Counter(f["signals"]), (name, a, f)
    # Reviewed: the same texts flagged and confirmed.
    assert a["flagged"] == f["flagged"] and a["decisions"] == f["decisions"], (name, a, f)
    # Suspended (or warned, or left alone): the same transitions and notifications.
    for k in ("final_state", "transitions", "notifications", "requests", "refused"):
        assert a[k] == f[k], (name, k, a[k], f[k])
    users = lambda c: {u["user"]: (u["final_state"], u["transitions"], u["notices"]) for u in c["users"]}
    assert users(a) == users(f), (name, users(a), users(f))
# Not vacuous: fleet signals, a suspension, a warning, blocked end users.
assert fleet["severe-ltd"]["final_state"] == "suspended", fleet["severe-ltd"]
assert fleet["burst-co"]["signals"] and fleet["burst-co"]["final_state"] != "good_standing"
assert any(u["transitions"] for c in fleet.values() for u in c["users"]), fleet
PY
}
late_records() {
  python3 -c 'import json, sys; print(json.load(open(sys.argv[1])).get("late_records", 0))' "$1"
}
# One fleet run compared with one process: 0 = the same; 1 = it differs after a replica fell
# behind its slots (late records: the fleet was not in step, docs/FLEET.md); 2 = the run failed,
# or it differs although every record kept its slot.
in_step() {  # in_step RUN TRY ALONE RECORDS OUT
  "$1" "$2" || return 2
  compare "$3" "$5" "$4" && return 0
  [ "$(late_records "$5")" != 0 ] && return 1
  return 2
}
# On a loaded machine a replica can fall behind however wide the margin; such a run says nothing
# about the fleet, so it is repeated at twice the pace (three tries in all). A run in step that
# differs from one process fails at once.
until_in_step() {  # until_in_step RUN ALONE RECORDS OUT
  local try
  for try in 1 2 3; do
    in_step "$1" "$try" "$2" "$3" "$4"
    case $? in
      0) return 0 ;;
      2) return 1 ;;
    esac
    echo "note: $1 try $try fell behind its slots; again at $((pace_ms * 2)) ms a record" >&2
    pace_ms=$((pace_ms * 2))
  done
  return 1
}

driven_run() {  # the driver starts the three replicas
  rm -f "$dir/outbox.jsonl"
  "$bin" replay "$dir/traffic.jsonl" --json --replicas 3 --db "$(store "driven$1")" $(pace) \
    --tracker-config "$dir/fleet.json" --outbox "$dir/outbox.jsonl" >"$dir/fleet.json.out" \
    2>"$dir/err" || { echo "fleet replay: $(cat "$dir/err")" >&2; return 1; }
}
until_in_step driven_run "$dir/alone.json" "$records" "$dir/fleet.json.out" ||
  fail "the fleet decided otherwise than one process"
# The driver delivered each notification once.
python3 - "$dir/outbox.jsonl" "$dir/fleet.json.out" <<'PY' || fail "outbox after the fleet replay"
import json, sys
notes = [json.loads(l) for l in open(sys.argv[1])]
keys = [n["idempotency_key"] for n in notes]
assert len(keys) == len(set(keys)), "a notification delivered twice"
summary = json.load(open(sys.argv[2]))
assert len(notes) == sum(len(c["notifications"]) for c in summary["customers"]), len(notes)
PY

# Replicas run by hand (as on several hosts) on one start time, then replay-merge.
"$bin" replay "$dir/short.jsonl" --json --tracker-config "$dir/local.json" >"$dir/short-alone.json" \
  2>"$dir/err" || fail "single replay of the short log: $(cat "$dir/err")"
manual_run() {
  local db start pids=() i
  db="$(store "manual$1")"
  start=$(($(date +%s%3N) + 4000))
  for i in 0 1 2; do
    "$bin" replay "$dir/short.jsonl" --replica-index "$i" --replica-count 3 --db "$db" \
      --fleet-start "$start" --fleet-run "manual$$-$1" $(pace) --tracker-config "$dir/fleet.json" \
      >"$dir/r$i.json" 2>"$dir/r$i.err" &
    pids+=($!)
  done
  for i in 0 1 2; do
    wait "${pids[$i]}" || { echo "replica $i: $(cat "$dir/r$i.err")" >&2; return 1; }
  done
  "$bin" replay-merge "$dir/r0.json" "$dir/r1.json" "$dir/r2.json" --db "$db" --json \
    >"$dir/merged.json" 2>"$dir/err" || { echo "replay-merge: $(cat "$dir/err")" >&2; return 1; }
}
until_in_step manual_run "$dir/short-alone.json" "$(grep -c . "$dir/short.jsonl")" \
  "$dir/merged.json" || fail "replay-merge differs from one process"

[ "$fails" = 0 ] && echo "test_fleet_replay_cli: ok" && exit 0
exit 1
