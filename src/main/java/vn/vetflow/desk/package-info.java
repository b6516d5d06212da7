/**
 * The one-stop desk (issue 17): reception officers register dossiers received at the counter or by post for
 * a walk-in applicant (found by identity number or given an account), fill the procedure's form on their
 * behalf, store each component as a scan (digitised) or take it from the applicant's data store, choose the
 * result channel with them, receive the dossier at once and hand over the receipt; later they record the
 * result's hand-over (at the counter, or posted with a tracking number) and store the scan of a paper result.
 *
 * <p>Pages only, thin controllers over {@link vn.vetflow.desk.CounterIntake} and {@link vn.vetflow.desk.HandOver};
 * the dossier's data are {@code dossier}'s, the engine stays behind {@code publicservice}.
 */
package vn.vetflow.desk;
