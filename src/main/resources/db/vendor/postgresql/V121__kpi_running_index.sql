-- The dossiers running on a day (kpi/KpiQueries.runningCounts: the services page's carried-over and running
-- figures) are counted from this index alone (an index-only scan, no table rows read): the range of receipt
-- days a dossier can still run in, with what the count groups and judges by. PostgreSQL only (INCLUDE).
create index ix_kpi_dossier_running on kpi_dossier (received_day, end_day)
    include (procedure_id, unit_code, officer, appointment_day, supplement_rounds, paused_days, paused_since);
