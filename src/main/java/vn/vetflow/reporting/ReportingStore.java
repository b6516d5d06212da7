package vn.vetflow.reporting;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The reporting tables (Flyway V190, V191), with plain indexed SQL. */
@Repository
class ReportingStore {

    private static final String ROUND = "select id, code, period_kind, period_from, period_to, due_on, template_key,"
            + " status, opened_by, opened_at, closed_at, process_instance_id from reporting_round";
    private static final String REPORT = "select r.id, r.round_id, o.code, r.institution_code, r.status, r.due_on,"
            + " r.first_submitted_at, r.submitted_at, r.submitted_by, r.late, r.returned_count, r.accepted_at,"
            + " r.accepted_by from reporting_report r join reporting_round o on o.id = r.round_id";

    private final NamedParameterJdbcTemplate jdbc;

    ReportingStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insertRound(String code, String kind, LocalDate from, LocalDate to, LocalDate dueOn, String templateKey,
                     String status, String openedBy, Instant openedAt) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update("insert into reporting_round (code, period_kind, period_from, period_to, due_on, template_key,"
                + " status, opened_by, opened_at) values (:code, :kind, :from, :to, :due, :template, :status, :by, :at)",
                new MapSqlParameterSource("code", code).addValue("kind", kind).addValue("from", from).addValue("to", to)
                        .addValue("due", dueOn).addValue("template", templateKey).addValue("status", status)
                        .addValue("by", openedBy).addValue("at", Timestamp.from(openedAt)), key, new String[] {"id"});
        return key.getKey().longValue();
    }

    void setProcessInstance(long roundId, String processInstanceId) {
        jdbc.update("update reporting_round set process_instance_id = :pi where id = :id",
                Map.of("pi", processInstanceId, "id", roundId));
    }

    void closeRound(long roundId, Instant at) {
        jdbc.update("update reporting_round set status = 'CLOSED', closed_at = :at where id = :id and status = 'OPEN'",
                new MapSqlParameterSource("id", roundId).addValue("at", Timestamp.from(at)));
    }

    long insertReport(long roundId, String institutionCode, ReportStatus status, LocalDate dueOn) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update("insert into reporting_report (round_id, institution_code, status, due_on)"
                        + " values (:round, :institution, :status, :due)",
                new MapSqlParameterSource("round", roundId).addValue("institution", institutionCode)
                        .addValue("status", status.name()).addValue("due", dueOn), key, new String[] {"id"});
        return key.getKey().longValue();
    }

    Optional<Round> round(String code) {
        return jdbc.query(ROUND + " where code = :code", Map.of("code", code), ReportingStore::round).stream().findFirst();
    }

    Optional<Round> round(long id) {
        return jdbc.query(ROUND + " where id = :id", Map.of("id", id), ReportingStore::round).stream().findFirst();
    }

    /** Every round, latest period first. */
    List<Round> rounds() {
        return jdbc.query(ROUND + " order by period_to desc, code desc", ReportingStore::round);
    }

    Optional<Report> report(long id) {
        return jdbc.query(REPORT + " where r.id = :id", Map.of("id", id), ReportingStore::report).stream().findFirst();
    }

    Optional<Report> report(String roundCode, String institutionCode) {
        return jdbc.query(REPORT + " where o.code = :round and r.institution_code = :institution",
                Map.of("round", roundCode, "institution", institutionCode), ReportingStore::report).stream().findFirst();
    }

    /** The reports of a round, by institution code. */
    List<Report> reportsOf(long roundId) {
        return jdbc.query(REPORT + " where r.round_id = :round order by r.institution_code", Map.of("round", roundId),
                ReportingStore::report);
    }

    /** The institution's reports, latest due first. */
    List<Report> reportsOfInstitution(String institutionCode) {
        return jdbc.query(REPORT + " where r.institution_code = :institution order by r.due_on desc, r.id desc",
                Map.of("institution", institutionCode), ReportingStore::report);
    }

    /** The institution's latest accepted report of a round whose period ended before this one's. */
    Optional<Report> previousAccepted(String institutionCode, LocalDate before) {
        return jdbc.query(REPORT + " where r.institution_code = :institution and r.status = 'ACCEPTED'"
                        + " and o.period_to < :before order by o.period_to desc", new MapSqlParameterSource(
                        "institution", institutionCode).addValue("before", before), ReportingStore::report)
                .stream().findFirst();
    }

    void submitted(long reportId, String by, Instant at, boolean late) {
        jdbc.update("update reporting_report set status = 'SUBMITTED', submitted_at = :at, submitted_by = :by,"
                        + " first_submitted_at = coalesce(first_submitted_at, :at),"
                        + " late = case when first_submitted_at is null then :late else late end,"
                        + " version = version + 1 where id = :id",
                new MapSqlParameterSource("id", reportId).addValue("by", by).addValue("at", Timestamp.from(at))
                        .addValue("late", late));
    }

    /** Marks a report not yet submitted after its due day late; true if it was marked now. */
    boolean markLate(long reportId) {
        return jdbc.update("update reporting_report set late = true, version = version + 1"
                + " where id = :id and first_submitted_at is null and not late", Map.of("id", reportId)) > 0;
    }

    void decided(long reportId, boolean accepted, String by, Instant at, String comment) {
        if (accepted) {
            jdbc.update("update reporting_report set status = 'ACCEPTED', accepted_at = :at, accepted_by = :by,"
                            + " version = version + 1 where id = :id",
                    new MapSqlParameterSource("id", reportId).addValue("by", by).addValue("at", Timestamp.from(at)));
        } else {
            jdbc.update("update reporting_report set status = 'RETURNED', returned_count = returned_count + 1,"
                    + " version = version + 1 where id = :id", Map.of("id", reportId));
        }
        jdbc.update("insert into reporting_review (report_id, decision, comment, decided_by, decided_at)"
                        + " values (:id, :decision, :comment, :by, :at)",
                new MapSqlParameterSource("id", reportId).addValue("decision", accepted ? "ACCEPTED" : "RETURNED")
                        .addValue("comment", comment).addValue("by", by).addValue("at", Timestamp.from(at)));
    }

    /** Records every report of the round not accepted as MISSING; how many. */
    int markMissing(long roundId) {
        return jdbc.update("update reporting_report set status = 'MISSING', version = version + 1"
                + " where round_id = :round and status <> 'ACCEPTED'", Map.of("round", roundId));
    }

    Map<FigureKey, BigDecimal> figures(long reportId) {
        Map<FigureKey, BigDecimal> figures = new LinkedHashMap<>();
        jdbc.query("select indicator, dimension, figure from reporting_figure where report_id = :id"
                + " order by indicator, dimension", Map.of("id", reportId), (ResultSet rs) -> {
                    figures.put(new FigureKey(rs.getString(1), rs.getString(2)), rs.getBigDecimal(3));
                });
        return figures;
    }

    void replaceFigures(long reportId, Map<FigureKey, BigDecimal> figures) {
        jdbc.update("delete from reporting_figure where report_id = :id", Map.of("id", reportId));
        MapSqlParameterSource[] rows = figures.entrySet().stream()
                .map(e -> new MapSqlParameterSource("id", reportId).addValue("indicator", e.getKey().indicator())
                        .addValue("dimension", e.getKey().dimension()).addValue("figure", e.getValue()))
                .toArray(MapSqlParameterSource[]::new);
        jdbc.batchUpdate("insert into reporting_figure (report_id, indicator, dimension, figure)"
                + " values (:id, :indicator, :dimension, :figure)", rows);
    }

    /** A decision on a report. */
    record Review(String decision, String comment, String decidedBy, Instant decidedAt) {
    }

    List<Review> reviews(long reportId) {
        return jdbc.query("select decision, comment, decided_by, decided_at from reporting_review"
                        + " where report_id = :id order by decided_at, id", Map.of("id", reportId),
                (rs, n) -> new Review(rs.getString(1), rs.getString(2), rs.getString(3), instant(rs, 4)));
    }

    /** An evidence file's particulars, without its content. */
    record EvidenceFile(long id, String fileName, String contentType, long sizeBytes, String uploadedBy,
                        Instant uploadedAt) {
    }

    void addFile(long reportId, String fileName, String contentType, byte[] content, String by, Instant at) {
        jdbc.update("insert into reporting_file (report_id, file_name, content_type, size_bytes, content, uploaded_by,"
                        + " uploaded_at) values (:id, :name, :type, :size, :content, :by, :at)",
                new MapSqlParameterSource("id", reportId).addValue("name", fileName).addValue("type", contentType)
                        .addValue("size", content.length).addValue("content", content).addValue("by", by)
                        .addValue("at", Timestamp.from(at)));
    }

    List<EvidenceFile> files(long reportId) {
        return jdbc.query("select id, file_name, content_type, size_bytes, uploaded_by, uploaded_at from reporting_file"
                        + " where report_id = :id order by id", Map.of("id", reportId),
                (rs, n) -> new EvidenceFile(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5), instant(rs, 6)));
    }

    /** A file's content, only if it belongs to the report. */
    Optional<byte[]> fileContent(long reportId, long fileId) {
        return jdbc.query("select content from reporting_file where id = :file and report_id = :id",
                Map.of("file", fileId, "id", reportId), (rs, n) -> rs.getBytes(1)).stream().findFirst();
    }

    /** Late (and filed) and missing reports of an institution due in [from, to). */
    int[] lateAndMissing(String institutionCode, LocalDate from, LocalDate to) {
        return jdbc.queryForObject("select coalesce(sum(case when late and status <> 'MISSING' then 1 else 0 end), 0),"
                        + " coalesce(sum(case when status = 'MISSING' then 1 else 0 end), 0) from reporting_report"
                        + " where institution_code = :institution and due_on >= :from and due_on < :to",
                new MapSqlParameterSource("institution", institutionCode).addValue("from", from).addValue("to", to),
                (rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)});
    }

    private static Round round(ResultSet rs, int n) throws SQLException {
        return new Round(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getString(7), rs.getString(8),
                rs.getString(9), instant(rs, 10), instant(rs, 11), rs.getString(12));
    }

    private static Report report(ResultSet rs, int n) throws SQLException {
        return new Report(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                ReportStatus.valueOf(rs.getString(5)), rs.getObject(6, LocalDate.class), instant(rs, 7), instant(rs, 8),
                rs.getString(9), rs.getBoolean(10), rs.getInt(11), instant(rs, 12), rs.getString(13));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
