package vn.vetflow.inspection.steps;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.vetflow.inspection.Inspection;
import vn.vetflow.inspection.InspectionRepository;
import vn.vetflow.shared.Violation;

/** The inspector drafts the decision: period, mode, legal basis and the team it names. */
@Component
class DraftDecisionStep extends AggregateStep {

    DraftDecisionStep(InspectionRepository inspections) {
        super(inspections, "Task_DraftDecision");
    }

    @Override
    public void check(StepWork work, List<Violation> violations) {
        LocalDate from = work.date("checkFrom");
        LocalDate to = work.date("checkTo");
        if (from != null && to != null && to.isBefore(from)) {
            violations.add(Violation.of("checkTo", "inspection.error.period"));
        }
        if (!StepWork.isLogin(work.text("teamLead"))) {
            violations.add(Violation.of("teamLead", "inspection.error.username"));
        }
    }

    @Override
    protected void apply(Inspection inspection, StepWork work) {
        inspection.decide(work.text("decisionNumber"), work.text("decisionSubject") + "\nCăn cứ: "
                        + work.text("legalBasis"), work.text("inspectionMode"), work.date("checkFrom"),
                work.date("checkTo"), work.text("teamLead"), work.logins("teamMembers"), work.username(), work.at());
    }
}
