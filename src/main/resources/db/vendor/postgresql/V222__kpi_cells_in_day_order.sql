-- Issue 15: V221 rewrote every KPI cell (kpi_daily, kpi_monthly) in the order its GROUP BY happened to produce
-- them, so the cells of one day lay scattered over the whole table: a Decree 09 month by procedure read about
-- 4,500 pages for 10,000 cells (EXPLAIN ANALYZE, 1,000,000 dossiers). The pages read cells by day (or month)
-- ranges: put them back in key order once. The upkeep then adds a day's new cells together, and the rebuild
-- (kpi/KpiStore.rebuildAggregates) writes them in key order. PostgreSQL only (CLUSTER).
cluster kpi_daily using kpi_daily_pkey;
cluster kpi_monthly using kpi_monthly_pkey;
analyze kpi_daily;
analyze kpi_monthly;
