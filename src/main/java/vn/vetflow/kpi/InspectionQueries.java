package vn.vetflow.kpi;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of the inspection side of the read model. */
@Service
@Transactional(readOnly = true)
public class InspectionQueries {

    /** Closed inspections of a period: digital ones over all (paper ones count in the denominator). */
    public record Share(long digital, long closed, long paper) {
        public Double percent() {
            return closed == 0 ? null : 100.0 * digital / closed;
        }
    }

    public record Count(String key, long count) {
    }

    public record AreaCount(String area, long findings, long violations) {
    }

    public record InspectionLine(String code, String institution, String stage, boolean paper, LocalDate closedOn,
                          boolean classified, boolean digital, String reasons) {
    }

    public record RemediationLine(String code, String recommendationId, String area, LocalDate dueOn, String status) {
    }

    private final JdbcTemplate jdbc;

    InspectionQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Share share(LocalDate from, LocalDate to) {
        return jdbc.queryForObject("select coalesce(sum(case when digital then 1 else 0 end), 0), count(*),"
                + " coalesce(sum(case when paper then 1 else 0 end), 0) from kpi_inspection"
                + " where classified = true and closed_on between ? and ?",
                (rs, i) -> new Share(rs.getLong(1), rs.getLong(2), rs.getLong(3)), from, to);
    }

    /** {@link #share} of each period in one read: the closed inspections of their whole span, per closing day. */
    List<Share> shares(List<Period> periods) {
        LocalDate first = periods.stream().map(Period::from).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = periods.stream().map(Period::to).max(LocalDate::compareTo).orElseThrow();
        long[][] sums = new long[periods.size()][3];
        jdbc.query("select closed_on, sum(case when digital then 1 else 0 end), count(*),"
                + " sum(case when paper then 1 else 0 end) from kpi_inspection"
                + " where classified = true and closed_on between ? and ? group by closed_on", rs -> {
                    LocalDate day = rs.getObject(1, LocalDate.class);
                    for (int i = 0; i < periods.size(); i++) {
                        if (!day.isBefore(periods.get(i).from()) && !day.isAfter(periods.get(i).to())) {
                            sums[i][0] += rs.getLong(2);
                            sums[i][1] += rs.getLong(3);
                            sums[i][2] += rs.getLong(4);
                        }
                    }
                }, first, last);
        return java.util.Arrays.stream(sums).map(n -> new Share(n[0], n[1], n[2])).toList();
    }

    List<Count> byStage() {
        return jdbc.query("select stage, count(*) from kpi_inspection group by stage order by stage",
                (rs, i) -> new Count(rs.getString(1), rs.getLong(2)));
    }

    List<AreaCount> findingsByArea(LocalDate from, LocalDate to) {
        return jdbc.query("select area, count(*), sum(case when violation then 1 else 0 end) from kpi_finding"
                + " where recorded_at >= ? and recorded_at < ? group by area order by count(*) desc, area",
                (rs, i) -> new AreaCount(rs.getString(1), rs.getLong(2), rs.getLong(3)),
                java.sql.Timestamp.valueOf(from.atStartOfDay()), java.sql.Timestamp.valueOf(to.plusDays(1).atStartOfDay()));
    }

    List<RemediationLine> overdueRemediation(LocalDate today) {
        return jdbc.query("select code, recommendation_id, area, due_on, status from kpi_remediation"
                + " where status <> 'ACCEPTED' and due_on < ? order by due_on, code fetch first 100 rows only",
                (rs, i) -> new RemediationLine(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5)), today);
    }

    long overdueCount(LocalDate today) {
        Long n = jdbc.queryForObject("select count(*) from kpi_remediation where status <> 'ACCEPTED' and due_on < ?",
                Long.class, today);
        return n == null ? 0 : n;
    }

    /** The inspections behind a number: metric closed / digital / paper (in a period), stage (current), area. */
    List<InspectionLine> inspections(String metric, LocalDate from, LocalDate to, String key) {
        String where;
        Object[] args;
        switch (metric) {
            case "digital" -> { where = "classified = true and digital = true and closed_on between ? and ?"; args = new Object[] {from, to}; }
            case "paper" -> { where = "classified = true and paper = true and closed_on between ? and ?"; args = new Object[] {from, to}; }
            case "stage" -> { where = "stage = ?"; args = new Object[] {key}; }
            case "area" -> { where = "code in (select code from kpi_finding where area = ?)"; args = new Object[] {key}; }
            default -> { where = "classified = true and closed_on between ? and ?"; args = new Object[] {from, to}; }
        }
        return jdbc.query("select code, coalesce(institution_name, institution_code), stage, paper, closed_on, classified,"
                + " digital, reasons from kpi_inspection where " + where + " order by code fetch first 1000 rows only",
                (rs, i) -> new InspectionLine(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                        rs.getObject(5, LocalDate.class), rs.getBoolean(6), rs.getBoolean(7), rs.getString(8)), args);
    }
}
