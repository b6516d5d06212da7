-- KPI read model, monthly cells (issue 15): the daily cells of kpi_daily summed per calendar month, so a
-- page reads a year as twelve cells per group, and the dossiers running on a day are counted per group as
-- received minus finished up to that day (whole months here, the rest of the month from kpi_daily) instead
-- of reading the running dossiers. Kept by the same deltas as kpi_daily (kpi/KpiStore.apply); rebuilt from it.
create table kpi_monthly (
    month_start      date         not null,
    kind             char(1)      not null,
    procedure_id     varchar(20)  not null,
    unit_code        varchar(64)  not null,
    officer          varchar(100) not null,
    n                integer      not null,
    online_n         integer      not null,
    early            integer      not null,
    on_time          integer      not null,
    late             integer      not null,
    resolution_days  bigint       not null,
    fee_required     integer      not null,
    paid_online      integer      not null,
    result_expected  integer      not null,
    e_result         integer      not null,
    digitised        integer      not null,
    rated            integer      not null,
    dissatisfied     integer      not null,
    primary key (month_start, kind, procedure_id, unit_code, officer),
    constraint ck_kpi_monthly_n check (n >= 0)
);
insert into kpi_monthly select cast(date_trunc('month', stat_day) as date), kind, procedure_id, unit_code, officer,
    sum(n), sum(online_n), sum(early), sum(on_time), sum(late), sum(resolution_days), sum(fee_required),
    sum(paid_online), sum(result_expected), sum(e_result), sum(digitised), sum(rated), sum(dissatisfied)
    from kpi_daily group by cast(date_trunc('month', stat_day) as date), kind, procedure_id, unit_code, officer;
