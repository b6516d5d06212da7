package vn.vetflow.publicservice.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.vetflow.identity.UserGroups;
import vn.vetflow.publicservice.OfficerWork;
import vn.vetflow.publicservice.PublicServiceProcess;

/** Officers' tasks of the public-service process: list, claim, complete with the step's form data. */
@RestController
@RequestMapping("/api/v1/tasks")
@Tag(name = "Nhiệm vụ / Tasks")
class TaskApi {

    record TaskView(String id, String name, String taskKey, String dossierCode, String assignee, Instant created,
                    Instant due, String formId) {
    }

    private final OfficerWork work;
    private final PublicServiceProcess process;

    TaskApi(OfficerWork work, PublicServiceProcess process) {
        this.work = work;
        this.process = process;
    }

    @GetMapping
    @Operation(summary = "Tasks assigned to me or offered to my groups, by deadline, one page at a time")
    ApiPage<TaskView> mine(@Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") int page,
                           @Parameter(description = "items per page, at most " + ApiPage.MAX_SIZE)
                           @RequestParam(defaultValue = "" + ApiPage.DEFAULT_SIZE) int size,
                           Authentication user) {
        int number = ApiPage.page(page);
        int perPage = ApiPage.size(size);
        var found = work.openTasks(user.getName(), UserGroups.of(user), number * perPage, perPage);
        return new ApiPage<>(found.tasks().stream().map(this::view).toList(), number, perPage, found.total());
    }

    @PostMapping("/{id}/claim")
    @Operation(summary = "Claim a task")
    ResponseEntity<Void> claim(@PathVariable String id, Authentication user) {
        work.claim(id, user.getName(), UserGroups.of(user));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/complete")
    @Operation(summary = "Complete a task with its form's fields; exactly one of two concurrent calls wins")
    ResponseEntity<Void> complete(@PathVariable String id, @RequestBody Map<String, Object> form, Authentication user) {
        work.complete(id, user.getName(), UserGroups.of(user), form);
        return ResponseEntity.noContent().build();
    }

    private TaskView view(Task task) {
        return new TaskView(task.getId(), task.getName(), task.getTaskDefinitionKey(), process.businessKey(task),
                task.getAssignee(), task.getCreateTime().toInstant(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                task.getCamundaFormRef() == null ? null : task.getCamundaFormRef().getKey());
    }
}
