/**
 * Periodic reporting (issue 18): the Department opens a reporting round (Decree 09/2019 periods), every
 * institution files its report on the round's template (processes/reporting/vet-statistics.yaml, the form
 * forms/reporting/reporting-vet-statistics.form), the Department accepts it or returns it with a comment;
 * reminders, lateness and missing reports are the process's own timers (processes/reporting/periodic-report.bpmn).
 *
 * <p>Public API: {@link vn.vetflow.reporting.ReportingRounds} (rounds and reports, read by consolidation),
 * {@link vn.vetflow.reporting.ReportStatus}; it provides {@link vn.vetflow.institution.ReportPunctuality}
 * to the institution's risk hints. The {@code consolidation} sub-package is built separately on the same tables.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "engine", "forms", "identity",
        "institution", "notification", "shared", "tasks"})
package vn.vetflow.reporting;
