/**
 * Periodic reporting (issue 18): the Department opens a reporting round (Decree 09/2019 periods), every
 * institution files its report on the round's template (processes/reporting/vet-statistics.yaml, the form
 * forms/reporting/reporting-vet-statistics.form), the Department accepts it or returns it with a comment;
 * reminders, lateness and missing reports are the process's own timers (processes/reporting/periodic-report.bpmn).
 * The {@code consolidation} sub-package computes the provincial report from accepted reports, exports it and
 * submits it to the government reporting system (tables {@code reporting_*}, Flyway V190–V195).
 *
 * <p>Public API: {@link vn.vetflow.reporting.ReportingRounds} (rounds and reports),
 * {@link vn.vetflow.reporting.ReportStatus}; it provides {@link vn.vetflow.institution.ReportPunctuality}
 * to the institution's risk hints.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "documents", "engine", "forms",
        "identity", "institution", "notification", "shared", "tasks"})
package vn.vetflow.reporting;
