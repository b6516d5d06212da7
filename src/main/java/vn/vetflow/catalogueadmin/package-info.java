/**
 * The administrators' catalogue page, {@code /admin/catalogue}: draft the next version of a procedure,
 * check it as at startup, publish it with an effective date (audited), export a procedure's versions as
 * YAML. The catalogue module stores and serves the versions; this module adds the page and the audit line
 * (the audit module depends on the dossier module, which depends on the catalogue).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "catalogue"})
package vn.vetflow.catalogueadmin;
