package vn.vetflow.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vetflow.identity.Officers;
import vn.vetflow.identity.UserGroups;
import vn.vetflow.tasks.TaskGoneException;
import vn.vetflow.tasks.TaskForbiddenException;
import vn.vetflow.tasks.TaskConflictException;
import vn.vetflow.tasks.TaskWork;

/**
 * The officers' task list at {@code /workspace}: tabs with counts, search, order and paging in the URL;
 * claim, give back, and (leaders) assign, each a POST that comes back to the same list.
 */
@Controller
class WorkListController {

    private final WorkList workList;
    private final TaskWork taskWork;
    private final Officers officers;

    WorkListController(WorkList workList, TaskWork taskWork, Officers officers) {
        this.workList = workList;
        this.taskWork = taskWork;
        this.officers = officers;
    }

    @GetMapping("/workspace")
    String list(@RequestParam(required = false) String tab, @RequestParam(required = false) String q,
                @RequestParam(required = false) String sort, @RequestParam(required = false) String page,
                Authentication user, Model model) {
        List<String> groups = UserGroups.of(user);
        WorkListState state = WorkListState.of(tab, q, sort, page);
        if (state.tab().leadersOnly() && !TaskWork.mayAssign(groups)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        Map<WorkListTab, Long> counts = workList.counts(user.getName(), groups, state.q());
        List<TabLink> tabs = new ArrayList<>();
        for (WorkListTab each : workList.tabs(groups)) {
            tabs.add(new TabLink(each.param(), each.messageKey(), counts.getOrDefault(each, 0L),
                    state.withTab(each).url(), each == state.tab()));
        }
        WorkList.Page result = workList.page(state, user.getName(), groups, counts.getOrDefault(state.tab(), 0L));
        WorkListState shown = state.withPage(result.page());
        boolean mayAssign = TaskWork.mayAssign(groups);
        model.addAttribute("state", shown);
        model.addAttribute("tabParam", shown.tab().param());
        model.addAttribute("sortParam", shown.sort().param());
        model.addAttribute("tabs", tabs);
        model.addAttribute("result", result);
        model.addAttribute("listQuery", shown.query());
        model.addAttribute("sortDueUrl", shown.withSort(WorkListSort.DUE).url());
        model.addAttribute("sortReceivedUrl", shown.withSort(WorkListSort.RECEIVED).url());
        model.addAttribute("previousUrl", result.page() > 1 ? shown.withPage(result.page() - 1).url() : null);
        model.addAttribute("nextUrl", result.page() < result.pages() ? shown.withPage(result.page() + 1).url() : null);
        model.addAttribute("mayAssign", mayAssign);
        // People by their full names: the page's assignees, each looked up once.
        model.addAttribute("assigneeNames", result.rows().stream().map(WorkListRow::assignee)
                .filter(java.util.Objects::nonNull).distinct()
                .collect(java.util.stream.Collectors.toMap(login -> login, officers::fullName)));
        model.addAttribute("assignees", mayAssign && !result.rows().isEmpty()
                ? workList.assignees(result.rows()) : Map.of());
        return "workspace/list";
    }

    @PostMapping("/workspace/list/claim")
    String claim(@RequestParam String taskId, @RequestParam(required = false) String tab,
                 @RequestParam(required = false) String q, @RequestParam(required = false) String sort,
                 @RequestParam(required = false) String page, Authentication user, RedirectAttributes flash) {
        WorkListState state = WorkListState.of(tab, q, sort, page);
        act(flash, "workspace.claimed", () -> taskWork.claim(taskId, user.getName(), UserGroups.of(user)));
        return "redirect:" + state.url();
    }

    @PostMapping("/workspace/list/unclaim")
    String unclaim(@RequestParam String taskId, @RequestParam(required = false) String tab,
                   @RequestParam(required = false) String q, @RequestParam(required = false) String sort,
                   @RequestParam(required = false) String page, Authentication user, RedirectAttributes flash) {
        WorkListState state = WorkListState.of(tab, q, sort, page);
        act(flash, "workspace.unclaimed", () -> taskWork.giveBack(taskId, user.getName(), UserGroups.of(user)));
        return "redirect:" + state.url();
    }

    @PostMapping("/workspace/list/assign")
    String assign(@RequestParam(required = false) List<String> taskIds,
                  @RequestParam(required = false) String assignee, @RequestParam(required = false) String tab,
                  @RequestParam(required = false) String q, @RequestParam(required = false) String sort,
                  @RequestParam(required = false) String page, Authentication user, RedirectAttributes flash) {
        List<String> groups = UserGroups.of(user);
        if (!TaskWork.mayAssign(groups)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        WorkListState state = WorkListState.of(tab, q, sort, page);
        if (taskIds == null || taskIds.isEmpty() || assignee == null || assignee.isBlank()) {
            flash.addFlashAttribute("error", "workspace.assign.choose");
            return "redirect:" + state.url();
        }
        int done = 0;
        int failed = 0;
        java.util.Set<String> substitutes = new java.util.TreeSet<>();
        for (String taskId : taskIds) {
            try {
                String receiver = taskWork.assign(taskId, assignee, user.getName(), groups);
                if (!receiver.equals(assignee)) {
                    substitutes.add(receiver);
                }
                done++;
            } catch (TaskGoneException | TaskForbiddenException e) {
                failed++;
            }
        }
        flash.addFlashAttribute("message", "workspace.assigned");
        flash.addFlashAttribute("messageArgs", new Object[] {done, officers.fullName(assignee)});
        if (!substitutes.isEmpty()) {
            flash.addFlashAttribute("notice", "workspace.assign.substituted");
            flash.addFlashAttribute("noticeArgs", new Object[] {officers.fullName(assignee),
                    String.join(", ", substitutes.stream().map(officers::fullName).toList())});
        }
        if (failed > 0) {
            flash.addFlashAttribute("error", "workspace.assign.failed");
            flash.addFlashAttribute("errorArgs", new Object[] {failed});
        }
        return "redirect:" + state.url();
    }

    private static void act(RedirectAttributes flash, String success, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("message", success);
        } catch (TaskGoneException e) {
            flash.addFlashAttribute("error", "workspace.error.gone");
        } catch (TaskForbiddenException e) {
            flash.addFlashAttribute("error", "workspace.error.forbidden");
        } catch (TaskConflictException e) {
            flash.addFlashAttribute("error", "workspace.error.conflict");
        }
    }

    /** A tab as the page shows it. */
    record TabLink(String param, String messageKey, long count, String url, boolean active) {
    }
}
