-- One row whose lock serialises every change of the KPI read model across the nodes of a cluster
-- (kpi/KpiUpkeep): a daily cell is recomputed by one transaction at a time, from committed rows only.
create table kpi_upkeep (
    name       varchar(30) not null primary key,
    touched_at timestamp
);
insert into kpi_upkeep (name, touched_at) values ('kpi', null);
