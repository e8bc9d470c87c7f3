#!/usr/bin/env bash
# What a second instance buys on this machine: the journey scenario through nginx (docker/nginx.conf)
# in front of one instance, then of two, both on the same external PostgreSQL, in the same run.
# Writes target/bench/two-instances.md and target/bench/two-instances.json.
#
#   bench/run.sh --instances 2                            # the same as bench/run-two.sh
#   SKIP_BUILD=1 DURATION=5 WARMUP=3 bench/run-two.sh     # a quick look
#
# PostgreSQL: BENCH_PG_HOST (127.0.0.1), BENCH_PG_PORT (5432), BENCH_PG_USER (postgres) and, if it
# asks for one, PGPASSWORD. The database bench_two is dropped and created afresh on every run.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
source bench/lib.sh

DURATION=${DURATION:-15}
WARMUP=${WARMUP:-10}
# one and two instances are measured in turn, ROUNDS times each, and the better round of each
# counts: on a shared machine a single pair of figures says more about the neighbours than the app
ROUNDS=${ROUNDS:-2}
PATIENTS=32
PG_HOST=${BENCH_PG_HOST:-127.0.0.1}
PG_PORT=${BENCH_PG_PORT:-5432}
PG_USER=${BENCH_PG_USER:-postgres}
DATABASE=bench_two
NGINX=${NGINX:-/usr/sbin/nginx}
OUT=target/bench
WORK=$OUT/two
mkdir -p "$WORK"

[ -x "$NGINX" ] || { echo "$NGINX is missing: sudo apt-get install -y nginx" >&2; exit 1; }
command -v psql >/dev/null || { echo "psql is missing: sudo apt-get install -y postgresql-client" >&2; exit 1; }
if [ "${SKIP_BUILD:-0}" != "1" ]; then
  ./mvnw -B -q package -DskipTests
fi

psql_admin() { PGOPTIONS="-c client_min_messages=warning" psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
# FORCE: a run that was interrupted may have left instances' connections behind
psql_admin -c "DROP DATABASE IF EXISTS $DATABASE WITH (FORCE)" -c "CREATE DATABASE $DATABASE"
pg_version=$(psql_admin -c "SHOW server_version")
pg_version=${pg_version%% *}

instance_pids=()
instance_ports=()
instance_management=()
proxy_pid=""
sampler_pid=""
stop_all() {
  stop_pid "$sampler_pid"
  stop_pid "$proxy_pid"
  for pid in "${instance_pids[@]}"; do
    stop_pid "$pid"
  done
}
trap stop_all EXIT

# Both instances start at once, as a rollout does: the migrations run once, under Flyway's lock.
# The settings are those of src/test/java/.../packaged/AppInstance.java on an external database.
port=18180
for name in instance-1 instance-2; do
  http_port=$(free_port "$port")
  management_port=$(free_port $((http_port + 1)))
  port=$((management_port + 1))
  launch_app "$WORK/$name.log" \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$DATABASE" \
    QUARKUS_DATASOURCE_USERNAME="$PG_USER" QUARKUS_DATASOURCE_PASSWORD="${PGPASSWORD:-unused-with-trust}" \
    QUARKUS_HTTP_PORT="$http_port" APP_MANAGEMENT_PORT="$management_port" \
    APP_SESSION_KEY=bench-only-session-key-0123456789abcdef APP_SECURE_COOKIES=false \
    APP_LIMITS_DRAFTS_PER_WINDOW=1000000 APP_LIMITS_SENDS_PER_WINDOW=1000000
  instance_pids+=("$launched_pid")
  instance_ports+=("$http_port")
  instance_management+=("http://127.0.0.1:$management_port")
done
for i in 0 1; do
  await_ready "${instance_pids[$i]}" "${instance_management[$i]}" "$WORK/instance-$((i + 1)).log"
done
echo "both instances ready on ${instance_ports[*]}"

# nginx with the production site configuration; only its upstreams, listen address and log path
# change (as in RoundRobinProxy). For one instance both upstream lines name the same one.
# One worker, as in the two-instance test: on 2 cores a second would only compete with the instances.
proxy_port=$(free_port 18280)
PROXY="http://127.0.0.1:$proxy_port"
start_proxy() { # first upstream port, second upstream port
  local dir
  dir=$(realpath "$WORK")/nginx
  rm -rf "$dir" && mkdir -p "$dir"
  sed -e "s/server app1:8080/server 127.0.0.1:$1/" -e "s/server app2:8080/server 127.0.0.1:$2/" \
    -e "s/listen 80;/listen 127.0.0.1:$proxy_port;/" -e "s#/var/log/nginx/access.log#$dir/access.log#" \
    docker/nginx.conf >"$dir/site.conf"
  grep -q "server 127.0.0.1:$2" "$dir/site.conf" && grep -q "listen 127.0.0.1:$proxy_port" "$dir/site.conf" ||
    { echo "docker/nginx.conf no longer has the lines this script replaces" >&2; exit 1; }
  {
    # as root nginx would hand its workers to nobody, who may not write the log here
    [ "$(id -u)" = 0 ] && echo "user root;"
    echo "worker_processes 1;"
    echo "daemon off;"
    echo "pid $dir/nginx.pid;"
    echo "error_log $dir/error.log warn;"
    echo "events { worker_connections 1024; }"
    echo "http {"
    for temp in client_body proxy fastcgi uwsgi scgi; do
      echo "  ${temp}_temp_path $dir/$temp;"
    done
    echo "  include $dir/site.conf;"
    echo "}"
  } >"$dir/nginx.conf"
  "$NGINX" -p "$dir" -e "$dir/error.log" -c "$dir/nginx.conf" >"$dir/nginx.out" 2>&1 &
  proxy_pid=$!
  for _ in $(seq 1 200); do
    curl -fsS -o /dev/null "$PROXY/" 2>/dev/null && return 0
    kill -0 "$proxy_pid" 2>/dev/null || { echo "nginx exited: $(cat "$dir/nginx.out" "$dir/error.log")" >&2; exit 1; }
    sleep 0.05
  done
  echo "nginx did not answer within 10 s" >&2
  exit 1
}
stop_proxy() {
  stop_pid "$proxy_pid"
  proxy_pid=""
}
behind_proxy() { # number of instances
  if [ "$1" = 1 ]; then
    start_proxy "${instance_ports[0]}" "${instance_ports[0]}"
  else
    start_proxy "${instance_ports[0]}" "${instance_ports[1]}"
  fi
}

# Counted: both instances always (in the one-instance rounds the second idles), the whole external
# PostgreSQL server (other clients of it included), nginx's master and worker.
APP_PIDS="${instance_pids[*]}"
DB_PID=$(postmaster_on_port "$PG_PORT")
[ "$PG_HOST" = 127.0.0.1 ] || [ "$PG_HOST" = localhost ] || DB_PID=""
sample_pss "$WORK/pss-peak" &
sampler_pid=$!

# warm-up through both instances warms both JITs, the one measured alone included
behind_proxy 2
for round in 1 2; do
  journeys "$PROXY" 16 "$((WARMUP * 2))" >/dev/null
done
stop_proxy

declare -A best_line best_rate
rows=()
for round in $(seq 1 "$ROUNDS"); do
  for instances in 1 2; do
    behind_proxy "$instances"
    PROXY_PID=$proxy_pid
    line=$(costed journeys "$PROXY" "$PATIENTS" "$DURATION")
    stop_proxy
    PROXY_PID=""
    echo "round $round, $instances instance(s): $line"
    rows+=("$round $instances $line")
    rate=$(echo "$line" | field journeys_per_s)
    if [ -z "${best_rate[$instances]:-}" ] || [ "$(echo "$rate > ${best_rate[$instances]}" | bc)" = 1 ]; then
      best_rate[$instances]=$rate
      best_line[$instances]=$line
    fi
  done
done
stop_pid "$sampler_pid"
read -r pss_app_mb pss_all_mb <"$WORK/pss-peak"
[ -n "$DB_PID" ] || pss_all_mb=""

get() { echo "${best_line[$1]}" | field "$2"; }
gain=$(awk -v two="${best_rate[2]}" -v one="${best_rate[1]}" 'BEGIN { printf "%.2f", (one > 0 ? two / one : 0) }')
{
  echo "# One instance or two behind nginx"
  echo
  echo "$(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores. $PATIENTS patients walk whole journeys for ${DURATION} s through nginx"
  echo "(docker/nginx.conf, one worker) to one instance, then to two, on one PostgreSQL $pg_version"
  echo "($PG_HOST:$PG_PORT, database $DATABASE, created for this run); $ROUNDS rounds each, taken in turn."
  echo "nginx, the instances, PostgreSQL and the driver share the machine."
  echo
  echo "| round | instances | journeys/s | p50 ms | p99 ms | failed | CPU ms/req app | PostgreSQL | nginx |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  for row in "${rows[@]}"; do
    read -r round instances line <<<"$row"
    line=" $line"
    echo "| $round | $instances | $(echo "$line" | field journeys_per_s) | $(echo "$line" | field p50_ms) |" \
      "$(echo "$line" | field p99_ms) | $(echo "$line" | field failed) | $(echo "$line" | field cpu_app_ms) |" \
      "$(md_number "$(echo "$line" | field cpu_db_ms)") | $(echo "$line" | field cpu_proxy_ms) |"
  done
  echo
  echo "Better round of each: one instance ${best_rate[1]} journeys/s (p99 $(get 1 p99_ms) ms), two instances"
  echo "${best_rate[2]} journeys/s (p99 $(get 2 p99_ms) ms): ${gain} times as many with the second instance."
  echo "Latency and CPU are per request. CPU counts both instances in every round (in the one-instance rounds the"
  echo "second idles) and the whole PostgreSQL server. Peak PSS (sampled each second): both instances"
  echo "${pss_app_mb} MB, with PostgreSQL $(md_number "$pss_all_mb") MB."
} >"$OUT/two-instances.md"
result_json() { # instances
  echo "{ \"journeys_per_s\": ${best_rate[$1]}, \"p50_ms\": $(get "$1" p50_ms), \"p99_ms\": $(get "$1" p99_ms)," \
    "\"failed\": $(get "$1" failed), \"cpu_ms_per_req\": { \"app\": $(get "$1" cpu_app_ms)," \
    "\"db\": $(json_number "$(get "$1" cpu_db_ms)"), \"proxy\": $(get "$1" cpu_proxy_ms) } }"
}
cat >"$OUT/two-instances.json" <<JSON
{
  "database": "PostgreSQL $pg_version at $PG_HOST:$PG_PORT",
  "duration_s": $DURATION,
  "rounds": $ROUNDS,
  "instances": {
    "1": $(result_json 1),
    "2": $(result_json 2)
  },
  "two_to_one": $gain,
  "pss_mb": { "instances": $pss_app_mb, "instances_and_db": $(json_number "$pss_all_mb") }
}
JSON
cat "$OUT/two-instances.md"
