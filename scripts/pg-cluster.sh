#!/usr/bin/env bash
# pg-cluster.sh start|stop DIR [--durable] — a throw-away PostgreSQL cluster for the tests.
#
#   start  makes a new cluster in DIR (removing an old one there), starts it listening only on a
#          Unix socket in DIR (no TCP port), and creates the database baton_test, owned by the
#          role baton. Tests reach it as postgresql://baton@/baton_test?host=DIR
#   stop   stops it at once and removes DIR.
#
# CTest runs both as the fixture of the PostgreSQL store tests (tests/CMakeLists.txt). The
# cluster trades durability for speed (fsync off): it is for tests only. --durable keeps
# PostgreSQL's own settings (fsync on), for measuring the journal (docs/PERFORMANCE.md). PostgreSQL refuses to
# run as root, so under root the cluster runs as the user "postgres" (or "nobody"). Without the
# server binaries (Debian: postgresql-15) start prints why and succeeds, and the tests skip.
set -euo pipefail

usage() { echo "usage: $0 start|stop DIR [--durable]" >&2; exit 2; }
[[ $# -eq 2 || ( $# -eq 3 && "$3" == --durable ) ]] || usage
action=$1
dir=$2
durable=${3:-}
[[ "$dir" == /* ]] || { echo "pg-cluster: DIR must be an absolute path" >&2; exit 2; }

bindir=""
for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V); do
  [[ -x "$d/initdb" && -x "$d/pg_ctl" ]] && bindir=$d
done

as=()
if [[ $(id -u) -eq 0 ]]; then
  if id postgres >/dev/null 2>&1; then user=postgres; else user=nobody; fi
  as=(runuser -u "$user" --)
fi

# Only a folder this script made (it holds the marker) is ever stopped or removed.
marker=.baton-pg-cluster
stop_cluster() {
  [[ -e "$dir" ]] || return 0
  if [[ ! -f "$dir/$marker" ]]; then
    echo "pg-cluster: $dir exists and was not made by pg-cluster.sh; not touching it" >&2
    exit 1
  fi
  if [[ -f "$dir/data/postmaster.pid" ]]; then
    [[ -z "$bindir" ]] || "${as[@]}" "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    # pg_ctl could not stop it (or is gone): the postmaster's pid is the file's first line.
    pid=$(head -n 1 "$dir/data/postmaster.pid" 2>/dev/null || true)
    if [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null; then
      kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  rm -rf "$dir"
}

case "$action" in
  start)
    if [[ -z "$bindir" ]]; then
      echo "pg-cluster: PostgreSQL's server binaries are not installed (Debian: postgresql-15); the PostgreSQL tests will skip"
      exit 0
    fi
    stop_cluster
    # A new folder, made here and now: if someone else made it meanwhile, stop rather than use it.
    if ! mkdir -m 700 "$dir"; then
      echo "pg-cluster: cannot make $dir" >&2
      exit 1
    fi
    touch "$dir/$marker"
    [[ ${#as[@]} -eq 0 ]] || chown "$user" "$dir"
    if ! "${as[@]}" "$bindir/initdb" -D "$dir/data" -U baton -A trust -E UTF8 --locale=C --no-sync --no-instructions >"$dir/initdb.log" 2>&1; then
      cat "$dir/initdb.log" >&2
      echo "pg-cluster: initdb failed" >&2
      exit 1
    fi
    opts="-k $dir -c listen_addresses='' -c max_connections=300"
    [[ -n "$durable" ]] || opts="$opts -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    if ! "${as[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -o "$opts" -w -t 60 start >/dev/null; then
      cat "$dir/server.log" >&2 || true
      echo "pg-cluster: the server did not start" >&2
      exit 1
    fi
    "${as[@]}" "$bindir/createdb" -h "$dir" -U baton baton_test
    echo "pg-cluster: postgresql://baton@/baton_test?host=$dir ($("$bindir/postgres" --version))"
    ;;
  stop)
    stop_cluster
    echo "pg-cluster: stopped and removed $dir"
    ;;
  *) usage ;;
esac
