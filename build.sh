#!/usr/bin/env bash
# The project's one entry point for tests:  ./build.sh test
# Installs what the tests need (as root, with apt-get) or says exactly what is missing,
# builds with warnings as errors, runs every test project, and ends with "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD
RESULTS="$ROOT/artifacts/test-results"

# Debian packages the tests use, and a command that proves each is there.
PACKAGES=(openssl:openssl chromium:/usr/bin/chromium)

ensure_packages() {
  local missing=()
  for entry in "${PACKAGES[@]}"; do
    local pkg=${entry%%:*} probe=${entry#*:}
    command -v "$probe" >/dev/null 2>&1 || [ -x "$probe" ] || missing+=("$pkg")
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
  local status=0
  for proj in tests/*/*.Tests.csproj; do
    local name; name=$(basename "$proj" .csproj)
    dotnet test "$proj" -c Release --no-build -nologo \
      --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" \
      --results-directory "$RESULTS" || status=1
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
