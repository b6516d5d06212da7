/**
 * The applicant portal: the public catalogue pages, the public status look-up, and the applicant's own
 * dossiers (timeline, documents, supplement answers, withdrawal, satisfaction rating).
 *
 * <p>Controllers are thin and package-private; they use the public services of {@code dossier},
 * {@code publicservice}, {@code catalogue} and {@code forms}, never the engine. Ratings are kept by
 * {@code dossier} ({@link vn.vetflow.dossier.SatisfactionRatings}), so the KPI work does not depend on the portal.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"accounts", "calendar", "catalogue",
        "documents", "dossier", "forms", "identity", "inspection", "publicservice", "shared"})
package vn.vetflow.portal;
