#!/usr/bin/env bash
# The checks of the two-node crash test (run.sh), on its database and its output directory:
#   docker/cluster-test/check.sh DATABASE OUTPUT_DIR [cycles] [seconds] [kills of a serving node]
set -euo pipefail
DB=$1 OUT=$2 CYCLES=${3:-?} ELAPSED=${4:-?} SERVING=${5:-?}
sql() { psql -h 127.0.0.1 -U postgres -d "$DB" -qtAX -c "$1"; }

echo "== checks"
touch "$OUT/acknowledged.txt"
keys=$(awk '{printf "%s(\x27%s\x27,\x27%s\x27)", (NR>1?",":""), $1, $2}' "$OUT/acknowledged.txt")
ACK=$(wc -l < "$OUT/acknowledged.txt")
PRESENT=0
(( ACK > 0 )) && PRESENT=$(sql "select count(*) from dossier d join (values $keys) k(u, key) on d.applicant_username = k.u and d.idempotency_key = k.key")
DUP_DOSSIERS=$(sql "select count(*) from (select applicant_username, idempotency_key from dossier where idempotency_key is not null group by 1, 2 having count(*) > 1) x")
DUP_PROCESSES=$(sql "select count(*) from (select business_key_ from act_hi_procinst group by 1 having count(*) > 1) x")
NO_PROCESS=$(sql "select count(*) from dossier d where not exists (select 1 from act_hi_procinst p where p.business_key_ = d.code)")
STUCK=$(sql "select count(*) from act_ru_job where retries_ > 0 and (duedate_ is null or duedate_ <= now() - interval '1 minute')")
LOCKED_PAST_LEASE=$(sql "select count(*) from act_ru_job where lock_owner_ is not null and lock_exp_time_ < now()")
# A running instance with nothing to wait on (no job, task, message/signal wait, external task or called
# process) can never move again.
NO_WAIT=$(sql "select count(*) from act_ru_execution e where e.id_ = e.proc_inst_id_
  and not exists (select 1 from act_ru_job j where j.process_instance_id_ = e.id_)
  and not exists (select 1 from act_ru_task t where t.proc_inst_id_ = e.id_)
  and not exists (select 1 from act_ru_event_subscr s where s.proc_inst_id_ = e.id_)
  and not exists (select 1 from act_ru_ext_task x where x.proc_inst_id_ = e.id_)
  and not exists (select 1 from act_ru_execution c join act_ru_execution sub on sub.super_exec_ = c.id_
                  where c.proc_inst_id_ = e.id_)")
INCIDENTS=$(sql "select count(*) from act_ru_incident")
EVENTS_INCOMPLETE=$(sql "select count(*) from event_publication where completion_date is null")
# The due-soon timer of every dossier in processing falls due within the run (WARN_AFTER in run.sh).
DUE_SOON_FIRED=$(sql "select count(*) from act_hi_job_log where act_id_ = 'Timer_DueSoon' and job_state_ = 2")
DUE_SOON_TWICE=$(sql "select count(*) from (select process_instance_id_ from act_hi_job_log where act_id_ = 'Timer_DueSoon' and job_state_ = 2 group by 1 having count(*) > 1) x")
DUE_SOON_NOTES=$(sql "select count(*) from dossier_history where action = 'DUE_SOON'")
DUE_SOON_NOTED_TWICE=$(sql "select count(*) from (select dossier_id from dossier_history where action = 'DUE_SOON' group by 1 having count(*) > 1) x")
DUE_SOON_OVERDUE=$(sql "select count(*) from act_ru_job j where j.duedate_ < now() and exists (select 1 from act_hi_job_log l where l.job_id_ = j.id_ and l.act_id_ = 'Timer_DueSoon')")
# Mails: the applicant is told of statuses 1, 2, 3, 5, 6, 7, 8 and 10 (publicservice/DossierMailNotifier).
MAILS_EXPECTED=$(sql "select count(*) from portal_outbox o join dossier d on d.code = o.dossier_code where d.applicant_email is not null and o.status in (1, 2, 3, 5, 6, 7, 8, 10)")
MAILS_TO_APPLICANTS=$(sql "select count(*) from mail_outbox where recipient like 'ctapplicant%'")
MAILS_UNSENT=$(sql "select count(*) from mail_outbox where status <> 'SENT'")
sql "select dedup_key from mail_outbox where status = 'SENT'" > "$OUT/mails-sent.txt"
touch "$OUT/mails.txt"
read -r MAILS_SENT MAILS_RECEIVED MAILS_MISSING MAILS_TWICE MAILS_UNKNOWN < <(python3 - "$OUT" <<'PY'
import collections, sys
out = sys.argv[1]
sent = {line.strip() + "@vetflow" for line in open(out + "/mails-sent.txt") if line.strip()}
received = collections.Counter(line.split()[0] for line in open(out + "/mails.txt") if line.strip())
print(len(sent), sum(received.values()), len(sent - received.keys()), sum(1 for n in received.values() if n > 1),
      len(received.keys() - sent))
PY
)
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

printf '\n%-58s %s\n' "check (two nodes, $CYCLES kill -9 cycles, $SERVING on a serving node, ${ELAPSED}s)" "value"
printf '%-58s %s\n' "dossiers acknowledged to clients" "$ACK" \
  "  of which present in the database" "$PRESENT" \
  "duplicate dossiers (same applicant + idempotency key)" "$DUP_DOSSIERS" \
  "duplicate process instances (same business key)" "$DUP_PROCESSES" \
  "dossiers without a process instance" "$NO_PROCESS" \
  "stuck: jobs due for over a minute and not run" "$STUCK" \
  "jobs left locked past their lease" "$LOCKED_PAST_LEASE" \
  "running instances with no job, task or wait" "$NO_WAIT" \
  "incidents" "$INCIDENTS" \
  "event publications left incomplete" "$EVENTS_INCOMPLETE" \
  "timers fired (all kinds)" "$TIMERS_FIRED" \
  "  due-soon timers fired (fell due within the run)" "$DUE_SOON_FIRED" \
  "  due-soon timers fired twice for one dossier" "$DUE_SOON_TWICE" \
  "  due-soon timers past due and not fired" "$DUE_SOON_OVERDUE" \
  "  due-soon notes in dossier histories" "$DUE_SOON_NOTES" \
  "  dossiers with two due-soon notes" "$DUE_SOON_NOTED_TWICE" \
  "jobs that completed twice (history cleanup reuses its job)" "$JOBS_TWICE" \
  "mails the applicants' statuses call for" "$MAILS_EXPECTED" \
  "  mails recorded to applicants" "$MAILS_TO_APPLICANTS" \
  "mails recorded sent (all recipients)" "$MAILS_SENT" \
  "  mails unsent (pending or failed)" "$MAILS_UNSENT" \
  "  messages the SMTP sink received" "$MAILS_RECEIVED" \
  "  sent mails missing at the sink" "$MAILS_MISSING" \
  "  mails received twice (same Message-ID)" "$MAILS_TWICE" \
  "  mails at the sink never recorded as sent" "$MAILS_UNKNOWN" \
  "portal statuses queued" "$OUTBOX" \
  "portal statuses undelivered" "$UNDELIVERED" \
  "portal statuses missing at the portal" "$MISSING" \
  "statuses at the portal that were never queued" "$EXTRA" \
  "statuses that arrived out of order" "$OUT_OF_ORDER" \
  "resends recognised by idempotency key (harmless)" "$RESENT" \
  "dossiers whose last synced status is not their status" "$LAST_STATUS_WRONG"
echo "dossiers by status code: $STATUSES"
echo "load: $(cat "$OUT/load.out")"
FAILED=$(( ACK - PRESENT + DUP_DOSSIERS + DUP_PROCESSES + NO_PROCESS + STUCK + LOCKED_PAST_LEASE + NO_WAIT + INCIDENTS + EVENTS_INCOMPLETE + JOBS_TWICE + UNDELIVERED + MISSING + EXTRA + OUT_OF_ORDER + LAST_STATUS_WRONG ))
FAILED=$(( FAILED + DUE_SOON_TWICE + DUE_SOON_OVERDUE + DUE_SOON_NOTED_TWICE + (DUE_SOON_FIRED == 0 ? 1 : 0) + (DUE_SOON_NOTES != DUE_SOON_FIRED ? 1 : 0) ))
FAILED=$(( FAILED + (MAILS_EXPECTED != MAILS_TO_APPLICANTS ? 1 : 0) + MAILS_UNSENT + MAILS_MISSING + MAILS_TWICE + MAILS_UNKNOWN ))
[[ "$SERVING" =~ ^[0-9]+$ && "$CYCLES" =~ ^[0-9]+$ ]] && FAILED=$(( FAILED + CYCLES - SERVING ))
if (( FAILED == 0 )); then echo "RESULT: all zero"; else echo "RESULT: $FAILED problems"; exit 1; fi
