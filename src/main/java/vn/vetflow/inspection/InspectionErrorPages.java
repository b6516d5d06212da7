package vn.vetflow.inspection;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
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

    /** Somebody else was first: the step is no longer there to be sent. */
    @ExceptionHandler(TaskConflictException.class)
    String conflict(HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        return "inspection/gone";
    }
}
