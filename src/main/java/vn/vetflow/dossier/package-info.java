/** The application case (the Dossier aggregate): the one place that changes a dossier's status. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"calendar", "shared"})
package vn.vetflow.dossier;
