package vn.vetflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.vetflow.identity.Roles;
import vn.vetflow.publicservice.DossierSubmission;
import vn.vetflow.publicservice.PublicServiceProcess;
import vn.vetflow.support.TestSubmissions;
import vn.vetflow.support.VetflowTest;

/** The task-list read model holds exactly the engine's open tasks, whoever changed them and how. */
@VetflowTest
class OpenTasksTest {

    @Autowired DossierSubmission submission;
    @Autowired TestSubmissions submissions;
    @Autowired PublicServiceProcess process;
    @Autowired TaskWork work;
    @Autowired TaskService engineTasks;
    @Autowired OpenTasks openTasks;
    @Autowired OpenTaskRebuild rebuild;
    @Autowired vn.vetflow.publicservice.ApplicantActions applicantActions;

    @Test
    void rowsFollowTheEngineThroughClaimsDecisionsAndWithdrawal() {
        String code = submit();
        Task reception = process.openTasksOf(code).get(0);
        OpenTask row = openTasks.find(reception.getId()).orElseThrow();
        assertThat(row.kind()).isEqualTo("dossier");
        assertThat(row.businessKey()).isEqualTo(code);
        assertThat(row.unit()).isEqualTo("motcua");
        assertThat(row.candidateGroups()).containsExactly(Roles.RECEPTION);
        assertThat(row.title()).startsWith("Cấp giấy chứng nhận đăng ký hoạt động");
        // The step tracker sets the due date in its own create listener; the row has it.
        assertThat(row.due()).isEqualTo(reception.getDueDate().toInstant());

        // A claim made straight on the engine, as Camunda's Tasklist does.
        engineTasks.claim(reception.getId(), "tiepnhan");
        assertThat(openTasks.find(reception.getId()).orElseThrow().assignee()).isEqualTo("tiepnhan");

        work.complete(reception.getId(), "tiepnhan", List.of(Roles.RECEPTION, "motcua"),
                Map.of("receptionDecision", "ACCEPT"));
        assertThat(openTasks.find(reception.getId())).isEmpty();
        Task appraisal = process.openTasksOf(code).get(0);
        OpenTask next = openTasks.find(appraisal.getId()).orElseThrow();
        assertThat(next.unit()).isEqualTo("gdnn");
        assertThat(next.stepName()).isEqualTo("Thẩm định hồ sơ");
        assertThat(next.assignee()).isNull();

        assertThat(ids(openTasks.ofCase(code))).containsExactly(appraisal.getId());

        // Withdrawal cancels the process: its tasks are deleted, and so are their rows.
        applicantActions.withdraw(code, "otapplicant", "Không còn nhu cầu");
        assertThat(openTasks.ofCase(code)).isEmpty();
    }

    @Test
    void aRebuildGivesTheSameRowsAsTheListener() {
        String first = submit();
        String second = submit();
        engineTasks.claim(process.openTasksOf(second).get(0).getId(), "tiepnhan");
        List<OpenTask> before = sorted(all());
        int written = rebuild.rebuild();
        List<OpenTask> after = sorted(all());
        assertThat(written).isEqualTo(after.size());
        assertThat(after).usingRecursiveFieldByFieldElementComparatorIgnoringFields("received")
                .containsExactlyElementsOf(before);
        assertThat(ids(after)).contains(process.openTasksOf(first).get(0).getId());
        assertThat(engineTasks.createTaskQuery().count()).isEqualTo(after.size());
    }

    @Test
    void searchIgnoresAccentsAndCaseAndNeedsEveryWord() {
        String tag = "ot" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String code = submit("Trường Đào tạo " + tag);
        TaskFilter filter = new TaskFilter(TaskFilter.Scope.UNIT, "x", List.of(), null, null, null,
                "truong dao TAO " + tag, TaskFilter.Order.DUE);
        assertThat(openTasks.page(filter, 0, 10)).extracting(OpenTask::businessKey).containsExactly(code);
        assertThat(openTasks.count(new TaskFilter(TaskFilter.Scope.UNIT, "x", List.of(), null, null, null,
                "truong kythuat " + tag, TaskFilter.Order.DUE))).isZero();
        assertThat(openTasks.count(new TaskFilter(TaskFilter.Scope.UNIT, "x", List.of(), List.of("gdnn"), null, null,
                tag, TaskFilter.Order.DUE))).isZero();
    }

    private List<OpenTask> all() {
        return openTasks.page(new TaskFilter(TaskFilter.Scope.UNIT, "x", List.of(), null, null, null, null,
                TaskFilter.Order.DUE), 0, 100_000);
    }

    private static List<OpenTask> sorted(List<OpenTask> tasks) {
        return tasks.stream().sorted(Comparator.comparing(OpenTask::taskId)).toList();
    }

    private static List<String> ids(List<OpenTask> tasks) {
        return tasks.stream().map(OpenTask::taskId).toList();
    }

    private String submit() {
        return submit(null);
    }

    private String submit(String applicantName) {
        DossierSubmission.Request valid = submissions.valid("P1", "otapplicant", UUID.randomUUID().toString());
        var applicant = valid.applicant();
        return submission.submit(new DossierSubmission.Request(valid.procedureId(),
                new vn.vetflow.dossier.Applicant(applicant.username(),
                        applicantName == null ? applicant.name() : applicantName, applicant.idNumber(),
                        applicant.email(), applicant.phone(), applicant.address()),
                valid.subject(), valid.formData(), valid.files(), valid.idempotencyKey())).dossier().getCode();
    }
}
