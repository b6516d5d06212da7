/**
 * Status sync with the national public-service portal (Cổng Dịch vụ công quốc gia): every dossier status
 * change becomes a row of the outbox {@code portal_outbox} in the transaction that changed the status;
 * {@link vn.vetflow.nationalportal.OutboxDelivery} sends each dossier's rows strictly in order through the
 * port {@link vn.vetflow.nationalportal.NationalPortalClient} (HTTP), at least once with the row id as
 * idempotency key, retrying with exponential back-off while the portal is down. Operators see the queue at
 * {@code /national-portal}. Profiles demo, test and cluster-test run a simulated portal inside the
 * application ({@code /national-portal-simulator}); production never does.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"catalogue", "dossier", "shared"})
package vn.vetflow.nationalportal;
