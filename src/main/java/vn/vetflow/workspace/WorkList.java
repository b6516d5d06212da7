package vn.vetflow.workspace;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import vn.vetflow.identity.OrganisationUnits;
import vn.vetflow.identity.Roles;
import vn.vetflow.publicservice.Deadlines;
import vn.vetflow.publicservice.OfficerWork;
import vn.vetflow.publicservice.PublicServiceProcess;
import vn.vetflow.shared.DateFormats;
import vn.vetflow.tasks.OpenTask;
import vn.vetflow.tasks.OpenTasks;
import vn.vetflow.tasks.TaskFilter;

/**
 * The officers' task list: which tasks each tab holds, their counts and one page of rows, all read from
 * the open-task read model; an officer sees only the tasks of their own units.
 */
@Service
class WorkList {

    static final int PAGE_SIZE = 20;

    private final OpenTasks openTasks;
    private final PublicServiceProcess process;
    private final OrganisationUnits units;
    private final Deadlines deadlines;
    private final int dueSoonDays;

    WorkList(OpenTasks openTasks, PublicServiceProcess process, OrganisationUnits units, Deadlines deadlines,
             @Value("${vetflow.workspace.due-soon-days:2}") int dueSoonDays) {
        this.openTasks = openTasks;
        this.process = process;
        this.units = units;
        this.deadlines = deadlines;
        this.dueSoonDays = dueSoonDays;
    }

    /** The tabs this officer sees. */
    List<WorkListTab> tabs(List<String> groups) {
        return Arrays.stream(WorkListTab.values())
                .filter(tab -> !tab.leadersOnly() || OfficerWork.mayAssign(groups)).toList();
    }

    /** Every visible tab's count, from one pass over the officer's tasks (and one more for leaders). */
    Map<WorkListTab, Long> counts(String username, List<String> groups, String text) {
        List<WorkListTab> tabs = tabs(groups);
        List<WorkListTab> windowed = List.of(WorkListTab.TODAY, WorkListTab.SOON, WorkListTab.OVERDUE);
        List<OpenTasks.DueWindow> windows = windowed.stream().map(tab -> {
            TaskFilter filter = filter(tab, username, groups, text, TaskFilter.Order.DUE);
            return new OpenTasks.DueWindow(filter.dueFrom(), filter.dueBefore());
        }).toList();
        OpenTasks.Counts tally = openTasks.counts(filter(WorkListTab.MINE, username, groups, text,
                TaskFilter.Order.DUE), windows, tabs.contains(WorkListTab.ALL));
        Map<WorkListTab, Long> counts = new EnumMap<>(WorkListTab.class);
        for (WorkListTab tab : tabs) {
            counts.put(tab, switch (tab) {
                case MINE -> tally.assigned();
                case UNCLAIMED -> tally.unassignedInGroups();
                case ALL -> tally.units();
                case TODAY, SOON, OVERDUE -> tally.dueInWindows().get(windowed.indexOf(tab));
            });
        }
        return counts;
    }

    /** One page of the tab; {@code total} is the tab's count, already known from {@link #counts}. */
    Page page(WorkListState state, String username, List<String> groups, long total) {
        TaskFilter filter = filter(state.tab(), username, groups, state.q(), state.sort().order());
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(state.page(), pages);
        LocalDate today = deadlines.today();
        List<WorkListRow> rows = openTasks.page(filter, (page - 1) * PAGE_SIZE, PAGE_SIZE).stream()
                .map(task -> row(task, today, username, groups)).toList();
        return new Page(rows, total, page, pages);
    }

    /**
     * Officers a leader may pick for the tasks on the page: members of a task's candidate groups who work
     * in the task's unit.
     */
    Map<String, String> assignees(List<WorkListRow> rows) {
        Set<String> groups = new LinkedHashSet<>();
        Set<String> rowUnits = new LinkedHashSet<>();
        rows.forEach(row -> {
            groups.addAll(row.candidateGroups());
            rowUnits.add(row.unit());
        });
        Map<String, String> candidates = process.usersOf(groups);
        Set<String> inUnits = process.usersOf(rowUnits).keySet();
        candidates.keySet().retainAll(inUnits);
        return candidates;
    }

    /** The units whose tasks the user may see; null for administrators (every unit). */
    List<String> visibleUnits(List<String> groups) {
        return groups.contains(Roles.ADMIN) ? null : units.among(groups);
    }

    private WorkListRow row(OpenTask task, LocalDate today, String username, List<String> groups) {
        ZoneId zone = deadlines.calendar().zone();
        LocalDate due = task.due() == null ? null : LocalDate.ofInstant(task.due(), zone);
        Integer left = due == null ? null : deadlines.calendar().workingDaysLeft(today, due);
        String timeliness = left == null ? "none" : due.isBefore(today) ? "overdue"
                : left <= dueSoonDays ? "due-soon" : "on-track";
        String received = task.received() == null ? "" : DateFormats.date(LocalDate.ofInstant(task.received(), zone));
        return new WorkListRow(task.taskId(), task.kind(), task.businessKey(), task.title(),
                task.party() == null ? "" : task.party(), task.stepName(), DateFormats.date(due), left, timeliness,
                task.assignee(), received, username.equals(task.assignee()), task.unit(),
                units.name(task.unit(), org.springframework.context.i18n.LocaleContextHolder.getLocale()),
                task.candidateGroups(), username.equals(task.assignee()) || task.assignee() == null
                        && task.candidateGroups().stream().anyMatch(groups::contains),
                deadlines.calendar().isProvisional(due) ? due.getYear() : null);
    }

    private TaskFilter filter(WorkListTab tab, String username, List<String> groups, String text,
                              TaskFilter.Order order) {
        LocalDate today = deadlines.today();
        List<String> visible = visibleUnits(groups);
        TaskFilter workable = new TaskFilter(TaskFilter.Scope.WORKABLE, username, groups, visible, null, null, text,
                order);
        return switch (tab) {
            case MINE -> workable.withScope(TaskFilter.Scope.ASSIGNED);
            case UNCLAIMED -> workable.withScope(TaskFilter.Scope.UNASSIGNED_IN_GROUPS);
            case ALL -> workable.withScope(TaskFilter.Scope.UNIT);
            case TODAY -> workable.withDue(startOf(today), startOf(today.plusDays(1)));
            case SOON -> workable.withDue(startOf(today.plusDays(1)),
                    startOf(deadlines.calendar().addWorkingDays(today, dueSoonDays).plusDays(1)));
            case OVERDUE -> workable.withDue(null, startOf(today));
        };
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(deadlines.calendar().zone()).toInstant();
    }

    record Page(List<WorkListRow> rows, long total, int page, int pages) {
    }
}
