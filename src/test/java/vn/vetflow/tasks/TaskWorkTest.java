package vn.vetflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.vetflow.identity.Roles;
import vn.vetflow.publicservice.DossierSubmission;
import vn.vetflow.shared.InvalidRequestException;
import vn.vetflow.shared.Violation;
import vn.vetflow.support.TestSubmissions;
import vn.vetflow.support.VetflowTest;

/** The task door: who may work a task, the step's form, the races, and vetflow's own task record. */
@VetflowTest
class TaskWorkTest {

    static final List<String> DESK = List.of(Roles.RECEPTION, "motcua");

    @Autowired TaskWork work;
    @Autowired DossierSubmission submission;
    @Autowired TestSubmissions submissions;

    @Test
    void completingHandsBackOurOwnRecordAndTheSecondTryIsAConflict() {
        String code = submit();
        WorkTask reception = work.ofCase(code).get(0);
        assertThat(reception.stepKey()).isEqualTo("Task_Reception");
        assertThat(reception.unit()).isEqualTo("motcua");
        assertThat(reception.formKey()).isNotBlank();

        WorkTask done = work.complete(reception.id(), "twdesk", DESK, Map.of("receptionDecision", "ACCEPT"));
        assertThat(done.businessKey()).isEqualTo(code);
        assertThat(work.ofCase(code)).extracting(WorkTask::stepKey).containsExactly("Task_Appraisal");
        assertThatThrownBy(() -> work.complete(reception.id(), "twdesk", DESK, Map.of("receptionDecision", "ACCEPT")))
                .isInstanceOf(TaskConflictException.class);
    }

    @Test
    void anOfficerOfAnotherUnitOrGroupIsRefusedAndAnUnknownTaskIsGone() {
        String code = submit();
        String id = work.ofCase(code).get(0).id();
        assertThatThrownBy(() -> work.complete(id, "twdivision", List.of(Roles.RECEPTION, "gdnn"),
                Map.of("receptionDecision", "ACCEPT"))).isInstanceOf(TaskForbiddenException.class);
        assertThatThrownBy(() -> work.claim(id, "twspecialist", List.of(Roles.SPECIALIST, "motcua")))
                .isInstanceOf(TaskForbiddenException.class);
        assertThatThrownBy(() -> work.workable("no-such-task", "twdesk", DESK)).isInstanceOf(TaskGoneException.class);
        assertThat(work.ofCase(code)).extracting(WorkTask::id, WorkTask::assignee).containsExactly(
                org.assertj.core.groups.Tuple.tuple(id, null));
    }

    @Test
    void anInvalidFormOrAMissingNoteChangesNothing() {
        String code = submit();
        String id = work.ofCase(code).get(0).id();
        assertThatThrownBy(() -> work.complete(id, "twdesk", DESK, Map.of()))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).contains("receptionDecision"));
        // The process's handler adds its own rule: a refusal must say why.
        assertThatThrownBy(() -> work.complete(id, "twdesk", DESK, Map.of("receptionDecision", "REFUSE")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("decisionNote"));
        assertThat(work.ofCase(code)).extracting(WorkTask::id).containsExactly(id);
    }

    @Test
    void aClaimedTaskIsGivenBackByItsAssigneeAndAssignedByALeaderOnly() {
        String code = submit();
        String id = work.ofCase(code).get(0).id();
        work.claim(id, "twdesk", DESK);
        assertThat(work.workable(id, "twdesk", DESK).assignee()).isEqualTo("twdesk");
        assertThatThrownBy(() -> work.complete(id, "twdesk2", DESK, Map.of("receptionDecision", "ACCEPT")))
                .isInstanceOf(TaskForbiddenException.class);
        assertThatThrownBy(() -> work.giveBack(id, "twdesk2", DESK)).isInstanceOf(TaskForbiddenException.class);
        assertThatThrownBy(() -> work.assign(id, "twdesk2", "twdesk", DESK)).isInstanceOf(TaskForbiddenException.class);
        work.giveBack(id, "twdesk", DESK);
        assertThat(work.workable(id, "twdesk2", DESK).assignee()).isNull();
    }

    private String submit() {
        return submission.submit(submissions.valid("P1", "twapplicant", UUID.randomUUID().toString())).dossier()
                .getCode();
    }
}
