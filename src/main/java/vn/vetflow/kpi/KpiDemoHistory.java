package vn.vetflow.kpi;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.vetflow.calendar.WorkingCalendar;

/**
 * Demo profile: a year of synthetic closed dossiers, their steps and some inspections, written straight
 * into the read model and marked {@code demo}, so the dashboards are alive on a fresh demo. Real dossiers
 * of the demo province come on top through the events; a rebuild keeps the demo rows.
 */
@Component
@Profile("demo")
@Order(11)
class KpiDemoHistory implements ApplicationRunner {

    private static final String[] PROCEDURES = {"P1", "P2", "P3", "P4", "P8", "P9"};
    private static final String[] OFFICERS = {"chuyenvien", "chuyenvien2"};
    private static final String[][] STEPS = {{"Task_Reception", "Kiểm tra, tiếp nhận hồ sơ", "motcua", "tiepnhan"},
            {"Task_Appraisal", "Thẩm định hồ sơ", "gdnn", null}, {"Task_Approval", "Phê duyệt kết quả", "gdnn", "lanhdao"}};

    private final KpiStore store;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final KpiUpkeep upkeep;

    KpiDemoHistory(KpiStore store, WorkingCalendar calendar, Clock clock, KpiUpkeep upkeep) {
        this.store = store;
        this.upkeep = upkeep;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Recomputes every cell at the end: no refresh may add a delta meanwhile (see KpiUpkeep). */
    @Override
    public void run(ApplicationArguments args) {
        upkeep.exclusively(() -> {
            write();
            return null;
        });
    }

    private void write() {
        Integer existing = store.jdbc().queryForObject("select count(*) from kpi_dossier where demo = true", Integer.class);
        if (existing != null && existing > 0) {
            return;
        }
        Random random = new Random(2026);
        LocalDate today = LocalDate.now(clock);
        List<DossierFact> facts = new ArrayList<>();
        List<StepFact> steps = new ArrayList<>();
        int n = 0;
        for (LocalDate day = today.minusMonths(12); day.isBefore(today.minusDays(20)); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            for (int k = 0; k < 3 + random.nextInt(5); k++) {
                String code = dossierCode(day, n++);
                String procedure = PROCEDURES[random.nextInt(PROCEDURES.length)];
                String officer = OFFICERS[random.nextInt(OFFICERS.length)];
                Instant received = day.atTime(LocalTime.of(8 + random.nextInt(6), 0)).atZone(calendar.zone()).toInstant();
                LocalDate appointment = calendar.addWorkingDays(day, 10);
                List<DossierFacts.Supplement> supplements = new ArrayList<>();
                int roll = random.nextInt(100);
                LocalDate ask = calendar.addWorkingDays(day, 2);
                if (roll < 15) {
                    supplements.add(new DossierFacts.Supplement(at(ask), at(calendar.addWorkingDays(ask, 1 + random.nextInt(4)))));
                }
                if (roll < 3) {
                    LocalDate again = calendar.addWorkingDays(ask, 6);
                    supplements.add(new DossierFacts.Supplement(at(again), at(calendar.addWorkingDays(again, 2))));
                }
                LocalDate end = calendar.addWorkingDays(day, 4 + random.nextInt(9) + supplements.size() * 3);
                int outcome = random.nextInt(100);
                String out = outcome < 88 ? "RESULT" : outcome < 95 ? "REFUSED" : null;
                int status = out == null ? 7 : 10;
                int channel = random.nextInt(10) < 7 ? 2 : 1;
                Integer rating = random.nextInt(10) < 4 ? 2 + random.nextInt(4) : null;
                long fee = procedure.equals("P3") || procedure.equals("P4") ? 1_500_000 : 0;
                boolean eResult = "RESULT".equals(out) && random.nextInt(10) < 9;
                facts.add(DossierFacts.compute(new DossierFacts.Input(code, procedure, "Thủ tục " + procedure, "gdnn",
                        officer, channel, status, out, received, received, day, appointment, at(end), null, supplements,
                        List.of(), fee, fee > 0 && channel == 2, eResult, channel == 2 || random.nextInt(10) < 6,
                        "RESULT".equals(out) && !eResult && random.nextInt(10) < 5, random.nextInt(10) < 2, rating, true,
                        false),
                        calendar));
                Instant start = received;
                for (int s = 0; s < STEPS.length; s++) {
                    Instant stop = s == STEPS.length - 1 ? at(end) : start.plusSeconds(3600L * (4 + random.nextInt(40)));
                    Instant claimed = start.plusSeconds((stop.getEpochSecond() - start.getEpochSecond()) * (10 + random.nextInt(60)) / 100);
                    Instant due = start.plusSeconds(86400L * (s == 1 ? 6 : 2));
                    steps.add(StepFact.of(code + "-" + s, code, KpiUpdater.PUBLIC_SERVICE, STEPS[s][0], STEPS[s][1],
                            STEPS[s][2], STEPS[s][3] == null ? officer : STEPS[s][3], start, claimed, stop, due, true,
                            calendar.zone()));
                    start = stop;
                }
            }
        }
        store.insertDossiers(facts);
        store.insertSteps(steps);
        String[] areas = {"facilities", "teachers", "programmes", "enrolment"};
        for (int i = 0; i < 40; i++) {
            String code = String.format("DEMO-KT-%03d", i);
            LocalDate closed = today.minusDays(10 + random.nextInt(700));
            boolean paper = i % 5 == 0;
            boolean digital = !paper && random.nextInt(10) < 7;
            store.jdbc().update("insert into kpi_inspection (code, institution_code, institution_name, stage, paper,"
                    + " started_at, closed_on, classified, digital, reasons, demo) values (?,?,?,?,?,?,?,?,?,null,true)",
                    code, "CS" + (i % 12), "Trường Trung cấp nghề số " + (i % 12 + 1), i < 34 ? "CLOSED" : "CHECK", paper,
                    Timestamp.from(at(closed.minusDays(60))), i < 34 ? closed : null, i < 34, digital);
            store.finding(code + "-F", code, areas[i % areas.length], i % 2 == 0, Timestamp.from(at(closed.minusDays(20))));
            store.remediation(code + "-R", code, areas[i % areas.length], closed.plusDays(30),
                    i % 3 == 0 ? "OPEN" : "ACCEPTED", Timestamp.from(at(closed)));
        }
        store.rebuildAggregates();
    }

    private Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(calendar.zone()).toInstant();
    }

    /** DEMO-20260315-0007: the day without dashes, so no ISO date (yyyy-MM-dd) shows in the drill-down lists. */
    static String dossierCode(LocalDate day, int n) {
        return String.format(java.util.Locale.ROOT, "DEMO-%s-%04d",
                day.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE), n);
    }
}
