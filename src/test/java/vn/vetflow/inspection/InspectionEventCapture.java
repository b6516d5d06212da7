package vn.vetflow.inspection;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records the module's events as published. */
@Component
public class InspectionEventCapture {
    final List<Object> events = java.util.Collections.synchronizedList(new ArrayList<>());

    @EventListener
    void on(InspectionStageChanged e) {
        events.add(e);
    }

    @EventListener
    void on(FindingRecorded e) {
        events.add(e);
    }

    @EventListener
    void on(RemediationChanged e) {
        events.add(e);
    }

    @EventListener
    void on(InspectionClassified e) {
        events.add(e);
    }
}
