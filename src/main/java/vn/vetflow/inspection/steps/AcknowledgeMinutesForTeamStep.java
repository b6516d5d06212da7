package vn.vetflow.inspection.steps;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.vetflow.inspection.Inspection;
import vn.vetflow.inspection.InspectionRepository;
import vn.vetflow.shared.Violation;

/** The team lead acknowledges the minutes for the team; nobody else may. */
@Component
class AcknowledgeMinutesForTeamStep extends AggregateStep {

    AcknowledgeMinutesForTeamStep(InspectionRepository inspections) {
        super(inspections, "Task_AckMinutesLead");
    }

    @Override
    public void check(StepWork work, List<Violation> violations) {
        String lead = load(work.code()).teamLead();
        if (lead != null && !lead.equals(work.username())) {
            violations.add(Violation.of("leadAcknowledgement", "inspection.error.notTeamLead", lead));
        }
    }

    @Override
    protected void apply(Inspection inspection, StepWork work) {
        inspection.acknowledgeForTeam(work.username(), work.at());
    }
}
