#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on 127.0.0.1 for the tests, run as an unprivileged user.
#   cluster.sh start <dir> <port>   initdb (if needed) + start; prints the superuser URL
#   cluster.sh stop <dir> [mode]    pg_ctl stop (mode: fast | immediate)
#   cluster.sh kill <dir>           stop -m immediate (a crash, for the fault tests)
# initdb refuses to run as root, so as root the cluster belongs to the 'postgres' user that
# Debian's package creates (or 'nobody' where it is missing).
set -euo pipefail

cmd=${1:?usage: cluster.sh start|stop|kill <dir> [port]}
dir=${2:?data folder}
bin=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
[ -x "$bin/pg_ctl" ] || { echo "cluster.sh: PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 3; }

owner=$(id -un)
as_owner() { "$@"; }
if [ "$(id -u)" -eq 0 ]; then
  owner=postgres
  id -u "$owner" >/dev/null 2>&1 || owner=nobody
  as_owner() { runuser -u "$owner" -- "$@"; }
fi

password=madoguchi-test
case "$cmd" in
  start)
    port=${3:?port}
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown "$owner" "$dir"
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      printf '%s\n' "$password" > "$dir/pwfile"
      [ "$(id -u)" -eq 0 ] && chown "$owner" "$dir/pwfile"
      as_owner "$bin/initdb" -D "$dir/data" -U madoguchi --pwfile="$dir/pwfile" --auth=scram-sha-256 \
        -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
      rm -f "$dir/pwfile"
    fi
    # fsync off: a throwaway cluster on a shared CI disk. Commits stay synchronous, so a killed
    # server (the fault tests) still keeps every acknowledged transaction in the OS cache.
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c full_page_writes=off -c max_connections=300" start \
      >>"$dir/pg_ctl.log" 2>&1 || { cat "$dir/pg_ctl.log" "$dir/server.log" >&2; exit 1; }
    echo "postgres://madoguchi:$password@127.0.0.1:$port/postgres"
    ;;
  stop) as_owner "$bin/pg_ctl" -D "$dir/data" -m "${3:-fast}" -w stop >>"$dir/pg_ctl.log" 2>&1 ;;
  kill) as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >>"$dir/pg_ctl.log" 2>&1 ;;
  *) echo "cluster.sh: unknown command $cmd" >&2; exit 2 ;;
esac
