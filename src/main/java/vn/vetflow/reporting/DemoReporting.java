package vn.vetflow.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vetflow.identity.Roles;
import vn.vetflow.institution.InstitutionSummary;
import vn.vetflow.institution.Institutions;
import vn.vetflow.institution.Occupation;
import vn.vetflow.shared.ProvinceClock;
import vn.vetflow.tasks.TaskWork;

/**
 * Demo reporting (profile demo): two past rounds written straight to the tables (2025-Y and 2026-H1: every
 * institution accepted, a few late, one missing, one returned then corrected) with plausible figures for the
 * plan's targets, and the open round 2026-Y (due 15/01/2027) as a real process, two institutions having
 * submitted through the task door. Loaded once: a second start finds the rounds.
 */
@Component
@Profile("demo")
@Order(8)
class DemoReporting implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoReporting.class);
    private static final Set<String> LATE = Set.of("TC-DULICH-SAPA", "CD-LAOCAI-01");
    private static final String MISSING = "TT-MUCANGCHAI-01";
    private static final String RETURNED = "TT-VANYEN-01";

    private final ReportingStore store;
    private final ReportingRounds rounds;
    private final Institutions institutions;
    private final TaskWork taskWork;
    private final TransactionTemplate transaction;
    private final ProvinceClock clock;

    DemoReporting(ReportingStore store, ReportingRounds rounds, Institutions institutions, TaskWork taskWork,
                  TransactionTemplate transaction, ProvinceClock clock) {
        this.store = store;
        this.rounds = rounds;
        this.institutions = institutions;
        this.taskWork = taskWork;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (store.round("2025-Y").isPresent()) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            past("2025-Y", RoundRules.RoundKind.YEAR, 2025, 0, false);
            past("2026-H1", RoundRules.RoundKind.HALF_YEAR, 2026, 1, true);
        });
        String open = transaction.execute(status -> rounds.openRound("2026-Y", RoundRules.RoundKind.YEAR,
                LocalDate.of(2025, 12, 15), LocalDate.of(2026, 12, 14), LocalDate.of(2027, 1, 15), "lanhdao"));
        submit(open, "CD-NGHE-01", "coso2");
        submit(open, RETURNED, "coso3");
        log.info("Demo reporting: rounds 2025-Y and 2026-H1 closed, 2026-Y open");
    }

    /** A closed round with every report accepted but the exceptions; {@code growth}: the period's index. */
    private void past(String code, RoundRules.RoundKind kind, int year, int growth, boolean withExceptions) {
        RoundRules.Period period = RoundRules.period(kind, year);
        LocalDate due = kind == RoundRules.RoundKind.YEAR ? period.to().plusDays(32) : period.to().plusDays(6);
        long roundId = store.insertRound(code, kind.name(), period.from(), period.to(), due, ReportingConfiguration.TEMPLATE_KEY,
                "OPEN", "lanhdao", at(period.to().plusDays(1), 9));
        for (InstitutionSummary institution : institutions.all()) {
            String i = institution.code();
            long report = store.insertReport(roundId, i, ReportStatus.EXPECTED, due);
            if (withExceptions && MISSING.equals(i)) {
                store.markLate(report);
                continue;
            }
            boolean late = LATE.contains(i);
            LocalDate submitted = late ? due.plusDays(9) : due.minusDays(3);
            store.replaceFigures(report, figures(i, growth));
            store.submitted(report, member(i), at(submitted, 10), late);
            if (withExceptions && RETURNED.equals(i)) {
                store.decided(report, false, "chuyenvien", at(submitted.plusDays(2), 14),
                        "Số hồ sơ học tập được số hoá lớn hơn tổng số hồ sơ học tập, đề nghị rà soát lại.");
                store.submitted(report, member(i), at(submitted.plusDays(4), 9), late);
            }
            store.decided(report, true, "chuyenvien", at(submitted.plusDays(withExceptions && RETURNED.equals(i) ? 6 : 2),
                    15), null);
        }
        store.markMissing(roundId);
        store.closeRound(roundId, at(due.plusDays(31), 0));
    }

    /** Figures in proportion to the institution's registered enrolment, improving a little each period. */
    private Map<FigureKey, BigDecimal> figures(String code, int growth) {
        List<Occupation> occupations = institutions.occupations(code);
        int enrolled = Math.max(60, occupations.stream().mapToInt(Occupation::currentEnrolment).sum());
        int seed = Math.abs(code.hashCode() % 7);
        int teachers = Math.max(8, enrolled / 18);
        int programmes = Math.max(2, occupations.size() * 2);
        int records = enrolled + 40;
        int diplomas = enrolled / 3;
        Map<String, Integer> single = new LinkedHashMap<>();
        single.put("teachers", teachers);
        single.put("teachersDigitalCompetence", teachers * (55 + seed * 4 + growth * 8) / 100);
        single.put("teachersDigitalMaterials", teachers * (20 + seed * 3 + growth * 5) / 100);
        single.put("learners", enrolled);
        single.put("ruralLabourTrained", enrolled / 4 + seed * 5);
        single.put("programmes", programmes);
        single.put("programmesDigitalOutcomes", programmes * (30 + seed * 5 + growth * 10) / 100);
        single.put("itProgrammes", Math.min(programmes, 1 + seed % 2));
        single.put("itProgrammesUpdated", Math.min(programmes, 1 + seed % 2) - (growth == 0 ? seed % 2 : 0));
        single.put("onlineClassrooms", 1 + seed + growth * 2);
        single.put("learningRecords", records);
        single.put("learningRecordsDigitised", records * (40 + seed * 6 + growth * 10) / 100);
        single.put("diplomasIssued", diplomas);
        single.put("diplomasDigitised", diplomas * (35 + seed * 7 + growth * 10) / 100);
        single.put("connectedNationalPlatform", seed + growth >= 3 ? 1 : 0);
        single.put("connectedDocumentSystem", seed + growth >= 2 ? 1 : 0);
        single.put("digitalSchoolCriteriaMet", seed + growth >= 6 ? 1 : 0);
        Map<FigureKey, BigDecimal> figures = new LinkedHashMap<>();
        single.forEach((key, value) -> figures.put(FigureKey.single(key), BigDecimal.valueOf(value)));
        for (Occupation o : occupations) {
            String dimension = o.level().name() + "|" + o.code();
            figures.putIfAbsent(new FigureKey("enrolment", dimension), BigDecimal.valueOf(o.currentEnrolment() / 2));
            figures.putIfAbsent(new FigureKey("graduates", dimension), BigDecimal.valueOf(o.currentEnrolment() / 3));
        }
        return figures;
    }

    /** Submits an institution's report of the open round through the task door, as its staff would. */
    private void submit(String round, String institution, String member) {
        Report report = store.report(round, institution).orElse(null);
        if (report == null || !institutions.membersOf(institution).contains(member)) {
            return;
        }
        Map<String, Object> values = new HashMap<>();
        Map<String, String> cells = new HashMap<>();
        figures(institution, 2).forEach((key, value) -> {
            if (key.dimension().isEmpty()) {
                values.put(key.indicator(), value.toPlainString());
            } else {
                cells.put(key.field(), value.toPlainString());
            }
        });
        rounds.openTask(report, ReportingProcess.FILL).ifPresent(task -> taskWork.complete(task, member,
                List.of(Roles.INSTITUTION), values, new ReportInput(cells, List.of(new ReportInput.Upload(
                        "bao-cao-thong-ke.pdf", "application/pdf", "%PDF-1.4 Báo cáo thống kê".getBytes())))));
    }

    private String member(String institution) {
        return institutions.membersOf(institution).stream().findFirst().orElse("coso");
    }

    private java.time.Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(clock.zone()).toInstant();
    }
}
