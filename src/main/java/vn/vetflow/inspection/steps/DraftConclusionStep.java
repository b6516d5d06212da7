package vn.vetflow.inspection.steps;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.vetflow.inspection.Checklists;
import vn.vetflow.inspection.Inspection;
import vn.vetflow.inspection.InspectionRepository;
import vn.vetflow.inspection.Inspections.RecommendationDraft;
import vn.vetflow.shared.ProvinceClock;
import vn.vetflow.shared.Violation;

/** The draft conclusion and its recommendations, each with an area and a due date not in the past. */
@Component
class DraftConclusionStep extends AggregateStep {

    private final ProvinceClock clock;

    DraftConclusionStep(InspectionRepository inspections, ProvinceClock clock) {
        super(inspections, "Task_DraftConclusion");
        this.clock = clock;
    }

    @Override
    public void check(StepWork work, List<Violation> violations) {
        for (RecommendationDraft r : work.input().recommendations()) {
            if (r.text() == null || r.text().isBlank() || r.dueOn() == null || !Checklists.AREAS.contains(r.area())
                    || r.dueOn().isBefore(clock.today())) {
                violations.add(Violation.of("recommendations", "inspection.error.recommendation"));
                return;
            }
        }
    }

    @Override
    protected void apply(Inspection inspection, StepWork work) {
        inspection.conclude(work.text("conclusionNumber"), work.text("conclusionContent"),
                work.input().recommendations(), work.username(), work.at());
    }
}
