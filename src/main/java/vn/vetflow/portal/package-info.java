/**
 * The applicant portal: the public catalogue pages, the public status look-up, and the applicant's own
 * dossiers (timeline, documents, supplement answers, withdrawal, satisfaction rating).
 *
 * <p>Controllers are thin and package-private; they use the public services of {@code dossier},
 * {@code publicservice}, {@code catalogue} and {@code forms}, never the engine. Public API of this module:
 * {@link vn.vetflow.portal.SatisfactionRatings} and {@link vn.vetflow.portal.Rating}.
 */
package vn.vetflow.portal;
