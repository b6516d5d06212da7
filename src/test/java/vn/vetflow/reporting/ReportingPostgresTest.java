package vn.vetflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vetflow.reporting.ReportingTestSupport.INSTITUTION;
import static vn.vetflow.reporting.ReportingTestSupport.OTHER_INSTITUTION;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.vetflow.institution.ReportPunctuality;
import vn.vetflow.shared.AdjustableClock;
import vn.vetflow.support.PostgresTest;

/** V190–V192 and the reporting SQL on PostgreSQL: a round opened, a report filed late, reviewed, the round closed. */
class ReportingPostgresTest extends PostgresTest {

    @Autowired ReportingRounds rounds;
    @Autowired ReportingTestSupport support;
    @Autowired AdjustableClock clock;
    @Autowired ManagementService management;
    @Autowired ReportPunctuality punctuality;

    @AfterEach
    void reset() {
        clock.reset();
    }

    @Test
    void aRoundOnPostgres() {
        support.ensure();
        at(2047, 12, 20);
        String round = rounds.open(new OpenRound(RoundRules.RoundKind.YEAR, 2047, null, null, null), "rpleader");
        String instance = rounds.round(round).orElseThrow().processInstanceId();
        at(2048, 1, 16);
        management.createJobQuery().processInstanceId(instance).activityId("Timer_Overdue").list()
                .forEach(job -> management.executeJob(job.getId()));
        assertThat(support.report(round, INSTITUTION).late()).isTrue();
        support.submit(round, INSTITUTION, "rpstaff", ReportingTestSupport.figures(), ReportingTestSupport.cells());
        support.review(round, INSTITUTION, "rpspecialist", ReportingTestSupport.SPECIALIST, "ACCEPT", null);
        assertThat(rounds.files(support.report(round, INSTITUTION).id())).hasSize(1);
        at(2048, 2, 15);
        management.executeJob(management.createJobQuery().processInstanceId(instance).activityId("Timer_RoundClose")
                .singleResult().getId());
        assertThat(support.report(round, OTHER_INSTITUTION).status()).isEqualTo(ReportStatus.MISSING);
        assertThat(punctuality.of(INSTITUTION, LocalDate.of(2048, 1, 1), LocalDate.of(2048, 2, 1)))
                .isEqualTo(new ReportPunctuality.Punctuality(1, 0));
        assertThat(punctuality.reports(INSTITUTION)).extracting(r -> r.title()).contains(round);
    }

    private void at(int year, int month, int day) {
        clock.setTo(LocalDateTime.of(year, month, day, 9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
    }
}
