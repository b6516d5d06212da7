#!/usr/bin/env bash
# Seconds from starting the packaged application (demo profile, H2) to its first 200 on "/", and whether the
# demo data was all there at that moment (the demo applicant's dossiers through the REST API).
# Run from the project folder after `mvn -o -q package -DskipTests`:
#   docker/measure-ready.sh            # port 8093; PORT=... to change it
# The JVM runs with -XX:TieredStopAtLevel=1 (the C1 compiler only), as the README's `mvn spring-boot:run` already
# does (the Spring Boot plugin's optimizedLaunch, on by default): on two cores the C2 compiler took as much
# processor during the start as the main thread (issue 15). It also runs the serial collector, as the pom's
# `mvn spring-boot:run` does: on two cores G1's threads and barriers cost the start more than its pauses save
# (seven alternating pairs: 21.0 -> 19.2 s, processor 29.2 -> 25.4 s). A production image (docker/Dockerfile)
# keeps the JVM's defaults.
#   CDS=1 docker/measure-ready.sh      # the same with a class-data sharing archive (AppCDS): the jar is extracted
#                                      # to target/cds and a training run writes target/cds/vetflow.jsa, both BEFORE
#                                      # the clock starts and only when the jar is newer than the archive. The
#                                      # training run goes as far as the measured run (demo data loaded, first page,
#                                      # the applicant's dossiers), then stops: Spring Boot's recipe stops at the
#                                      # context's refresh, which left the 3,500 classes of Tomcat's start, the demo
#                                      # runners and the first pages out of the archive (issue 15, eighth round).
#                                      # `mvn spring-boot:run` cannot use it (it runs from target/classes): the
#                                      # figure is the packaged jar's with its archive.
set -euo pipefail

port="${PORT:-8093}"
jar=$(ls target/vetflow-*.jar | grep -v -- '-plain' | head -n 1)
log=$(mktemp)
jvm=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)

# Says what went wrong ($1), shows the run's log and stops the script.
fail_with_log() {
  echo "$1; its log:" >&2
  tail -n 40 "$log" >&2
  exit 1
}

# Waits for the first 200 on "/" from the JVM $1 ($2 names it), and fails if it stops before.
await_first_200() {
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/" || true)" = "200" ]; do
    kill -0 "$1" 2>/dev/null || fail_with_log "$2 stopped before answering"
    sleep 0.1
  done
}

if [ "${CDS:-0}" = "1" ]; then
  cds=target/cds
  if [ ! -f "$cds/vetflow.jsa" ] || [ "$jar" -nt "$cds/vetflow.jsa" ]; then
    echo "CDS=1: extracting $jar and writing the archive with a training run (not timed)..." >&2
    rm -rf "$cds"
    java -Djarmode=tools -jar "$jar" extract --destination "$cds" >/dev/null
    java "${jvm[@]}" -XX:ArchiveClassesAtExit="$cds/vetflow.jsa" \
      -jar "$cds/$(basename "$jar")" --spring.profiles.active=demo --server.port="$port" >"$log" 2>&1 &
    training=$!
    await_first_200 "$training" "The training run"
    curl -s -o /dev/null -u congdan:demo "http://127.0.0.1:$port/api/v1/dossiers" || true
    # The JVM writes the archive as it exits, after a SIGTERM as after System.exit.
    kill "$training"
    wait "$training" 2>/dev/null || true
    [ -f "$cds/vetflow.jsa" ] || fail_with_log "The training run wrote no archive"
  fi
  jar="$cds/$(basename "$jar")"
  jvm+=(-XX:SharedArchiveFile="$cds/vetflow.jsa")
fi
start=$(date +%s.%N)
java "${jvm[@]}" -jar "$jar" --spring.profiles.active=demo --server.port="$port" >"$log" 2>&1 &
app=$!
trap 'kill "$app" 2>/dev/null; wait "$app" 2>/dev/null; rm -f "$log"' EXIT

await_first_200 "$app" "The application"
ready=$(date +%s.%N)
# The demo applicant "congdan" (password of application-demo.yml) owns the province's demo dossiers.
dossiers=$(curl -s -u congdan:demo "http://127.0.0.1:$port/api/v1/dossiers" \
  | grep -o '"total[A-Za-z]*" *: *[0-9]*' | grep -o '[0-9]*$' || echo 0)
printf 'first 200 of / after %.1f s (JVM: %s); the demo applicant then had %d dossiers listed\n' \
  "$(awk -v a="$start" -v b="$ready" 'BEGIN { print b - a }')" "${jvm[*]}" "$dossiers"
uptime
