package vn.vetflow.inspection.steps;

import org.springframework.stereotype.Component;
import vn.vetflow.inspection.Inspection;
import vn.vetflow.inspection.InspectionRepository;
import vn.vetflow.shared.DateFormats;

/** The decision announced to the institution. */
@Component
class AnnounceStep extends AggregateStep {

    AnnounceStep(InspectionRepository inspections) {
        super(inspections, "Task_Announce");
    }

    @Override
    protected void apply(Inspection inspection, StepWork work) {
        String attendees = work.text("attendees");
        String note = work.text("announcementNote");
        inspection.announce("Ngày công bố: " + DateFormats.date(work.date("announcedOn"))
                + (attendees == null ? "" : "\n" + attendees) + (note == null ? "" : "\n" + note), work.username(),
                work.at());
    }
}
