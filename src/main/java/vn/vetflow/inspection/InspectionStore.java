package vn.vetflow.inspection;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The inspection tables (V10__inspection.sql), by plain SQL. */
@Repository
class InspectionStore {

    private static final String COLUMNS = "code, institution_code, institution_name, subject, source, plan_item_id,"
            + " mode, stage, paper, process_instance_id, team_lead, created_by, created_at, decision_number,"
            + " decision_signed_on, check_from, check_to, conclusion_number, conclusion_on, closed_on, digital,"
            + " classification_reasons, classified_at, check_ended_on";

    private final NamedParameterJdbcTemplate jdbc;

    InspectionStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // --- inspection --------------------------------------------------------------------------

    void insert(Inspection i) {
        jdbc.update("insert into inspection (code, institution_code, institution_name, subject, source, plan_item_id,"
                + " mode, stage, paper, created_by, created_at, decision_number, decision_signed_on, check_from,"
                + " check_to, conclusion_number, conclusion_on, closed_on) values (:code, :institutionCode,"
                + " :institutionName, :subject, :source, :planItemId, :mode, :stage, :paper, :createdBy, :createdAt,"
                + " :decisionNumber, :decisionSignedOn, :checkFrom, :checkTo, :conclusionNumber, :conclusionOn,"
                + " :closedOn)", new MapSqlParameterSource()
                .addValue("code", i.code()).addValue("institutionCode", i.institutionCode())
                .addValue("institutionName", i.institutionName()).addValue("subject", i.subject())
                .addValue("source", i.source()).addValue("planItemId", i.planItemId()).addValue("mode", i.mode())
                .addValue("stage", i.stage().name()).addValue("paper", i.paper()).addValue("createdBy", i.createdBy())
                .addValue("createdAt", ts(i.createdAt())).addValue("decisionNumber", i.decisionNumber())
                .addValue("decisionSignedOn", date(i.decisionSignedOn())).addValue("checkFrom", date(i.checkFrom()))
                .addValue("checkTo", date(i.checkTo())).addValue("conclusionNumber", i.conclusionNumber())
                .addValue("conclusionOn", date(i.conclusionOn())).addValue("closedOn", date(i.closedOn())));
    }

    Optional<Inspection> find(String code) {
        return jdbc.query("select " + COLUMNS + " from inspection where code = :code", Map.of("code", code),
                InspectionStore::inspection).stream().findFirst();
    }

    Inspection get(String code) {
        return find(code).orElseThrow(() -> new InspectionNotFoundException(code));
    }

    List<Inspection> all() {
        return jdbc.query("select " + COLUMNS + " from inspection order by created_at desc, code desc",
                InspectionStore::inspection);
    }

    List<Inspection> ofInstitution(String institutionCode) {
        return jdbc.query("select " + COLUMNS + " from inspection where institution_code = :code"
                + " order by created_at desc, code desc", Map.of("code", institutionCode), InspectionStore::inspection);
    }

    int countCodesStartingWith(String prefix) {
        Integer n = jdbc.queryForObject("select count(*) from inspection where code like :p",
                Map.of("p", prefix + "%"), Integer.class);
        return n == null ? 0 : n;
    }

    /** Writes what the aggregate's transitions change on the inspection row. */
    void update(Inspection i) {
        jdbc.update("update inspection set mode = :mode, stage = :stage, process_instance_id = :pid,"
                + " team_lead = :lead, decision_number = :decisionNumber, decision_signed_on = :signedOn,"
                + " check_from = :checkFrom, check_to = :checkTo, check_ended_on = :checkEndedOn,"
                + " conclusion_number = :conclusionNumber, conclusion_on = :conclusionOn where code = :code",
                new MapSqlParameterSource("code", i.code()).addValue("mode", i.mode())
                        .addValue("stage", i.stage().name()).addValue("pid", i.processInstanceId())
                        .addValue("lead", i.teamLead()).addValue("decisionNumber", i.decisionNumber())
                        .addValue("signedOn", date(i.decisionSignedOn())).addValue("checkFrom", date(i.checkFrom()))
                        .addValue("checkTo", date(i.checkTo())).addValue("checkEndedOn", date(i.checkEndedOn()))
                        .addValue("conclusionNumber", i.conclusionNumber())
                        .addValue("conclusionOn", date(i.conclusionOn())));
    }

    void classify(String code, LocalDate closedOn, boolean digital, List<String> reasons, Instant at) {
        jdbc.update("update inspection set closed_on = :closedOn, digital = :digital, classification_reasons = :reasons,"
                        + " classified_at = :at where code = :code",
                new MapSqlParameterSource("code", code).addValue("closedOn", date(closedOn))
                        .addValue("digital", digital).addValue("reasons", String.join(",", reasons))
                        .addValue("at", ts(at)));
    }

    // --- team -------------------------------------------------------------------------------

    void replaceTeam(String code, String lead, List<String> members) {
        jdbc.update("delete from inspection_team where inspection_code = :code", Map.of("code", code));
        jdbc.update("insert into inspection_team (inspection_code, username, role) values (:code, :u, 'LEAD')",
                Map.of("code", code, "u", lead));
        members.stream().filter(m -> !m.equals(lead)).distinct().forEach(m -> jdbc.update(
                "insert into inspection_team (inspection_code, username, role) values (:code, :u, 'MEMBER')",
                Map.of("code", code, "u", m)));
    }

    List<TeamMember> team(String code) {
        return jdbc.query("select username, role from inspection_team where inspection_code = :code"
                + " order by role, username", Map.of("code", code), (rs, n) -> new TeamMember(rs.getString(1),
                rs.getString(2)));
    }

    record TeamMember(String username, String role) {
    }

    /** @param answer AGREED, OBJECTED, REFUSED or SILENT */
    record MinutesAnswer(String answer, String witness, String witnessPosition, String note, String witnessedBy,
                         Instant witnessedAt) {
    }

    // --- documents --------------------------------------------------------------------------

    long addDocument(String code, String type, String number, String content, boolean inSystem, String channel,
                     String createdBy, Instant at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update("insert into inspection_document (inspection_code, type, number, content, in_system, channel,"
                        + " created_by, created_at) values (:code, :type, :number, :content, :inSystem, :channel,"
                        + " :createdBy, :at)",
                new MapSqlParameterSource("code", code).addValue("type", type).addValue("number", number)
                        .addValue("content", content).addValue("inSystem", inSystem).addValue("channel", channel)
                        .addValue("createdBy", createdBy).addValue("at", ts(at)), key, new String[] {"id"});
        return key.getKeyAs(Number.class).longValue();
    }

    /** The newest document of a type (a returned draft is replaced by the next one). */
    Optional<InspectionDocument> document(String code, String type) {
        return documents(code).stream().filter(d -> d.type().equals(type)).reduce((a, b) -> b);
    }

    List<InspectionDocument> documents(String code) {
        return jdbc.query("select id, inspection_code, type, number, content, in_system, channel, created_by,"
                        + " created_at, signed_by, signed_at, lead_acknowledged_by, lead_acknowledged_at,"
                        + " institution_acknowledged_by, institution_acknowledged_at,"
                        + " case when pdf is null then false else true end as has_pdf,"
                        + " case when pdf is null and fields is not null then true else false end as preparing"
                        + " from inspection_document where inspection_code = :code order by created_at, id",
                Map.of("code", code), (rs, n) -> new InspectionDocument(rs.getLong("id"),
                        rs.getString("inspection_code"), rs.getString("type"), rs.getString("number"),
                        rs.getString("content"), rs.getBoolean("in_system"), rs.getString("channel"),
                        rs.getString("created_by"), instant(rs, "created_at"), rs.getString("signed_by"),
                        instant(rs, "signed_at"), rs.getString("lead_acknowledged_by"),
                        instant(rs, "lead_acknowledged_at"), rs.getString("institution_acknowledged_by"),
                        instant(rs, "institution_acknowledged_at"), rs.getBoolean("has_pdf"),
                        rs.getBoolean("preparing")));
    }

    void updateDocument(long id, String column, Object value) {
        if (!column.matches("[a-z_]+")) {
            throw new IllegalArgumentException(column);
        }
        Object v = value instanceof Instant t ? ts(t) : value;
        jdbc.update("update inspection_document set " + column + " = :v where id = :id",
                new MapSqlParameterSource("id", id).addValue("v", v));
    }

    /**
     * Records what the document's PDF is rendered from and who signs it; the PDF follows after commit.
     * A repeated issue (a step run again) replaces the data of a document that has no PDF yet.
     */
    void recordForPdf(long id, String fieldsJson, String signerKey, String signerName, String verificationCode) {
        jdbc.update("update inspection_document set fields = :fields, signer_key = :key, signer_name = :name,"
                        + " verification_code = :code, pdf = null, sha256 = null, rendered_at = null, pdf_signed_at = null,"
                        + " certificate_subject = null where id = :id",
                new MapSqlParameterSource("id", id).addValue("fields", fieldsJson).addValue("key", signerKey)
                        .addValue("name", signerName).addValue("code", verificationCode));
    }

    /** How the institution answered the minutes and, when it refused or stayed silent, the witness. */
    Optional<MinutesAnswer> minutesAnswer(long documentId) {
        return jdbc.query("select institution_answer, witness_name, witness_position, witness_note, witnessed_by,"
                        + " witnessed_at from inspection_document where id = :id and institution_answer is not null",
                Map.of("id", documentId), (rs, n) -> new MinutesAnswer(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), instant(rs, "witnessed_at")))
                .stream().findFirst();
    }

    void witnessMinutes(long documentId, String answer, String witness, String position, String note, String by,
                        Instant at) {
        jdbc.update("update inspection_document set institution_answer = :answer, witness_name = :witness,"
                        + " witness_position = :position, witness_note = :note, witnessed_by = :by,"
                        + " witnessed_at = :at where id = :id",
                new MapSqlParameterSource("id", documentId).addValue("answer", answer).addValue("witness", witness)
                        .addValue("position", position).addValue("note", note).addValue("by", by)
                        .addValue("at", ts(at)));
    }

    /** The institution's representatives named when the minutes were drawn up, one a line. */
    Optional<String> representatives(long documentId) {
        return jdbc.query("select representatives from inspection_document where id = :id",
                Map.of("id", documentId), (rs, n) -> rs.getString(1)).stream().filter(java.util.Objects::nonNull)
                .findFirst();
    }

    /** What a recorded document is rendered from, while it still has no PDF. */
    Optional<PendingPdf> pendingPdf(long id) {
        return jdbc.query("select id, type, number, fields, signer_key, signer_name, verification_code"
                        + " from inspection_document where id = :id and pdf is null and fields is not null",
                Map.of("id", id), (rs, n) -> new PendingPdf(rs.getLong("id"), rs.getString("type"),
                        rs.getString("number"), rs.getString("fields"), rs.getString("signer_key"),
                        rs.getString("signer_name"), rs.getString("verification_code"))).stream().findFirst();
    }

    record PendingPdf(long id, String type, String number, String fieldsJson, String signerKey, String signerName,
                      String verificationCode) {
    }

    /** Stores the rendered PDF once; false when it already had one (a repeated preparation). */
    boolean completePdf(long id, byte[] pdf, Instant renderedAt, Instant signedAt, String certificateSubject) {
        return jdbc.update("update inspection_document set pdf = :pdf, sha256 = :sha, rendered_at = :at,"
                        + " pdf_signed_at = :signedAt, certificate_subject = :subject where id = :id and pdf is null",
                new MapSqlParameterSource("id", id).addValue("pdf", pdf)
                        .addValue("sha", InspectionDocumentRegister.sha256(pdf)).addValue("at", ts(renderedAt))
                        .addValue("signedAt", signedAt == null ? null : ts(signedAt))
                        .addValue("subject", certificateSubject)) == 1;
    }

    Optional<byte[]> pdf(long documentId) {
        return jdbc.query("select pdf from inspection_document where id = :id and pdf is not null",
                Map.of("id", documentId), (rs, n) -> rs.getBytes(1)).stream().findFirst();
    }

    // --- files ------------------------------------------------------------------------------

    long addFile(String code, String purpose, Long refId, String fileName, String contentType, byte[] content,
                 String by, Instant at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update("insert into inspection_file (inspection_code, purpose, ref_id, file_name, content_type, size_bytes,"
                        + " content, uploaded_by, uploaded_at) values (:code, :purpose, :ref, :name, :type, :size,"
                        + " :content, :by, :at)",
                new MapSqlParameterSource("code", code).addValue("purpose", purpose).addValue("ref", refId)
                        .addValue("name", fileName).addValue("type", contentType).addValue("size", content.length)
                        .addValue("content", content).addValue("by", by).addValue("at", ts(at)), key,
                new String[] {"id"});
        return key.getKeyAs(Number.class).longValue();
    }

    List<InspectionFile> files(String code) {
        return jdbc.query("select id, inspection_code, purpose, ref_id, file_name, content_type, size_bytes,"
                        + " uploaded_by, uploaded_at from inspection_file where inspection_code = :code order by id",
                Map.of("code", code), (rs, n) -> new InspectionFile(rs.getLong(1), rs.getString(2), rs.getString(3),
                        (Long) rs.getObject(4, Long.class), rs.getString(5), rs.getString(6), rs.getLong(7),
                        rs.getString(8), instant(rs, "uploaded_at")));
    }

    Optional<byte[]> fileContent(String code, long id) {
        return jdbc.query("select content from inspection_file where id = :id and inspection_code = :code",
                Map.of("id", id, "code", code), (rs, n) -> rs.getBytes(1)).stream().findFirst();
    }

    // --- checklist --------------------------------------------------------------------------

    void saveCheckItem(String code, String itemCode, String area, String result, boolean violation, String note,
                       Long evidenceFileId, String by, Instant at) {
        jdbc.update("delete from inspection_check_item where inspection_code = :code and item_code = :item",
                Map.of("code", code, "item", itemCode));
        jdbc.update("insert into inspection_check_item (inspection_code, item_code, area, result, violation, note,"
                        + " evidence_file_id, recorded_by, recorded_at) values (:code, :item, :area, :result,"
                        + " :violation, :note, :file, :by, :at)",
                new MapSqlParameterSource("code", code).addValue("item", itemCode).addValue("area", area)
                        .addValue("result", result).addValue("violation", violation).addValue("note", note)
                        .addValue("file", evidenceFileId).addValue("by", by).addValue("at", ts(at)));
    }

    List<CheckResult> checkResults(String code) {
        return jdbc.query("select item_code, area, result, violation, note, evidence_file_id, recorded_by, recorded_at"
                        + " from inspection_check_item where inspection_code = :code order by item_code",
                Map.of("code", code), (rs, n) -> new CheckResult(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getBoolean(4), rs.getString(5), (Long) rs.getObject(6, Long.class), rs.getString(7),
                        instant(rs, "recorded_at")));
    }

    // --- findings ---------------------------------------------------------------------------

    long addFinding(String code, String itemCode, String area, String description, boolean violation, Instant at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update("insert into inspection_finding (inspection_code, item_code, area, description, violation,"
                        + " created_at) values (:code, :item, :area, :description, :violation, :at)",
                new MapSqlParameterSource("code", code).addValue("item", itemCode).addValue("area", area)
                        .addValue("description", description).addValue("violation", violation)
                        .addValue("at", ts(at)), key, new String[] {"id"});
        return key.getKeyAs(Number.class).longValue();
    }

    void deleteFindings(String code) {
        jdbc.update("delete from inspection_finding where inspection_code = :code", Map.of("code", code));
    }

    List<Finding> findings(String code) {
        return jdbc.query("select id, item_code, area, description, violation, handling, legal_ground,"
                        + " limitation_period, competent_body, handling_note, signed_number, handled_at, created_at"
                        + " from inspection_finding where inspection_code = :code order by id",
                Map.of("code", code), (rs, n) -> new Finding(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getBoolean(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9), rs.getString(10), rs.getString(11), instant(rs, "handled_at"),
                        instant(rs, "created_at")));
    }

    Finding finding(long id) {
        return jdbc.query("select inspection_code from inspection_finding where id = :id", Map.of("id", id),
                        (rs, n) -> rs.getString(1)).stream().findFirst()
                .flatMap(code -> findings(code).stream().filter(f -> f.id() == id).findFirst())
                .orElseThrow(() -> new IllegalStateException("No finding " + id));
    }

    void updateFinding(long id, Map<String, Object> columns) {
        columns.forEach((column, value) -> {
            if (!column.matches("[a-z_]+")) {
                throw new IllegalArgumentException(column);
            }
            Object v = value instanceof Instant t ? ts(t) : value;
            jdbc.update("update inspection_finding set " + column + " = :v where id = :id",
                    new MapSqlParameterSource("id", id).addValue("v", v));
        });
    }

    // --- recommendations --------------------------------------------------------------------

    long addRecommendation(String code, String area, String text, LocalDate dueOn) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update("insert into inspection_recommendation (inspection_code, area, text, due_on, status)"
                        + " values (:code, :area, :text, :due, 'OPEN')",
                new MapSqlParameterSource("code", code).addValue("area", area).addValue("text", text)
                        .addValue("due", date(dueOn)), key, new String[] {"id"});
        return key.getKeyAs(Number.class).longValue();
    }

    void deleteRecommendations(String code) {
        jdbc.update("delete from inspection_recommendation where inspection_code = :code", Map.of("code", code));
    }

    List<Recommendation> recommendations(String code) {
        return jdbc.query("select id, inspection_code, area, text, due_on, status, report, reported_by, reported_at,"
                        + " verdict_note, verified_by, verified_at from inspection_recommendation"
                        + " where inspection_code = :code order by id", Map.of("code", code),
                InspectionStore::recommendation);
    }

    Recommendation recommendation(long id) {
        return jdbc.query("select id, inspection_code, area, text, due_on, status, report, reported_by, reported_at,"
                        + " verdict_note, verified_by, verified_at from inspection_recommendation where id = :id",
                Map.of("id", id), InspectionStore::recommendation).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("No recommendation " + id));
    }

    void reportRemediation(long id, String report, String by, Instant at) {
        jdbc.update("update inspection_recommendation set status = 'REPORTED', report = :report, reported_by = :by,"
                        + " reported_at = :at where id = :id",
                new MapSqlParameterSource("id", id).addValue("report", report).addValue("by", by)
                        .addValue("at", ts(at)));
    }

    void verifyRemediation(long id, RemediationStatus status, String note, String by, Instant at) {
        jdbc.update("update inspection_recommendation set status = :status, verdict_note = :note, verified_by = :by,"
                        + " verified_at = :at where id = :id",
                new MapSqlParameterSource("id", id).addValue("status", status.name()).addValue("note", note)
                        .addValue("by", by).addValue("at", ts(at)));
    }

    // --- deadlines --------------------------------------------------------------------------

    void setDeadline(String code, String kind, LocalDate dueOn) {
        int updated = jdbc.update("update inspection_deadline set due_on = :due where inspection_code = :code"
                + " and kind = :kind", new MapSqlParameterSource("code", code).addValue("kind", kind)
                .addValue("due", date(dueOn)));
        if (updated == 0) {
            jdbc.update("insert into inspection_deadline (inspection_code, kind, due_on) values (:code, :kind, :due)",
                    new MapSqlParameterSource("code", code).addValue("kind", kind).addValue("due", date(dueOn)));
        }
    }

    Optional<LocalDate> deadline(String code, String kind) {
        return jdbc.query("select due_on from inspection_deadline where inspection_code = :code and kind = :kind",
                Map.of("code", code, "kind", kind), (rs, n) -> rs.getDate(1).toLocalDate()).stream().findFirst();
    }

    void markDeadline(String code, String kind, String column, Instant at) {
        if (!"reminded_at".equals(column) && !"escalated_at".equals(column)) {
            throw new IllegalArgumentException(column);
        }
        jdbc.update("update inspection_deadline set " + column + " = :at where inspection_code = :code and kind = :kind",
                new MapSqlParameterSource("code", code).addValue("kind", kind).addValue("at", ts(at)));
    }

    List<Deadline> deadlines(String code) {
        return jdbc.query("select kind, due_on, reminded_at, escalated_at from inspection_deadline"
                        + " where inspection_code = :code order by due_on, kind", Map.of("code", code),
                (rs, n) -> new Deadline(rs.getString(1), rs.getDate(2).toLocalDate(), instant(rs, "reminded_at"),
                        instant(rs, "escalated_at")));
    }

    // --- mapping ----------------------------------------------------------------------------

    private static Inspection inspection(ResultSet rs, int row) throws SQLException {
        String reasons = rs.getString("classification_reasons");
        return new Inspection(rs.getString("code"), rs.getString("institution_code"), rs.getString("institution_name"),
                rs.getString("subject"), rs.getString("source"), (Long) rs.getObject("plan_item_id", Long.class),
                rs.getString("mode"), InspectionStage.valueOf(rs.getString("stage")), rs.getBoolean("paper"),
                rs.getString("process_instance_id"), rs.getString("team_lead"), rs.getString("created_by"),
                instant(rs, "created_at"), rs.getString("decision_number"), localDate(rs, "decision_signed_on"),
                localDate(rs, "check_from"), localDate(rs, "check_to"), localDate(rs, "check_ended_on"),
                rs.getString("conclusion_number"), localDate(rs, "conclusion_on"), localDate(rs, "closed_on"),
                (Boolean) rs.getObject("digital", Boolean.class),
                reasons == null || reasons.isBlank() ? List.of() : Arrays.asList(reasons.split(",")),
                instant(rs, "classified_at"), null);
    }

    private static Recommendation recommendation(ResultSet rs, int row) throws SQLException {
        return new Recommendation(rs.getLong("id"), rs.getString("inspection_code"), rs.getString("area"),
                rs.getString("text"), rs.getDate("due_on").toLocalDate(),
                RemediationStatus.valueOf(rs.getString("status")), rs.getString("report"), rs.getString("reported_by"),
                instant(rs, "reported_at"), rs.getString("verdict_note"), rs.getString("verified_by"),
                instant(rs, "verified_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }
}
