package vn.vetflow.tasks;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.vetflow.shared.SearchText;

/** Writes {@code open_task} rows; called inside the engine's transaction. */
@Component
class OpenTaskStore {

    private final NamedParameterJdbcTemplate jdbc;

    OpenTaskStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The task's state as the engine has it now. */
    record Snapshot(String taskId, String processKey, String businessKey, String stepKey, String stepName,
                    String assignee, int priority, Date created, Date due, Collection<String> groups) {
    }

    void insert(Snapshot task, TaskSubject subject) {
        jdbc.update("insert into open_task (task_id, process_key, kind, business_key, step_key, step_name, title,"
                        + " party, unit_code, search_text, assignee, priority, created_at, due_at, received_at)"
                        + " values (:id, :process, :kind, :key, :step, :stepName, :title, :party, :unit, :search,"
                        + " :assignee, :priority, :created, :due, :received)",
                new MapSqlParameterSource()
                        .addValue("id", task.taskId()).addValue("process", task.processKey())
                        .addValue("kind", subject.kind()).addValue("key", task.businessKey())
                        .addValue("step", task.stepKey()).addValue("stepName", task.stepName())
                        .addValue("title", subject.title()).addValue("party", subject.party())
                        .addValue("unit", subject.unit())
                        .addValue("search", searchText(task.businessKey(), subject))
                        .addValue("assignee", task.assignee()).addValue("priority", task.priority())
                        .addValue("created", timestamp(task.created())).addValue("due", timestamp(task.due()))
                        .addValue("received", subject.received() == null ? timestamp(task.created())
                                : Timestamp.from(subject.received())));
        insertGroups(task.taskId(), task.groups());
    }

    /** Refreshes what can change while a task is open. */
    void update(Snapshot task) {
        jdbc.update("update open_task set step_name = :stepName, assignee = :assignee, priority = :priority,"
                        + " due_at = :due where task_id = :id",
                new MapSqlParameterSource().addValue("id", task.taskId()).addValue("stepName", task.stepName())
                        .addValue("assignee", task.assignee()).addValue("priority", task.priority())
                        .addValue("due", timestamp(task.due())));
    }

    /** The row's kind, title and assignee before this command changes it, if the row exists. */
    java.util.Optional<Row> row(String taskId) {
        return jdbc.query("select kind, title, assignee from open_task where task_id = :id", Map.of("id", taskId),
                (rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3))).stream().findFirst();
    }

    record Row(String kind, String title, String assignee) {
    }

    void delete(String taskId) {
        jdbc.update("delete from open_task_group where task_id = :id", Map.of("id", taskId));
        jdbc.update("delete from open_task where task_id = :id", Map.of("id", taskId));
    }

    void deleteAll() {
        jdbc.getJdbcTemplate().update("delete from open_task_group");
        jdbc.getJdbcTemplate().update("delete from open_task");
    }

    long count() {
        Long count = jdbc.getJdbcTemplate().queryForObject("select count(*) from open_task", Long.class);
        return count == null ? 0 : count;
    }

    private void insertGroups(String taskId, Collection<String> groups) {
        List<MapSqlParameterSource> rows = groups.stream().distinct()
                .map(group -> new MapSqlParameterSource().addValue("id", taskId).addValue("group", group)).toList();
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("insert into open_task_group (task_id, group_id) values (:id, :group)",
                    rows.toArray(MapSqlParameterSource[]::new));
        }
    }

    static String searchText(String businessKey, TaskSubject subject) {
        String text = SearchText.normalise(String.join(" ", businessKey,
                subject.title() == null ? "" : subject.title(), subject.party() == null ? "" : subject.party()));
        return text.length() > 1200 ? text.substring(0, 1200) : text;
    }

    private static Timestamp timestamp(Date date) {
        return date == null ? null : new Timestamp(date.getTime());
    }
}
