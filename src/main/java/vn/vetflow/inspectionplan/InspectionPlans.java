package vn.vetflow.inspectionplan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vetflow.audit.AuditTrail;
import vn.vetflow.institution.InstitutionSummary;
import vn.vetflow.institution.Institutions;

/**
 * Annual inspection plans: DRAFT → SUBMITTED → APPROVED, or RETURNED (a draft again, with the leader's
 * comment). Each transition guards the status it starts from with a conditional update, so two clicks
 * never move a plan twice; submissions and decisions are recorded in the audit trail under the plan's
 * code {@code KH-KT-<year>}.
 */
@Service
public class InspectionPlans {

    /** Audit actions of the plan (the trail's case code is {@link #auditCode(int)}). */
    static final String PLAN_CREATED = "PLAN_CREATED";
    static final String PLAN_SUBMITTED = "PLAN_SUBMITTED";
    static final String PLAN_APPROVED = "PLAN_APPROVED";
    static final String PLAN_RETURNED = "PLAN_RETURNED";
    static final String PLAN_ITEM_STARTED = "PLAN_ITEM_STARTED";

    private static final String ITEM_COLUMNS = "p.id, p.plan_year, p.institution_code, i.name, p.topics, p.quarter,"
            + " p.note, p.created_by, p.created_at, p.inspection_code, p.started_at";

    private final NamedParameterJdbcTemplate jdbc;
    private final Institutions institutions;
    private final AuditTrail audit;
    private final Clock clock;

    InspectionPlans(NamedParameterJdbcTemplate jdbc, Institutions institutions, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.institutions = institutions;
        this.audit = audit;
        this.clock = clock;
    }

    /** The code a year's plan goes by in the audit trail. */
    public static String auditCode(int year) {
        return "KH-KT-" + year;
    }

    /**
     * Draft plans for a year are due on 1 November of the year before. UNCONFIRMED: the date comes from Decree
     * 03/2024, which no longer applies since 01/07/2025; the current text (Decree 217/2025) is still to be checked.
     */
    public static LocalDate draftDeadline(int year) {
        return LocalDate.of(year - 1, 11, 1);
    }

    /** Every plan, newest year first. */
    @Transactional(readOnly = true)
    public List<Plan> plans() {
        return jdbc.query("select * from inspection_plan order by plan_year desc", InspectionPlans::plan);
    }

    @Transactional(readOnly = true)
    public Optional<Plan> plan(int year) {
        return jdbc.query("select * from inspection_plan where plan_year = :year", Map.of("year", year),
                InspectionPlans::plan).stream().findFirst();
    }

    /** Opens the year's plan as a draft. */
    @Transactional
    public Plan create(int year, String username) {
        if (plan(year).isPresent()) {
            throw new PlanException("inspectionplan.error.exists", "A plan for " + year + " exists");
        }
        jdbc.update("insert into inspection_plan (plan_year, status, created_by, created_at)"
                        + " values (:year, 'DRAFT', :user, :at)",
                new MapSqlParameterSource("year", year).addValue("user", username).addValue("at", now()));
        audit.record(username, PLAN_CREATED, auditCode(year), null);
        return plan(year).orElseThrow();
    }

    /** The plan's items, by quarter then institution name. */
    @Transactional(readOnly = true)
    public List<PlanItem> items(int year) {
        return jdbc.query("select " + ITEM_COLUMNS + " from inspection_plan_item p join institution i"
                        + " on i.code = p.institution_code where p.plan_year = :year order by p.quarter, i.name",
                Map.of("year", year), InspectionPlans::item);
    }

    @Transactional(readOnly = true)
    public Optional<PlanItem> item(long itemId) {
        return jdbc.query("select " + ITEM_COLUMNS + " from inspection_plan_item p join institution i"
                + " on i.code = p.institution_code where p.id = :id", Map.of("id", itemId), InspectionPlans::item)
                .stream().findFirst();
    }

    /**
     * Adds an institution to a draft plan.
     *
     * @throws PlanException when the plan is not editable, the institution is unknown or already planned,
     *                       a topic is unknown, or the quarter is not 1 to 4
     */
    @Transactional
    public PlanItem addItem(int year, String institutionCode, List<String> topics, int quarter, String note,
                            String username) {
        requireEditable(year);
        InstitutionSummary institution = institutions.byCode(institutionCode).orElseThrow(
                () -> new PlanException("inspectionplan.error.institution", "No institution " + institutionCode));
        if (topics.isEmpty() || !topics.stream().allMatch(PlanTopic::isCode)) {
            throw new PlanException("inspectionplan.error.topics", "Unknown or no topics " + topics);
        }
        if (quarter < 1 || quarter > 4) {
            throw new PlanException("inspectionplan.error.quarter", "Quarter " + quarter);
        }
        boolean planned = jdbc.queryForObject("select count(*) from inspection_plan_item where plan_year = :year"
                + " and institution_code = :code", Map.of("year", year, "code", institution.code()), Integer.class) > 0;
        if (planned) {
            throw new PlanException("inspectionplan.error.duplicate", institution.code() + " already planned");
        }
        jdbc.update("insert into inspection_plan_item (plan_year, institution_code, topics, quarter, note, created_by,"
                        + " created_at) values (:year, :code, :topics, :quarter, :note, :user, :at)",
                new MapSqlParameterSource("year", year).addValue("code", institution.code())
                        .addValue("topics", String.join(",", topics)).addValue("quarter", quarter)
                        .addValue("note", note == null || note.isBlank() ? null : note.strip())
                        .addValue("user", username).addValue("at", now()));
        return items(year).stream().filter(i -> i.institutionCode().equals(institution.code())).findFirst()
                .orElseThrow();
    }

    /** Removes an item from a draft plan. */
    @Transactional
    public void removeItem(int year, long itemId) {
        requireEditable(year);
        int removed = jdbc.update("delete from inspection_plan_item where id = :id and plan_year = :year",
                Map.of("id", itemId, "year", year));
        if (removed == 0) {
            throw new PlanException("inspectionplan.error.noItem", "No item " + itemId + " in " + year);
        }
    }

    /** An inspector submits the draft (or the returned plan) to the leader; it needs at least one item. */
    @Transactional
    public void submit(int year, String username) {
        requireEditable(year);
        if (items(year).isEmpty()) {
            throw new PlanException("inspectionplan.error.empty", "Plan " + year + " has no items");
        }
        move(year, "status = 'SUBMITTED', submitted_by = :user, submitted_at = :at", PlanStatus.DRAFT,
                PlanStatus.RETURNED, username, null);
        audit.record(username, PLAN_SUBMITTED, auditCode(year), items(year).size() + " items");
    }

    /** The leader approves a submitted plan. */
    @Transactional
    public void approve(int year, String username) {
        move(year, "status = 'APPROVED', decided_by = :user, decided_at = :at, leader_comment = null",
                PlanStatus.SUBMITTED, PlanStatus.SUBMITTED, username, null);
        audit.record(username, PLAN_APPROVED, auditCode(year), null);
    }

    /** The leader returns a submitted plan to the inspectors with a comment (required). */
    @Transactional
    public void returnToDraft(int year, String username, String comment) {
        if (comment == null || comment.isBlank()) {
            throw new PlanException("inspectionplan.error.comment", "A comment is required");
        }
        move(year, "status = 'RETURNED', decided_by = :user, decided_at = :at, leader_comment = :comment",
                PlanStatus.SUBMITTED, PlanStatus.SUBMITTED, username, comment.strip());
        audit.record(username, PLAN_RETURNED, auditCode(year), null);
    }

    /** The items of the year's approved plan (empty when the plan is not approved), by quarter. */
    @Transactional(readOnly = true)
    public List<ApprovedItem> approvedItems(int year) {
        if (plan(year).map(p -> p.status() != PlanStatus.APPROVED).orElse(true)) {
            return List.of();
        }
        return items(year).stream().map(i -> new ApprovedItem(i.id(), i.year(), i.institutionCode(),
                i.institutionName(), i.topics(), i.quarter(), i.inspectionCode())).toList();
    }

    /**
     * Records that an inspection was started from an approved item; an item starts one inspection only.
     *
     * @throws PlanException {@code inspectionplan.error.noItem} when no such item,
     *                       {@code inspectionplan.error.notApproved} when its plan is not approved,
     *                       {@code inspectionplan.error.started} when an inspection was already started from it
     */
    @Transactional
    public void markStarted(long itemId, String inspectionCode) {
        PlanItem item = item(itemId).orElseThrow(
                () -> new PlanException("inspectionplan.error.noItem", "No plan item " + itemId));
        PlanStatus status = plan(item.year()).orElseThrow().status();
        if (status != PlanStatus.APPROVED) {
            throw new PlanException("inspectionplan.error.notApproved",
                    "Plan " + item.year() + " is " + status + ", not approved");
        }
        int updated = jdbc.update("update inspection_plan_item set inspection_code = :inspection, started_at = :at"
                        + " where id = :id and inspection_code is null",
                new MapSqlParameterSource("id", itemId).addValue("inspection", inspectionCode).addValue("at", now()));
        if (updated == 0) {
            throw new PlanException("inspectionplan.error.started",
                    "Plan item " + itemId + " already started as " + item(itemId).orElseThrow().inspectionCode());
        }
        audit.record(PLAN_ITEM_STARTED, auditCode(item.year()), "item " + itemId + " " + inspectionCode);
    }

    private void requireEditable(int year) {
        Plan plan = plan(year).orElseThrow(() -> new PlanException("inspectionplan.error.noPlan", "No plan " + year));
        if (!plan.status().editable()) {
            throw new PlanException("inspectionplan.error.notEditable", "Plan " + year + " is " + plan.status());
        }
    }

    private void move(int year, String set, PlanStatus from, PlanStatus orFrom, String username, String comment) {
        int updated = jdbc.update("update inspection_plan set " + set + " where plan_year = :year"
                        + " and status in (:from, :orFrom)",
                new MapSqlParameterSource("year", year).addValue("user", username).addValue("at", now())
                        .addValue("comment", comment).addValue("from", from.name()).addValue("orFrom", orFrom.name()));
        if (updated == 0) {
            PlanStatus now = plan(year).map(Plan::status).orElse(null);
            throw new PlanException(now == null ? "inspectionplan.error.noPlan" : "inspectionplan.error.state",
                    "Plan " + year + " is " + now);
        }
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static Plan plan(ResultSet rs, int row) throws SQLException {
        return new Plan(rs.getInt("plan_year"), PlanStatus.valueOf(rs.getString("status")),
                rs.getString("leader_comment"), rs.getString("created_by"), instant(rs, "created_at"),
                rs.getString("submitted_by"), instant(rs, "submitted_at"), rs.getString("decided_by"),
                instant(rs, "decided_at"));
    }

    private static PlanItem item(ResultSet rs, int row) throws SQLException {
        return new PlanItem(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                Arrays.stream(rs.getString(5).split(",")).filter(s -> !s.isBlank()).toList(), rs.getInt(6),
                rs.getString(7), rs.getString(8), instant(rs, "created_at"), rs.getString(10), instant(rs, "started_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
