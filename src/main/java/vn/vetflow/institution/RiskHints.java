package vn.vetflow.institution;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Risk hints for the annual plan: gathers each institution's facts from our tables and lets the DMN table
 * {@code inspection-risk} (processes/inspection-risk.dmn, hit policy COLLECT) score them. The engine's
 * history keeps every evaluation with its inputs, so a score can be explained afterwards in Cockpit.
 */
@Service
public class RiskHints {

    public static final String DECISION_KEY = "inspection-risk";

    private final DecisionService decisions;
    private final Institutions institutions;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final ReportPunctuality punctuality;

    RiskHints(DecisionService decisions, Institutions institutions, NamedParameterJdbcTemplate jdbc, Clock clock,
              ReportPunctuality punctuality) {
        this.punctuality = punctuality;
        this.decisions = decisions;
        this.institutions = institutions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every institution's assessment, highest score first, then by name. */
    public List<RiskAssessment> all() {
        return institutions.all().stream().map(this::assess)
                .sorted(Comparator.comparingInt(RiskAssessment::score).reversed()).toList();
    }

    /** The institution's assessment today. */
    public RiskAssessment assess(InstitutionSummary institution) {
        RiskFacts facts = facts(institution, LocalDate.now(clock));
        List<RiskReason> reasons = score(facts);
        return new RiskAssessment(institution, facts, reasons.stream().mapToInt(RiskReason::points).sum(), reasons);
    }

    /** What the table says about these facts: the matched rules, highest points first. */
    public List<RiskReason> score(RiskFacts facts) {
        DmnDecisionResult result = decisions.evaluateDecisionByKey(DECISION_KEY)
                .variables(Variables.createVariables()
                        .putValue("missingReports", facts.missingReports())
                        .putValue("lateReports", facts.lateReports())
                        .putValue("complaints", facts.complaints())
                        .putValue("enrolmentOverPercent", facts.enrolmentOverPercent())
                        .putValue("neverInspected", facts.neverInspected())
                        .putValue("monthsSinceInspection", facts.monthsSinceInspection()))
                .evaluate();
        return result.getResultList().stream()
                .map(row -> new RiskReason((String) row.get("reason"), ((Number) row.get("points")).intValue()))
                .sorted(Comparator.comparingInt(RiskReason::points).reversed()).toList();
    }

    /** The facts of an institution as of a day. */
    RiskFacts facts(InstitutionSummary institution, LocalDate today) {
        // Filed through the reporting rounds of the last 24 months (the reporting module counts them).
        ReportPunctuality.Punctuality reports = punctuality.of(institution.code(), today.minusMonths(24), today);
        Integer complaints = jdbc.queryForObject("select count(*) from institution_complaint"
                + " where institution_code = :code and received_on > :since and received_on <= :today",
                new MapSqlParameterSource("code", institution.code()).addValue("today", today)
                        .addValue("since", today.minusMonths(12)), Integer.class);
        double over = institutions.occupations(institution.code()).stream().mapToDouble(Occupation::percentOverScale)
                .max().orElse(0);
        LocalDate last = institution.lastInspectedOn();
        int months = last == null ? 0 : (int) ChronoUnit.MONTHS.between(last, today);
        return new RiskFacts(reports.missing(), reports.late(),
                complaints == null ? 0 : complaints, Math.max(0, over), last == null, months);
    }
}
