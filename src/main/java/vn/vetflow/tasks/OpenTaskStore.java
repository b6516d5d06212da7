package vn.vetflow.tasks;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.vetflow.engine.OpenUserTask;
import vn.vetflow.shared.SearchText;

/** Writes {@code open_task} rows; called inside the engine's transaction. */
@Component
class OpenTaskStore {

    private final NamedParameterJdbcTemplate jdbc;
    /** Sets this node has already recorded; a restart only costs one cheap check per set. */
    private final Set<String> knownSets = ConcurrentHashMap.newKeySet();

    OpenTaskStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(OpenUserTask task, TaskSubject subject) {
        jdbc.update("insert into open_task (task_id, process_key, kind, business_key, step_key, step_name, title,"
                        + " party, unit_code, candidate_groups, search_text, assignee, priority, created_at, due_at,"
                        + " received_at) values (:id, :process, :kind, :key, :step, :stepName, :title, :party, :unit,"
                        + " :groups, :search,"
                        + " :assignee, :priority, :created, :due, :received)",
                new MapSqlParameterSource()
                        .addValue("id", task.taskId()).addValue("process", task.processKey())
                        .addValue("kind", subject.kind()).addValue("key", task.businessKey())
                        .addValue("step", task.stepKey()).addValue("stepName", task.stepName())
                        .addValue("title", subject.title()).addValue("party", subject.party())
                        .addValue("unit", subject.unit()).addValue("groups", GroupSets.key(task.groups()))
                        .addValue("search", searchText(task.businessKey(), subject))
                        .addValue("assignee", task.assignee()).addValue("priority", task.priority())
                        .addValue("created", timestamp(task.created())).addValue("due", timestamp(task.due()))
                        .addValue("received", subject.received() == null ? timestamp(task.created())
                                : Timestamp.from(subject.received())));
        rememberGroupSet(task.groups());
    }

    /** Refreshes what can change while a task is open. */
    void update(OpenUserTask task) {
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
        jdbc.update("delete from open_task where task_id = :id", Map.of("id", taskId));
    }

    void deleteAll() {
        jdbc.getJdbcTemplate().update("delete from open_task");
    }

    long count() {
        Long count = jdbc.getJdbcTemplate().queryForObject("select count(*) from open_task", Long.class);
        return count == null ? 0 : count;
    }

    /** Records a candidate-group set the first time a task brings it (see V8: duplicates are harmless). */
    private void rememberGroupSet(Collection<String> groups) {
        String key = GroupSets.key(groups);
        if (knownSets.contains(key)) {
            return;
        }
        for (String group : GroupSets.groups(key)) {
            jdbc.update("insert into open_task_group_set (group_set, group_id) select :set, :group"
                    + " where not exists (select 1 from open_task_group_set where group_id = :group"
                    + " and group_set = :set)", Map.of("set", key, "group", group));
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // only once committed: a rolled-back insert must be tried again
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    knownSets.add(key);
                }
            });
        } else {
            knownSets.add(key);
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
