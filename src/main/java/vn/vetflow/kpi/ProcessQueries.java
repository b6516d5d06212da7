package vn.vetflow.kpi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Per-step waiting and working time and deadline breaches, from the daily step aggregates. */
@Service
@Transactional(readOnly = true)
public class ProcessQueries {

    public record StepFigures(String processKey, String stepKey, long count, long waitingSeconds, long workingSeconds,
                       long breaches) {
        public double averageWaitingHours() {
            return count == 0 ? 0 : waitingSeconds / 3600.0 / count;
        }

        public double averageWorkingHours() {
            return count == 0 ? 0 : workingSeconds / 3600.0 / count;
        }

        public double averageHours() {
            return averageWaitingHours() + averageWorkingHours();
        }
    }

    private final JdbcTemplate jdbc;

    ProcessQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<StepFigures> steps(String processKey, LocalDate from, LocalDate to) {
        return jdbc.query("select process_key, step_key, sum(n), sum(waiting_seconds), sum(working_seconds), sum(breaches)"
                + " from kpi_step_daily where process_key = ? and stat_day between ? and ?"
                + " group by process_key, step_key order by step_key",
                (rs, i) -> new StepFigures(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6)), processKey, from, to);
    }

    long openBreaches(String processKey, Instant now) {
        Long n = jdbc.queryForObject("select count(*) from kpi_step where ended_at is null and process_key = ?"
                + " and due_at < ?", Long.class, processKey, java.sql.Timestamp.from(now));
        return n == null ? 0 : n;
    }
}
