package vn.vetflow.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds every request that arrives before the application is ready to serve traffic. The web server
 * listens before the startup runners have finished (the read models' rebuild, the demo province's
 * dossiers): without this gate an early visitor would see half-loaded pages. Requests wait until the
 * readiness state turns to accepting traffic, or are answered 503 with Retry-After if that takes too long.
 * The actuator's probes pass, so the readiness probe can tell the truth meanwhile.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StartupGate extends OncePerRequestFilter {

    private static final Duration LONGEST_WAIT = Duration.ofSeconds(60);

    private final CountDownLatch ready = new CountDownLatch(1);

    @EventListener
    void on(AvailabilityChangeEvent<ReadinessState> change) {
        if (change.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
            ready.countDown();
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return ready.getCount() == 0 || request.getRequestURI().startsWith(request.getContextPath() + "/actuator");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean opened;
        try {
            opened = ready.await(LONGEST_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            opened = false;
        }
        if (!opened) {
            response.setHeader("Retry-After", "5");
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        chain.doFilter(request, response);
    }
}
