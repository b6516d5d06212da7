package vn.vetflow.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.vetflow.dossier.Dossier;
import vn.vetflow.dossier.DossierService;
import vn.vetflow.publicservice.DossierSubmission;
import vn.vetflow.support.TestSubmissions;
import vn.vetflow.support.VetflowTest;
import vn.vetflow.tasks.TaskWork;
import vn.vetflow.tasks.WorkTask;

/**
 * Who acts is given to the engine: Camunda's own user operation log names the officer who claimed and
 * completed a task on vetflow's pages, and the step's delegates credit the same officer.
 */
@VetflowTest
class EngineUserOperationLogTest {

    static final RequestPostProcessor RECEPTION = user("oplogreception").roles("reception", "motcua");

    @Autowired MockMvc mvc;
    @Autowired DossierSubmission submission;
    @Autowired TestSubmissions submissions;
    @Autowired TaskWork work;
    @Autowired HistoryService history;
    @Autowired IdentityService identity;
    @Autowired DossierService dossiers;

    @Test
    void theOperationLogShowsTheOfficerWhoClaimedAndCompletedFromTheTaskPage() throws Exception {
        Dossier dossier = submission.submit(submissions.valid("P1", "oplogapplicant", UUID.randomUUID().toString()))
                .dossier();
        WorkTask task = work.ofCase(dossier.getCode()).get(0);

        mvc.perform(post("/workspace/tasks/{id}/claim", task.id()).with(RECEPTION).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/workspace/tasks/{id}", task.id()).with(RECEPTION).with(csrf())
                        .param("dossierCode", dossier.getCode()).param("f.receptionDecision", "ACCEPT"))
                .andExpect(status().is3xxRedirection());

        assertThat(history.createUserOperationLogQuery().taskId(task.id())
                .operationType(UserOperationLogEntry.OPERATION_TYPE_CLAIM).list())
                .extracting(UserOperationLogEntry::getUserId).containsOnly("oplogreception");
        assertThat(history.createUserOperationLogQuery().taskId(task.id())
                .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list())
                .extracting(UserOperationLogEntry::getUserId).containsOnly("oplogreception");
        // The step's delegates read the same authentication: the task's hand-over line and the service task
        // that starts processing (which has no assignee to fall back on) both credit the officer.
        assertThat(dossiers.history(dossiers.get(dossier.getCode())))
                .filteredOn(line -> "oplogreception".equals(line.getActor())).hasSizeGreaterThanOrEqualTo(2);
        // Nothing of the officer's authentication stays on the thread after the request.
        assertThat(identity.getCurrentAuthentication()).isNull();
    }
}
