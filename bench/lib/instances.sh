# Sourced by the bench scripts: sandbox instances and a private PostgreSQL cluster, all stopped on exit.
# Needs WORK (a temporary folder, mode 755) and CLI (the built alipay-instore.dll) set by the caller.
PIDS=()
PG_BIN=$(compgen -G '/usr/lib/postgresql/*/bin' | sort -V | tail -1 || true)
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
bench_cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  [ -d "$WORK/pg/data" ] && as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo $((20000 + RANDOM % 40000)); }

# pg_start: a PostgreSQL cluster with durable defaults (fsync on, synchronous_commit on, as SQLite's synchronous=FULL)
# on a free loopback port; sets PG_PORT and PG (a connection string without database).
pg_start() {
  [ -n "$PG_BIN" ] || { echo "PostgreSQL binaries not found under /usr/lib/postgresql" >&2; exit 2; }
  mkdir -p "$WORK/pg"; [ "$(id -u)" -ne 0 ] || chown postgres:postgres "$WORK/pg"
  as_pg "$PG_BIN/initdb" -D "$WORK/pg/data" -A trust -U postgres >"$WORK/pg/initdb.log" 2>&1 || { cat "$WORK/pg/initdb.log" >&2; exit 1; }
  PG_PORT=$(free_port)
  as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -l "$WORK/pg/log" -w -t 180 start -o "-p $PG_PORT -k $WORK/pg -c listen_addresses=127.0.0.1 -c max_connections=300" >/dev/null \
    || { echo "PostgreSQL did not start:" >&2; cat "$WORK/pg/log" >&2; exit 1; }
  PG="Host=127.0.0.1;Port=$PG_PORT;Username=postgres"
}
pg_createdb() { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "CREATE DATABASE $1" >/dev/null; echo "$PG;Database=$1"; }

# start_instance NAME PORT [--db CS]: a sandbox process in $WORK/NAME; returns when it serves, its pid in INSTANCE_PID
# (`dotnet app.dll` runs the app in the dotnet process itself, so this is the gateway's pid).
start_instance() {
  local name=$1 port=$2; shift 2
  dotnet "$CLI" sandbox --data "$WORK/$name" --port "$port" "$@" >"$WORK/$name.log" 2>&1 &
  INSTANCE_PID=$!
  PIDS+=("$INSTANCE_PID")
  for _ in $(seq 1 120); do grep -q "Press Ctrl+C to stop." "$WORK/$name.log" 2>/dev/null && return 0; sleep 0.5; done
  cat "$WORK/$name.log" >&2; exit 1
}
