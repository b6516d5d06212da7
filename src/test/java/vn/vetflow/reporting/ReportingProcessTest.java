package vn.vetflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vetflow.reporting.ReportingTestSupport.INSTITUTION;
import static vn.vetflow.reporting.ReportingTestSupport.LEADER_EMAIL;
import static vn.vetflow.reporting.ReportingTestSupport.OTHER_INSTITUTION;
import static vn.vetflow.reporting.ReportingTestSupport.SPECIALIST;
import static vn.vetflow.reporting.ReportingTestSupport.STAFF_EMAIL;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.vetflow.institution.ReportPunctuality;
import vn.vetflow.notification.CapturingMailer;
import vn.vetflow.shared.AdjustableClock;
import vn.vetflow.shared.InvalidRequestException;
import vn.vetflow.shared.Violation;
import vn.vetflow.support.EventPublications;
import vn.vetflow.support.ProcessCoverageGate;
import vn.vetflow.support.VetflowTest;
import vn.vetflow.tasks.TaskForbiddenException;

/**
 * The paths of processes/reporting/periodic-report.bpmn for one institution's report in a round (on time; late
 * with its reminder and escalation; returned and corrected; missing at the round's close), driven through the
 * task door and the engine's own timer jobs with the test clock. Each test opens its own year's round.
 */
@VetflowTest
@ProcessCoverageGate(process = ReportingProcess.KEY, atLeast = 0.9)
class ReportingProcessTest {

    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired ReportingRounds rounds;
    @Autowired ReportingTestSupport support;
    @Autowired AdjustableClock clock;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired EventPublications publications;
    @Autowired CapturingMailer mailer;
    @Autowired ReportPunctuality punctuality;

    @BeforeEach
    void setUp() {
        support.ensure();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** Opens the year round of that year on 20 December: period 15/12 of the year before to 14/12, due 15 January. */
    private String openYear(int year) {
        at(year, 12, 20, 9);
        String code = rounds.open(new OpenRound(RoundRules.RoundKind.YEAR, year, null, null, null), "rpleader");
        assertThat(code).isEqualTo(year + "-Y");
        Round round = rounds.round(code).orElseThrow();
        assertThat(round.periodFrom()).isEqualTo(LocalDate.of(year - 1, 12, 15));
        assertThat(round.periodTo()).isEqualTo(LocalDate.of(year, 12, 14));
        assertThat(round.dueOn()).isEqualTo(LocalDate.of(year + 1, 1, 15));
        return code;
    }

    @Test
    void reportSubmittedOnTimeIsAcceptedAndTheRoundClosesWithTheOthersMissing() {
        String round = openYear(2031);
        assertThat(support.report(round, INSTITUTION).status()).isEqualTo(ReportStatus.EXPECTED);
        // Only the institution's own staff may file its report; an officer may not either.
        assertThatThrownBy(() -> support.submit(round, INSTITUTION, "rpother", ReportingTestSupport.figures(),
                ReportingTestSupport.cells())).isInstanceOf(TaskForbiddenException.class);

        at(2032, 1, 10, 10);
        support.submit(round, INSTITUTION, "rpstaff", ReportingTestSupport.figures(), ReportingTestSupport.cells());
        Report submitted = support.report(round, INSTITUTION);
        assertThat(submitted.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(submitted.late()).isFalse();
        assertThat(submitted.submittedBy()).isEqualTo("rpstaff");
        assertThat(rounds.files(submitted.id())).extracting(ReportingStore.EvidenceFile::fileName)
                .containsExactly("minh-chung.pdf");
        Map<FigureKey, BigDecimal> figures = rounds.figures(submitted.id());
        assertThat(figures.get(FigureKey.single("teachers"))).isEqualByComparingTo("40");
        assertThat(figures.get(new FigureKey("enrolment", "COLLEGE|6480201"))).isEqualByComparingTo("30");
        // The reminder and escalation timers went with the filled task.
        assertThat(jobs(round, INSTITUTION, "Timer_Reminder")).isEmpty();

        // Staff of an institution and officers of another unit do not review.
        assertThatThrownBy(() -> support.review(round, INSTITUTION, "rpstaff", ReportingTestSupport.STAFF, "ACCEPT",
                null)).isInstanceOf(TaskForbiddenException.class);
        assertThatThrownBy(() -> support.review(round, INSTITUTION, "rpinspector", List.of("inspector", "kiemtra"),
                "ACCEPT", null)).isInstanceOf(TaskForbiddenException.class);
        support.review(round, INSTITUTION, "rpspecialist", SPECIALIST, "ACCEPT", null);
        Report accepted = support.report(round, INSTITUTION);
        assertThat(accepted.status()).isEqualTo(ReportStatus.ACCEPTED);
        assertThat(accepted.acceptedBy()).isEqualTo("rpspecialist");
        assertThat(rounds.openTask(accepted, ReportingProcess.FILL)).isEmpty();
        assertThat(rounds.openTask(support.report(round, OTHER_INSTITUTION), ReportingProcess.FILL)).isPresent();

        // Close day (30 days after the due day): whoever was never accepted is missing.
        at(2032, 2, 15, 0);
        management.executeJob(job(round, "Timer_RoundClose").getId());
        assertThat(support.report(round, INSTITUTION).status()).isEqualTo(ReportStatus.ACCEPTED);
        assertThat(support.report(round, OTHER_INSTITUTION).status()).isEqualTo(ReportStatus.MISSING);
        assertThat(rounds.round(round).orElseThrow().status()).isEqualTo("CLOSED");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(round).count()).isZero();
    }

    @Test
    void unsubmittedReportIsRemindedThenMarkedLateWithTheDepartmentTold() {
        String round = openYear(2033);
        int staffMails = mailer.to(STAFF_EMAIL).size();
        int leaderMails = mailer.to(LEADER_EMAIL).size();
        // Reminder: five days before the due day (15/01), in the morning.
        Job reminder = jobs(round, INSTITUTION, "Timer_Reminder").get(0);
        assertThat(reminder.getDuedate().toInstant().atZone(VN).toLocalDateTime())
                .isEqualTo(LocalDateTime.of(2034, 1, 10, 8, 0));
        at(2034, 1, 10, 8);
        management.executeJob(reminder.getId());
        publications.awaitReactions();
        assertThat(mailer.to(STAFF_EMAIL)).hasSize(staffMails + 1);
        assertThat(mailer.to(STAFF_EMAIL).get(mailer.to(STAFF_EMAIL).size() - 1).mail().subject()).contains(round);

        Job overdue = jobs(round, INSTITUTION, "Timer_Overdue").get(0);
        assertThat(overdue.getDuedate().toInstant().atZone(VN).toLocalDate()).isEqualTo(LocalDate.of(2034, 1, 15));
        at(2034, 1, 16, 0);
        management.executeJob(overdue.getId());
        publications.awaitReactions();
        assertThat(support.report(round, INSTITUTION).late()).isTrue();
        assertThat(mailer.to(LEADER_EMAIL)).hasSize(leaderMails + 1);
        assertThat(mailer.to(LEADER_EMAIL).get(mailer.to(LEADER_EMAIL).size() - 1).mail().textBody())
                .contains("Trường Trung cấp Thử nghiệm Báo cáo");

        at(2034, 1, 20, 14);
        support.submit(round, INSTITUTION, "rpstaff", ReportingTestSupport.figures(), ReportingTestSupport.cells());
        Report late = support.report(round, INSTITUTION);
        assertThat(late.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(late.late()).isTrue();
        support.review(round, INSTITUTION, "rpleader", ReportingTestSupport.LEADER, "ACCEPT", null);
        assertThat(punctuality.of(INSTITUTION, LocalDate.of(2034, 1, 1), LocalDate.of(2034, 2, 1)))
                .isEqualTo(new ReportPunctuality.Punctuality(1, 0));
    }

    @Test
    void returnedReportIsCorrectedAndAcceptedWithoutMovingTheOtherInstitutions() {
        String round = openYear(2035);
        at(2036, 1, 5, 9);
        support.submit(round, INSTITUTION, "rpstaff", ReportingTestSupport.figures(), ReportingTestSupport.cells());
        // A return needs the reviewer's comment.
        assertThatThrownBy(() -> support.review(round, INSTITUTION, "rpspecialist", SPECIALIST, "RETURN", null))
                .isInstanceOf(InvalidRequestException.class);
        support.review(round, INSTITUTION, "rpspecialist", SPECIALIST, "RETURN", "Số nhà giáo chưa khớp hồ sơ");
        Report returned = support.report(round, INSTITUTION);
        assertThat(returned.status()).isEqualTo(ReportStatus.RETURNED);
        assertThat(returned.returnedCount()).isEqualTo(1);
        assertThat(rounds.openTask(returned, ReportingProcess.FILL)).isPresent();
        assertThat(rounds.openTask(support.report(round, OTHER_INSTITUTION), ReportingProcess.FILL)).isPresent();

        Map<String, Object> corrected = ReportingTestSupport.figures();
        corrected.put("teachers", "42");
        support.submit(round, INSTITUTION, "rpstaff", corrected, ReportingTestSupport.cells());
        support.review(round, INSTITUTION, "rpspecialist", SPECIALIST, "ACCEPT", "Đạt");
        Report accepted = support.report(round, INSTITUTION);
        assertThat(accepted.status()).isEqualTo(ReportStatus.ACCEPTED);
        assertThat(accepted.late()).isFalse();
        assertThat(rounds.figures(accepted.id()).get(FigureKey.single("teachers"))).isEqualByComparingTo("42");
        assertThat(rounds.reviews(accepted.id())).extracting(ReportingStore.Review::decision, ReportingStore.Review::comment)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("RETURNED", "Số nhà giáo chưa khớp hồ sơ"),
                        org.assertj.core.groups.Tuple.tuple("ACCEPTED", "Đạt"));
        assertThat(support.report(round, OTHER_INSTITUTION).status()).isEqualTo(ReportStatus.EXPECTED);
    }

    @Test
    void invalidFiguresAreRefusedWithTheirMessagesAndNothingMoves() {
        String round = openYear(2037);
        Map<String, Object> wrong = ReportingTestSupport.figures();
        wrong.put("teachersDigitalCompetence", "41");
        wrong.put("learners", "12.5");
        Map<String, String> cells = new java.util.HashMap<>(ReportingTestSupport.cells());
        cells.remove("t.graduates.COLLEGE|6480201");
        assertThatThrownBy(() -> support.submit(round, INSTITUTION, "rpstaff", wrong, cells))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).contains("teachersDigitalCompetence", "learners",
                                "t.graduates.COLLEGE|6480201"));
        assertThat(support.report(round, INSTITUTION).status()).isEqualTo(ReportStatus.EXPECTED);
    }

    @Test
    void reportNeverSubmittedIsMissingWhenTheRoundCloses() {
        String round = openYear(2039);
        at(2040, 2, 15, 0);
        management.executeJob(job(round, "Timer_RoundClose").getId());
        Report missing = support.report(round, INSTITUTION);
        assertThat(missing.status()).isEqualTo(ReportStatus.MISSING);
        assertThat(rounds.openTask(missing, ReportingProcess.FILL)).isEmpty();
        assertThat(punctuality.of(INSTITUTION, LocalDate.of(2040, 1, 1), LocalDate.of(2040, 2, 1)).missing())
                .isEqualTo(1);
        // A round of the same year cannot be opened twice.
        assertThatThrownBy(() -> rounds.open(new OpenRound(RoundRules.RoundKind.YEAR, 2039, null, null, null), "rpleader"))
                .isInstanceOf(InvalidRequestException.class);
    }

    private Job job(String round, String activity) {
        String instance = rounds.round(round).orElseThrow().processInstanceId();
        return management.createJobQuery().processInstanceId(instance).activityId(activity).singleResult();
    }

    /** The timer jobs of one institution's branch. */
    private List<Job> jobs(String round, String institution, String activity) {
        String instance = rounds.round(round).orElseThrow().processInstanceId();
        return management.createJobQuery().processInstanceId(instance).activityId(activity).list().stream()
                .filter(j -> institution.equals(runtime.getVariable(j.getExecutionId(), "institution"))).toList();
    }

    private void at(int year, int month, int day, int hour) {
        clock.setTo(LocalDateTime.of(year, month, day, hour, 0).atZone(VN).toInstant());
    }
}
