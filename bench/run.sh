#!/usr/bin/env bash
# Benchmark of the packaged app on this machine: wrk on loopback, 2 threads, 32 connections,
# 15 s a scenario (DURATION to change). Writes target/bench/report.md and target/bench/report.json.
#
#   bench/run.sh                 # build, then measure on the embedded PostgreSQL
#   SKIP_BUILD=1 bench/run.sh    # reuse target/quarkus-app
#   QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/bench QUARKUS_DATASOURCE_USERNAME=postgres \
#     QUARKUS_DATASOURCE_PASSWORD=x bench/run.sh   # on an external PostgreSQL
#   bench/run.sh --instances 2   # journeys through nginx, one instance against two (bench/run-two.sh)
set -euo pipefail
cd "$(dirname "$0")/.."

case "${1:-}" in
  "") ;;
  --instances)
    case "${2:-}" in
      1) ;;
      2) exec bench/run-two.sh ;;
      *) echo "--instances takes 1 or 2" >&2; exit 2 ;;
    esac ;;
  *) echo "usage: bench/run.sh [--instances 1|2]" >&2; exit 2 ;;
esac

# shellcheck source=bench/lib.sh
source bench/lib.sh

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

bench_app_settings
app_pid=""
sampler_pid=""
trap stop_all EXIT

start_app() {
  local begin end
  begin=$(date +%s.%N)
  launch_app "$OUT/app.log"
  app_pid=$launched_pid
  await_ready "$app_pid" "$MANAGEMENT" "$OUT/app.log"
  end=$(date +%s.%N)
  ready_s=$(echo "$end - $begin" | bc)
}

# The first start may create the data directory; start-to-ready is measured on the second.
# (start_app runs in this shell, not in $(...), so that app_pid stays known here.)
ready_s=""
start_app
stop_pid "$app_pid"
start_app
echo "start to ready: ${ready_s}s"

# whose CPU time and memory are counted: the JVM, and PostgreSQL's postmaster with its children
APP_PIDS=$app_pid
DB_PID=$(db_postmaster_pid)
[ -n "$DB_PID" ] || echo "PostgreSQL is not on this machine: its CPU time and memory are not reported" >&2
sample_pss "$OUT/pss-peak" &
sampler_pid=$!

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

wrk_run() { # name, url, lua script that also reports
  wrk -t2 -c32 "-d${DURATION}s" -s "$3" "$2" | tee "$OUT/$1.txt"
}
measure() { # name, url, [lua script that also reports]
  costed wrk_run "$1" "$2" "${3:-bench/report.lua}"
}

declare -A rps p50 p99 cpu_app cpu_db
keep() { # scenario, RESULT line; the journeys' line names its rate journeys_per_s
  rps[$1]=$(echo "$2" | field "${3:-rps}")
  p50[$1]=$(echo "$2" | field p50_ms)
  p99[$1]=$(echo "$2" | field p99_ms)
  cpu_app[$1]=$(echo "$2" | field cpu_app_ms)
  cpu_db[$1]=$(echo "$2" | field cpu_db_ms)
}
for scenario in ceiling:/ping landing:/ faq:/faq; do
  name=${scenario%%:*}; path=${scenario#*:}
  line=$(measure "$name" "$BASE$path")
  keep "$name" "$line"
  echo "$name: $line"
done
# the ceiling once more after the others, and the better of the two counts, so that no ratio is
# flattered by a ceiling measured while the JIT was still busy
line=$(measure ceiling-again "$BASE/ping")
again=$(echo "$line" | field rps)
echo "ceiling (again): $line"
if [ "$(echo "$again > ${rps[ceiling]}" | bc)" = 1 ]; then
  keep ceiling "$line"
fi
line=$(measure evaluate "$BASE/api/v1/evaluations" bench/evaluate.lua)
keep evaluate "$line"
echo "evaluate: $line"
line=$(costed journeys "$BASE" 32 "$DURATION")
keep journeys "$line" journeys_per_s
echo "journeys: $line"

rss_mb=$(awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$app_pid/status")
stop_pid "$sampler_pid"
read -r pss_app_mb pss_all_mb <"$OUT/pss-peak"
[ -n "$DB_PID" ] || pss_all_mb=""

ratio() { echo "scale=2; $1 / ${rps[ceiling]}" | bc; }
{
  echo "# Benchmark report"
  echo
  echo "$(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, wrk -t2 -c32 -d${DURATION}s on loopback; app, PostgreSQL and load generator share the machine."
  echo "Database: ${QUARKUS_DATASOURCE_JDBC_URL:-embedded PostgreSQL 18 (fsync on)}"
  echo
  echo "| scenario | req/s | ratio to ceiling | p50 ms | p99 ms | CPU ms/req app | CPU ms/req PostgreSQL |"
  echo "|---|---:|---:|---:|---:|---:|---:|"
  for s in ceiling landing faq evaluate; do
    echo "| $s | ${rps[$s]} | $(ratio "${rps[$s]}") | ${p50[$s]} | ${p99[$s]} | ${cpu_app[$s]} | $(md_number "${cpu_db[$s]}") |"
  done
  echo "| journeys (completed per s; latency and CPU per request) | ${rps[journeys]} | n/a | ${p50[journeys]} | ${p99[journeys]} | ${cpu_app[journeys]} | $(md_number "${cpu_db[journeys]}") |"
  echo
  echo "CPU ms/req: user and system time of the app JVM, and of PostgreSQL's postmaster and all its processes"
  echo "(${QUARKUS_DATASOURCE_JDBC_URL:+the whole server, other clients included, }from /proc), while the scenario ran, divided by its requests."
  echo
  echo "Start to ready (existing data directory): ${ready_s} s. Peak RSS of the app JVM: ${rss_mb} MB."
  echo "Peak PSS (sampled each second from start to end): app ${pss_app_mb} MB, app and PostgreSQL $(md_number "$pss_all_mb") MB."
} >"$OUT/report.md"
cpu_json() { # scenario
  echo "{ \"app\": $(json_number "${cpu_app[$1]}"), \"db\": $(json_number "${cpu_db[$1]}") }"
}
cat >"$OUT/report.json" <<JSON
{
  "ceiling_rps": ${rps[ceiling]},
  "landing_rps": ${rps[landing]},
  "faq_rps": ${rps[faq]},
  "evaluate_rps": ${rps[evaluate]},
  "journeys_per_s": ${rps[journeys]},
  "p99_ms": { "ceiling": ${p99[ceiling]}, "landing": ${p99[landing]}, "faq": ${p99[faq]}, "evaluate": ${p99[evaluate]}, "journeys": ${p99[journeys]} },
  "cpu_ms_per_req": {
    "ceiling": $(cpu_json ceiling),
    "landing": $(cpu_json landing),
    "faq": $(cpu_json faq),
    "evaluate": $(cpu_json evaluate),
    "journeys": $(cpu_json journeys)
  },
  "ready_s": ${ready_s},
  "rss_mb": ${rss_mb},
  "pss_mb": { "app": ${pss_app_mb}, "app_and_db": $(json_number "$pss_all_mb") }
}
JSON
cat "$OUT/report.md"
