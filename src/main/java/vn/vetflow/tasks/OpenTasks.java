package vn.vetflow.tasks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
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
            + "t.received_at";

    private final NamedParameterJdbcTemplate jdbc;

    OpenTasks(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<OpenTask> page(TaskFilter filter, int offset, int limit) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        String sql = "select " + COLUMNS + " from open_task t where " + where(filter, parameters)
                + " order by " + orderBy(filter.order()) + " limit :limit offset :offset";
        parameters.addValue("limit", limit).addValue("offset", offset);
        List<OpenTask> tasks = jdbc.query(sql, parameters, (rs, row) -> task(rs, List.of()));
        return withGroups(tasks);
    }

    public long count(TaskFilter filter) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        Long count = jdbc.queryForObject("select count(*) from open_task t where " + where(filter, parameters),
                parameters, Long.class);
        return count == null ? 0 : count;
    }

    public Optional<OpenTask> find(String taskId) {
        List<OpenTask> found = jdbc.query("select " + COLUMNS + " from open_task t where t.task_id = :id",
                Map.of("id", taskId), (rs, row) -> task(rs, List.of()));
        return withGroups(found).stream().findFirst();
    }

    /** The open tasks of one case (a dossier or an inspection), oldest first. */
    public List<OpenTask> ofCase(String businessKey) {
        return withGroups(jdbc.query("select " + COLUMNS + " from open_task t where t.business_key = :key"
                + " order by t.created_at", Map.of("key", businessKey), (rs, row) -> task(rs, List.of())));
    }

    private static String where(TaskFilter filter, MapSqlParameterSource parameters) {
        List<String> conditions = new ArrayList<>();
        parameters.addValue("username", filter.username());
        parameters.addValue("groups", filter.groups().isEmpty() ? List.of("") : filter.groups());
        String inMyGroups = "exists (select 1 from open_task_group g where g.task_id = t.task_id"
                + " and g.group_id in (:groups))";
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

    private List<OpenTask> withGroups(List<OpenTask> tasks) {
        if (tasks.isEmpty()) {
            return tasks;
        }
        Map<String, List<String>> groups = new HashMap<>();
        jdbc.query("select task_id, group_id from open_task_group where task_id in (:ids) order by group_id",
                Map.of("ids", tasks.stream().map(OpenTask::taskId).toList()),
                rs -> {
                    groups.computeIfAbsent(rs.getString(1), id -> new ArrayList<>()).add(rs.getString(2));
                });
        return tasks.stream().map(task -> new OpenTask(task.taskId(), task.processKey(), task.kind(),
                task.businessKey(), task.stepKey(), task.stepName(), task.title(), task.party(), task.unit(),
                task.assignee(), task.priority(), task.created(), task.due(), task.received(),
                groups.getOrDefault(task.taskId(), List.of()))).toList();
    }

    private static OpenTask task(ResultSet rs, List<String> groups) throws SQLException {
        return new OpenTask(rs.getString("task_id"), rs.getString("process_key"), rs.getString("kind"),
                rs.getString("business_key"), rs.getString("step_key"), rs.getString("step_name"),
                rs.getString("title"), rs.getString("party"), rs.getString("unit_code"), rs.getString("assignee"),
                rs.getInt("priority"), instant(rs, "created_at"), instant(rs, "due_at"), instant(rs, "received_at"),
                groups);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
