package vn.vetflow.portal;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.vetflow.dossier.Dossier;
import vn.vetflow.dossier.DossierService;
import vn.vetflow.publicservice.DossierSubmission;
import vn.vetflow.tasks.TaskWork;
import vn.vetflow.publicservice.PublicServiceProcess;
import vn.vetflow.shared.AdjustableClock;
import vn.vetflow.support.TestSubmissions;

/** Files dossiers and moves them on as the officers would, for the portal's page tests. */
@Component
@org.springframework.context.annotation.Profile("test")
class PortalTestSupport {

    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    private final DossierSubmission submission;
    private final TestSubmissions submissions;
    private final TaskWork work;
    private final PublicServiceProcess process;
    private final DossierService dossiers;
    private final ManagementService management;
    private final AdjustableClock clock;

    PortalTestSupport(DossierSubmission submission, TestSubmissions submissions, TaskWork work,
                      PublicServiceProcess process, DossierService dossiers, ManagementService management,
                      AdjustableClock clock) {
        this.submission = submission;
        this.submissions = submissions;
        this.work = work;
        this.process = process;
        this.dossiers = dossiers;
        this.management = management;
        this.clock = clock;
    }

    /** Monday 2 March 2026, 09:00: an ordinary working day inside the shipped calendar years. */
    void workingMorning() {
        clock.setTo(LocalDateTime.of(2026, 3, 2, 9, 0).atZone(VN).toInstant());
    }

    void resetClock() {
        clock.reset();
    }

    String submit(String procedureId, String username) {
        return submission.submit(submissions.valid(procedureId, username, UUID.randomUUID().toString()))
                .dossier().getCode();
    }

    Dossier dossier(String code) {
        return dossiers.get(code);
    }

    String openTask(String code) {
        return process.openTasksOf(code).stream().map(Task::getTaskDefinitionKey).findFirst().orElse(null);
    }

    void complete(String code, String taskKey, String officer, String group, Map<String, ?> form) {
        Task task = process.openTasksOf(code).stream().filter(t -> taskKey.equals(t.getTaskDefinitionKey()))
                .findFirst().orElseThrow(() -> new AssertionError(code + " has no open task " + taskKey));
        work.complete(task.getId(), officer, List.of(group, "motcua", "gdnn"), form);
    }

    /** Reception accepts, the specialist and the leader approve with notes of their own, the result is returned. */
    void runToResultReturned(String code, String appraisalNote, String approvalNote) {
        complete(code, "Task_Reception", "tiepnhan", "reception", Map.of("receptionDecision", "ACCEPT"));
        complete(code, "Task_Appraisal", "chuyenvien", "specialist",
                Map.of("appraisalDecision", "PROPOSE_APPROVE", "appraisalNote", appraisalNote));
        complete(code, "Task_Approval", "lanhdao", "leader",
                Map.of("approvalDecision", "APPROVE", "approvalNote", approvalNote));
        Job returnResult = management.createJobQuery().processInstanceId(dossier(code).getProcessInstanceId())
                .activityId("Task_ReturnResult").singleResult();
        management.executeJob(returnResult.getId());
    }

    /** A request from another client address, so the look-up limit of one test does not touch another. */
    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
