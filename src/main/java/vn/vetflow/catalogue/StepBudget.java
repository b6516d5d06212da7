package vn.vetflow.catalogue;

import java.util.List;

/** A step's time budget in working days and the Camunda groups that work it. */
public record StepBudget(int days, List<String> groups) {

    public StepBudget {
        groups = List.copyOf(groups);
    }
}
