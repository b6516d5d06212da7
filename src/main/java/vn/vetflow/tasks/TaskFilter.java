package vn.vetflow.tasks;

import java.time.Instant;
import java.util.List;

/**
 * Which open tasks a list shows.
 *
 * @param units     the units whose tasks may be shown; null for every unit (administrators)
 * @param dueFrom   inclusive lower bound of the due date, or null
 * @param dueBefore exclusive upper bound of the due date, or null
 * @param text      words that must all occur (accent-insensitive) in code, title or party, or null
 * @param process   the BPMN id of the only process whose tasks are shown, or null for every process
 */
public record TaskFilter(Scope scope, String username, List<String> groups, List<String> units, Instant dueFrom,
                         Instant dueBefore, String text, Order order, String process) {

    public TaskFilter(Scope scope, String username, List<String> groups, List<String> units, Instant dueFrom,
                      Instant dueBefore, String text, Order order) {
        this(scope, username, groups, units, dueFrom, dueBefore, text, order, null);
    }

    public TaskFilter {
        groups = groups == null ? List.of() : List.copyOf(groups);
        units = units == null ? null : List.copyOf(units);
        order = order == null ? Order.DUE : order;
    }

    public TaskFilter withDue(Instant from, Instant before) {
        return new TaskFilter(scope, username, groups, units, from, before, text, order, process);
    }

    public TaskFilter withScope(Scope newScope) {
        return new TaskFilter(newScope, username, groups, units, dueFrom, dueBefore, text, order, process);
    }

    public enum Scope {
        /** Assigned to the user. */
        ASSIGNED,
        /** Unassigned and offered to one of the user's groups. */
        UNASSIGNED_IN_GROUPS,
        /** Assigned to the user, or unassigned and offered to one of their groups. */
        WORKABLE,
        /** Every task of the units (leaders). */
        UNIT
    }

    public enum Order {
        /** Earliest due date first; tasks without one last. */
        DUE,
        /** Oldest case first. */
        RECEIVED,
        /** Highest priority first, then earliest due. */
        PRIORITY
    }
}
