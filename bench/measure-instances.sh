#!/usr/bin/env bash
# Pay requests per second in one sitting: SQLite (one instance), PostgreSQL with one and with two instances.
#   bench/measure-instances.sh [requests-per-load-process] [concurrency]     (defaults 2000 16)
# Starts its own PostgreSQL cluster (durable defaults: fsync on, synchronous_commit on, as SQLite's synchronous=FULL)
# on a free loopback port in a temporary folder, and stops everything on exit. Needs a built CLI:
#   dotnet build src/AlipayInStore.Cli -c Release
# bench/throughput.sh measures the same against the signing ceiling, with CPU per pay.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-2000} C=${2:-16}
CLI=$PWD/src/AlipayInStore.Cli/bin/Release/net10.0/alipay-instore.dll
[ -f "$CLI" ] || { echo "Build the CLI first: dotnet build src/AlipayInStore.Cli -c Release" >&2; exit 2; }
WORK=$(mktemp -d /tmp/aig-measure.XXXXXX); chmod 755 "$WORK" # the postgres user must reach its folder inside
source bench/lib/instances.sh
trap bench_cleanup EXIT
pg_start

load() { dotnet "$CLI" load --profile "$WORK/$1/cli-profile.json" --requests "$N" --concurrency "$C"; }

echo "requests per load process: $N, concurrency: $C, cores: $(nproc), load average: $(cut -d' ' -f1-3 /proc/loadavg)"
start_instance sqlite "$(free_port)"
echo "SQLite, one instance:      $(load sqlite)"
start_instance pg1 "$(free_port)" --db "$(pg_createdb one)"
echo "PostgreSQL, one instance:  $(load pg1)"
DB2=$(pg_createdb two)
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
