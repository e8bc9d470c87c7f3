#!/usr/bin/env bash
# Benchmark of the packaged app on this machine: wrk on loopback, 2 threads, 32 connections,
# 15 s a scenario (DURATION to change). Writes target/bench/report.md and target/bench/report.json.
#
#   bench/run.sh                 # build, then measure on the embedded PostgreSQL
#   SKIP_BUILD=1 bench/run.sh    # reuse target/quarkus-app
#   QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/bench QUARKUS_DATASOURCE_USERNAME=postgres \
#     QUARKUS_DATASOURCE_PASSWORD=x bench/run.sh   # on an external PostgreSQL
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-15}
PORT=${BENCH_PORT:-18080}
BASE="http://127.0.0.1:$PORT"
# health and metrics answer on the management interface, not on the site's port
MANAGEMENT="http://127.0.0.1:${BENCH_MANAGEMENT_PORT:-19000}"
export APP_MANAGEMENT_PORT=${BENCH_MANAGEMENT_PORT:-19000}
OUT=target/bench
mkdir -p "$OUT"

command -v wrk >/dev/null || { echo "wrk is missing: sudo apt-get install -y wrk" >&2; exit 1; }
if [ "${SKIP_BUILD:-0}" != "1" ]; then
  ./mvnw -B -q package -DskipTests
fi

export APP_EMBEDDED_DB_DIR=${APP_EMBEDDED_DB_DIR:-$PWD/$OUT/data}
export APP_EMBEDDED_DB_PORT=${APP_EMBEDDED_DB_PORT:-15499}
export QUARKUS_HTTP_PORT=$PORT
export APP_SECURE_COOKIES=false
export APP_SESSION_KEY=${APP_SESSION_KEY:-bench-only-session-key-0123456789abcdef}
JAVA_OPTS=${JAVA_OPTS:--Xmx192m -XX:+UseSerialGC -XX:TieredStopAtLevel=4 -Xshare:auto}

# the journey driver is a test class (it also drives the load tests); package compiles it. Its
# patients answer the app's example set, which the app's classes read with Jackson from lib/main.
journeys() { java -cp "target/test-classes:target/classes:target/quarkus-app/lib/main/*" org.ramsc.prescreen.load.Journeys "$@"; }

app_pid=""
stop_app() {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid"; wait "$app_pid" 2>/dev/null || true
  fi
  app_pid=""
}
trap stop_app EXIT

start_app() {
  local begin end
  begin=$(date +%s.%N)
  # shellcheck disable=SC2086
  java $JAVA_OPTS -jar target/quarkus-app/quarkus-run.jar >"$OUT/app.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 600); do
    if curl -fsS "$MANAGEMENT/q/health/ready" >/dev/null 2>&1; then
      end=$(date +%s.%N)
      ready_s=$(echo "$end - $begin" | bc)
      return 0
    fi
    kill -0 "$app_pid" 2>/dev/null || { echo "the app exited; see $OUT/app.log" >&2; exit 1; }
    sleep 0.05
  done
  echo "the app was not ready within 30 s" >&2; exit 1
}

# The first start may create the data directory; start-to-ready is measured on the second.
# (start_app runs in this shell, not in $(...), so that app_pid stays known here.)
ready_s=""
start_app
stop_app
start_app
echo "start to ready: ${ready_s}s"

# Warm up the JIT on every path before measuring. On 2 shared cores C2 needs well over a minute of
# mixed load before figures settle (WARMUP seconds a scenario, twice that for journeys).
WARMUP=${WARMUP:-10}
for round in 1 2; do
  wrk -t2 -c16 "-d${WARMUP}s" "$BASE/ping" >/dev/null
  wrk -t2 -c16 "-d${WARMUP}s" "$BASE/" >/dev/null
  wrk -t2 -c16 "-d${WARMUP}s" "$BASE/faq" >/dev/null
  wrk -t2 -c16 "-d${WARMUP}s" -s bench/evaluate.lua "$BASE/api/v1/evaluations" >/dev/null
  journeys "$BASE" 16 "$((WARMUP * 2))" >/dev/null
done

measure() { # name, url, [lua script that also reports]
  local script=${3:-bench/report.lua}
  wrk -t2 -c32 "-d${DURATION}s" -s "$script" "$2" >"$OUT/$1.txt"
  grep '^RESULT' "$OUT/$1.txt"
}
field() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p"; }

rss_peak() { awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$app_pid/status"; }

declare -A rps p50 p99
for scenario in ceiling:/ping landing:/ faq:/faq; do
  name=${scenario%%:*}; path=${scenario#*:}
  line=$(measure "$name" "$BASE$path")
  rps[$name]=$(echo "$line" | field rps); p50[$name]=$(echo "$line" | field p50_ms); p99[$name]=$(echo "$line" | field p99_ms)
  echo "$name: $line"
done
# the ceiling once more after the others, and the better of the two counts, so that no ratio is
# flattered by a ceiling measured while the JIT was still busy
line=$(measure ceiling-again "$BASE/ping")
again=$(echo "$line" | field rps)
echo "ceiling (again): $line"
if [ "$(echo "$again > ${rps[ceiling]}" | bc)" = 1 ]; then
  rps[ceiling]=$again; p50[ceiling]=$(echo "$line" | field p50_ms); p99[ceiling]=$(echo "$line" | field p99_ms)
fi
line=$(measure evaluate "$BASE/api/v1/evaluations" bench/evaluate.lua)
rps[evaluate]=$(echo "$line" | field rps); p50[evaluate]=$(echo "$line" | field p50_ms); p99[evaluate]=$(echo "$line" | field p99_ms)
echo "evaluate: $line"
line=$(journeys "$BASE" 32 "$DURATION" | grep '^RESULT')
rps[journeys]=$(echo "$line" | field journeys_per_s); p50[journeys]=$(echo "$line" | field p50_ms); p99[journeys]=$(echo "$line" | field p99_ms)
echo "journeys: $line"
rss_mb=$(rss_peak)

ratio() { echo "scale=2; $1 / ${rps[ceiling]}" | bc; }
{
  echo "# Benchmark report"
  echo
  echo "$(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, wrk -t2 -c32 -d${DURATION}s on loopback; app, PostgreSQL and load generator share the machine."
  echo "Database: ${QUARKUS_DATASOURCE_JDBC_URL:-embedded PostgreSQL 18 (fsync on)}"
  echo
  echo "| scenario | req/s | ratio to ceiling | p50 ms | p99 ms |"
  echo "|---|---:|---:|---:|---:|"
  for s in ceiling landing faq evaluate; do
    echo "| $s | ${rps[$s]} | $(ratio "${rps[$s]}") | ${p50[$s]} | ${p99[$s]} |"
  done
  echo "| journeys (completed per s; latency per request) | ${rps[journeys]} | n/a | ${p50[journeys]} | ${p99[journeys]} |"
  echo
  echo "Start to ready (existing data directory): ${ready_s} s. Peak RSS of the app JVM: ${rss_mb} MB."
} >"$OUT/report.md"
cat >"$OUT/report.json" <<JSON
{
  "ceiling_rps": ${rps[ceiling]},
  "landing_rps": ${rps[landing]},
  "faq_rps": ${rps[faq]},
  "evaluate_rps": ${rps[evaluate]},
  "journeys_per_s": ${rps[journeys]},
  "p99_ms": { "ceiling": ${p99[ceiling]}, "landing": ${p99[landing]}, "faq": ${p99[faq]}, "evaluate": ${p99[evaluate]}, "journeys": ${p99[journeys]} },
  "ready_s": ${ready_s},
  "rss_mb": ${rss_mb}
}
JSON
cat "$OUT/report.md"
