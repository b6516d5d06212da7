package vn.vetflow.publicservice.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.vetflow.identity.OrganisationUnits;
import vn.vetflow.identity.Roles;
import vn.vetflow.identity.UserGroups;
import vn.vetflow.publicservice.PublicServiceProperties;
import vn.vetflow.tasks.OpenTask;
import vn.vetflow.tasks.OpenTasks;
import vn.vetflow.tasks.TaskFilter;
import vn.vetflow.tasks.TaskWork;

/** Officers' tasks of the public-service process: list, claim, complete with the step's form data. */
@RestController
@RequestMapping("/api/v1/tasks")
@Tag(name = "Nhiệm vụ / Tasks")
class TaskApi {

    record TaskView(String id, String name, String taskKey, String dossierCode, String assignee, Instant created,
                    Instant due, String formId) {
    }

    private final TaskWork work;
    private final OpenTasks openTasks;
    private final OrganisationUnits units;

    TaskApi(TaskWork work, OpenTasks openTasks, OrganisationUnits units) {
        this.work = work;
        this.openTasks = openTasks;
        this.units = units;
    }

    @GetMapping
    @Operation(summary = "Tasks of my units assigned to me or offered to my groups, by deadline, one page at a time")
    ApiPage<TaskView> mine(@Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") int page,
                           @Parameter(description = "items per page, at most " + ApiPage.MAX_SIZE)
                           @RequestParam(defaultValue = "" + ApiPage.DEFAULT_SIZE) int size,
                           Authentication user) {
        int number = ApiPage.page(page);
        int perPage = ApiPage.size(size);
        List<String> groups = UserGroups.of(user);
        // The same read model and unit rule as /workspace: administrators see every unit.
        TaskFilter filter = new TaskFilter(TaskFilter.Scope.WORKABLE, user.getName(), groups,
                groups.contains(Roles.ADMIN) ? null : units.among(groups), null, null, null, TaskFilter.Order.DUE,
                PublicServiceProperties.PROCESS_KEY);
        List<OpenTask> tasks = openTasks.page(filter, number * perPage, perPage);
        Map<String, String> formIds = work.formKeys(tasks.stream().map(OpenTask::taskId).toList());
        return new ApiPage<>(tasks.stream().map(t -> view(t, formIds.get(t.taskId()))).toList(), number, perPage,
                openTasks.count(filter));
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

    private static TaskView view(OpenTask task, String formId) {
        return new TaskView(task.taskId(), task.stepName(), task.stepKey(), task.businessKey(), task.assignee(),
                task.created(), task.due(), formId);
    }
}
