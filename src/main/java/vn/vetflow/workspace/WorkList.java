package vn.vetflow.workspace;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import vn.vetflow.calendar.WorkingCalendar;
import vn.vetflow.dossier.Dossier;
import vn.vetflow.dossier.DossierService;
import vn.vetflow.publicservice.DateFormats;
import vn.vetflow.publicservice.Deadlines;
import vn.vetflow.publicservice.OfficerWork;
import vn.vetflow.publicservice.PublicServiceProcess;
import vn.vetflow.publicservice.WorkItem;
import vn.vetflow.publicservice.WorkQuery;

/**
 * The officers' task list: which tasks each tab holds, their counts (count queries, nothing loaded), one
 * page of rows joined with their dossiers in one query.
 */
@Service
class WorkList {

    static final int PAGE_SIZE = 20;
    /** At most this many dossiers match a text search; a longer text narrows it. */
    static final int SEARCH_LIMIT = 300;

    private final PublicServiceProcess process;
    private final DossierService dossiers;
    private final Deadlines deadlines;
    private final int dueSoonDays;

    WorkList(PublicServiceProcess process, DossierService dossiers, Deadlines deadlines,
             @Value("${vetflow.workspace.due-soon-days:2}") int dueSoonDays) {
        this.process = process;
        this.dossiers = dossiers;
        this.deadlines = deadlines;
        this.dueSoonDays = dueSoonDays;
    }

    /** The tabs this officer sees. */
    List<WorkListTab> tabs(List<String> groups) {
        return java.util.Arrays.stream(WorkListTab.values())
                .filter(tab -> !tab.leadersOnly() || OfficerWork.mayAssign(groups)).toList();
    }

    Map<WorkListTab, Long> counts(String username, List<String> groups, String text) {
        Collection<String> codes = codes(text);
        Map<WorkListTab, Long> counts = new EnumMap<>(WorkListTab.class);
        for (WorkListTab tab : tabs(groups)) {
            counts.put(tab, process.count(query(tab, username, groups, codes, WorkQuery.Order.DUE_DATE)));
        }
        return counts;
    }

    Page page(WorkListState state, String username, List<String> groups) {
        WorkQuery query = query(state.tab(), username, groups, codes(state.q()),
                state.sort() == WorkListSort.RECEIVED ? WorkQuery.Order.CREATED : WorkQuery.Order.DUE_DATE);
        long total = process.count(query);
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(state.page(), pages);
        List<WorkItem> items = process.work(query, (page - 1) * PAGE_SIZE, PAGE_SIZE);
        Map<String, Dossier> byCode = dossiers.findAll(items.stream().map(WorkItem::businessKey)
                .collect(Collectors.toSet()));
        LocalDate today = deadlines.today();
        List<WorkListRow> rows = items.stream().map(item -> row(item, byCode.get(item.businessKey()), today, username))
                .toList();
        return new Page(rows, total, page, pages);
    }

    /** Users a leader may pick for the tasks on the page: the members of their candidate groups. */
    Map<String, String> assignees(List<WorkListRow> rows) {
        Set<String> groups = rows.stream().flatMap(row -> process.candidateGroups(row.taskId()).stream())
                .collect(Collectors.toSet());
        return process.usersOf(groups);
    }

    private WorkListRow row(WorkItem item, Dossier dossier, LocalDate today, String username) {
        ZoneId zone = deadlines.calendar().zone();
        LocalDate due = item.due() == null ? null : LocalDate.ofInstant(item.due().toInstant(), zone);
        Integer left = due == null ? null : deadlines.calendar().workingDaysLeft(today, due);
        String timeliness = left == null ? "none" : due.isBefore(today) ? "overdue"
                : left <= dueSoonDays ? "due-soon" : "on-track";
        String received = item.created() == null ? ""
                : DateFormats.date(LocalDate.ofInstant(item.created().toInstant(), zone));
        return new WorkListRow(item.taskId(), item.businessKey(),
                dossier == null ? "" : dossier.getProcedureName(), dossier == null ? "" : dossier.getApplicantName(),
                item.name(), DateFormats.date(due), left, timeliness, item.assignee(), received,
                username.equals(item.assignee()));
    }

    /** Dossier codes matching the text, or null when there is no text (any dossier). */
    private Collection<String> codes(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return dossiers.searchCodes(text, SEARCH_LIMIT);
    }

    private WorkQuery query(WorkListTab tab, String username, List<String> groups, Collection<String> codes,
                            WorkQuery.Order order) {
        LocalDate today = deadlines.today();
        WorkingCalendar calendar = deadlines.calendar();
        Date startOfToday = startOf(today);
        Date startOfTomorrow = startOf(today.plusDays(1));
        return switch (tab) {
            case MINE -> new WorkQuery(WorkQuery.Scope.ASSIGNED, username, groups, null, null, codes, order);
            case UNCLAIMED -> new WorkQuery(WorkQuery.Scope.UNASSIGNED_IN_GROUPS, username, groups, null, null, codes,
                    order);
            case ALL -> new WorkQuery(WorkQuery.Scope.ALL, username, groups, null, null, codes, order);
            case TODAY -> new WorkQuery(WorkQuery.Scope.WORKABLE, username, groups, justBefore(startOfToday),
                    startOfTomorrow, codes, order);
            case SOON -> new WorkQuery(WorkQuery.Scope.WORKABLE, username, groups, justBefore(startOfTomorrow),
                    startOf(calendar.addWorkingDays(today, dueSoonDays).plusDays(1)), codes, order);
            case OVERDUE -> new WorkQuery(WorkQuery.Scope.WORKABLE, username, groups, null, startOfToday, codes,
                    order);
        };
    }

    private Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(deadlines.calendar().zone()).toInstant());
    }

    private static Date justBefore(Date date) {
        return new Date(date.getTime() - 1);
    }

    record Page(List<WorkListRow> rows, long total, int page, int pages) {
    }
}
