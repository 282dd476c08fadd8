#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the backend tests (Debian's `postgresql` package).
#
#   eval "$(scripts/pg_cluster.sh start DIR)"   creates and starts a cluster under DIR and prints
#                                               `export ABUSEMON_TEST_POSTGRES_URL=...`
#   scripts/pg_cluster.sh stop DIR              stops it (the caller removes DIR)
#
# The server refuses to run as root: as root the cluster belongs to the unprivileged `postgres`
# user (created by the package), otherwise to the caller. It listens on a unix socket in DIR and
# on a free localhost port, with trust authentication for local connections only.
set -euo pipefail
cmd="${1:?start|stop}"
dir="${2:?cluster directory}"
bin="${ABUSEMON_PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)}"
[ -x "$bin/initdb" ] || { echo "PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 1; }
as=()
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  as=(runuser -u postgres --)
fi

case "$cmd" in
  start)
    mkdir -p "$dir"
    [ "${#as[@]}" -eq 0 ] || chown postgres "$dir"
    port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
    "${as[@]}" "$bin/initdb" -D "$dir/data" -U abusemon -A trust -E UTF8 --locale=C >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    # Fast: a test cluster needs no durability across crashes of the host. ABUSEMON_PG_DURABLE=1
    # keeps the server's defaults (fsync on), for benchmarks beside SQLite's synchronous=FULL.
    opts="-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200"
    [ "${ABUSEMON_PG_DURABLE:-0}" = 1 ] || opts+=" -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start -o "$opts" >/dev/null \
      || { cat "$dir/server.log" >&2; exit 1; }
    "${as[@]}" "$bin/createdb" -h "$dir" -p "$port" -U abusemon abusemon_test
    echo "export ABUSEMON_TEST_POSTGRES_URL='postgresql://abusemon@127.0.0.1:$port/abusemon_test'"
    ;;
  stop)
    [ -d "$dir/data" ] && "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    ;;
  *) echo "usage: $0 start|stop DIR" >&2; exit 2 ;;
esac
