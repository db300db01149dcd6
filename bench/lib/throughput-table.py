"""Prints bench/throughput.sh's table from the load reports (JSON) it collected.

usage: throughput-table.py CEILING_PAYS_PER_S SIGN_MS ROWS_FILE
ROWS_FILE lines: label<TAB>kind (sqlite|pg)<TAB>concurrency<TAB>report.json[,report.json...]
Several reports on one line are instances run side by side: their pays are summed over the longest run.
"""
import json
import sys

ceiling, sign_ms, rows_file = float(sys.argv[1]), float(sys.argv[2]), sys.argv[3]
rows = []
for line in open(rows_file):
    label, kind, concurrency, files = line.rstrip("\n").split("\t")
    reports = [json.load(open(f)) for f in files.split(",")]
    pays = sum(r["requests"] for r in reports)
    seconds = max(float(r["elapsed"].split(":")[0]) * 3600 + float(r["elapsed"].split(":")[1]) * 60 + float(r["elapsed"].split(":")[2]) for r in reports)
    failures = {}
    for r in reports:
        for code, n in r["failuresByCode"].items():
            failures[code] = failures.get(code, 0) + n
    gateway = [r.get("gatewayCpuMs") for r in reports]
    rows.append({
        "label": label, "kind": kind, "concurrency": concurrency, "pays": pays, "rate": pays / seconds,
        "p50": max(r["p50"] for r in reports), "p99": max(r["p99"] for r in reports), "failures": failures,
        "gateway": sum(gateway) / pays if None not in gateway else None,
        "load": sum(r["cpuMs"] for r in reports) / pays,
        "warm": "+".join(str(r.get("warmupPays", "?")) + ("" if r.get("settled", True) else "*") for r in reports),
    })

best_sqlite = max((r["rate"] for r in rows if r["kind"] == "sqlite"), default=None)
header = f"{'setup':<28} {'conc':>5} {'pays':>6} {'fail':>5} {'pays/s':>8} {'ceiling':>8} {'vs SQLite':>9} {'p50 ms':>8} {'p99 ms':>8} {'gateway CPU/pay':>18} {'load CPU/pay':>16} {'warm-up':>12}"
print(header)
print("-" * len(header))
for r in rows:
    versus = f"{r['rate'] / best_sqlite:.2f}" if r["kind"] == "pg" and best_sqlite else ""
    gateway = f"{r['gateway']:.2f} ms {r['gateway'] / sign_ms:4.1f}x" if r["gateway"] is not None else "?"
    load = f"{r['load']:.2f} ms {r['load'] / sign_ms:4.1f}x"
    print(f"{r['label']:<28} {r['concurrency']:>5} {r['pays']:>6} {sum(r['failures'].values()):>5} {r['rate']:>8.1f} {r['rate'] / ceiling:>8.2f} {versus:>9} "
          f"{r['p50']:>8.2f} {r['p99']:>8.2f} {gateway:>18} {load:>16} {r['warm']:>12}")
for r in rows:
    if r["failures"]:
        print(f"failures of {r['label']} at {r['concurrency']}: " + ", ".join(f"{c} {n}" for c, n in r["failures"].items()))
print(f"ceiling {ceiling:.0f} pays/s (all cores' RSA2 signs/s / 2); one RSA2 signature {sign_ms:.3f} ms on one core; "
      "CPU per pay as ms and as a multiple of that signature; warm-up: pays sent before measuring (* the compiler was still busy)")
