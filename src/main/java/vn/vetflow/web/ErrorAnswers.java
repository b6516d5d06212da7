package vn.vetflow.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error that reaches the servlet container (Spring's own 400/404/405/406/415, security's 401/403,
 * the input guard's refusals, a database outage) is answered here, in the caller's language: an RFC 7807
 * problem for the API and machine callers, the error page for people. Replaces Boot's default error
 * controller, whose JSON and white-label pages are neither localized nor RFC 7807.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorAnswers implements ErrorController {

    /** Request attributes a refusal leaves for this page: a message key and its arguments. */
    static final String MESSAGE_KEY = ErrorAnswers.class.getName() + ".messageKey";
    static final String MESSAGE_ARGS = ErrorAnswers.class.getName() + ".messageArgs";

    static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    /** Statuses with their own explanation; any other falls back to its class (4xx / 5xx). */
    private static final Set<Integer> EXPLAINED = Set.of(400, 401, 403, 404, 405, 406, 409, 413, 415, 422, 429, 503);

    private final MessageSource messages;

    ErrorAnswers(MessageSource messages) {
        this.messages = messages;
    }

    @RequestMapping
    Object error(HttpServletRequest request, Locale locale) {
        HttpStatus status = status(request);
        String title = messages.getMessage("web.error.title." + statusKey(status), null, locale);
        String detailKey = (String) request.getAttribute(MESSAGE_KEY);
        Object[] args = (Object[]) request.getAttribute(MESSAGE_ARGS);
        String detail = messages.getMessage(detailKey != null ? detailKey : "web.error.detail." + statusKey(status),
                args, locale);
        if (wantsProblem(request)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
            problem.setType(URI.create("urn:vetflow:problem:" + status.value()));
            problem.setTitle(title);
            Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            if (path instanceof String uri) {
                problem.setInstance(URI.create(uri.replaceAll("[^A-Za-z0-9/._~-]", "_")));
            }
            return ResponseEntity.status(status).contentType(PROBLEM_JSON).body(problem);
        }
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("errorTitle", title);
        page.addObject("errorDetail", detail);
        return page;
    }

    private static HttpStatus status(HttpServletRequest request) {
        if (DatabaseOutage.causedBy((Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION))) {
            return HttpStatus.SERVICE_UNAVAILABLE;
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null || status.value() < 400 ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static String statusKey(HttpStatus status) {
        if (EXPLAINED.contains(status.value())) {
            return String.valueOf(status.value());
        }
        return status.is4xxClientError() ? "4xx" : "5xx";
    }

    /** The API, the engine's REST API and the payment gateway's IPN are read by programs; pages by people. */
    static boolean wantsProblem(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = original instanceof String uri ? uri : request.getRequestURI();
        String context = request.getContextPath();
        if (path.startsWith(context)) {
            path = path.substring(context.length());
        }
        if (ApiPaths.isApi(path)) {
            return true;
        }
        String accept = request.getHeader("Accept");
        return accept != null && !accept.contains("text/html")
                && (accept.contains("application/json") || accept.contains("application/problem+json"));
    }
}
