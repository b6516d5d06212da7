package vn.vetflow.inspection;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import vn.vetflow.tasks.TaskConflictException;
import vn.vetflow.tasks.TaskForbiddenException;
import vn.vetflow.tasks.TaskGoneException;

/** The inspection pages' answers when a task or an inspection cannot be worked or seen, for every party. */
@ControllerAdvice(assignableTypes = {InspectionPages.class, InstitutionInspectionPages.class,
        PaperInspectionPages.class})
class InspectionErrorPages {

    @ExceptionHandler(TaskForbiddenException.class)
    String forbidden(HttpServletResponse response) {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        return "inspection/forbidden";
    }

    @ExceptionHandler({TaskGoneException.class, InspectionNotFoundException.class})
    String gone(HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "inspection/gone";
    }

    /** The inspection's state does not allow the step (out of order): 409 with the reason; nothing was stored. */
    @ExceptionHandler(InspectionStateException.class)
    ModelAndView stateConflict(InspectionStateException e, HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        boolean institution = request.getRequestURI().startsWith("/my/");
        return new ModelAndView("inspection/conflict", Map.of("back", institution ? "/my/inspections"
                : "/workspace/inspections", "reason", e.messageKey()));
    }

    /**
     * Somebody else was first (completed the step, or took it): 409 and a page that says so and leads back to
     * the list, where the inspection shows its current state; what this user sent was not recorded.
     */
    @ExceptionHandler(TaskConflictException.class)
    ModelAndView conflict(HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        boolean institution = request.getRequestURI().startsWith("/my/");
        return new ModelAndView("inspection/conflict", Map.of("back", institution ? "/my/inspections" : "/workspace/inspections"));
    }
}
