package vn.vetflow.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the application is still starting (the demo profile's runners are laying out the province's data),
 * pages answer 503 with {@code Retry-After} and a "starting" message instead of showing half the data. The
 * readiness state turns ACCEPTING_TRAFFIC only after every startup runner has returned. The application's
 * own calls to its simulators (national portal, remote signing, time-stamps) go through: the demo data needs
 * them while it loads. Switched on by {@code vetflow.web.starting-gate=true} (the demo profile only).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
@ConditionalOnProperty(name = "vetflow.web.starting-gate", havingValue = "true")
class StartingGate extends OncePerRequestFilter {

    static final String RETRY_AFTER_SECONDS = "5";
    private static final List<String> LET_THROUGH = List.of("/national-portal-simulator/", "/csc-simulator/",
            "/tsa-simulator/", "/actuator/health");

    private final ApplicationAvailability availability;
    private volatile boolean open;

    StartingGate(ApplicationAvailability availability) {
        this.availability = availability;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (open || letThrough(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
            // Once ready, stays open: a later REFUSING_TRAFFIC is the platform's business, not a start-up.
            open = true;
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        request.setAttribute(ErrorAnswers.MESSAGE_KEY, "web.starting.detail");
        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }

    private static boolean letThrough(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return LET_THROUGH.stream().anyMatch(path::startsWith);
    }
}
