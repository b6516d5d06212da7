-- KPI read model, second step: daily totals over every procedure, unit and officer (what the overall
-- figures and the trends read, two rows a day), and an index for the dossiers running on a given day.
create table kpi_daily_all (
    stat_day         date         not null,
    kind             char(1)      not null,
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
    primary key (stat_day, kind)
);
insert into kpi_daily_all select stat_day, kind, sum(n), sum(online_n), sum(early), sum(on_time), sum(late),
    sum(resolution_days), sum(fee_required), sum(paid_online), sum(result_expected), sum(e_result), sum(digitised),
    sum(rated), sum(dissatisfied) from kpi_daily group by stat_day, kind;

create index ix_kpi_dossier_received_end on kpi_dossier (received_day, end_day);
