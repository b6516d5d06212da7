#!/bin/sh
# How tightly vetflow's own code holds on to the Camunda 7 engine (issue 16, "engine continuity").
# Prints four counts over src/main/java; -v also lists the files of each group.
#   adapters         files that are the engine's adapters: delegates and step handlers (steps/ packages,
#                    *StepHandler.java, DelegateExecution/DelegateTask/VariableScope users), listeners,
#                    engine plugins (*Plugin.java, the plugin package vn/vetflow/engine) and the process
#                    facades (*Process.java)
#   platform service files outside the adapters that use the engine only as a platform service:
#                    identity, authorization, history, decisions (DMN), the clock, webapp/REST login
#   outside adapters every other file importing org.camunda (tasks, exceptions, services)
#   engine.impl      files importing org.camunda.bpm.engine.impl (internals, no compatibility promise), and
#                    how many of them lie outside the plugin package vn/vetflow/engine
# Usage: docker/engine-imports.sh [-v]   (from the project folder)
set -eu
cd "$(dirname "$0")/.."
verbose=${1:-}
src=src/main/java

imports() { grep -ho '^import org\.camunda[A-Za-z0-9_.]*' "$1" | sed 's/^import //' | sort -u; }

is_adapter() {
    case "$1" in
        */steps/*|*StepHandler.java|*Plugin.java|*Process.java|*/vn/vetflow/engine/*) return 0 ;;
    esac
    imports "$1" | grep -Eq '^org\.camunda\.bpm\.engine\.delegate\.'
}

# Identity, authorization, history, decisions, clock and the webapps' login are services the platform
# offers; an Operaton switch renames them but they are not process logic.
PLATFORM='^org\.camunda\.bpm\.(engine\.(IdentityService|AuthorizationService|HistoryService|DecisionService|identity\.[A-Za-z]+|authorization\.[A-Za-z]+|history\.[A-Za-z]+|variable\.Variables|impl\.util\.ClockUtil|rest\.security\..*)|dmn\..*|webapp\.impl\.security\..*|spring\.boot\.starter\.property\..*)$'

all=$(grep -rl '^import org\.camunda' "$src" --include='*.java' | sort)
adapters=""; platform=""; outside=""
for f in $all; do
    if is_adapter "$f"; then
        adapters="$adapters $f"
    elif [ -z "$(imports "$f" | grep -Ev "$PLATFORM" || true)" ]; then
        platform="$platform $f"
    else
        outside="$outside $f"
    fi
done
impl=$(grep -rl '^import org\.camunda\.bpm\.engine\.impl' "$src" --include='*.java' | sort)
impl_outside=$(for f in $impl; do case "$f" in */vn/vetflow/engine/*) ;; *) echo "$f" ;; esac; done)

count() { echo "$1" | wc -w | tr -d ' '; }
list() { [ "$verbose" = "-v" ] && for f in $1; do echo "    $f"; done; true; }

echo "files importing org.camunda:                 $(count "$all")"
echo "  engine adapters:                           $(count "$adapters")"; list "$adapters"
echo "  platform service (identity/history/clock): $(count "$platform")"; list "$platform"
echo "  outside adapters:                          $(count "$outside")"; list "$outside"
echo "files importing org.camunda.bpm.engine.impl: $(count "$impl")"; list "$impl"
echo "  outside the plugin package vn/vetflow/engine: $(count "$impl_outside")"; list "$impl_outside"
