package vn.vetflow.inspection.steps;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.vetflow.inspection.Inspection;
import vn.vetflow.inspection.InspectionRepository;
import vn.vetflow.shared.Violation;

/** The inspector draws up the plan and names the team. */
@Component
class DrawUpPlanStep extends AggregateStep {

    DrawUpPlanStep(InspectionRepository inspections) {
        super(inspections, "Task_Plan");
    }

    @Override
    public void check(StepWork work, List<Violation> violations) {
        if (!StepWork.isLogin(work.text("teamLead"))) {
            violations.add(Violation.of("teamLead", "inspection.error.username"));
        }
    }

    @Override
    protected void apply(Inspection inspection, StepWork work) {
        inspection.plan(work.text("planContent"), work.text("teamLead"), work.logins("teamMembers"), work.username(),
                work.at());
    }
}
