package vn.vetflow.reporting.consolidation;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Delivers a recorded submission after its commit (event publication registry: retried after a crash). */
@Component
class SubmissionDelivery {

    private final Submissions submissions;

    SubmissionDelivery(Submissions submissions) {
        this.submissions = submissions;
    }

    @ApplicationModuleListener
    void on(SubmissionRequested event) {
        submissions.deliver(event.submissionId());
    }
}
