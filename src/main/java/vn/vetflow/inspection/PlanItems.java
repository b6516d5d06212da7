package vn.vetflow.inspection;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.vetflow.inspectionplan.ApprovedItem;
import vn.vetflow.inspectionplan.InspectionPlans;
import vn.vetflow.shared.InvalidRequestException;
import vn.vetflow.shared.ProvinceClock;
import vn.vetflow.shared.Violation;

/** Starting inspections from the items of the approved annual plan (this year's and next year's). */
@Component
class PlanItems {

    private final InspectionPlans plans;
    private final Inspections inspections;
    private final ProvinceClock clock;

    PlanItems(InspectionPlans plans, Inspections inspections, ProvinceClock clock) {
        this.plans = plans;
        this.inspections = inspections;
        this.clock = clock;
    }

    /** Approved items not started yet. */
    List<ApprovedItem> startable() {
        int year = clock.today().getYear();
        return java.util.stream.Stream.concat(plans.approvedItems(year).stream(), plans.approvedItems(year + 1).stream())
                .filter(item -> item.inspectionCode() == null).toList();
    }

    @Transactional
    String start(long itemId, String username) {
        ApprovedItem item = startable().stream().filter(i -> i.itemId() == itemId).findFirst()
                .orElseThrow(() -> new InvalidRequestException(Violation.of("item", "inspection.error.planItem")));
        String subject = "Kiểm tra chuyên ngành theo kế hoạch năm " + item.year() + " (quý " + item.quarter() + ")";
        String code = inspections.start(item.institutionCode(), subject, "PLAN", item.itemId(), username);
        plans.markStarted(item.itemId(), code);
        return code;
    }
}
