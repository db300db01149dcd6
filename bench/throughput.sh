#!/usr/bin/env bash
# Pays per second against this machine's physical limit, every figure measured in the same run (issue 17):
#   bench/throughput.sh [--quick] [--postgres]
#     --quick     a short smoke (300 pays per load, 1 s openssl runs) so a test or CI can check the script runs
#     --postgres  also PostgreSQL (or THROUGHPUT_POSTGRES=1): one instance, then two instances over one database,
#                 on a private cluster with durable defaults (bench/lib/instances.sh, as measure-instances.sh)
#   Environment: THROUGHPUT_REQUESTS (3000), THROUGHPUT_CONCURRENCY ("8 32 64"), THROUGHPUT_MERCHANTS (8),
#                THROUGHPUT_BUYERS (32), THROUGHPUT_PG_CONCURRENCY (32), THROUGHPUT_WARMUP (1000: pays each load sends before
#                it measures, then `load --settle` goes on warming in rounds until the .NET tiered compiler of the load and of
#                the gateway is idle: a fresh process re-compiles its hot methods for thousands of pays, and a server's figure
#                is its steady state; each row prints the warm-up pays it took)
# Ceiling: a pay costs one RSA2 signature by the till and one by the gateway (verifications are ~30x cheaper), so
# pays/s <= signs/s of `openssl speed -multi <cores> rsa2048` / 2. CPU per pay: utime+stime (/proc/<pid>/stat) of
# the gateway (load --gateway-pid) and of the load process over the measured run only (not the merchants' creation
# or the warm-up), divided by its pays, in ms and as a multiple of one signature on one core (openssl, single).
# Needs a Release build of the CLI (built here when missing). Stops everything it started on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
QUICK=0 POSTGRES=${THROUGHPUT_POSTGRES:-0}
for arg in "$@"; do
  case $arg in
    --quick) QUICK=1 ;;
    --postgres) POSTGRES=1 ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "bench/throughput.sh: unknown option '$arg' (--quick, --postgres)" >&2; exit 2 ;;
  esac
done
if [ "$QUICK" -eq 1 ]; then N=${THROUGHPUT_REQUESTS:-300} SECONDS_PER_SPEED=1 WARM=${THROUGHPUT_WARMUP:-20}; else N=${THROUGHPUT_REQUESTS:-3000} SECONDS_PER_SPEED=3 WARM=${THROUGHPUT_WARMUP:-1000}; fi
SETTLE=--settle; [ "$QUICK" -eq 1 ] && SETTLE=""
CONCURRENCIES=${THROUGHPUT_CONCURRENCY:-8 32 64} MERCHANTS=${THROUGHPUT_MERCHANTS:-8} BUYERS=${THROUGHPUT_BUYERS:-32} PG_C=${THROUGHPUT_PG_CONCURRENCY:-32}
CORES=$(nproc)
CLI=$PWD/src/AlipayInStore.Cli/bin/Release/net10.0/alipay-instore.dll
[ -f "$CLI" ] || dotnet build src/AlipayInStore.Cli -c Release -v q >&2
WORK=$(mktemp -d /tmp/aig-throughput.XXXXXX); chmod 755 "$WORK" # the postgres user must reach its folder inside
source bench/lib/instances.sh
trap bench_cleanup EXIT

signs_per_second() { openssl speed -seconds "$SECONDS_PER_SPEED" "$@" rsa2048 2>/dev/null | awk '/^rsa 2048 bits/ { print $6 }'; }
ALL=$(signs_per_second -multi "$CORES")
ONE=$(signs_per_second)
CEILING=$(python3 -c "print(f'{$ALL / 2:.1f}')")
SIGN_MS=$(python3 -c "print(f'{1000 / $ONE:.4f}')")
echo "openssl rsa2048: $ALL signs/s on $CORES cores, $ONE on one core ($SIGN_MS ms a signature); ceiling $CEILING pays/s"
echo "load: $N pays per run, $MERCHANTS merchants, $BUYERS buyers, warm-up $WARM; load average $(cut -d' ' -f1-3 /proc/loadavg)"

# load NAME CONCURRENCY GATEWAY_PID OUT: one load process against instance NAME; its JSON report in OUT.
load() {
  dotnet "$CLI" load --profile "$WORK/$1/cli-profile.json" --requests "$N" --concurrency "$2" --merchants "$MERCHANTS" --buyers "$BUYERS" \
    --warmup "$WARM" $SETTLE --gateway-pid "$3" --timeout 60 --json >"$4" 2>"$4.err" || true
  python3 -c "import json,sys; json.load(open(sys.argv[1]))" "$4" 2>/dev/null || { echo "load against $1 failed:" >&2; cat "$4" "$4.err" >&2; exit 1; }
}
ROWS=$WORK/rows.tsv; : >"$ROWS"

start_instance sqlite "$(free_port)"
for c in $CONCURRENCIES; do
  load sqlite "$c" "$INSTANCE_PID" "$WORK/sqlite-$c.json"
  printf 'SQLite, one instance\tsqlite\t%s\t%s\n' "$c" "$WORK/sqlite-$c.json" >>"$ROWS"
  echo "SQLite at $c: done"
done

if [ "$POSTGRES" = 1 ]; then
  pg_start
  start_instance pg1 "$(free_port)" --db "$(pg_createdb one)"
  load pg1 "$PG_C" "$INSTANCE_PID" "$WORK/pg1.json"
  printf 'PostgreSQL, one instance\tpg\t%s\t%s\n' "$PG_C" "$WORK/pg1.json" >>"$ROWS"
  DB2=$(pg_createdb two)
  start_instance pg2a "$(free_port)" --db "$DB2"; A=$INSTANCE_PID
  mkdir -p "$WORK/pg2b"; cp -r "$WORK/pg2a/keys" "$WORK/pg2b/keys"
  start_instance pg2b "$(free_port)" --db "$DB2"; B=$INSTANCE_PID
  load pg2a "$PG_C" "$A" "$WORK/pg2a.json" & a=$!
  load pg2b "$PG_C" "$B" "$WORK/pg2b.json" & b=$!
  wait $a; wait $b
  printf 'PostgreSQL, two instances\tpg\t%s\t%s\n' "$PG_C each" "$WORK/pg2a.json,$WORK/pg2b.json" >>"$ROWS"
  echo "PostgreSQL: done"
fi

echo
python3 bench/lib/throughput-table.py "$CEILING" "$SIGN_MS" "$ROWS"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
