package vn.vetflow.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vetflow.calendar.CalendarLoader;
import vn.vetflow.calendar.WorkingCalendar;

/**
 * Every formula against hand-computed fixtures. March 2026 has no holidays: working days are Monday to
 * Friday (2–6, 9–13, 16–20, 23–27, 30–31 March).
 */
class KpiFormulasTest {

    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    static final WorkingCalendar CALENDAR = new WorkingCalendar(
            new CalendarLoader().load(CalendarLoader.DEFAULT_LOCATION, null), LocalTime.of(15, 0), VN);

    static Instant at(int month, int day) {
        return LocalDateTime.of(2026, month, day, 9, 0).atZone(VN).toInstant();
    }

    /** Received Mon 2 March, appointment Mon 16 March (10 working days). */
    static DossierFacts.Input dossier(String code, Instant ended, List<DossierFacts.Supplement> supplements,
                                      List<DossierFacts.StatusMove> moves, String outcome, int status) {
        return new DossierFacts.Input(code, "P1", "Cấp giấy chứng nhận", "gdnn", "chuyenvien", 2, status, outcome,
                at(3, 2), at(3, 2), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 16), ended, null, supplements,
                moves, 0, false, "RESULT".equals(outcome), true, false, false, null, false, false);
    }

    @Test
    void finishedBeforeOnAndAfterTheAppointment() {
        assertThat(DossierFacts.compute(dossier("a", at(3, 13), List.of(), List.of(), "RESULT", 9), CALENDAR)
                .timeliness()).isEqualTo("EARLY");
        assertThat(DossierFacts.compute(dossier("b", at(3, 16), List.of(), List.of(), "RESULT", 9), CALENDAR)
                .timeliness()).isEqualTo("ON_TIME");
        DossierFact late = DossierFacts.compute(dossier("c", at(3, 17), List.of(), List.of(), "RESULT", 9), CALENDAR);
        assertThat(late.timeliness()).isEqualTo("LATE");
        // resolution: working days after 2 March up to 17 March = 11
        assertThat(late.resolutionDays()).isEqualTo(11);
        assertThat(late.spanDays()).isEqualTo(15);
    }

    @Test
    void supplementWaitingIsExcluded() {
        // Asked Wed 4 March, answered Tue 10 March: 4 working days (5, 6, 9, 10) → due 20 March.
        var supplement = new DossierFacts.Supplement(at(3, 4), at(3, 10));
        DossierFact f = DossierFacts.compute(dossier("d", at(3, 19), List.of(supplement), List.of(), "RESULT", 9),
                CALENDAR);
        assertThat(f.pausedDays()).isEqualTo(4);
        assertThat(f.dueDay()).isEqualTo(LocalDate.of(2026, 3, 20));
        assertThat(f.timeliness()).isEqualTo("EARLY");
        assertThat(f.supplementRounds()).isEqualTo(1);
        // 13 working days after 2 March up to 19 March, minus 4 paused
        assertThat(f.resolutionDays()).isEqualTo(9);
    }

    @Test
    void twoSupplementRequestsAreOverdueWhateverTheDates() {
        var first = new DossierFacts.Supplement(at(3, 3), at(3, 4));
        var second = new DossierFacts.Supplement(at(3, 5), at(3, 6));
        DossierFact f = DossierFacts.compute(dossier("e", at(3, 9), List.of(first, second), List.of(), "RESULT", 9),
                CALENDAR);
        assertThat(f.supplementRounds()).isEqualTo(2);
        assertThat(f.timeliness()).isEqualTo("LATE");
    }

    @Test
    void aSupplementAskedAtIntakeBeforeReceiptDoesNotCount() {
        var intake = new DossierFacts.Supplement(at(3, 2).minusSeconds(86400 * 3), at(3, 2).minusSeconds(3600));
        var after = new DossierFacts.Supplement(at(3, 4), at(3, 5));
        DossierFact f = DossierFacts.compute(dossier("f", at(3, 16), List.of(intake, after), List.of(), "RESULT", 9),
                CALENDAR);
        assertThat(f.supplementRounds()).isEqualTo(1);
        assertThat(f.pausedDays()).isEqualTo(1);
        assertThat(f.dueDay()).isEqualTo(LocalDate.of(2026, 3, 17));
        assertThat(f.timeliness()).isEqualTo("EARLY");
    }

    @Test
    void paymentWaitingPausesTheClockToo() {
        // Financial obligation (6) from Tue 3 March until processing (4) on Thu 5 March: 2 working days.
        var moves = List.of(new DossierFacts.StatusMove(2, at(3, 2)), new DossierFacts.StatusMove(6, at(3, 3)),
                new DossierFacts.StatusMove(4, at(3, 5)));
        DossierFact f = DossierFacts.compute(dossier("g", at(3, 18), List.of(), moves, "RESULT", 9), CALENDAR);
        assertThat(f.pausedDays()).isEqualTo(2);
        assertThat(f.dueDay()).isEqualTo(LocalDate.of(2026, 3, 18));
        assertThat(f.timeliness()).isEqualTo("ON_TIME");
    }

    @Test
    void withdrawnAndRefusedDossiersEndWhenTheyStop() {
        DossierFact withdrawn = DossierFacts.compute(dossier("h", at(3, 20), List.of(), List.of(), null, 7), CALENDAR);
        assertThat(withdrawn.endDay()).isEqualTo(LocalDate.of(2026, 3, 20));
        assertThat(withdrawn.timeliness()).isEqualTo("LATE");
        assertThat(withdrawn.resultExpected()).isFalse();
        DossierFact refused = DossierFacts.compute(dossier("i", at(3, 10), List.of(), List.of(), "REFUSED", 10), CALENDAR);
        assertThat(refused.timeliness()).isEqualTo("EARLY");
        assertThat(refused.resultExpected()).isFalse();
        assertThat(refused.eResult()).isFalse();
        assertThat(refused.digitised()).isFalse(); // components digitised, but no digitised result
    }

    /** Received 2 March as {@link #dossier}, with the digitisation facts given. */
    static DossierFacts.Input digitisation(String code, Instant ended, String outcome, boolean eResult,
                                           boolean componentsDigitised, boolean resultScanned, boolean reused) {
        return new DossierFacts.Input(code, "P1", "Cấp giấy chứng nhận", "gdnn", "chuyenvien", 1, ended == null ? 4 : 10,
                outcome, at(3, 2), at(3, 2), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 16), ended, null, List.of(),
                List.of(), 0, false, eResult, componentsDigitised, resultScanned, reused, null, false, false);
    }

    @Test
    void digitisedNeedsDigitisedComponentsAndADigitisedResult() {
        // running, components scanned, no result yet: not digitised (it used to count)
        assertThat(DossierFacts.compute(digitisation("d1", null, null, false, true, false, false), CALENDAR).digitised())
                .isFalse();
        // finished with the signed electronic result
        assertThat(DossierFacts.compute(digitisation("d2", at(3, 10), "RESULT", true, true, false, false), CALENDAR)
                .digitised()).isTrue();
        // paper result handed over at the counter and scanned
        assertThat(DossierFacts.compute(digitisation("d3", at(3, 10), "RESULT", false, true, true, false), CALENDAR)
                .digitised()).isTrue();
        // a paper result nobody scanned
        assertThat(DossierFacts.compute(digitisation("d4", at(3, 10), "RESULT", false, true, false, false), CALENDAR)
                .digitised()).isFalse();
        // a component left on paper
        assertThat(DossierFacts.compute(digitisation("d5", at(3, 10), "RESULT", true, false, false, false), CALENDAR)
                .digitised()).isFalse();
        // reuse is its own fact, whatever the result
        DossierFact reused = DossierFacts.compute(digitisation("d6", null, null, false, true, false, true), CALENDAR);
        assertThat(reused.reused()).isTrue();
        assertThat(reused.digitised()).isFalse();
    }

    @Test
    void aPeriodUnderWayIsCutAtToday() {
        Period december = Period.of(Period.Kind.MONTH, Period.Convention.CALENDAR, 2026, 12);
        assertThat(december.upTo(LocalDate.of(2026, 12, 6)).to()).isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(december.upTo(LocalDate.of(2026, 12, 6)).label()).isEqualTo("12/2026");
        assertThat(december.upTo(LocalDate.of(2027, 1, 6))).isEqualTo(december);
        var selection = Selection.of("2026-12", "CALENDAR", null, LocalDate.of(2026, 12, 6));
        assertThat(selection.judgedOn()).isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(selection.underWay()).isTrue();
        assertThat(Selection.of("2026-11", "CALENDAR", null, LocalDate.of(2026, 12, 6)).judgedOn())
                .isEqualTo(LocalDate.of(2026, 11, 30));
        // A dossier due 10/12 is not overdue when judged on 06/12 (it would be at the month's end).
        LocalDate due = LocalDate.of(2026, 12, 10);
        assertThat(DossierFacts.judgeAt(selection.judgedOn(), due, 0, List.of(), CALENDAR, 2))
                .isNotEqualTo(DossierFacts.Running.LATE);
        assertThat(DossierFacts.judgeAt(december.to(), due, 0, List.of(), CALENDAR, 2)).isEqualTo(DossierFacts.Running.LATE);
    }

    @Test
    void neverReceivedDossiersStayOutOfTheFigures() {
        var in = new DossierFacts.Input("j", "P1", "x", "gdnn", null, 2, 3, null, at(3, 2), null, null, null, at(3, 3),
                null, List.of(), List.of(), 0, false, false, true, false, false, null, false, false);
        DossierFact f = DossierFacts.compute(in, CALENDAR);
        assertThat(f.received()).isFalse();
        assertThat(f.endDay()).isNull();
        assertThat(KpiStore.cells(f)).isEmpty();
        assertThat(f.officer()).isEqualTo(DossierFact.NOBODY);
    }

    @Test
    void runningDossiersAreJudgedAtThePeriodEnd() {
        LocalDate appointment = LocalDate.of(2026, 3, 16);
        assertThat(DossierFacts.judgeAt(LocalDate.of(2026, 3, 10), appointment, 0, List.of(), CALENDAR, 2))
                .isEqualTo(DossierFacts.Running.NOT_DUE);
        // 12 March: working days 13 and 16 left → due soon
        assertThat(DossierFacts.judgeAt(LocalDate.of(2026, 3, 12), appointment, 0, List.of(), CALENDAR, 2))
                .isEqualTo(DossierFacts.Running.DUE_SOON);
        assertThat(DossierFacts.judgeAt(LocalDate.of(2026, 3, 17), appointment, 0, List.of(), CALENDAR, 2))
                .isEqualTo(DossierFacts.Running.LATE);
        // A pause 4–10 March moves the appointment to 20 March: on 17 March three working days are left
        // (18, 19, 20), on 18 March two (due soon), on 23 March it is late.
        var pause = new DossierFact.Pause("SUPPLEMENT", LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 10));
        assertThat(DossierFacts.judgeAt(LocalDate.of(2026, 3, 17), appointment, 1, List.of(pause), CALENDAR, 2))
                .isEqualTo(DossierFacts.Running.NOT_DUE);
        assertThat(DossierFacts.judgeAt(LocalDate.of(2026, 3, 18), appointment, 1, List.of(pause), CALENDAR, 2))
                .isEqualTo(DossierFacts.Running.DUE_SOON);
        assertThat(DossierFacts.judgeAt(LocalDate.of(2026, 3, 23), appointment, 1, List.of(pause), CALENDAR, 2))
                .isEqualTo(DossierFacts.Running.LATE);
        // A pause that starts after the judged day does not move anything yet.
        assertThat(DossierFacts.judgeAt(LocalDate.of(2026, 3, 3), appointment, 1, List.of(pause), CALENDAR, 2))
                .isEqualTo(DossierFacts.Running.NOT_DUE);
        // Still paused on 31 March since 13 March (before the appointment): the clock stopped, not late.
        var open = new DossierFact.Pause("SUPPLEMENT", LocalDate.of(2026, 3, 13), null);
        assertThat(DossierFacts.judgeAt(LocalDate.of(2026, 3, 31), appointment, 1, List.of(open), CALENDAR, 2))
                .isNotEqualTo(DossierFacts.Running.LATE);
        // Two supplement requests: overdue even while running.
        assertThat(DossierFacts.judgeAt(LocalDate.of(2026, 3, 5), appointment, 2, List.of(), CALENDAR, 2))
                .isEqualTo(DossierFacts.Running.LATE);
    }

    @Test
    void periodsUnderBothConventions() {
        Period march = Period.of(Period.Kind.MONTH, Period.Convention.DECREE_09, 2026, 3);
        assertThat(march.from()).isEqualTo(LocalDate.of(2026, 2, 15));
        assertThat(march.to()).isEqualTo(LocalDate.of(2026, 3, 14));
        Period calendarMarch = Period.of(Period.Kind.MONTH, Period.Convention.CALENDAR, 2026, 3);
        assertThat(calendarMarch.from()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(calendarMarch.to()).isEqualTo(LocalDate.of(2026, 3, 31));
        Period q1 = Period.of(Period.Kind.QUARTER, Period.Convention.DECREE_09, 2026, 1);
        assertThat(q1.from()).isEqualTo(LocalDate.of(2025, 12, 15));
        assertThat(q1.to()).isEqualTo(LocalDate.of(2026, 3, 14));
        Period year = Period.of(Period.Kind.YEAR, Period.Convention.DECREE_09, 2026, 1);
        assertThat(year.from()).isEqualTo(LocalDate.of(2025, 12, 15));
        assertThat(year.to()).isEqualTo(LocalDate.of(2026, 12, 14));
        // The boundary days: 14 March is still March, 15 March is April under Decree 09.
        assertThat(Period.containing(Period.Kind.MONTH, Period.Convention.DECREE_09, LocalDate.of(2026, 3, 14)).index())
                .isEqualTo(3);
        assertThat(Period.containing(Period.Kind.MONTH, Period.Convention.DECREE_09, LocalDate.of(2026, 3, 15)).index())
                .isEqualTo(4);
        assertThat(Period.containing(Period.Kind.YEAR, Period.Convention.DECREE_09, LocalDate.of(2025, 12, 15)).year())
                .isEqualTo(2026);
        assertThat(Period.containing(Period.Kind.QUARTER, Period.Convention.CALENDAR, LocalDate.of(2026, 3, 31)).index())
                .isEqualTo(1);
        assertThat(march.previous().to()).isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(Period.of(Period.Kind.MONTH, Period.Convention.DECREE_09, 2026, 1).previous().param())
                .isEqualTo("2025-12");
        assertThat(Period.parse("2026-Q2", Period.Convention.CALENDAR, LocalDate.now()).from())
                .isEqualTo(LocalDate.of(2026, 4, 1));
    }

    @Test
    void ratesOfAPeriod() {
        ServiceFigures f = new ServiceFigures("*");
        f.carriedOver = 2;
        f.received = 8;
        f.receivedOnline = 6;
        f.finished = 6;
        f.early = 3;
        f.onTime = 1;
        f.late = 2;
        f.runningNotDue = 2;
        f.runningDueSoon = 1;
        f.runningLate = 1;
        f.resolutionDays = 33;
        f.feeRequired = 4;
        f.paidOnline = 1;
        f.resultExpected = 5;
        f.eResult = 4;
        f.digitised = 6;
        f.dissatisfied = 1;
        // to process 10 = done 6 + running 4
        assertThat(f.toProcess()).isEqualTo(10);
        assertThat(f.toProcess()).isEqualTo(f.finished + f.running());
        // 766: (3 + 1 + 2 + 1) ÷ (6 + 4) = 70%
        assertThat(f.onTimeRate()).isEqualTo(0.7);
        // classic: late (2 + 1) ÷ 10 = 30%, on time 70%
        assertThat(f.lateRate()).isEqualTo(0.3);
        assertThat(f.classicOnTimeRate()).isEqualTo(0.7);
        assertThat(f.averageResolutionDays()).isEqualTo(5.5);
        assertThat(f.onlineRate()).isEqualTo(0.75);
        assertThat(f.onlinePaymentRate()).isEqualTo(0.25);
        assertThat(f.electronicResultRate()).isEqualTo(0.8);
        assertThat(f.digitisationRate()).isEqualTo(0.75);
        // satisfaction = 1 − (0.3 + 1/6)
        assertThat(f.satisfaction()).isCloseTo(1 - 0.3 - 1.0 / 6, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(new ServiceFigures("*").onTimeRate()).isNull();
    }

    @Test
    void scoreIsFullAtTheThresholdAndProportionalBelow() {
        var online = new KpiDefinitions.Indicator("online", "online", 12, 50, 50, 30, "x", false, false);
        assertThat(online.score(75)).isEqualTo(12);
        assertThat(online.score(50)).isEqualTo(12);
        assertThat(online.score(25)).isEqualTo(6); // 25 × 12 ÷ 50
        assertThat(online.colour(55.0)).isEqualTo("success");
        assertThat(online.colour(40.0)).isEqualTo("warning");
        assertThat(online.colour(10.0)).isEqualTo("danger");
        assertThat(online.colour(null)).isEqualTo("secondary");
        var value = IndicatorValue.of(online, 3, 12, "receivedOnline", "received");
        assertThat(value.percent()).isEqualTo(25.0);
        assertThat(value.score()).isEqualTo(6.0);
    }

    static KpiDefinitions shippedDefinitions() {
        return new KpiDefinitions(new org.springframework.core.io.ClassPathResource("kpi/indicators.yaml"),
                new org.springframework.core.io.ClassPathResource("kpi/plan-targets.yaml"));
    }

    static ServiceIndicators shippedIndicators(vn.vetflow.catalogue.ProcedureCatalogue catalogue) {
        return new ServiceIndicators(shippedDefinitions(), catalogue, new ProceduresNotOnline(
                new org.springframework.core.io.ClassPathResource("kpi/procedures-not-online.yaml")));
    }

    @Test
    void proceduresOfferedOnlineCountEveryProcedureUnderTheAuthorityAndReuseIsMeasured() {
        var catalogue = new vn.vetflow.catalogue.ProcedureCatalogue(new vn.vetflow.catalogue.CatalogueLoader(form -> true)
                .load(List.of(vn.vetflow.catalogue.CatalogueLoader.CLASSPATH_LOCATION)));
        var indicators = shippedIndicators(catalogue);
        Period march = Period.parse("2026-03", Period.Convention.CALENDAR, LocalDate.of(2026, 4, 1));
        assertThat(march.to()).isEqualTo(LocalDate.of(2026, 3, 31));

        // by hand: the catalogue's versions in force on the period's last day, partly or fully online, over those
        // plus the five procedures of kpi/procedures-not-online.yaml (in force since 01/03/2025, none online)
        var inForce = catalogue.effectiveOn(LocalDate.of(2026, 3, 31));
        assertThat(inForce).isNotEmpty();
        long online = inForce.stream().filter(v -> v.serviceLevel() == vn.vetflow.catalogue.ServiceLevel.FULL_ONLINE
                || v.serviceLevel() == vn.vetflow.catalogue.ServiceLevel.PARTLY_ONLINE).count();
        assertThat(online).isEqualTo(inForce.size()); // every catalogue procedure is online: the old 100%
        int all = inForce.size() + 5;
        ServiceFigures figures = new ServiceFigures("*");
        figures.received = 10;
        figures.digitised = 4;
        figures.reused = 3;
        var values = indicators.of(figures, march);

        IndicatorValue offered = values.stream().filter(v -> v.key().equals("offeredOnline")).findFirst().orElseThrow();
        assertThat(offered.numerator()).isEqualTo(online);
        assertThat(offered.denominator()).isEqualTo(all);
        assertThat(offered.percent()).isEqualTo(100.0 * online / all).isLessThan(100.0);
        assertThat(offered.drillPath()).isEqualTo("/kpi/services/procedures");
        assertThat(indicators.procedures(march.to()).notOnline()).hasSize(5)
                .allMatch(ProceduresNotOnline.Procedure::unconfirmed);
        assertThat(indicators.procedures(march.to()).fullyOnline())
                .allMatch(v -> v.serviceLevel() == vn.vetflow.catalogue.ServiceLevel.FULL_ONLINE);

        // reuse: 3 of 10 received, below the 80% threshold: 30 × 6 ÷ 80
        IndicatorValue reuse = values.stream().filter(v -> v.key().equals("reuse")).findFirst().orElseThrow();
        assertThat(reuse.recorded()).isTrue();
        assertThat(reuse.percent()).isEqualTo(30.0);
        assertThat(reuse.score()).isEqualTo(30.0 * 6 / 80);
        IndicatorValue digitisation = values.stream().filter(v -> v.key().equals("digitisation")).findFirst().orElseThrow();
        assertThat(digitisation.percent()).isEqualTo(40.0);

        // before the first version in force (July 2022) there is no procedure: no value, not 0%
        Period before = Period.parse("2019-05", Period.Convention.CALENDAR, LocalDate.of(2019, 6, 1));
        IndicatorValue none = indicators.of(figures, before).stream().filter(v -> v.key().equals("offeredOnline"))
                .findFirst().orElseThrow();
        assertThat(none.percent()).isNull();
        assertThat(none.score()).isNull();
    }

    @Test
    void decision766HasFiveGroupsOfOneHundredPointsAndTheScoresAddUp() {
        var definitions = shippedDefinitions();
        assertThat(definitions.groups()).extracting(KpiDefinitions.Group::key)
                .containsExactly("transparency", "progress", "digitisation", "online", "satisfaction");
        assertThat(definitions.groups()).extracting(KpiDefinitions.Group::points).containsExactly(18.0, 20.0, 22.0, 22.0, 18.0);
        java.util.Map<String, Double> byGroup = new java.util.HashMap<>();
        definitions.indicators().forEach(i -> byGroup.merge(i.group(), i.maxPoints(), Double::sum));
        assertThat(byGroup).containsEntry("transparency", 18.0).containsEntry("progress", 20.0)
                .containsEntry("digitisation", 22.0).containsEntry("online", 22.0).containsEntry("satisfaction", 18.0);
        assertThat(definitions.indicator("onTime").orElseThrow().maxPoints()).isEqualTo(20.0);
        assertThat(definitions.indicators()).filteredOn(KpiDefinitions.Indicator::external).extracting(KpiDefinitions.Indicator::key)
                .containsExactlyInAnyOrder("proceduresPublished", "petitionsOnTime", "petitionsSatisfied");

        // A period by hand: 10 received, 4 online, 2 with a fee (1 paid online), 8 finished (6 early, 1 on time,
        // 1 late) + 2 running not due, 6 results of which 3 electronic, 5 digitised, 2 reused, 7 synced to the
        // national portal, 1 dissatisfied rating.
        ServiceFigures f = new ServiceFigures("*");
        f.received = 10;
        f.receivedOnline = 4;
        f.feeRequired = 2;
        f.paidOnline = 1;
        f.finished = 8;
        f.early = 6;
        f.onTime = 1;
        f.late = 1;
        f.runningNotDue = 2;
        f.resultExpected = 6;
        f.eResult = 3;
        f.digitised = 5;
        f.reused = 2;
        f.synced = 7;
        f.dissatisfied = 1;
        var catalogue = new vn.vetflow.catalogue.ProcedureCatalogue(List.of());
        var indicators = shippedIndicators(catalogue);
        Period march = Period.parse("2026-03", Period.Convention.CALENDAR, LocalDate.of(2026, 4, 1));
        var values = indicators.of(f, march);
        java.util.Map<String, IndicatorValue> byKey = new java.util.HashMap<>();
        values.forEach(v -> byKey.put(v.key(), v));
        // transparency: synced 70% of 14 at threshold 100 = 9.8; published on time comes from outside (4 points)
        assertThat(byKey.get("dossiersSynced").score()).isCloseTo(9.8, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(byKey.get("proceduresPublished").score()).isNull();
        assertThat(byKey.get("proceduresPublished").percent()).isNull();
        // progress: (6 + 1 + 2) ÷ 10 = 90% of 20 at threshold 100 = 18
        assertThat(byKey.get("onTime").score()).isCloseTo(18.0, org.assertj.core.data.Offset.offset(1e-9));
        // digitisation: e-result 50% × 8 ÷ 100 = 4; digitised 50% × 8 ÷ 80 = 5; reuse 20% × 6 ÷ 80 = 1.5
        assertThat(byKey.get("electronicResult").score()).isCloseTo(4.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(byKey.get("digitisation").score()).isCloseTo(5.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(byKey.get("reuse").score()).isCloseTo(1.5, org.assertj.core.data.Offset.offset(1e-9));
        // online: 40% ≥ ... no: 40 × 6 ÷ 50 = 4.8; offered: no procedure in an empty catalogue but the 5 not online
        // = 0 of 5 → 0; payment 50% of 10 at threshold 50 = 10
        assertThat(byKey.get("online").score()).isCloseTo(4.8, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(byKey.get("offeredOnline").score()).isZero();
        assertThat(byKey.get("onlinePayment").score()).isCloseTo(10.0, org.assertj.core.data.Offset.offset(1e-9));
        // satisfaction: 100% − (10% overdue + 1/8 dissatisfied) = 77.5% × 6 ÷ 90; petitions come from outside
        double satisfaction = 77.5 * 6 / 90;
        assertThat(byKey.get("satisfaction").score()).isCloseTo(satisfaction, org.assertj.core.data.Offset.offset(1e-9));

        var groups = indicators.groups(values);
        java.util.Map<String, ServiceIndicators.GroupScore> group = new java.util.HashMap<>();
        groups.forEach(g -> group.put(g.key(), g));
        assertThat(group.get("transparency").score()).isCloseTo(9.8, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(group.get("transparency").measurable()).isEqualTo(14.0);
        assertThat(group.get("transparency").external()).isEqualTo(4.0);
        assertThat(group.get("progress").score()).isCloseTo(18.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(group.get("digitisation").score()).isCloseTo(10.5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(group.get("online").score()).isCloseTo(14.8, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(group.get("satisfaction").score()).isCloseTo(satisfaction, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(group.get("satisfaction").external()).isEqualTo(12.0);
        var total = groups.get(groups.size() - 1);
        assertThat(total.key()).isEqualTo("*");
        assertThat(total.points()).isEqualTo(100.0);
        assertThat(total.external()).isEqualTo(16.0);
        assertThat(total.measurable()).isEqualTo(84.0);
        assertThat(total.score()).isCloseTo(9.8 + 18 + 10.5 + 14.8 + satisfaction, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(total.withoutData()).isZero();
    }

    @Test
    void aFileWhosePointsDoNotAddUpIsRefused() {
        String yaml = """
                groups:
                  - {key: progress, points: 20}
                  - {key: online, points: 80}
                indicators:
                  - {key: onTime, group: progress, maxPoints: 10, threshold: 100, target: 95, warn: 85, owner: x}
                  - {key: online, group: online, maxPoints: 80, threshold: 50, target: 50, warn: 30, owner: x}
                """;
        var file = new org.springframework.core.io.ByteArrayResource(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new KpiDefinitions(file,
                        new org.springframework.core.io.ClassPathResource("kpi/plan-targets.yaml")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("group progress add up to 10.0");
    }

    @Test
    void stepsSplitWaitingFromWorking() {
        Instant created = at(3, 2);
        StepFact s = StepFact.of("t", "c", "public-service", "Task_Appraisal", "x", "gdnn", "a", created,
                created.plusSeconds(3600), created.plusSeconds(3 * 3600), created.plusSeconds(2 * 3600), true, VN);
        assertThat(s.waitingSeconds()).isEqualTo(3600);
        assertThat(s.workingSeconds()).isEqualTo(7200);
        assertThat(s.breached()).isTrue();
        StepFact never = StepFact.of("u", "c", "public-service", "Task_Reception", "x", "motcua", null, created, null,
                created.plusSeconds(600), null, true, VN);
        assertThat(never.waitingSeconds()).isEqualTo(600);
        assertThat(never.workingSeconds()).isZero();
        StepFact cancelled = StepFact.of("v", "c", "public-service", "Task_Reception", "x", "motcua", null, created,
                null, created.plusSeconds(600), null, false, VN);
        assertThat(cancelled.endDay()).isNull();
    }
}
