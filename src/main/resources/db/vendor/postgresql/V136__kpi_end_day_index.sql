-- The services page and its drill-down read kpi_dossier from an index alone (issue 15). PostgreSQL only
-- (INCLUDE). By end day (null while running): the dossiers still running on a day whose appointment is close
-- or past (kpi/KpiQueries.runningCounts) and the finished ones of a period (KpiQueries.dossiers). By receipt
-- day: the received ones of a period. They replace the plain indexes on the same columns (V11), so the
-- upkeep keeps as many indexes as before.
create index ix_kpi_dossier_end_cover on kpi_dossier (end_day)
    include (received_day, code, procedure_id, unit_code, officer, appointment_day, supplement_rounds, paused_days,
             paused_since, timeliness, result_expected, e_result, rating, dissatisfied);
drop index ix_kpi_dossier_end;
create index ix_kpi_dossier_received_cover on kpi_dossier (received_day)
    include (code, procedure_id, unit_code, officer, channel, fee_required, paid_online, digitised);
drop index ix_kpi_dossier_received;
