/**
 * Specialized inspections of VET institutions (kiểm tra chuyên ngành): the process, the inspection file,
 * the institution's side and the digital-or-not classification. The records in this package are the
 * module's public events; other modules (KPIs) listen to them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "calendar", "documents",
        "engine", "forms", "identity", "inspectionplan", "institution", "notification", "publicservice",
        "shared", "tasks"})
package vn.vetflow.inspection;
