#!/usr/bin/env bash
# Two vetflow nodes on one fresh PostgreSQL database, crashed with kill -9 again and again under load.
#
#   docker/cluster-test/run.sh [crash cycles, default 10] [submissions at most, default 150]
#   (CYCLE_SECONDS=30: how long a node serves load before it is killed; WARN_AFTER=PT10S: when the
#   due-soon deadline timer of each dossier in processing falls due; SUBMIT_PAUSE=6: seconds each of the
#   three applicants waits between submissions, so they last the whole run; JAR=path skips the build)
#
# Builds the jar once (skip with SKIP_BUILD=1), creates database vetflow_cluster_<time> on
# 127.0.0.1:5432 (user postgres, trust auth; KEEP_DB=1 keeps it), starts node a and node b on loopback
# ports 8281/8282 with profiles postgres,cluster-test (cluster-test runs the simulated national portal;
# never use it in production), creates test users through the engine's REST API, drives submissions and
# task completions through both nodes (load.py). Each cycle waits until the victim (the node up longest)
# is serving — health UP and it has answered load requests since it started — lets it serve CYCLE_SECONDS
# more, kills it with kill -9 mid-load and restarts it; the other node serves meanwhile. Then it waits for
# the nodes to finish the work and checks the database, the mails a local SMTP sink received (smtp_sink.py,
# loopback) and the statuses the simulated national portal received (check.sh). Secrets are generated for
# the run and never written to the repository. Everything stays on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/../.."

CYCLES=${1:-10}
BUDGET=${2:-150}
CYCLE_SECONDS=${CYCLE_SECONDS:-30}
WARN_AFTER=${WARN_AFTER:-PT10S}
export SUBMIT_PAUSE=${SUBMIT_PAUSE:-6}
PORTS=(8281 8282)
SMTP_PORT=8283
NAMES=(a b)
OUT=target/cluster-test
DB=vetflow_cluster_$(date +%s)
PG=(-h 127.0.0.1 -U postgres)
STARTUP_LIMIT=${STARTUP_LIMIT:-900}
# MAX_SECONDS: no new cycle starts after this many seconds of the script (a busy machine restarts slowly);
# the cycles run are reported.
MAX_SECONDS=${MAX_SECONDS:-0}
SETTLE_LIMIT=420

rm -rf "$OUT" && mkdir -p "$OUT"
secret() { head -c "$1" /dev/urandom | od -An -tx1 | tr -d ' \n'; }
export SPRING_PROFILES_ACTIVE=postgres,cluster-test
export VETFLOW_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" VETFLOW_DB_USER=postgres VETFLOW_DB_PASSWORD=
export VETFLOW_DB_POOL=10
export VETFLOW_ADMIN_PASSWORD=$(secret 16) VETFLOW_PAYMENT_SECRET=$(secret 32)
# What production must be given (shared/RequiredProductionSettings), here test values marked as such.
export VETFLOW_PUBLIC_URL="http://127.0.0.1:${PORTS[0]}" VETFLOW_SIGNER_NAME="Người ký thử tải (cluster test)" \
  VETFLOW_SIGNER_TITLE="Chức danh thử tải (cluster test)"
USER_PASSWORD=$(secret 12)

if [[ -z "${JAR:-}" ]]; then
  if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
    echo "== building the jar (once)"
    mvn -B -q -DskipTests package
  fi
  JAR=$(ls target/vetflow-*.jar | grep -v '\.original$' | head -1)
fi

declare -A PIDS
cleanup() {
  for name in "${!PIDS[@]}"; do kill -9 "${PIDS[$name]}" 2>/dev/null || true; done
  [[ -n "${LOAD_PID:-}" ]] && kill "$LOAD_PID" 2>/dev/null || true
  [[ -n "${SINK_PID:-}" ]] && kill "$SINK_PID" 2>/dev/null || true
  if [[ "${KEEP_DB:-0}" != 1 ]]; then dropdb "${PG[@]}" --if-exists "$DB" 2>/dev/null || true; fi
}
trap cleanup EXIT

start_node() { # name port
  # Short job leases and a fast outbox so that a survivor takes over a dead node's work within the run;
  # mail to the loopback sink; the due-soon timer falls due WARN_AFTER after processing starts.
  java -Xmx640m -XX:TieredStopAtLevel=1 -jar "$JAR" --server.port="$2" --server.address=127.0.0.1 \
    --spring.mail.host=127.0.0.1 --spring.mail.port="$SMTP_PORT" \
    --vetflow.public-service.warn-after="$WARN_AFTER" \
    --camunda.bpm.job-execution.lock-time-in-millis=30000 \
    --vetflow.national-portal.poll-every=PT2S --vetflow.national-portal.backoff-initial=PT2S \
    --vetflow.national-portal.backoff-max=PT20S --vetflow.events.retry-every=PT20S \
    --vetflow.events.retry-older-than=PT20S --logging.level.root=WARN >> "$OUT/node-$1.log" 2>&1 &
  PIDS[$1]=$!
}
is_up() { curl -sf -m 5 "http://127.0.0.1:$1/actuator/health" > /dev/null; }
wait_up() { # name port
  local started=$SECONDS
  until curl -sf "http://127.0.0.1:$2/actuator/health" > /dev/null; do
    if ! kill -0 "${PIDS[$1]}" 2>/dev/null; then echo "node $1 died at startup, see $OUT/node-$1.log"; exit 1; fi
    if (( SECONDS - started > STARTUP_LIMIT )); then echo "node $1 not up after ${STARTUP_LIMIT}s"; exit 1; fi
    sleep 2
  done
  echo "   node $1 up on port $2 after $(( SECONDS - started ))s"
}
served() { local n; n=$(cat "$OUT/served-$1" 2>/dev/null || true); echo "${n:-0}"; } # port: requests answered
sql() { psql "${PG[@]}" -d "$DB" -qtAX -c "$1"; }
api() { # method path [json]
  curl -sf -u "admin:$VETFLOW_ADMIN_PASSWORD" -X "$1" -H 'Content-Type: application/json' \
    "http://127.0.0.1:${PORTS[0]}/engine-rest$2" ${3:+-d "$3"} > /dev/null
}

echo "== mail sink on 127.0.0.1:$SMTP_PORT"
python3 docker/cluster-test/smtp_sink.py "$SMTP_PORT" "$OUT/mails.txt" 2> "$OUT/smtp-sink.err" &
SINK_PID=$!

echo "== fresh database $DB"
createdb "${PG[@]}" "$DB"
# The first node creates the schemas (Flyway, Camunda) alone; the second joins an existing database.
start_node a "${PORTS[0]}"; wait_up a "${PORTS[0]}"
start_node b "${PORTS[1]}"; wait_up b "${PORTS[1]}"

echo "== test users"
user() { # id first last groups...
  local id=$1 first=$2 last=$3; shift 3
  api POST /user/create "{\"profile\":{\"id\":\"$id\",\"firstName\":\"$first\",\"lastName\":\"$last\",\"email\":\"$id@example.vn\"},\"credentials\":{\"password\":\"$USER_PASSWORD\"}}"
  for group in "$@"; do api PUT "/group/$group/members/$id"; done
}
for i in 1 2 3; do user "ctapplicant$i" "Người nộp" "Thử tải $i" applicant; done
user cttiepnhan "Cán bộ" "Tiếp nhận" reception motcua
user ctchuyenvien "Chuyên viên" "Thẩm định" specialist gdnn
user ctlanhdao "Lãnh đạo" "Sở" leader motcua gdnn kiemtra

echo "== load on both nodes, $CYCLES kill -9 cycles"
python3 docker/cluster-test/load.py "http://127.0.0.1:${PORTS[0]},http://127.0.0.1:${PORTS[1]}" "$OUT" "$BUDGET" \
  "$USER_PASSWORD" > "$OUT/load.out" 2> "$OUT/load.err" &
LOAD_PID=$!
RUN_STARTED=$SECONDS
declare -A UP_SINCE=([a]=0 [b]=1) SERVED_AT_START=([a]=0 [b]=0)
serving_kills=0
cycles_run=0
for (( cycle = 1; cycle <= CYCLES; cycle++ )); do
  if (( MAX_SECONDS > 0 && SECONDS > MAX_SECONDS )); then
    echo "   time limit (MAX_SECONDS=$MAX_SECONDS) reached: no more cycles"; break
  fi
  # The node up longest dies; it is the one restarted one cycle earlier, so the other is serving meanwhile.
  if (( UP_SINCE[a] <= UP_SINCE[b] )); then name=a; else name=b; fi
  index=0; [[ $name == b ]] && index=1
  port=${PORTS[$index]} other=${PORTS[$(( 1 - index ))]}
  waited=$SECONDS
  # The victim serves again, and the other node is up to take over: the two are never down together.
  until is_up "$port" && (( $(served "$port") > SERVED_AT_START[$name] )) && is_up "$other"; do
    if ! kill -0 "${PIDS[$name]}" 2>/dev/null; then echo "node $name died, see $OUT/node-$name.log"; exit 1; fi
    if (( MAX_SECONDS > 0 && SECONDS > MAX_SECONDS + STARTUP_LIMIT )); then echo "node $name not serving in time"; exit 1; fi
    if (( SECONDS - waited > STARTUP_LIMIT )); then echo "node $name not serving after ${STARTUP_LIMIT}s"; exit 1; fi
    sleep 1
  done
  sleep "$CYCLE_SECONDS"
  answered=$(( $(served "$port") - SERVED_AT_START[$name] ))
  if is_up "$port" && (( answered > 0 )); then
    kind=serving; serving_kills=$(( serving_kills + 1 ))
  else
    kind="NOT serving"
  fi
  is_up "$other" && survivor="the other node up" || survivor="the other node DOWN"
  acknowledged=0
  [[ -f "$OUT/acknowledged.txt" ]] && acknowledged=$(wc -l < "$OUT/acknowledged.txt")
  echo "-- cycle $cycle: kill -9 node $name ($kind: $answered load requests answered since its start," \
    "${CYCLE_SECONDS}s after its first; $survivor; acknowledged so far: $acknowledged)"
  kill -9 "${PIDS[$name]}" 2>/dev/null || true
  wait "${PIDS[$name]}" 2>/dev/null || true
  SERVED_AT_START[$name]=$(served "$port")
  start_node "$name" "$port"
  UP_SINCE[$name]=$SECONDS
  cycles_run=$cycle
done
echo "   $serving_kills of $cycles_run kills hit a serving node"
wait_up a "${PORTS[0]}"; wait_up b "${PORTS[1]}"
touch "$OUT/stop"
wait "$LOAD_PID" || true
LOAD_PID=
echo "   load: $(cat "$OUT/load.out")"

echo "== waiting for the nodes to finish the work (jobs, timers due by then, mails, outbox, events), at most ${SETTLE_LIMIT}s"
settle_started=$SECONDS
# Due-soon timers set just before the load stopped fall due up to WARN_AFTER later: wait for them too.
horizon=$(sql "select now() + interval '$WARN_AFTER' + interval '5 seconds'")
while (( SECONDS - settle_started < SETTLE_LIMIT )); do
  due=$(sql "select count(*) from act_ru_job where retries_ > 0 and (duedate_ is null or duedate_ <= '$horizon')")
  pending=$(sql "select count(*) from portal_outbox where acknowledged_at is null")
  mails=$(sql "select count(*) from mail_outbox where status <> 'SENT'")
  events=$(sql "select count(*) from event_publication where completion_date is null")
  [[ "$due" == 0 && "$pending" == 0 && "$mails" == 0 && "$events" == 0 ]] && break
  sleep 3
done
echo "   settled after $(( SECONDS - settle_started ))s (jobs due: $due, outbox pending: $pending," \
  "mails unsent: $mails, events incomplete: $events)"

docker/cluster-test/check.sh "$DB" "$OUT" "$cycles_run" "$(( SECONDS - RUN_STARTED ))" "$serving_kills"
