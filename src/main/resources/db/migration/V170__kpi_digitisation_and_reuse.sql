-- Issue 17, KPIs that cannot flatter. The digitisation and reuse facts the counter intake records (the
-- columns are named as agreed with that work; IF NOT EXISTS so that whichever migration runs second leaves
-- them as they are), and the reuse fact in the KPI read model.
alter table attachment add column if not exists digitised boolean default false not null;
alter table attachment add column if not exists reused_from_dossier varchar(40);
alter table dossier add column if not exists result_digitised boolean default false not null;
alter table dossier add column if not exists result_channel varchar(40);

alter table kpi_dossier add column reused boolean default false not null;
