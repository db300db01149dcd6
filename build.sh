#!/usr/bin/env bash
# The project's one entry point for tests:  ./build.sh test
# Installs what the tests need (as root, with apt-get) or says exactly what is missing,
# builds with warnings as errors, runs every test project, and ends with "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD
RESULTS="$ROOT/artifacts/test-results"

# Debian packages the tests use, and a command (or file pattern) that proves each is there.
PACKAGES=(openssl:openssl openssh-server:/usr/sbin/sshd 'postgresql:/usr/lib/postgresql/*/bin/initdb' chromium:/usr/bin/chromium)

ensure_packages() {
  local missing=()
  for entry in "${PACKAGES[@]}"; do
    local pkg=${entry%%:*} probe=${entry#*:}
    command -v "$probe" >/dev/null 2>&1 || compgen -G "$probe" >/dev/null || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "Installing: ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "Missing Debian packages: ${missing[*]}" >&2
    echo "Install them with: sudo apt-get install -y ${missing[*]}" >&2
    exit 2
  fi
}

# A throw-away PostgreSQL cluster for the tests: its own folder, a free loopback port, stopped on exit even on failure.
# initdb refuses root, so as root it runs as the postgres system user in a folder that user owns.
PG_DIR=""
PG_BIN=""
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

stop_postgres() {
  [ -n "$PG_DIR" ] || return 0
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
  PG_DIR=""
}

start_postgres() {
  PG_BIN=$(compgen -G '/usr/lib/postgresql/*/bin' | sort -V | tail -1)
  [ -x "$PG_BIN/initdb" ] || { echo "PostgreSQL server binaries (initdb, pg_ctl) are missing: apt-get install postgresql" >&2; exit 2; }
  PG_DIR=$(mktemp -d /tmp/alipay-instore-pg.XXXXXX)
  trap stop_postgres EXIT
  [ "$(id -u)" -ne 0 ] || chown postgres:postgres "$PG_DIR"
  as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -A trust -U postgres >"$PG_DIR/initdb.log" 2>&1 \
    || { cat "$PG_DIR/initdb.log" >&2; echo "initdb failed" >&2; exit 2; }
  local port
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    port=$((20000 + RANDOM % 40000))
    if as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 start \
      -o "-p $port -k $PG_DIR -c listen_addresses=127.0.0.1 -c max_connections=400 -c fsync=off -c synchronous_commit=off" >/dev/null; then
      export ALIPAY_INSTORE_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Timeout=30;Command Timeout=120"
      echo "PostgreSQL test cluster on 127.0.0.1:$port ($PG_DIR)"
      return 0
    fi
  done
  cat "$PG_DIR/server.log" >&2
  echo "Could not start the PostgreSQL test cluster" >&2
  exit 2
}

count() { # sums one attribute of <Counters> over every trx file
  local attr=$1 total=0 n
  for f in "$RESULTS"/*.trx; do
    [ -e "$f" ] || continue
    n=$(grep -o "<Counters [^>]*" "$f" | grep -o " $attr=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0)
    total=$((total + ${n:-0}))
  done
  echo "$total"
}

run_tests() {
  command -v dotnet >/dev/null || { echo "The .NET SDK (dotnet) is missing: install .NET 10 SDK." >&2; exit 2; }
  ensure_packages
  rm -rf "$RESULTS"
  dotnet build AlipayInStore.slnx -c Release -nologo -v quiet
  start_postgres
  local status=0
  for proj in tests/*/*.Tests.csproj; do
    local name; name=$(basename "$proj" .csproj)
    # The gateway's storage, engine and notification tests run once per database provider.
    local providers=(default)
    [ "$name" = AlipayInStore.Gateway.Tests ] && providers=(sqlite postgres)
    for provider in "${providers[@]}"; do
      local trx=$name; [ "$provider" = default ] || trx="$name.$provider"
      echo "== $trx"
      ALIPAY_INSTORE_TEST_PROVIDER=$provider dotnet test "$proj" -c Release --no-build -nologo \
        --logger "trx;LogFileName=$trx.trx" --logger "console;verbosity=minimal" \
        --results-directory "$RESULTS" || status=1
    done
  done
  local passed failed skipped total
  passed=$(count passed); failed=$(count failed); total=$(count total)
  skipped=$((total - passed - failed))
  if [ "$total" -eq 0 ]; then echo "No test ran." >&2; status=1; fi
  if [ "$failed" -gt 0 ]; then status=1; fi
  if [ "$skipped" -gt 0 ]; then
    echo "$passed passed, $failed failed, $skipped skipped"
  else
    echo "$passed passed, $failed failed"
  fi
  return $status
}

case "${1:-}" in
  test) run_tests ;;
  build) dotnet build AlipayInStore.slnx -c Release -nologo ;;
  *) echo "usage: ./build.sh test | build" >&2; exit 2 ;;
esac
