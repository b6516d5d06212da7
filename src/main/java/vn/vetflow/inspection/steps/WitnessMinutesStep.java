package vn.vetflow.inspection.steps;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.vetflow.inspection.Inspection;
import vn.vetflow.inspection.InspectionRepository;
import vn.vetflow.shared.Violation;

/**
 * The institution refused to sign the minutes or let its time limit pass: the team lead records it with a
 * witness (full name and position) in a witness record, and the minutes stand with the team's signatures.
 */
@Component
class WitnessMinutesStep extends AggregateStep {

    WitnessMinutesStep(InspectionRepository inspections) {
        super(inspections, "Task_WitnessMinutes");
    }

    @Override
    public void check(StepWork work, List<Violation> violations) {
        String lead = load(work.code()).teamLead();
        if (lead != null && !lead.equals(work.username())) {
            violations.add(Violation.of("witnessName", "inspection.error.notTeamLead", lead));
        }
    }

    @Override
    protected void apply(Inspection inspection, StepWork work) {
        // The institution's own answer, when it gave one; none means the timer brought the case here.
        String reason = AcknowledgeMinutesStep.REFUSE.equals(work.variables().apply("institutionAcknowledgement"))
                ? "REFUSED" : "SILENT";
        inspection.witness(reason, work.text("witnessName"), work.text("witnessPosition"), work.text("witnessNote"),
                work.username(), work.at());
    }
}
