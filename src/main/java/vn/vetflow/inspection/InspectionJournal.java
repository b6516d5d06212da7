package vn.vetflow.inspection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way this module publishes its public events: each is written to {@code inspection_event} and
 * published in the same transaction (listeners may use {@code @TransactionalEventListener}), so
 * {@link #replay} gives back exactly what was published, oldest first.
 */
@Component
class InspectionJournal implements InspectionEventLog {

    private final NamedParameterJdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    InspectionJournal(NamedParameterJdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    void stage(InspectionStageChanged published) {
        // Published exactly as stored (the database keeps microseconds), so a replay equals the original.
        InspectionStageChanged e = new InspectionStageChanged(published.code(), published.institutionCode(),
                published.institutionName(), published.stage(), published.paper(), micros(published.at()));
        insert(new MapSqlParameterSource("code", e.code()).addValue("type", "STAGE")
                .addValue("institutionCode", e.institutionCode()).addValue("institutionName", e.institutionName())
                .addValue("stage", e.stage().name()).addValue("paper", e.paper()).addValue("at", InspectionStore.ts(e.at())));
        events.publishEvent(e);
    }

    void finding(FindingRecorded published) {
        FindingRecorded e = new FindingRecorded(published.code(), published.findingId(), published.area(),
                published.violation(), micros(published.at()));
        insert(new MapSqlParameterSource("code", e.code()).addValue("type", "FINDING").addValue("ref", e.findingId())
                .addValue("area", e.area()).addValue("violation", e.violation()).addValue("at", InspectionStore.ts(e.at())));
        events.publishEvent(e);
    }

    void remediation(RemediationChanged published) {
        RemediationChanged e = new RemediationChanged(published.code(), published.recommendationId(),
                published.area(), published.dueOn(), published.status(), micros(published.at()));
        insert(new MapSqlParameterSource("code", e.code()).addValue("type", "REMEDIATION")
                .addValue("ref", e.recommendationId()).addValue("area", e.area())
                .addValue("due", InspectionStore.date(e.dueOn())).addValue("status", e.status().name())
                .addValue("at", InspectionStore.ts(e.at())));
        events.publishEvent(e);
    }

    void classified(InspectionClassified published) {
        InspectionClassified e = new InspectionClassified(published.code(), published.institutionCode(),
                published.closedOn(), published.digital(), published.paper(), List.copyOf(published.reasons()),
                micros(published.at()));
        insert(new MapSqlParameterSource("code", e.code()).addValue("type", "CLASSIFIED")
                .addValue("institutionCode", e.institutionCode()).addValue("digital", e.digital())
                .addValue("paper", e.paper()).addValue("closedOn", InspectionStore.date(e.closedOn()))
                .addValue("reasons", String.join(",", e.reasons())).addValue("at", InspectionStore.ts(e.at())));
        events.publishEvent(e);
    }

    private static java.time.Instant micros(java.time.Instant at) {
        return at.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    private void insert(MapSqlParameterSource p) {
        for (String name : List.of("institutionCode", "institutionName", "stage", "paper", "ref", "area", "violation",
                "due", "status", "digital", "closedOn", "reasons")) {
            if (!p.hasValue(name)) {
                p.addValue(name, null);
            }
        }
        jdbc.update("insert into inspection_event (inspection_code, type, institution_code, institution_name, stage,"
                + " paper, ref_id, area, violation, due_on, status, digital, closed_on, reasons, occurred_at) values"
                + " (:code, :type, :institutionCode, :institutionName, :stage, :paper, :ref, :area, :violation, :due,"
                + " :status, :digital, :closedOn, :reasons, :at)", p);
    }

    @Override
    @Transactional(readOnly = true)
    public void replay(Consumer<Object> sink) {
        jdbc.query("select * from inspection_event order by id", rs -> {
            sink.accept(event(rs));
        });
    }

    @Override
    @Transactional(readOnly = true)
    public void replay(String inspectionCode, Consumer<Object> sink) {
        jdbc.query("select * from inspection_event where inspection_code = :code order by id",
                new MapSqlParameterSource("code", inspectionCode), rs -> {
                    sink.accept(event(rs));
                });
    }

    private static Object event(ResultSet rs) throws SQLException {
        String code = rs.getString("inspection_code");
        var at = InspectionStore.instant(rs, "occurred_at");
        return switch (rs.getString("type")) {
            case "STAGE" -> new InspectionStageChanged(code, rs.getString("institution_code"),
                    rs.getString("institution_name"), InspectionStage.valueOf(rs.getString("stage")),
                    rs.getBoolean("paper"), at);
            case "FINDING" -> new FindingRecorded(code, rs.getString("ref_id"), rs.getString("area"),
                    rs.getBoolean("violation"), at);
            case "REMEDIATION" -> new RemediationChanged(code, rs.getString("ref_id"), rs.getString("area"),
                    InspectionStore.localDate(rs, "due_on"), RemediationStatus.valueOf(rs.getString("status")), at);
            case "CLASSIFIED" -> {
                String reasons = rs.getString("reasons");
                LocalDate closedOn = InspectionStore.localDate(rs, "closed_on");
                yield new InspectionClassified(code, rs.getString("institution_code"), closedOn,
                        rs.getBoolean("digital"), rs.getBoolean("paper"),
                        reasons == null || reasons.isBlank() ? List.of() : Arrays.asList(reasons.split(",")), at);
            }
            default -> throw new IllegalStateException("Unknown inspection event " + rs.getString("type"));
        };
    }
}
