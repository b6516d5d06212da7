package vn.vetflow.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import vn.vetflow.nationalportal.OutboxDelivery;

/**
 * The national portal's acknowledgements are a source of the KPI read model (a dossier's last one marks it
 * public on the portal and refreshes its row). A test that compares the read model with a rebuild first
 * delivers everything due, so no acknowledgement lands between the two, then lets the refreshes run.
 */
public final class PortalDeliveries {

    private PortalDeliveries() {
    }

    public static void settle(OutboxDelivery delivery, EventPublications publications) {
        await("nothing left for the national portal to acknowledge").atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(100)).until(() -> delivery.deliverDue() == 0);
        publications.awaitReactions();
    }
}
