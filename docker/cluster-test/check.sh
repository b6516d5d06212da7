#!/usr/bin/env bash
# The checks of the two-node crash test (run.sh), on its database and its output directory:
#   docker/cluster-test/check.sh DATABASE OUTPUT_DIR [cycles] [seconds]
set -euo pipefail
DB=$1 OUT=$2 CYCLES=${3:-?} ELAPSED=${4:-?}
sql() { psql -h 127.0.0.1 -U postgres -d "$DB" -qtAX -c "$1"; }

echo "== checks"
keys=$(awk '{printf "%s(\x27%s\x27,\x27%s\x27)", (NR>1?",":""), $1, $2}' "$OUT/acknowledged.txt")
ACK=$(wc -l < "$OUT/acknowledged.txt")
PRESENT=$(sql "select count(*) from dossier d join (values $keys) k(u, key) on d.applicant_username = k.u and d.idempotency_key = k.key")
DUP_DOSSIERS=$(sql "select count(*) from (select applicant_username, idempotency_key from dossier where idempotency_key is not null group by 1, 2 having count(*) > 1) x")
DUP_PROCESSES=$(sql "select count(*) from (select business_key_ from act_hi_procinst group by 1 having count(*) > 1) x")
NO_PROCESS=$(sql "select count(*) from dossier d where not exists (select 1 from act_hi_procinst p where p.business_key_ = d.code)")
STUCK=$(sql "select count(*) from act_ru_job where retries_ > 0 and (duedate_ is null or duedate_ <= now() - interval '1 minute')")
LOCKED_PAST_LEASE=$(sql "select count(*) from act_ru_job where lock_owner_ is not null and lock_exp_time_ < now()")
INCIDENTS=$(sql "select count(*) from act_ru_incident")
TIMERS_FIRED=$(sql "select count(*) from act_hi_job_log where job_def_type_ like 'timer%' and job_state_ = 2")
JOBS_TWICE=$(sql "select count(*) from (select job_id_ from act_hi_job_log where job_state_ = 2 and job_def_type_ <> 'history-cleanup' group by 1 having count(*) > 1) x")
OUTBOX=$(sql "select count(*) from portal_outbox")
UNDELIVERED=$(sql "select count(*) from portal_outbox where acknowledged_at is null")
MISSING=$(sql "select count(*) from portal_outbox o where not exists (select 1 from portal_simulator_receipt r where r.idempotency_key = 'vetflow-' || o.id)")
EXTRA=$(sql "select count(*) from portal_simulator_receipt r where not exists (select 1 from portal_outbox o where r.idempotency_key = 'vetflow-' || o.id)")
OUT_OF_ORDER=$(sql "select count(*) from portal_simulator_receipt where not in_order")
RESENT=$(sql "select coalesce(sum(duplicates), 0) from portal_simulator_receipt")
LAST_STATUS_WRONG=$(sql "select count(*) from dossier d where d.status <> (select o.status from portal_outbox o where o.dossier_code = d.code order by o.seq desc fetch first 1 rows only)")
STATUSES=$(sql "select string_agg(status || ':' || n, ' ' order by status) from (select status, count(*) n from dossier group by status) x")

printf '\n%-58s %s\n' "check (two nodes, $CYCLES kill -9 cycles, ${ELAPSED}s)" "value"
printf '%-58s %s\n' "dossiers acknowledged to clients" "$ACK" \
  "  of which present in the database" "$PRESENT" \
  "duplicate dossiers (same applicant + idempotency key)" "$DUP_DOSSIERS" \
  "duplicate process instances (same business key)" "$DUP_PROCESSES" \
  "dossiers without a process instance" "$NO_PROCESS" \
  "stuck: jobs due for over a minute and not run" "$STUCK" \
  "jobs left locked past their lease" "$LOCKED_PAST_LEASE" \
  "incidents" "$INCIDENTS" \
  "timers fired (deadline timers are days away in this run)" "$TIMERS_FIRED" \
  "jobs that completed twice (history cleanup reuses its job)" "$JOBS_TWICE" \
  "portal statuses queued" "$OUTBOX" \
  "portal statuses undelivered" "$UNDELIVERED" \
  "portal statuses missing at the portal" "$MISSING" \
  "statuses at the portal that were never queued" "$EXTRA" \
  "statuses that arrived out of order" "$OUT_OF_ORDER" \
  "resends recognised by idempotency key (harmless)" "$RESENT" \
  "dossiers whose last synced status is not their status" "$LAST_STATUS_WRONG"
echo "dossiers by status code: $STATUSES"
echo "load: $(cat "$OUT/load.out")"
FAILED=$(( ACK - PRESENT + DUP_DOSSIERS + DUP_PROCESSES + NO_PROCESS + STUCK + LOCKED_PAST_LEASE + INCIDENTS + JOBS_TWICE + UNDELIVERED + MISSING + EXTRA + OUT_OF_ORDER + LAST_STATUS_WRONG ))
if (( FAILED == 0 )); then echo "RESULT: all zero"; else echo "RESULT: $FAILED problems"; exit 1; fi
