#!/usr/bin/env bash
# Pay requests per second in one sitting: SQLite (one instance), PostgreSQL with one and with two instances.
#   bench/measure-instances.sh [requests-per-load-process] [concurrency]     (defaults 2000 16)
# Starts its own PostgreSQL cluster (durable defaults: fsync on, synchronous_commit on, as SQLite's synchronous=FULL)
# on a free loopback port in a temporary folder, and stops everything on exit. Needs a built CLI:
#   dotnet build src/AlipayInStore.Cli -c Release
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-2000} C=${2:-16}
CLI=$PWD/src/AlipayInStore.Cli/bin/Release/net10.0/alipay-instore.dll
[ -f "$CLI" ] || { echo "Build the CLI first: dotnet build src/AlipayInStore.Cli -c Release" >&2; exit 2; }
PG_BIN=$(compgen -G '/usr/lib/postgresql/*/bin' | sort -V | tail -1)
WORK=$(mktemp -d /tmp/aig-measure.XXXXXX); chmod 755 "$WORK" # the postgres user must reach its folder inside
PIDS=()
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo $((20000 + RANDOM % 40000)); }

mkdir -p "$WORK/pg"; [ "$(id -u)" -ne 0 ] || chown postgres:postgres "$WORK/pg"
as_pg "$PG_BIN/initdb" -D "$WORK/pg/data" -A trust -U postgres >/dev/null
PG_PORT=$(free_port)
as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -l "$WORK/pg/log" -w start -o "-p $PG_PORT -k $WORK/pg -c listen_addresses=127.0.0.1 -c max_connections=300" >/dev/null
PG="Host=127.0.0.1;Port=$PG_PORT;Username=postgres"
createdb() { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "CREATE DATABASE $1" >/dev/null; echo "$PG;Database=$1"; }

# start_instance NAME PORT [--db CS]: a sandbox process; returns when it serves.
start_instance() {
  local name=$1 port=$2; shift 2
  dotnet "$CLI" sandbox --data "$WORK/$name" --port "$port" "$@" >"$WORK/$name.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 1 120); do grep -q "Press Ctrl+C to stop." "$WORK/$name.log" 2>/dev/null && return 0; sleep 0.5; done
  cat "$WORK/$name.log" >&2; exit 1
}
load() { dotnet "$CLI" load --profile "$WORK/$1/cli-profile.json" --requests "$N" --concurrency "$C"; }

echo "requests per load process: $N, concurrency: $C, cores: $(nproc), load average: $(cut -d' ' -f1-3 /proc/loadavg)"
start_instance sqlite "$(free_port)"
echo "SQLite, one instance:      $(load sqlite)"
start_instance pg1 "$(free_port)" --db "$(createdb one)"
echo "PostgreSQL, one instance:  $(load pg1)"
DB2=$(createdb two)
start_instance pg2a "$(free_port)" --db "$DB2"
mkdir -p "$WORK/pg2b"; cp -r "$WORK/pg2a/keys" "$WORK/pg2b/keys"
start_instance pg2b "$(free_port)" --db "$DB2"
started=$(date +%s.%N)
load pg2a >"$WORK/a.out" & a=$!
load pg2b >"$WORK/b.out" & b=$!
wait $a; wait $b
ended=$(date +%s.%N)
echo "PostgreSQL, two instances: A: $(cat "$WORK/a.out")"
echo "                           B: $(cat "$WORK/b.out")"
echo "PostgreSQL, two instances together: $(python3 -c "print(f'{2*$N/($ended-$started):.1f}')" 2>/dev/null || echo "?") pays/s ($((2*N)) pays, wall clock incl. both loads' warm-up)"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
