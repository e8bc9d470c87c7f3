#!/usr/bin/env bash
# Start time and memory of the packaged app, without the whole benchmark (minutes, not seconds):
# starts the jar STARTS times (default 3) on an existing embedded-PostgreSQL data directory and
# reports each start to ready, with the CPU the JVM and its main thread used to get there; then
# puts LOAD seconds (default 30) of wrk on /, /faq and the evaluation API, and LOAD seconds of
# journeys, on it, and reports peak RSS of the JVM and peak PSS of the app and of the app with
# PostgreSQL (sampled each second). These are the figures bench/run.sh reports as ready_s, rss_mb
# and pss_mb, under a lighter load.
#
#   bench/start.sh                          # build (offline), then measure
#   SKIP_BUILD=1 LOAD=0 bench/start.sh      # start times only, on the jar already built
#   SKIP_BUILD=1 APP_CDS=0 bench/start.sh   # without the class-data archive
#   JAVA_OPTS='-Xmx160m ...' APP_DIR=/tmp/other-build JAVA=/usr/lib/jvm/.../bin/java bench/start.sh
#   NICE=-10 ...                            # as root: ahead of the other work on a shared machine
#   THREADS=1 ...                           # the CPU of each thread at ready (the JIT compilers')
#   AFTER='jcmd $app_pid VM.native_memory summary' ...  # run after the load, app still up
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
source bench/lib.sh

STARTS=${STARTS:-3}
LOAD=${LOAD:-30}
PORT=${BENCH_PORT:-18080}
BASE="http://127.0.0.1:$PORT"
MANAGEMENT="http://127.0.0.1:${BENCH_MANAGEMENT_PORT:-19000}"
export APP_MANAGEMENT_PORT=${BENCH_MANAGEMENT_PORT:-19000}
OUT=target/bench
mkdir -p "$OUT"

if [ -n "${NICE:-}" ]; then
  renice -n "$NICE" -p $$ >/dev/null
fi

if [ "${SKIP_BUILD:-0}" != "1" ]; then
  ./mvnw -B -q -o package -DskipTests
fi

bench_app_settings
app_pid=""
sampler_pid=""
trap stop_all EXIT

start_app() {
  local begin end
  begin=$(date +%s.%N)
  launch_app "$OUT/start.log"
  app_pid=$launched_pid
  await_ready "$app_pid" "$MANAGEMENT" "$OUT/start.log"
  end=$(date +%s.%N)
  ready_s=$(echo "$end - $begin" | bc)
  # CPU the JVM used to get there: on a shared machine a steadier figure than the wall clock
  cpu_s=$(awk -v t="$(cpu_ticks "$app_pid")" -v hz="$CLK_TCK" 'BEGIN { printf "%.2f", t / hz }')
  # and its main thread, which does the start itself (the rest is mostly the JIT compilers)
  # (the launcher runs main in a thread of its own, also named java)
  local task ticks=0 t
  for task in /proc/"$app_pid"/task/*; do
    [ "$(cat "$task/comm" 2>/dev/null)" = java ] || continue
    t=$(cpu_ticks "$app_pid/task/${task##*/}")
    ((t > ticks)) && ticks=$t
  done
  main_s=$(awk -v t="$ticks" -v hz="$CLK_TCK" 'BEGIN { printf "%.2f", t / hz }')
}

if [ ! -f "$APP_EMBEDDED_DB_DIR/PG_VERSION" ]; then
  start_app # creates the data directory and migrates; not counted
  stop_pid "$app_pid"
fi
times=()
cpus=()
for i in $(seq 1 "$STARTS"); do
  start_app
  # Quarkus's own line: "... started in 1.234s."
  quarkus_s=$(grep -o 'started in [0-9.]*s' "$OUT/start.log" | head -1 | grep -o '[0-9.]*' | head -1 || true)
  times+=("$ready_s")
  cpus+=("$cpu_s")
  echo "start $i: ready ${ready_s}s (Quarkus says ${quarkus_s:-?}s), JVM CPU ${cpu_s}s, main thread ${main_s}s"
  [ "$i" -lt "$STARTS" ] && stop_pid "$app_pid"
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
median_cpu=$(printf '%s\n' "${cpus[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
# THREADS=1: the CPU each live thread of the JVM used so far, by name (the JIT compilers' share)
if [ -n "${THREADS:-}" ]; then
  for task in /proc/"$app_pid"/task/*; do
    echo "$(sed 's/[0-9#-]*$//' "$task/comm") $(cpu_ticks "$app_pid/task/${task##*/}")"
  done | awk -v hz="$CLK_TCK" '{ t = $NF; $NF = ""; a[$0] += t } END { for (k in a) if (a[k] > 0) printf "%6.2f s %s\n", a[k] / hz, k }' | sort -rn
fi
echo "start to ready, median of $STARTS: ${median}s, JVM CPU ${median_cpu}s; load average $(cut -d' ' -f1 /proc/loadavg)"

APP_PIDS=$app_pid
DB_PID=$(db_postmaster_pid)
idle_rss=$(awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$app_pid/status")
echo "after start: app RSS ${idle_rss} MB, PSS app $(($(pss_kb "$app_pid") / 1024)) MB, PostgreSQL $(($(tree_pss_kb "$DB_PID") / 1024)) MB"

if [ "$LOAD" -gt 0 ]; then
  sample_pss "$OUT/start-pss-peak" &
  sampler_pid=$!
  # the benchmark's paths, a third of LOAD each, then LOAD seconds of journeys
  third=$(((LOAD + 2) / 3))
  wrk -t2 -c32 "-d${third}s" "$BASE/" >/dev/null
  wrk -t2 -c32 "-d${third}s" "$BASE/faq" >/dev/null
  wrk -t2 -c32 "-d${third}s" -s bench/evaluate.lua "$BASE/api/v1/evaluations" >/dev/null
  # with the CPU per request of the app and of PostgreSQL while they ran (cpu_app_ms, cpu_db_ms)
  echo "journeys: $(costed journeys "$BASE" 32 "$LOAD")"
  sleep 1.2
  stop_pid "$sampler_pid"
  sampler_pid=""
  read -r pss_app_mb pss_all_mb <"$OUT/start-pss-peak"
  rss_mb=$(awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$app_pid/status")
  echo "peak: app RSS ${rss_mb} MB, PSS app ${pss_app_mb} MB, app and PostgreSQL ${pss_all_mb} MB"
fi
if [ -n "${AFTER:-}" ]; then
  eval "$AFTER"
fi
