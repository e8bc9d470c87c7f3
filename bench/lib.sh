# Shared by bench/run.sh and bench/run-two.sh (sourced, not run): starting the packaged app, the
# journey driver, and what the processes cost while a scenario runs: CPU time per request (from
# /proc/<pid>/stat) and proportional set size (from /proc/<pid>/smaps_rollup).
#
# The callers set APP_PIDS (the app JVMs, space-separated), DB_PID (PostgreSQL's postmaster, empty
# when the database is on another machine) and PROXY_PID (nginx's master, empty without a proxy).

CLK_TCK=$(getconf CLK_TCK)
# The JVM as docker/Dockerfile runs it, with the heap the benchmark has always used (bench/README.md,
# "Memory"): a 32 MB young generation, which the JVM touches whole; the native heap given back to the
# OS every 2 s, and at most two malloc arenas, where the JIT compilers' freed memory would stay.
JAVA_OPTS=${JAVA_OPTS:--Xmx192m -Xmn32m -XX:+UseSerialGC -XX:TrimNativeHeapInterval=2000}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX-2}
# the packaged app (APP_DIR to measure another build)
APP_DIR=${APP_DIR:-target/quarkus-app}
APP_PIDS=${APP_PIDS:-}
DB_PID=${DB_PID:-}
PROXY_PID=${PROXY_PID:-}

# the journey driver is a test class (it also drives the load tests); package compiles it
# its patients answer the app's example set, which the app's classes read with Jackson from lib/main
journeys() { java -cp "target/test-classes:target/classes:target/quarkus-app/lib/main/*" org.ramsc.prescreen.load.Journeys "$@"; }

field() { sed -n "s/.*[ ]$1=\([0-9.]*\).*/\1/p"; }

# Starts the packaged jar in the background with NAME=value settings added to the environment, on
# JAVA (default: java on the PATH). Sets launched_pid (a subshell that execs env, which execs java:
# the JVM's own pid).
launch_app() { # log, NAME=value...
  local log
  log=$(realpath -m "$1")
  shift
  # From the app's own directory, as the class-data archive that the build writes beside the jar
  # (app-cds.jsa) requires: the JVM uses it only for the class path it was recorded with.
  # APP_CDS=0 starts without it.
  local archive=""
  [ -f "$APP_DIR/app-cds.jsa" ] && [ "${APP_CDS:-1}" = 1 ] && archive=-XX:SharedArchiveFile=app-cds.jsa
  # shellcheck disable=SC2086
  (cd "$APP_DIR" && exec env "$@" "${JAVA:-java}" $JAVA_OPTS $archive -jar quarkus-run.jar) >"$log" 2>&1 &
  launched_pid=$!
}

# Waits until /q/health/ready on the management interface answers; gives up if the app exits.
# Two minutes: on 2 shared cores under other load a first start with migrations takes a while.
await_ready() { # pid, management base URL, log
  for _ in $(seq 1 2400); do
    if curl -fsS "$2/q/health/ready" >/dev/null 2>&1; then
      return 0
    fi
    kill -0 "$1" 2>/dev/null || { echo "the app exited; see $3" >&2; exit 1; }
    sleep 0.05
  done
  echo "the app was not ready within 120 s; see $3" >&2
  exit 1
}

stop_pid() { # pid (a child of this shell), or nothing
  if [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null; then
    kill "$1"
    wait "$1" 2>/dev/null || true
  fi
}

free_port() { # first port to try
  local port
  for port in $(seq "$1" $(($1 + 500))); do
    if [ -z "$(ss -ltnH "sport = :$port")" ]; then
      echo "$port"
      return 0
    fi
  done
  echo "no free port from $1" >&2
  exit 1
}

# The postmaster listening on a local port: from ss (its pid is shown to root and to the server's
# own user), else from the socket lock file the server writes (first line: its pid).
postmaster_on_port() { # port
  local pid lock
  pid=$(ss -ltnpH "sport = :$1" 2>/dev/null | grep -o '"postgres",pid=[0-9]*' | head -1 | cut -d= -f2)
  if [ -z "$pid" ]; then
    for lock in "/var/run/postgresql/.s.PGSQL.$1.lock" "/tmp/.s.PGSQL.$1.lock"; do
      [ -r "$lock" ] && pid=$(head -1 "$lock") && break
    done
  fi
  echo "$pid"
}

# PostgreSQL's postmaster for the app as configured: the embedded server names its pid in
# postmaster.pid in its data directory; an external one on this machine is found by its port; a
# database on another machine has none here (its CPU and memory are then not reported).
db_postmaster_pid() {
  if [ -z "${QUARKUS_DATASOURCE_JDBC_URL:-}" ]; then
    head -1 "$APP_EMBEDDED_DB_DIR/postmaster.pid"
    return
  fi
  local address=${QUARKUS_DATASOURCE_JDBC_URL#jdbc:postgresql://}
  address=${address%%/*}
  local host=${address%%:*} port=5432
  [[ $address == *:* ]] && port=${address##*:}
  case $host in
    127.0.0.1 | localhost | "[::1]") postmaster_on_port "$port" ;;
    *) echo "" ;;
  esac
}

# utime+stime of one process in clock ticks (fields 14 and 15 of /proc/<pid>/stat); with
# +reaped also cutime+cstime (16 and 17), what its exited children used: PostgreSQL backends
# whose connection closed during a scenario are counted that way. A process gone counts 0.
cpu_ticks() { # pid, [+reaped]
  local stat
  stat=$(cat "/proc/$1/stat" 2>/dev/null) || { echo 0; return; }
  # the command name in parentheses may hold spaces: count fields after its closing ')'; f[0] is field 3
  local -a f
  read -r -a f <<<"${stat##*) }"
  if [ "${2:-}" = +reaped ]; then
    echo $((f[11] + f[12] + f[13] + f[14]))
  else
    echo $((f[11] + f[12]))
  fi
}

# A server and its children (PostgreSQL: postmaster and backends; nginx: master and workers).
tree_ticks() { # pid, or nothing
  [ -n "${1:-}" ] || { echo 0; return; }
  local total child
  total=$(cpu_ticks "$1" +reaped)
  for child in $(pgrep -P "$1"); do
    total=$((total + $(cpu_ticks "$child")))
  done
  echo "$total"
}

# "app db proxy" CPU ticks so far
cpu_now() {
  local app=0 pid
  for pid in $APP_PIDS; do
    app=$((app + $(cpu_ticks "$pid")))
  done
  echo "$app $(tree_ticks "$DB_PID") $(tree_ticks "$PROXY_PID")"
}

per_request_ms() { # ticks, requests
  awk -v ticks="$1" -v hz="$CLK_TCK" -v n="$2" 'BEGIN { printf "%.3f", (n > 0 ? ticks * 1000 / hz / n : 0) }'
}

# Runs a load command that prints a RESULT line with requests=N, and prints that line with the CPU
# milliseconds per request of the app, PostgreSQL and the proxy while it ran appended
# (cpu_app_ms=.. cpu_db_ms=.. cpu_proxy_ms=..; a part with no process here is left out).
costed() { # command...
  local before after line requests a0 d0 p0 a1 d1 p1
  before=$(cpu_now)
  line=$("$@" | grep '^RESULT') || { echo "no RESULT line from: $*" >&2; return 1; }
  after=$(cpu_now)
  requests=$(echo " $line" | field requests)
  read -r a0 d0 p0 <<<"$before"
  read -r a1 d1 p1 <<<"$after"
  line="$line cpu_app_ms=$(per_request_ms $((a1 - a0)) "$requests")"
  [ -n "$DB_PID" ] && line="$line cpu_db_ms=$(per_request_ms $((d1 - d0)) "$requests")"
  [ -n "$PROXY_PID" ] && line="$line cpu_proxy_ms=$(per_request_ms $((p1 - p0)) "$requests")"
  echo "$line"
}

pss_kb() { # pid; 0 for a process gone
  local kb
  kb=$(awk '/^Pss:/ { print $2; exit }' "/proc/$1/smaps_rollup" 2>/dev/null) || true
  echo "${kb:-0}"
}

tree_pss_kb() { # pid, or nothing
  [ -n "${1:-}" ] || { echo 0; return; }
  local total child
  total=$(pss_kb "$1")
  for child in $(pgrep -P "$1"); do
    total=$((total + $(pss_kb "$child")))
  done
  echo "$total"
}

# Until killed, samples every second and keeps in $1 the highest PSS seen, in MB, as "app app+db".
# PSS splits shared pages among the processes that map them, so PostgreSQL's shared buffers count
# once however many backends there are, which RSS summed over processes would not.
sample_pss() { # file
  local peak_app=0 peak_all=0 app all pid
  while :; do
    app=0
    for pid in $APP_PIDS; do
      app=$((app + $(pss_kb "$pid")))
    done
    all=$((app + $(tree_pss_kb "$DB_PID")))
    ((app > peak_app)) && peak_app=$app
    ((all > peak_all)) && peak_all=$all
    echo "$((peak_app / 1024)) $((peak_all / 1024))" >"$1.tmp" && mv "$1.tmp" "$1"
    sleep 1
  done
}

# a figure for JSON: null when it was not measured
json_number() { echo "${1:-null}"; }
# and for the Markdown report
md_number() { echo "${1:-n/a}"; }

# The packaged app's settings for a benchmark on this machine, from $OUT and $PORT of the caller.
bench_app_settings() {
  export APP_EMBEDDED_DB_DIR=${APP_EMBEDDED_DB_DIR:-$PWD/$OUT/data}
  export APP_EMBEDDED_DB_PORT=${APP_EMBEDDED_DB_PORT:-15499}
  export QUARKUS_HTTP_PORT=$PORT
  export APP_SECURE_COOKIES=false
  export APP_SESSION_KEY=${APP_SESSION_KEY:-bench-only-session-key-0123456789abcdef}
  # every journey comes from 127.0.0.1: the per-address patient limits would refuse all but the first few
  export APP_LIMITS_DRAFTS_PER_WINDOW=1000000
  export APP_LIMITS_SENDS_PER_WINDOW=1000000
}

# Stops the caller's sampler and app ($sampler_pid, $app_pid), for its EXIT trap.
stop_all() {
  stop_pid "$sampler_pid"
  stop_pid "$app_pid"
  app_pid=""
}
