/** Cross-cutting web concerns: error pages, layout, the database-outage page. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"catalogue", "identity", "shared"})
package vn.vetflow.web;
