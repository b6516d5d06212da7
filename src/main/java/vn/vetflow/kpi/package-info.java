/**
 * Supervisors' KPIs: a read model fed by the dossier, task, rating and inspection events (tables
 * {@code kpi_*}, Flyway V11), rebuildable from scratch, with daily pre-aggregates per procedure, unit and
 * officer; the dashboards under {@code /kpi/**} (Decision 766 indicators and the one-stop table, digital
 * inspections, process analytics, the plan's targets), CSV/XLSX export, the weekly digest, threshold
 * alerts and Prometheus gauges. No other module depends on this one.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"calendar", "catalogue", "dossier",
        "identity", "inspection", "nationalportal", "notification", "publicservice", "tasks"})
package vn.vetflow.kpi;
