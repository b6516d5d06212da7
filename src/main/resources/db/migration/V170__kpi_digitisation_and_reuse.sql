-- Issue 17, KPIs that cannot flatter: the reuse fact in the KPI read model. The digitisation and reuse facts
-- themselves (attachment.digitised, attachment.reused_from_dossier, dossier.result_digitised,
-- dossier.result_channel) are recorded by the one-stop desk (V160).
alter table kpi_dossier add column reused boolean default false not null;
