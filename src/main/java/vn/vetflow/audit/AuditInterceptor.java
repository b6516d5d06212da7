package vn.vetflow.audit;

import static vn.vetflow.audit.AuditAction.ATTACHMENT_DOWNLOADED;
import static vn.vetflow.audit.AuditAction.DOCUMENT_DOWNLOADED;
import static vn.vetflow.audit.AuditAction.DOSSIER_READ;
import static vn.vetflow.audit.AuditAction.DOSSIER_SUBMITTED;
import static vn.vetflow.audit.AuditAction.PAYMENT_STARTED;
import static vn.vetflow.audit.AuditAction.SUPPLEMENT_SENT;
import static vn.vetflow.audit.AuditAction.WITHDRAWN;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import vn.vetflow.dossier.DossierService;

/**
 * Records the audited requests of the REST API and the applicant's pages after they succeeded, so the
 * controllers stay as they are. A request counts as successful when it ended without exception with a
 * 2xx or 3xx status and, for a page that redirects, without an error message in the flash attributes
 * (the portal redirects back to the dossier page when it refuses a withdrawal or a payment).
 *
 * <p>The table {@link #ROUTES} is the whole mapping from requests to audit actions.
 */
class AuditInterceptor implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(AuditInterceptor.class);

    /** Where the dossier code of an audited request comes from. */
    enum CodeFrom {
        /** The {@code {code}} path variable. */
        PATH,
        /** The new dossier's address in the response's Location header (201 Created or a redirect). */
        LOCATION
    }

    record Route(HttpMethod method, PathPattern pattern, String action, CodeFrom codeFrom, boolean othersOnly,
                 String detailPrefix) {

        static Route of(HttpMethod method, String pattern, String action, CodeFrom codeFrom, String detailPrefix) {
            return new Route(method, PathPatternParser.defaultInstance.parse(pattern), action, codeFrom, false,
                    detailPrefix);
        }

        /** Recorded only when the user is not the dossier's owner (an officer reading someone's case). */
        Route unlessOwner() {
            return new Route(method, pattern, action, codeFrom, true, detailPrefix);
        }
    }

    private static final HttpMethod GET = HttpMethod.GET;
    private static final HttpMethod POST = HttpMethod.POST;

    static final List<Route> ROUTES = List.of(
            // reads of a case's personal data
            Route.of(GET, "/api/v1/dossiers/{code}", DOSSIER_READ, CodeFrom.PATH, null).unlessOwner(),
            Route.of(GET, "/api/v1/dossiers/{code}/documents/{id}", DOCUMENT_DOWNLOADED, CodeFrom.PATH, "document"),
            Route.of(GET, "/my/dossiers/{code}/documents/{id}", DOCUMENT_DOWNLOADED, CodeFrom.PATH, "document"),
            Route.of(GET, "/api/v1/dossiers/{code}/attachments/{id}", ATTACHMENT_DOWNLOADED, CodeFrom.PATH, "attachment"),
            Route.of(GET, "/my/dossiers/{code}/attachments/{id}", ATTACHMENT_DOWNLOADED, CodeFrom.PATH, "attachment"),
            // officers' claims and decisions are recorded from the engine's task events (TaskAssignmentAudit,
            // TaskCompletionAudit), whichever door they came through.
            // applicants' actions
            Route.of(POST, "/api/v1/dossiers", DOSSIER_SUBMITTED, CodeFrom.LOCATION, null),
            Route.of(POST, "/my/drafts/{id}/submit", DOSSIER_SUBMITTED, CodeFrom.LOCATION, "draft"),
            Route.of(POST, "/api/v1/dossiers/{code}/supplement", SUPPLEMENT_SENT, CodeFrom.PATH, null),
            Route.of(POST, "/my/dossiers/{code}/supplement", SUPPLEMENT_SENT, CodeFrom.PATH, null),
            Route.of(POST, "/api/v1/dossiers/{code}/withdraw", WITHDRAWN, CodeFrom.PATH, null),
            Route.of(POST, "/my/dossiers/{code}/withdraw", WITHDRAWN, CodeFrom.PATH, null),
            Route.of(POST, "/my/dossiers/{code}/pay", PAYMENT_STARTED, CodeFrom.PATH, null));

    /** Addresses of a dossier a Location header may point to. */
    private static final List<PathPattern> DOSSIER_ADDRESSES = List.of(
            PathPatternParser.defaultInstance.parse("/api/v1/dossiers/{code}"),
            PathPatternParser.defaultInstance.parse("/my/dossiers/{code}"));

    private static final String ROUTE = AuditInterceptor.class.getName() + ".route";
    private static final String VARIABLES = AuditInterceptor.class.getName() + ".variables";

    private final AuditTrail trail;
    private final DossierService dossiers;

    AuditInterceptor(AuditTrail trail, DossierService dossiers) {
        this.trail = trail;
        this.dossiers = dossiers;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        PathContainer path = RequestPath.parse(request.getRequestURI(), request.getContextPath())
                .pathWithinApplication();
        for (Route route : ROUTES) {
            if (!route.method().matches(request.getMethod())) {
                continue;
            }
            PathPattern.PathMatchInfo match = route.pattern().matchAndExtract(path);
            if (match != null) {
                request.setAttribute(ROUTE, route);
                request.setAttribute(VARIABLES, match.getUriVariables());
                break;
            }
        }
        return true;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                Exception ex) {
        if (!(request.getAttribute(ROUTE) instanceof Route route) || !succeeded(request, response, ex)) {
            return;
        }
        Map<String, String> variables = (Map<String, String>) request.getAttribute(VARIABLES);
        String code = switch (route.codeFrom()) {
            case PATH -> variables.get("code");
            case LOCATION -> createdDossier(response.getHeader(HttpHeaders.LOCATION)).orElse(null);
        };
        if (route.codeFrom() == CodeFrom.LOCATION && code == null) {
            return; // an idempotent repeat or a form shown again: no dossier was created by this request
        }
        if (route.othersOnly() && isOwner(code)) {
            return;
        }
        String detail = route.detailPrefix() == null ? null : route.detailPrefix() + " " + variables.get("id");
        try {
            trail.record(route.action(), code, detail);
        } catch (RuntimeException e) {
            // The request has already succeeded and its answer is on its way; losing the line is logged loudly.
            log.error("Audit line {} for dossier {} could not be written", route.action(), code, e);
        }
    }

    private static boolean succeeded(HttpServletRequest request, HttpServletResponse response, Exception ex) {
        int status = response.getStatus();
        if (ex != null || status < 200 || status >= 400) {
            return false;
        }
        FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
        return flash == null || flash.entrySet().stream().noneMatch(entry -> entry.getKey().equals("flashError")
                || entry.getValue() instanceof String text && text.contains(".error."));
    }

    private boolean isOwner(String code) {
        var user = SecurityContextHolder.getContext().getAuthentication();
        return user != null && dossiers.find(code).map(d -> d.isOwnedBy(user.getName())).orElse(false);
    }

    static Optional<String> createdDossier(String location) {
        if (location == null || location.isBlank()) {
            return Optional.empty();
        }
        String path;
        try {
            path = URI.create(location).getPath();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (path == null) {
            return Optional.empty();
        }
        PathContainer container = PathContainer.parsePath(path);
        return DOSSIER_ADDRESSES.stream().map(pattern -> pattern.matchAndExtract(container))
                .filter(match -> match != null).map(match -> match.getUriVariables().get("code")).findFirst();
    }
}
