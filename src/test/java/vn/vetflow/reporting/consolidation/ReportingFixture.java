package vn.vetflow.reporting.consolidation;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rounds, reports and figures written straight into the V190 tables (the reporting process is another module's),
 * with institutions of their own so that each test's sums are its own.
 */
final class ReportingFixture {

    private final JdbcTemplate jdbc;
    final String tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    ReportingFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    String institution(String suffix, String name, String type) {
        String code = "T" + tag + suffix;
        jdbc.update("insert into institution (code, name, type, address, district) values (?, ?, ?, ?, ?)",
                code, name, type, "Số 1 đường Hoàng Liên", "Phường Cam Đường");
        return code;
    }

    void occupation(String institution, String level, String occupationCode, String name) {
        jdbc.update("insert into institution_occupation (institution_code, occupation_code, occupation_name, level,"
                + " registered_scale, current_enrolment) values (?, ?, ?, ?, 100, 50)", institution, occupationCode, name, level);
    }

    long round(String code, String status, LocalDate from, LocalDate to) {
        jdbc.update("insert into reporting_round (code, period_kind, period_from, period_to, due_on, template_key, status,"
                        + " opened_by, opened_at) values (?, 'HALF_YEAR', ?, ?, ?, 'vet-statistics', ?, 'ktinspector', ?)",
                code, from, to, to.plusDays(5), status, Timestamp.from(Instant.parse("2026-06-01T02:00:00Z")));
        return jdbc.queryForObject("select id from reporting_round where code = ?", Long.class, code);
    }

    long report(long round, String institution, String status, boolean late) {
        jdbc.update("insert into reporting_report (round_id, institution_code, status, due_on, late) values (?, ?, ?, ?, ?)",
                round, institution, status, LocalDate.of(2026, 6, 20), late);
        return jdbc.queryForObject("select id from reporting_report where round_id = ? and institution_code = ?",
                Long.class, round, institution);
    }

    void figures(long report, Map<String, Integer> figures) {
        figures.forEach((key, value) -> {
            int bar = key.indexOf('@');
            String indicator = bar < 0 ? key : key.substring(0, bar);
            String dimension = bar < 0 ? "" : key.substring(bar + 1);
            jdbc.update("insert into reporting_figure (report_id, indicator, dimension, figure) values (?, ?, ?, ?)",
                    report, indicator, dimension, BigDecimal.valueOf(value));
        });
    }

    /** Removes what the fixture wrote, so other tests' rounds and targets do not see it. */
    void cleanUp() {
        String like = "T%" + tag + "%";
        jdbc.update("delete from reporting_submission where round_id in (select id from reporting_round where code like ?)",
                like);
        jdbc.update("delete from reporting_figure where report_id in (select p.id from reporting_report p"
                + " where p.institution_code like ?)", like);
        jdbc.update("delete from reporting_report where institution_code like ?", like);
        jdbc.update("delete from reporting_round where code like ?", like);
        jdbc.update("delete from institution_occupation where institution_code like ?", like);
        jdbc.update("delete from institution where code like ?", like);
    }
}
