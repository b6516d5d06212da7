-- KPI read model kept by deltas (kpi/KpiUpkeep, kpi/KpiStore.apply): each case (dossier or inspection code)
-- has a row locked FOR UPDATE by every refresh of that case, so two refreshes of one case run one after the
-- other while different cases run side by side; the daily cells change by additions, which commute. Rows
-- are inserted by the first refresh of each case.
create table kpi_case (
    business_key varchar(64) not null primary key
);

-- A cell never goes negative: a delta that would make it so fails its transaction instead of being written.
alter table kpi_daily add constraint ck_kpi_daily_n check (n >= 0);
alter table kpi_daily_all add constraint ck_kpi_daily_all_n check (n >= 0);
alter table kpi_step_daily add constraint ck_kpi_step_daily_n check (n >= 0);
