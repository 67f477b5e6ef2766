# shellcheck shell=bash
# Services the tests need, sourced by .ci/run after `npm ci` (as root, under set -euo pipefail).
#
# PostgreSQL for @qingyuan/server: installs Debian's postgresql when no initdb is found, creates
# a throwaway cluster in a temporary directory (trust auth, loopback only, a free port),
# starts it with `pg_ctl -w start` and exports DATABASE_URL. Idempotent: does nothing when
# DATABASE_URL is already set. initdb refuses to run as root, so the cluster belongs to the
# `postgres` user (created when missing). The cluster is stopped when the shell exits.

_qy_find_initdb() {
  local candidate
  if candidate="$(command -v initdb 2>/dev/null)"; then
    readlink -f "$candidate"
    return 0
  fi
  for candidate in /usr/lib/postgresql/*/bin/initdb; do
    if [ -x "$candidate" ]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

_qy_start_postgres() {
  local initdb bindir dir port runas
  if ! initdb="$(_qy_find_initdb)"; then
    echo "ci-services: installing PostgreSQL"
    if [ "$(id -u)" = 0 ]; then
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    else
      sudo apt-get update -qq
      sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    fi
    initdb="$(_qy_find_initdb)"
  fi
  bindir="$(dirname "$initdb")"

  runas=()
  if [ "$(id -u)" = 0 ]; then
    if ! id postgres >/dev/null 2>&1; then
      useradd --system --no-create-home --shell /usr/sbin/nologin postgres
    fi
    runas=(runuser -u postgres --)
  fi

  dir="$(mktemp -d /tmp/qingyuan-pg.XXXXXX)"
  chmod 755 "$dir"
  [ "$(id -u)" = 0 ] && chown postgres "$dir"
  port="$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"

  "${runas[@]}" "$bindir/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --no-sync >/dev/null
  "${runas[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -s \
    -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$dir -c fsync=off -c max_connections=200" \
    start

  export QINGYUAN_PG_DIR="$dir" QINGYUAN_PG_BINDIR="$bindir"
  export DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres"
  echo "ci-services: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
}

_qy_stop_postgres() {
  if [ -n "${QINGYUAN_PG_DIR:-}" ] && [ -d "$QINGYUAN_PG_DIR/data" ]; then
    local runas=()
    [ "$(id -u)" = 0 ] && runas=(runuser -u postgres --)
    "${runas[@]}" "$QINGYUAN_PG_BINDIR/pg_ctl" -D "$QINGYUAN_PG_DIR/data" -m fast -s stop || true
    rm -rf "$QINGYUAN_PG_DIR"
  fi
}

if [ -z "${DATABASE_URL:-}" ]; then
  _qy_start_postgres
  if [ -z "$(trap -p EXIT)" ]; then
    trap _qy_stop_postgres EXIT
  fi
fi
