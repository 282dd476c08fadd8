# Sourced by the CLI tests that need Redis: start_redis DIR starts a private redis-server on a free
# loopback port (data and log in DIR) and sets $port and $redis_pid (the caller kills it on exit).
# Fails (exit 1, not a skip) when redis-server is not installed; ABUSEMON_REDIS_SERVER names
# another binary.
start_redis() {
  local server="${ABUSEMON_REDIS_SERVER:-$(command -v redis-server || echo /usr/bin/redis-server)}"
  if [ ! -x "$server" ]; then echo "FAIL: redis-server not installed (scripts/setup.sh)" >&2; exit 1; fi
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  "$server" --port "$port" --bind 127.0.0.1 --save '' --appendonly no --dir "$1" \
    --logfile "$1/redis.log" --daemonize no &
  redis_pid=$!
  disown "$redis_pid"
  for _ in $(seq 1 500); do
    python3 -c "import socket; socket.create_connection(('127.0.0.1', $port), 0.1)" 2>/dev/null && return
    sleep 0.02
  done
}
