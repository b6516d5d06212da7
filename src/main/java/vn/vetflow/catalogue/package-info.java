/**
 * The procedure catalogue: every public-service procedure the province runs, as versioned data in
 * {@code processes/catalogue/*.yaml} (one file per procedure). A law change is a new version with an
 * effective date range; dossiers keep the version they started with.
 *
 * <p>Public API: {@link vn.vetflow.catalogue.ProcedureCatalogue} and the records it returns.
 */
// A leaf: procedures as configuration, read by others, using no other module.
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package vn.vetflow.catalogue;
