-- Issue 15: the received dossiers with a reused component and those public on the national portal are counted in
-- the KPI cells like every other figure (kpi/KpiStore, kpi/KpiDeltas), so the services and targets pages read them
-- from a period's cells instead of counting kpi_dossier rows (a year is about a third of all dossiers).
-- Portable SQL for PostgreSQL and H2. The cells are then rebuilt with the rebuild's statements (KpiStore).
alter table kpi_daily add column reused integer not null default 0;
alter table kpi_daily add column portal_synced integer not null default 0;
alter table kpi_monthly add column reused integer not null default 0;
alter table kpi_monthly add column portal_synced integer not null default 0;
alter table kpi_daily_all add column reused integer not null default 0;
alter table kpi_daily_all add column portal_synced integer not null default 0;

delete from kpi_daily;
insert into kpi_daily (stat_day, kind, procedure_id, unit_code, officer, n, online_n, early, on_time, late,
    resolution_days, fee_required, paid_online, result_expected, e_result, digitised, rated, dissatisfied, reused,
    portal_synced)
select received_day, 'R', procedure_id, unit_code, officer, count(*),
    sum(case when channel = 2 then 1 else 0 end),
    sum(case when timeliness = 'EARLY' then 1 else 0 end),
    sum(case when timeliness = 'ON_TIME' then 1 else 0 end),
    sum(case when timeliness = 'LATE' then 1 else 0 end),
    coalesce(sum(resolution_days), 0),
    sum(case when fee_required then 1 else 0 end),
    sum(case when fee_required and paid_online then 1 else 0 end),
    sum(case when result_expected then 1 else 0 end),
    sum(case when e_result then 1 else 0 end),
    sum(case when digitised then 1 else 0 end),
    sum(case when rating is not null then 1 else 0 end),
    sum(case when dissatisfied then 1 else 0 end),
    sum(case when reused then 1 else 0 end),
    sum(case when portal_synced then 1 else 0 end)
from kpi_dossier where received_day is not null
group by received_day, procedure_id, unit_code, officer;
insert into kpi_daily (stat_day, kind, procedure_id, unit_code, officer, n, online_n, early, on_time, late,
    resolution_days, fee_required, paid_online, result_expected, e_result, digitised, rated, dissatisfied, reused,
    portal_synced)
select end_day, 'F', procedure_id, unit_code, officer, count(*),
    sum(case when channel = 2 then 1 else 0 end),
    sum(case when timeliness = 'EARLY' then 1 else 0 end),
    sum(case when timeliness = 'ON_TIME' then 1 else 0 end),
    sum(case when timeliness = 'LATE' then 1 else 0 end),
    coalesce(sum(resolution_days), 0),
    sum(case when fee_required then 1 else 0 end),
    sum(case when fee_required and paid_online then 1 else 0 end),
    sum(case when result_expected then 1 else 0 end),
    sum(case when e_result then 1 else 0 end),
    sum(case when digitised then 1 else 0 end),
    sum(case when rating is not null then 1 else 0 end),
    sum(case when dissatisfied then 1 else 0 end),
    sum(case when reused then 1 else 0 end),
    sum(case when portal_synced then 1 else 0 end)
from kpi_dossier where received_day is not null and end_day is not null
group by end_day, procedure_id, unit_code, officer;

delete from kpi_monthly;
insert into kpi_monthly select cast(date_trunc('month', stat_day) as date), kind, procedure_id, unit_code, officer,
    sum(n), sum(online_n), sum(early), sum(on_time), sum(late), sum(resolution_days), sum(fee_required),
    sum(paid_online), sum(result_expected), sum(e_result), sum(digitised), sum(rated), sum(dissatisfied), sum(reused),
    sum(portal_synced)
    from kpi_daily group by cast(date_trunc('month', stat_day) as date), kind, procedure_id, unit_code, officer;

delete from kpi_daily_all;
insert into kpi_daily_all select stat_day, kind, sum(n), sum(online_n), sum(early), sum(on_time), sum(late),
    sum(resolution_days), sum(fee_required), sum(paid_online), sum(result_expected), sum(e_result), sum(digitised),
    sum(rated), sum(dissatisfied), sum(reused), sum(portal_synced) from kpi_daily group by stat_day, kind;
