package vn.vetflow.workspace;

import java.util.Arrays;
import java.util.Optional;

/** The tabs of the task list, as they appear in the URL ({@code ?tab=mine}). */
enum WorkListTab {
    MINE("mine"), UNCLAIMED("unclaimed"), ALL("all"), TODAY("today"), SOON("soon"), OVERDUE("overdue");

    private final String param;

    WorkListTab(String param) {
        this.param = param;
    }

    String param() {
        return param;
    }

    String messageKey() {
        return "workspace.tab." + param;
    }

    /** Only leaders and administrators see the whole unit's tasks. */
    boolean leadersOnly() {
        return this == ALL;
    }

    static Optional<WorkListTab> of(String param) {
        return Arrays.stream(values()).filter(tab -> tab.param.equals(param)).findFirst();
    }
}
