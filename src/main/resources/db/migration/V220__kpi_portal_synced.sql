-- Issue 15: whether a dossier is public on the national portal (every status in the portal outbox acknowledged)
-- is kept in its KPI row, computed when the row is refreshed (kpi/PortalSync.synced), instead of two look-ups in
-- portal_outbox per dossier on every services and targets page. Portable SQL for PostgreSQL and H2.
alter table kpi_dossier add column portal_synced boolean not null default false;

-- Backfill: the same rule as the refresh.
update kpi_dossier set portal_synced = true
where exists (select 1 from portal_outbox o where o.dossier_code = kpi_dossier.code)
  and not exists (select 1 from portal_outbox o where o.dossier_code = kpi_dossier.code and o.acknowledged_at is null);
