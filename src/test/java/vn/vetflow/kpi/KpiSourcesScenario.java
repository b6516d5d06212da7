package vn.vetflow.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.vetflow.dossier.Dossier;
import vn.vetflow.dossier.DossierHistoryEntry;
import vn.vetflow.dossier.DossierService;
import vn.vetflow.dossier.SatisfactionRatings;
import vn.vetflow.nationalportal.OutboxDelivery;
import vn.vetflow.publicservice.DossierSubmission;
import vn.vetflow.shared.AdjustableClock;
import vn.vetflow.support.EventPublications;
import vn.vetflow.support.PortalDeliveries;
import vn.vetflow.support.TestSubmissions;
import vn.vetflow.tasks.TaskWork;

/**
 * Issue 15: a refresh reads a case's sources in one SQL statement ({@link KpiSources}). What it reads equals what
 * the dossier module's services and the engine's history API give (the way the refresh read them before): the
 * dossier's fields, supplement requests, status moves, result document, digitisation, rating; the tasks with
 * their first assignee claim; and the stored step rows. On PostgreSQL a refresh reads the same, with the stored
 * dossier row, in the round trip that locks the case.
 */
interface KpiSourcesScenario {

    ApplicationContext context();

    @Test
    default void theOneStatementReadsWhatTheServicesAndTheEngineHistoryGive() {
        AdjustableClock clock = context().getBean(AdjustableClock.class);
        TaskService tasks = context().getBean(TaskService.class);
        TaskWork work = context().getBean(TaskWork.class);
        JdbcTemplate jdbc = context().getBean(JdbcTemplate.class);
        ZoneId vn = ZoneId.of("Asia/Ho_Chi_Minh");
        try {
            clock.setTo(LocalDateTime.of(2026, 4, 6, 9, 0).atZone(vn).toInstant());
            String code = context().getBean(DossierSubmission.class).submit(context().getBean(TestSubmissions.class)
                    .valid("P1", "kpisources", UUID.randomUUID().toString())).dossier().getCode();
            clock.advance(Duration.ofHours(1));
            String reception = task(tasks, code);
            tasks.claim(reception, "tiepnhan");
            clock.advance(Duration.ofMinutes(20));
            work.complete(reception, "tiepnhan", List.of("reception", "motcua"), Map.of("receptionDecision", "ACCEPT"));
            clock.advance(Duration.ofHours(5));
            String appraisal = task(tasks, code);
            tasks.claim(appraisal, "chuyenvien");
            tasks.setAssignee(appraisal, null);
            tasks.claim(appraisal, "chuyenvien");
            work.complete(appraisal, "chuyenvien", List.of("specialist", "gdnn"),
                    Map.of("appraisalDecision", "PROPOSE_APPROVE", "appraisalNote", "Đủ điều kiện"));
            work.complete(task(tasks, code), "lanhdao", List.of("leader", "gdnn"), Map.of("approvalDecision", "APPROVE"));
            String pi = context().getBean(RuntimeService.class).createProcessInstanceQuery()
                    .processInstanceBusinessKey(code).singleResult().getId();
            ManagementService management = context().getBean(ManagementService.class);
            management.createJobQuery().processInstanceId(pi).activityId("Task_ReturnResult").list()
                    .forEach(job -> management.executeJob(job.getId()));
            context().getBean(EventPublications.class).awaitReactions();
            // Two supplement rounds (one answered), a scanned and a reused component, a scanned result, a rating.
            Long id = jdbc.queryForObject("select id from dossier where code = ?", Long.class, code);
            Instant t = clock.instant();
            for (int round = 2; round >= 1; round--) {
                jdbc.update("insert into supplement_request (dossier_id, round, step, requested_at, requested_by,"
                        + " request_text, due_on, answered_at) values (?,?,'Task_Appraisal',?,'chuyenvien','Bổ sung',?,?)",
                        id, round, java.sql.Timestamp.from(t.minusSeconds(3600L * round)),
                        java.sql.Date.valueOf("2026-04-20"), round == 1 ? java.sql.Timestamp.from(t.minusSeconds(60)) : null);
            }
            jdbc.update("update attachment set digitised = true where dossier_id = ?", id);
            jdbc.update("update attachment set reused_from_dossier = 'H26-250101-0001' where id = (select min(id)"
                    + " from attachment where dossier_id = ?)", id);
            jdbc.update("update dossier set result_digitised = true where id = ?", id);
            context().getBean(SatisfactionRatings.class).rate(code, "kpisources", 2, "Chậm");

            // The rating's own refresh of the case runs after its commit: let it finish, so that nothing holds the
            // case's lock below (a held lock makes the refresh wait and read for itself, given nothing). The national
            // portal's acknowledgements first: one landing after the read would change the portal flag it compares.
            PortalDeliveries.settle(context().getBean(OutboxDelivery.class),
                    context().getBean(EventPublications.class));
            KpiSources.Case read = context().getBean(KpiSources.class).read(code);
            // A refresh on PostgreSQL reads the same in the round trip that locks the case (a known case, then a
            // case without its row yet); on H2 it is given nothing and reads for itself.
            KpiUpkeep upkeep = context().getBean(KpiUpkeep.class);
            KpiStore store = context().getBean(KpiStore.class);
            for (String key : List.of(code, "H00-NO-ROW-" + UUID.randomUUID())) {
                List<Object> locked = new ArrayList<>();
                upkeep.forCase(key, KpiUpdater.STORED_DOSSIER_AND_SOURCES, (stored, sources) -> {
                    locked.add(stored);
                    locked.add(sources);
                });
                if (upkeep.postgres()) {
                    assertThat(locked).containsExactly(store.storedDossier(key),
                            context().getBean(KpiSources.class).read(key));
                } else {
                    assertThat(locked).containsOnlyNulls();
                }
            }
            assertThat(store.storedDossier(code)).isPresent();

            DossierService dossiers = context().getBean(DossierService.class);
            Dossier d = dossiers.find(code).orElseThrow();
            KpiSources.Dossier got = read.dossier().orElseThrow();
            assertThat(got.supplements()).hasSize(2).isEqualTo(dossiers.supplementRequests(d).stream()
                    .map(s -> new DossierFacts.Supplement(s.getRequestedAt(), s.getAnsweredAt())).toList());
            List<DossierFacts.StatusMove> moves = new ArrayList<>();
            Integer previous = null;
            for (DossierHistoryEntry e : dossiers.history(d)) {
                if (!Objects.equals(e.getStatus().code(), previous)) {
                    moves.add(new DossierFacts.StatusMove(e.getStatus().code(), e.getAt()));
                    previous = e.getStatus().code();
                }
            }
            assertThat(moves).hasSizeGreaterThan(2);
            assertThat(got).isEqualTo(new KpiSources.Dossier(code, d.getProcedureId(), d.getProcedureName(),
                    d.getChannel().code(), d.getStatus().code(), d.getOutcome() == null ? null : d.getOutcome().name(),
                    d.getSubmittedAt(), d.getReceivedAt(), d.getReceiptDay(), d.getOriginalAppointmentDate(),
                    d.getProcessingEndedAt(), d.getReturnedAt(), got.supplements(), moves, d.getFeeAmount(),
                    d.getPaymentChannel() != null,
                    dossiers.documents(d).stream().anyMatch(doc -> "RESULT".equals(doc.type())), true, true, true, 2,
                    publicOnPortal(jdbc, code)));
            assertThat(got.resultDocumentStored()).isTrue();
            // Public on the national portal once the portal acknowledged every status, as PortalSync judges it.
            assertThat(jdbc.queryForObject("select count(*) from portal_outbox where dossier_code = ?", Integer.class,
                    code)).isPositive();
            jdbc.update("update portal_outbox set acknowledged_at = current_timestamp where dossier_code = ?", code);
            assertThat(context().getBean(KpiSources.class).read(code).dossier().orElseThrow().portalSynced())
                    .isTrue().isEqualTo(publicOnPortal(jdbc, code));

            HistoryService history = context().getBean(HistoryService.class);
            List<KpiSources.EngineTask> expected = new ArrayList<>();
            for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(code)
                    .list()) {
                Instant claimed = history.createHistoricIdentityLinkLogQuery().taskId(task.getId()).type("assignee")
                        .operationType("add").orderByTime().asc().list().stream().map(HistoricIdentityLinkLog::getTime)
                        .filter(Objects::nonNull).findFirst().map(java.util.Date::toInstant).orElse(null);
                expected.add(new KpiSources.EngineTask(task.getId(), task.getProcessDefinitionKey(),
                        task.getTaskDefinitionKey(), task.getName(), task.getAssignee(), task.getStartTime().toInstant(),
                        claimed, task.getEndTime() == null ? null : task.getEndTime().toInstant(),
                        task.getDueDate() == null ? null : task.getDueDate().toInstant(), task.getDeleteReason()));
            }
            assertThat(expected).hasSizeGreaterThanOrEqualTo(3);
            assertThat(expected.stream().filter(e -> e.firstClaim() != null)).hasSizeGreaterThanOrEqualTo(2);
            Comparator<KpiSources.EngineTask> byId = Comparator.comparing(KpiSources.EngineTask::id);
            assertThat(read.steps().tasks().stream().sorted(byId).toList())
                    .isEqualTo(expected.stream().sorted(byId).toList());

            Comparator<StepFact> stepById = Comparator.comparing(StepFact::taskId);
            assertThat(read.steps().stored().stream().sorted(stepById).toList()).isEqualTo(context()
                    .getBean(KpiStore.class).storedSteps(code).stream().sorted(stepById).toList()).hasSize(expected.size());
            assertThat(context().getBean(KpiSources.class).read("H00-NOT-A-CASE"))
                    .isEqualTo(new KpiSources.Case(new KpiSources.Steps(List.of(), List.of()), java.util.Optional.empty()));
        } finally {
            clock.reset();
        }
    }

    private static String task(TaskService tasks, String code) {
        return tasks.createTaskQuery().processInstanceBusinessKey(code).singleResult().getId();
    }

    /** The rule in the plain: the dossier has rows in the portal's outbox, each one acknowledged. */
    private static boolean publicOnPortal(JdbcTemplate jdbc, String code) {
        List<java.sql.Timestamp> acknowledged = jdbc.queryForList(
                "select acknowledged_at from portal_outbox where dossier_code = ?", java.sql.Timestamp.class, code);
        return !acknowledged.isEmpty() && acknowledged.stream().allMatch(java.util.Objects::nonNull);
    }
}
