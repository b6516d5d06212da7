/**
 * Periodic reporting (issue 18): rounds of the VET statistics report every active institution files, the
 * Department's review, and ({@code consolidation}) the provincial report computed from accepted reports, its
 * exports and its submission to the government reporting system (tables {@code reporting_*}, Flyway V190, V195).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"institution", "identity", "shared", "tasks",
        "forms", "notification", "engine", "documents"})
package vn.vetflow.reporting;
