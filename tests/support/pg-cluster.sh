#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests of the PostgreSQL store.
#
#   pg-cluster.sh start DIR PORT   makes a new cluster for DIR (anything there
#                                  before is stopped and removed), starts it on
#                                  127.0.0.1:PORT and prints its URL
#   pg-cluster.sh stop DIR         stops it and removes DIR and the cluster
#
# The server runs as an unprivileged user: initdb and postgres refuse to run
# as root, so under root (CI) they run as the `postgres` system user that
# Debian's package creates (made here if it is missing); otherwise as the
# calling user. Its files (data, socket, log) live in a new folder under
# TMPDIR (or /tmp), which that user can reach wherever the build folder is;
# DIR holds the pgpass file and, in DIR/server, the name of that folder.
#
# Authentication: the tests connect over TCP on 127.0.0.1 as the user
# claimsmith_test with a password (scram-sha-256), not `trust`. The machine is
# shared: with trust any local user could connect to the cluster as any role,
# and the tests would not go through the password path that deployments use.
# The password is random per cluster and written to DIR/pgpass (mode 0600),
# which the tests name in PGPASSFILE, so it never appears on a command line
# or in the environment. The superuser is reached only over the Unix socket in
# the server folder with peer authentication (the server's own system user).
#
# The cluster runs without fsync: it holds nothing worth keeping, and the tests
# measure behaviour, not durability.
set -euo pipefail

usage() {
  echo "usage: $0 start DIR PORT | stop DIR" >&2
  exit 2
}

[ $# -ge 2 ] || usage
cmd=$1
dir=$2

user=claimsmith_test
database=claimsmith_test

bindir() {
  local d
  if command -v pg_config >/dev/null && [ -x "$(pg_config --bindir)/initdb" ]; then
    pg_config --bindir
    return
  fi
  # Debian keeps the server binaries out of PATH, one folder per major version.
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k4 -n -r); do
    if [ -x "$d/initdb" ]; then
      echo "$d"
      return
    fi
  done
  echo "pg-cluster: no PostgreSQL server binaries (initdb) found; run scripts/install-deps.sh" \
    "(Debian package postgresql)" >&2
  exit 1
}

# Runs a command as the cluster's system user.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u "$owner" -- "$@"
  else
    "$@"
  fi
}

if [ "$(id -u)" -eq 0 ]; then
  owner=postgres
  if ! id -u "$owner" >/dev/null 2>&1; then
    useradd --system --home-dir /nonexistent --no-create-home --shell /usr/sbin/nologin "$owner"
  fi
else
  owner=$(id -un)
fi

stop_cluster() {
  local bin srv
  if [ -f "$dir/server" ]; then
    srv=$(cat "$dir/server")
    case $srv in
    */claimsmith-pg.*)
      if [ -f "$srv/data/postmaster.pid" ]; then
        bin=$(bindir)
        as_owner "$bin/pg_ctl" -D "$srv/data" -m immediate -w stop >/dev/null 2>&1 || true
      fi
      rm -rf "$srv"
      ;;
    esac
  fi
  rm -rf "$dir"
}

case $cmd in
start)
  [ $# -eq 3 ] || usage
  port=$3
  bin=$(bindir)
  stop_cluster
  mkdir -p "$dir"
  chmod 0700 "$dir"
  srv=$(mktemp -d "${TMPDIR:-/tmp}/claimsmith-pg.XXXXXX")
  printf '%s\n' "$srv" >"$dir/server"
  chmod 0711 "$srv"
  mkdir -p "$srv/data" "$srv/run"
  if [ "$(id -u)" -eq 0 ]; then
    chown "$owner" "$srv/data" "$srv/run"
    if ! runuser -u "$owner" -- test -w "$srv/run"; then
      echo "pg-cluster: the user $owner cannot reach $srv; set TMPDIR to a folder it can enter" >&2
      exit 1
    fi
  fi
  chmod 0700 "$srv/data" "$srv/run"

  password=$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n')
  pwfile=$(mktemp "$srv/run/pw.XXXXXX")
  printf '%s\n' "$password" >"$pwfile"
  [ "$(id -u)" -ne 0 ] || chown "$owner" "$pwfile"
  chmod 0600 "$pwfile"

  if ! as_owner "$bin/initdb" -D "$srv/data" --auth-local=peer --auth-host=scram-sha-256 \
    --encoding=UTF8 --locale=C.UTF-8 --no-sync >"$srv/initdb.log" 2>&1; then
    echo "pg-cluster: initdb failed:" >&2
    cat "$srv/initdb.log" >&2
    exit 1
  fi
  cat >>"$srv/data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$srv/run'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
log_min_messages = warning
EOF
  if ! as_owner "$bin/pg_ctl" -D "$srv/data" -l "$srv/run/postgres.log" -w -t 30 start \
    >/dev/null 2>&1; then
    echo "pg-cluster: the server did not start on 127.0.0.1:$port:" >&2
    tail -n 20 "$srv/run/postgres.log" >&2 || true
    if grep -q 'could not bind\|Address already in use' "$srv/run/postgres.log" 2>/dev/null; then
      echo "pg-cluster: port $port is taken; configure with -DCLAIMSMITH_TEST_PG_PORT=<free port>" >&2
    fi
    exit 1
  fi
  # The password goes to psql through a file that only the server's user
  # reads (psql's \set reads it; it is never an argument).
  if ! as_owner "$bin/psql" -h "$srv/run" -p "$port" -d postgres -v ON_ERROR_STOP=1 -q \
    -v pwfile="$pwfile" >"$srv/psql.log" 2>&1 <<EOF; then
\set pw \`cat :'pwfile'\`
CREATE ROLE $user LOGIN CREATEDB PASSWORD :'pw';
CREATE DATABASE $database OWNER $user;
EOF
    echo "pg-cluster: cannot create the test user and database:" >&2
    cat "$srv/psql.log" >&2
    exit 1
  fi
  rm -f "$pwfile"
  umask 077
  printf '127.0.0.1:%s:*:%s:%s\n' "$port" "$user" "$password" >"$dir/pgpass"
  chmod 0600 "$dir/pgpass"
  echo "postgresql://$user@127.0.0.1:$port/$database"
  ;;
stop)
  stop_cluster
  ;;
*)
  usage
  ;;
esac
