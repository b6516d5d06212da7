package vn.vetflow.publicservice.api;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import vn.vetflow.catalogue.ProcedureNotFoundException;
import vn.vetflow.dossier.DocumentBeingPreparedException;
import vn.vetflow.dossier.DossierNotFoundException;
import vn.vetflow.dossier.IllegalDossierTransitionException;
import vn.vetflow.publicservice.OfficerWork;
import vn.vetflow.shared.InvalidRequestException;
import vn.vetflow.shared.Violation;
import vn.vetflow.tasks.TaskConflictException;
import vn.vetflow.tasks.TaskForbiddenException;
import vn.vetflow.tasks.TaskGoneException;

/** RFC 7807 problem details in the caller's language, with one message per invalid field. */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
class ApiErrors {

    private final MessageSource messages;

    ApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalid(InvalidRequestException e, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, "invalid-request", "api.error.invalid", locale);
        List<Map<String, String>> errors = e.violations().stream()
                .map(v -> Map.of("field", v.field(),
                        "message", messages.getMessage(v.messageKey(), v.args().toArray(), v.messageKey(), locale)))
                .toList();
        problem.setProperty("errors", errors);
        problem.setDetail(errors.stream().map(error -> error.get("field") + ": " + error.get("message"))
                .collect(java.util.stream.Collectors.joining("; ")));
        return problem;
    }

    @ExceptionHandler({DossierNotFoundException.class, TaskGoneException.class})
    ProblemDetail notFound(RuntimeException e, Locale locale) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "api.error.notFound", locale);
    }

    @ExceptionHandler(ProcedureNotFoundException.class)
    ProblemDetail noProcedure(ProcedureNotFoundException e, Locale locale) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "api.error.notFound", locale);
    }

    @ExceptionHandler(TaskForbiddenException.class)
    ProblemDetail forbidden(RuntimeException e, Locale locale) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "api.error.forbidden", locale);
    }

    @ExceptionHandler({TaskConflictException.class, IllegalDossierTransitionException.class})
    ProblemDetail conflict(RuntimeException e, Locale locale) {
        return problem(HttpStatus.CONFLICT, "conflict", "api.error.conflict", locale);
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MissingServletRequestPartException.class})
    ProblemDetail unreadable(Exception e, Locale locale) {
        return invalid(new InvalidRequestException(
                vn.vetflow.shared.Violation.of("dossier", "dossier.error.notJson")), locale);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e, Locale locale) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "too-large", "api.error.tooLarge", locale);
    }

    /** The PDF is still being rendered and signed: try again in a few seconds. */
    @ExceptionHandler(DocumentBeingPreparedException.class)
    ResponseEntity<ProblemDetail> preparing(DocumentBeingPreparedException e, Locale locale) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "document-being-prepared", "document.preparing", locale));
    }

    private ProblemDetail problem(HttpStatus status, String type, String key, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create("urn:vetflow:problem:" + type));
        problem.setTitle(messages.getMessage(key, null, key, locale));
        return problem;
    }
}
