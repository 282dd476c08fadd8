#!/usr/bin/env bash
# CLI test of `--db URL`: the whole review + enforcement workflow of test_enforce_cli.sh on a
# sqlite:/// URL and, when ABUSEMON_TEST_POSTGRES_URL is set, on PostgreSQL (a fresh schema).
# Without that URL the PostgreSQL run is skipped, unless ABUSEMON_REQUIRE_POSTGRES=1 (a failure).
# Usage: test_store_url_cli.sh path/to/abusemon
set -u
bin="${1:?usage: $0 path/to/abusemon}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
fails=0

ABUSEMON_CLI_STORE="sqlite://$dir/store.db" bash "$here/test_enforce_cli.sh" "$bin" ||
  { echo "FAIL: workflow on sqlite://" >&2; fails=$((fails + 1)); }
[ -f "$dir/store.db" ] || { echo "FAIL: sqlite:// URL did not create $dir/store.db" >&2; fails=$((fails + 1)); }

"$bin" review --db "mysql://x/y" queue --as alice >/dev/null 2>"$dir/err"
[ $? = 2 ] || { echo "FAIL: unsupported URL scheme not a usage error" >&2; fails=$((fails + 1)); }

pg="${ABUSEMON_TEST_POSTGRES_URL:-}"
if [ -n "$pg" ]; then
  case "$pg" in *\?*) sep='&' ;; *) sep='?' ;; esac
  ABUSEMON_CLI_STORE="${pg}${sep}schema=cli_$$_$RANDOM" bash "$here/test_enforce_cli.sh" "$bin" ||
    { echo "FAIL: workflow on PostgreSQL" >&2; fails=$((fails + 1)); }
elif [ "${ABUSEMON_REQUIRE_POSTGRES:-}" = 1 ]; then
  echo "FAIL: ABUSEMON_REQUIRE_POSTGRES=1 but ABUSEMON_TEST_POSTGRES_URL is not set" >&2
  fails=$((fails + 1))
else
  echo "ABUSEMON_TEST_POSTGRES_URL not set: PostgreSQL run skipped"
fi
[ "$fails" = 0 ] && echo "store URL CLI tests passed" || echo "$fails failure(s)"
[ "$fails" = 0 ]
