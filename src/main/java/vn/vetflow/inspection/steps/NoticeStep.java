package vn.vetflow.inspection.steps;

import org.springframework.stereotype.Component;
import vn.vetflow.inspection.Inspection;
import vn.vetflow.inspection.InspectionRepository;

/** The notice to the institution, with the request for its self-assessment. */
@Component
class NoticeStep extends AggregateStep {

    NoticeStep(InspectionRepository inspections) {
        super(inspections, "Task_Notice");
    }

    @Override
    protected void apply(Inspection inspection, StepWork work) {
        inspection.notify(work.text("noticeContent") + "\n" + work.text("selfAssessmentRequest"),
                work.text("noticeChannel"), work.username(), work.at());
    }
}
