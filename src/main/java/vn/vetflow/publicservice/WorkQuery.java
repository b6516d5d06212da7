package vn.vetflow.publicservice;

import java.util.Collection;
import java.util.Date;
import java.util.List;

/**
 * A narrow filter over the open public-service tasks, for officers' task lists: whose tasks, a due-date
 * window, an optional set of dossier codes (business keys) and the order.
 *
 * @param businessKeys null for any dossier; an empty set matches nothing
 */
public record WorkQuery(Scope scope, String username, List<String> groups, Date dueAfter, Date dueBefore,
                        Collection<String> businessKeys, Order order) {

    public WorkQuery {
        groups = groups == null ? List.of() : List.copyOf(groups);
        order = order == null ? Order.DUE_DATE : order;
    }

    public enum Scope {
        /** Assigned to the user. */
        ASSIGNED,
        /** Unassigned and offered to one of the user's groups. */
        UNASSIGNED_IN_GROUPS,
        /** Assigned to the user, or unassigned and offered to one of their groups. */
        WORKABLE,
        /** Every open public-service task. */
        ALL
    }

    public enum Order {
        /** Earliest due date first. */
        DUE_DATE,
        /** Oldest task (received at the step) first. */
        CREATED
    }
}
