package vn.vetflow.workspace;

import java.util.Arrays;
import vn.vetflow.tasks.TaskFilter;

/** The list's orders: by deadline (default), by the day the case came in, or by priority. */
enum WorkListSort {
    DUE("due", TaskFilter.Order.DUE), RECEIVED("received", TaskFilter.Order.RECEIVED),
    PRIORITY("priority", TaskFilter.Order.PRIORITY);

    private final String param;
    private final TaskFilter.Order order;

    WorkListSort(String param, TaskFilter.Order order) {
        this.param = param;
        this.order = order;
    }

    String param() {
        return param;
    }

    TaskFilter.Order order() {
        return order;
    }

    static WorkListSort of(String param) {
        return Arrays.stream(values()).filter(sort -> sort.param.equals(param)).findFirst().orElse(DUE);
    }
}
