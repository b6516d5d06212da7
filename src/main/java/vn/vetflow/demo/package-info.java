/** The demo profile's province: realistic Vietnamese dossiers, users and institutions, never loaded in production. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"accounts", "calendar", "catalogue",
        "desk", "dossier", "engine", "forms", "identity", "inspectionplan", "institution", "publicservice", "shared",
        "tasks"})
package vn.vetflow.demo;
