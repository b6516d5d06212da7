package vn.vetflow.inspection.steps;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.vetflow.inspection.Checklists;
import vn.vetflow.inspection.Inspection;
import vn.vetflow.inspection.InspectionChange.CheckedItem;
import vn.vetflow.inspection.InspectionRepository;
import vn.vetflow.inspection.Inspections.CheckInput;
import vn.vetflow.shared.ProvinceClock;
import vn.vetflow.shared.Violation;

/** The check against the checklist: every item answered, a finding explained; the check ends today. */
@Component
class CheckStep extends AggregateStep {

    static final Set<String> RESULTS = Set.of("COMPLIANT", "FINDING", "NOT_APPLICABLE");

    private final Checklists checklists;
    private final ProvinceClock clock;

    CheckStep(InspectionRepository inspections, Checklists checklists, ProvinceClock clock) {
        super(inspections, "Task_Check");
        this.checklists = checklists;
        this.clock = clock;
    }

    @Override
    public void check(StepWork work, List<Violation> violations) {
        for (Checklists.Item item : checklists.standard().items()) {
            CheckInput result = work.input().checklist().get(item.code());
            if (result == null || !RESULTS.contains(result.result())) {
                violations.add(Violation.of("item." + item.code(), "inspection.error.checkItem", item.code()));
            } else if ("FINDING".equals(result.result()) && (result.note() == null || result.note().isBlank())) {
                violations.add(Violation.of("item." + item.code(), "inspection.error.findingNote", item.code()));
            }
        }
    }

    @Override
    protected void apply(Inspection inspection, StepWork work) {
        List<CheckedItem> items = new ArrayList<>();
        for (Checklists.Item item : checklists.standard().items()) {
            CheckInput r = work.input().checklist().get(item.code());
            boolean finding = "FINDING".equals(r.result());
            items.add(new CheckedItem(item.code(), item.area(), r.result(), finding && r.violation(),
                    r.note() == null || r.note().isBlank() ? null : r.note().strip()));
        }
        inspection.check(work.text("checkMode"), items, work.input().files(), clock.today(), work.username(),
                work.at());
    }
}
