package vn.vetflow.tasks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vetflow.shared.SearchText;

/**
 * Reads the open tasks: one page of a list, its size, and a single task. Every query is a plain indexed
 * query on {@code open_task}; the engine is not asked.
 */
@Service
@Transactional(readOnly = true)
public class OpenTasks {

    private static final String COLUMNS = "t.task_id, t.process_key, t.kind, t.business_key, t.step_key, "
            + "t.step_name, t.title, t.party, t.unit_code, t.assignee, t.priority, t.created_at, t.due_at, "
            + "t.received_at, t.candidate_groups";

    private final NamedParameterJdbcTemplate jdbc;

    OpenTasks(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<OpenTask> page(TaskFilter filter, int offset, int limit) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        String sql = "select " + COLUMNS + " from open_task t where " + where(filter, parameters)
                + " order by " + orderBy(filter.order()) + " limit :limit offset :offset";
        parameters.addValue("limit", limit).addValue("offset", offset);
        return jdbc.query(sql, parameters, (rs, row) -> task(rs));
    }

    public long count(TaskFilter filter) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        Long count = jdbc.queryForObject("select count(*) from open_task t where " + where(filter, parameters),
                parameters, Long.class);
        return count == null ? 0 : count;
    }

    /**
     * The counts a task list's tabs need, in one pass over the workable tasks: assigned to the user,
     * unassigned in their groups, and due within each window; the whole units' count when asked (leaders).
     */
    public Counts counts(TaskFilter filter, List<DueWindow> windows, boolean wholeUnits) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        StringBuilder sql = new StringBuilder("select count(*)"
                + ", coalesce(sum(case when t.assignee is not null then 1 else 0 end), 0)");
        for (int i = 0; i < windows.size(); i++) {
            DueWindow window = windows.get(i);
            List<String> bounds = new ArrayList<>();
            if (window.from() != null) {
                bounds.add("t.due_at >= :from" + i);
                parameters.addValue("from" + i, Timestamp.from(window.from()));
            }
            if (window.before() != null) {
                bounds.add("t.due_at < :before" + i);
                parameters.addValue("before" + i, Timestamp.from(window.before()));
            }
            sql.append(", coalesce(sum(case when ").append(bounds.isEmpty() ? "1 = 1" : String.join(" and ", bounds))
                    .append(" then 1 else 0 end), 0)");
        }
        // the user's own tasks and the unassigned ones of their groups are disjoint: two narrow index ranges
        // read apart are cheaper than one range of the whole unit filtered by an "or"
        TaskFilter plain = filter.withDue(null, null);
        sql.append(" from (select t.assignee, t.due_at from open_task t where ")
                .append(where(plain.withScope(TaskFilter.Scope.ASSIGNED), parameters))
                .append(" union all select t.assignee, t.due_at from open_task t where ")
                .append(where(plain.withScope(TaskFilter.Scope.UNASSIGNED_IN_GROUPS), parameters))
                .append(") t");
        Counts counts = jdbc.queryForObject(sql.toString(), parameters, (rs, row) -> {
            List<Long> inWindows = new ArrayList<>();
            for (int i = 0; i < windows.size(); i++) {
                inWindows.add(rs.getLong(3 + i));
            }
            long workable = rs.getLong(1);
            long assigned = rs.getLong(2);
            return new Counts(assigned, workable - assigned, inWindows, 0);
        });
        if (wholeUnits && counts != null) {
            counts = new Counts(counts.assigned(), counts.unassignedInGroups(), counts.dueInWindows(),
                    count(filter.withScope(TaskFilter.Scope.UNIT).withDue(null, null)));
        }
        return counts;
    }

    /** Due dates in {@code [from, before)}; a null bound is open. */
    public record DueWindow(Instant from, Instant before) {
    }

    /** Counts of one task list; {@code units} is 0 unless the whole units were asked for. */
    public record Counts(long assigned, long unassignedInGroups, List<Long> dueInWindows, long units) {
    }

    public Optional<OpenTask> find(String taskId) {
        return jdbc.query("select " + COLUMNS + " from open_task t where t.task_id = :id", Map.of("id", taskId),
                (rs, row) -> task(rs)).stream().findFirst();
    }

    /** The open tasks of one case (a dossier or an inspection), oldest first. */
    public List<OpenTask> ofCase(String businessKey) {
        return jdbc.query("select " + COLUMNS + " from open_task t where t.business_key = :key"
                + " order by t.created_at", Map.of("key", businessKey), (rs, row) -> task(rs));
    }

    private String where(TaskFilter filter, MapSqlParameterSource parameters) {
        List<String> conditions = new ArrayList<>();
        parameters.addValue("username", filter.username());
        String inMyGroups = "1 = 0";
        if (filter.scope() != TaskFilter.Scope.ASSIGNED && filter.scope() != TaskFilter.Scope.UNIT) {
            List<String> sets = groupSets(filter.groups());
            if (!sets.isEmpty()) {
                inMyGroups = "t.candidate_groups in (:sets)";
                parameters.addValue("sets", sets);
            }
        }
        conditions.add(switch (filter.scope()) {
            case ASSIGNED -> "t.assignee = :username";
            case UNASSIGNED_IN_GROUPS -> "t.assignee is null and " + inMyGroups;
            case WORKABLE -> "(t.assignee = :username or (t.assignee is null and " + inMyGroups + "))";
            case UNIT -> "1 = 1";
        });
        if (filter.units() != null) {
            conditions.add("t.unit_code in (:units)");
            parameters.addValue("units", filter.units().isEmpty() ? List.of("") : filter.units());
        }
        if (filter.process() != null) {
            conditions.add("t.process_key = :process");
            parameters.addValue("process", filter.process());
        }
        if (filter.dueFrom() != null) {
            conditions.add("t.due_at >= :dueFrom");
            parameters.addValue("dueFrom", Timestamp.from(filter.dueFrom()));
        }
        if (filter.dueBefore() != null) {
            conditions.add("t.due_at < :dueBefore");
            parameters.addValue("dueBefore", Timestamp.from(filter.dueBefore()));
        }
        String text = SearchText.normalise(filter.text());
        if (!text.isEmpty()) {
            String[] words = text.split(" ");
            for (int i = 0; i < words.length; i++) {
                conditions.add("t.search_text like :word" + i);
                parameters.addValue("word" + i, "%" + words[i].replace("%", "").replace("_", "") + "%");
            }
        }
        return String.join(" and ", conditions);
    }

    private static String orderBy(TaskFilter.Order order) {
        return switch (order) {
            case DUE -> "t.due_at asc nulls last, t.task_id";
            case RECEIVED -> "t.received_at asc nulls last, t.task_id";
            case PRIORITY -> "t.priority desc, t.due_at asc nulls last, t.task_id";
        };
    }

    /** The candidate-group sets that contain at least one of the groups (a handful of values). */
    private List<String> groupSets(List<String> groups) {
        if (groups.isEmpty()) {
            return List.of();
        }
        return jdbc.queryForList("select distinct group_set from open_task_group_set where group_id in (:groups)",
                Map.of("groups", groups), String.class);
    }

    private static OpenTask task(ResultSet rs) throws SQLException {
        return new OpenTask(rs.getString("task_id"), rs.getString("process_key"), rs.getString("kind"),
                rs.getString("business_key"), rs.getString("step_key"), rs.getString("step_name"),
                rs.getString("title"), rs.getString("party"), rs.getString("unit_code"), rs.getString("assignee"),
                rs.getInt("priority"), instant(rs, "created_at"), instant(rs, "due_at"), instant(rs, "received_at"),
                GroupSets.groups(rs.getString("candidate_groups")));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
