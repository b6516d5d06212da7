package vn.vetflow.inspection;

import java.util.function.Consumer;

/**
 * Replays, from the inspection tables, every event this module has published (stage changes,
 * classifications, findings, remediation), oldest first, so a read model can be rebuilt from scratch.
 */
public interface InspectionEventLog {

    void replay(Consumer<Object> sink);

    /** The events of one inspection, oldest first. */
    void replay(String inspectionCode, Consumer<Object> sink);
}
