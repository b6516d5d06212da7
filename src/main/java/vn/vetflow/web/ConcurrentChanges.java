package vn.vetflow.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Two saves of the same record at once (two tabs, a double click): the first wins and the second is told
 * to reload (409), instead of a 500. Pages that can offer something better catch it themselves.
 */
@ControllerAdvice
class ConcurrentChanges {

    @ExceptionHandler(OptimisticLockingFailureException.class)
    void conflict(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setAttribute(ErrorAnswers.MESSAGE_KEY, "web.error.detail.409");
        response.sendError(HttpServletResponse.SC_CONFLICT);
    }
}
