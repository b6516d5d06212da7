package vn.vetflow.institution;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reports filed in reporting rounds (the reporting module's tables, V190) written straight for the risk-hint
 * tests of this module: one round per report, so each can have its own due day.
 */
final class ReportRows {

    private ReportRows() {
    }

    /**
     * @param submittedOn first submission, or null
     * @param status      EXPECTED, SUBMITTED, RETURNED, ACCEPTED or MISSING
     */
    static void report(JdbcTemplate jdbc, String roundCode, String institution, LocalDate dueOn, LocalDate submittedOn,
                       String status) {
        jdbc.update("insert into reporting_round (code, period_kind, period_from, period_to, due_on, template_key,"
                        + " status, opened_by, opened_at) values (?, 'AD_HOC', ?, ?, ?, 'vet-statistics', 'OPEN', 'test', ?)",
                roundCode, dueOn.minusMonths(6), dueOn.minusDays(10), dueOn, Timestamp.from(Instant.now()));
        Long round = jdbc.queryForObject("select id from reporting_round where code = ?", Long.class, roundCode);
        jdbc.update("insert into reporting_report (round_id, institution_code, status, due_on, first_submitted_at, late)"
                        + " values (?, ?, ?, ?, ?, ?)", round, institution, status, dueOn,
                submittedOn == null ? null : Timestamp.valueOf(submittedOn.atTime(9, 0)),
                submittedOn != null && submittedOn.isAfter(dueOn));
    }
}
