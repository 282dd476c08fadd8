#!/usr/bin/env bash
# CLI test of `abusemon tracker replay --fleet`: three replica processes replay one event log
# round-robin (--replica-index/--replica-count) against one redis-server with fleet detection and
# together raise the signals that one process raises alone, each once per fleet; --fleet errors.
# Usage: test_fleet_cli.sh path/to/abusemon. Fails (not skips) without redis-server.
set -u
bin="${1:?usage: $0 path/to/abusemon}"
dir="$(mktemp -d)"
. "$(dirname "${BASH_SOURCE[0]}")/redis_server.sh"
redis_pid=""
trap '[ -n "$redis_pid" ] && kill -9 "$redis_pid" 2>/dev/null; rm -rf "$dir"' EXIT
fails=0
fail() { echo "FAIL: $*" >&2; fails=$((fails + 1)); }

start_redis "$dir"

detectors='"horizons": ["1h", "24h", "30d"], "detectors": [
  {"name": "sev", "type": "severe", "category": "hate", "min_severity": "high"},
  {"name": "freq", "type": "frequency", "category": "violence", "horizon": "1h", "count": 6},
  {"name": "jb", "type": "jailbreak", "horizon": "1h", "count": 3, "scope": "user"}]'
echo "{$detectors}" >"$dir/local.json"
echo "{$detectors, \"fleet\": {\"port\": $port, \"key_prefix\": \"cli\", \"flush_interval\": \"20ms\",
  \"detection\": {\"shards\": 4, \"lease\": \"1s\"}}}" >"$dir/fleet.json"

t0=1764000000000
{
  for i in $(seq 0 29); do
    t=$((t0 + i * 1000))
    echo "{\"customer\": \"clean$((i % 4))\", \"user\": \"u\", \"time_ms\": $t, \"item_id\": $((100 + i))}"
    [ "$i" -lt 9 ] && echo "{\"customer\": \"freq\", \"time_ms\": $((t + 1)), \"severity\": {\"violence\": \"medium\"}, \"item_id\": $((200 + i))}"
    [ "$i" -lt 4 ] && echo "{\"customer\": \"jb\", \"user\": \"u1\", \"time_ms\": $((t + 2)), \"jailbreak\": true}"
    [ "$i" = 12 ] && echo "{\"customer\": \"sev\", \"time_ms\": $((t + 3)), \"severity\": {\"hate\": \"high\"}}"
  done
} >"$dir/events.jsonl"

keys() {  # detector/customer/user of each signal line, sorted
  python3 -c '
import json, sys
for line in sys.stdin:
    s = json.loads(line)
    if "detector" in s: print(s["detector"], s["customer"], s["user"] or "-", s.get("source", "local"))
' | sort
}

"$bin" tracker replay "$dir/events.jsonl" --config "$dir/local.json" >"$dir/alone" || fail "single replay"
keys <"$dir/alone" | awk '{print $1, $2, $3}' >"$dir/alone.keys"
[ "$(wc -l <"$dir/alone.keys")" = 3 ] || fail "expected 3 signals alone, got: $(cat "$dir/alone.keys")"

pids=()
# Like replicas behind a load balancer, all three are up before traffic flows: each reads the log
# from a pipe that starts after a pause, so its tracker (and its cursor on the fleet's signals
# stream) exists before any event is sent. A replica surfaces the fleet signals published while it
# runs; one started after a signal was published does not replay it. Each then waits for the
# fleet's signals after its own events are in Redis.
for i in 0 1 2; do
  { sleep 3; cat "$dir/events.jsonl"; } | "$bin" tracker replay - --config "$dir/fleet.json" --fleet \
    --replica-index "$i" --replica-count 3 --fleet-wait 8000 --stats >"$dir/r$i" 2>"$dir/r$i.err" &
  pids+=($!)
done
for i in 0 1 2; do wait "${pids[$i]}" || fail "replica $i exited non-zero: $(cat "$dir/r$i.err")"; done
for i in 0 1 2; do
  keys <"$dir/r$i" >"$dir/r$i.keys"
  awk '{print $1, $2, $3}' "$dir/r$i.keys" >"$dir/r$i.set"
  # Every replica surfaces the fleet's signals: those of one process alone, each once.
  diff -u "$dir/alone.keys" "$dir/r$i.set" >&2 || fail "replica $i signals differ from a single process"
  grep -qv ' fleet$' "$dir/r$i.keys" && fail "replica $i surfaced a non-fleet signal"
  tail -1 "$dir/r$i" | grep -q '"fleet_detecting":true' || fail "replica $i: fleet detection not running"
done
# The same signal has the same id on every replica.
for i in 0 1 2; do
  python3 -c 'import json,sys; print(sorted(json.loads(l)["id"] for l in open(sys.argv[1]) if "detector" in l))' "$dir/r$i"
done | sort -u | wc -l | grep -qx 1 || fail "signal ids differ between replicas"

# Errors: --fleet without a fleet section, a replica index out of range.
"$bin" tracker replay "$dir/events.jsonl" --config "$dir/local.json" --fleet >/dev/null 2>"$dir/err"
[ $? = 2 ] || fail "--fleet without fleet section should exit 2"
grep -q 'fleet' "$dir/err" || fail "error should name the fleet section: $(cat "$dir/err")"
"$bin" tracker replay "$dir/events.jsonl" --replica-index 3 --replica-count 3 >/dev/null 2>&1
[ $? = 2 ] || fail "--replica-index 3 of 3 should exit 2"

if [ "$fails" -ne 0 ]; then echo "$fails failure(s)" >&2; exit 1; fi
echo "fleet CLI: all checks passed"
