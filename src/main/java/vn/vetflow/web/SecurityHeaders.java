package vn.vetflow.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Browser protections on every answer: a strict Content-Security-Policy for our pages (scripts and styles
 * only from our own files, no inline script or handler, no plugins, framed only by ourselves), a
 * Referrer-Policy that keeps dossier codes in URLs from leaking to other sites, and a Permissions-Policy
 * that turns off devices no page uses. Swagger UI gets inline styles; Camunda's webapps keep the policy
 * Camunda sets itself (they need a nonce and eval). A controller that sets its own policy (an applicant's
 * file) replaces this one instead of adding a second. Kept apart from the security chains on purpose.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class SecurityHeaders extends OncePerRequestFilter {

    static final String CSP = "Content-Security-Policy";
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; frame-src 'self'; frame-ancestors 'self'; "
            + "base-uri 'self'";
    static final String SWAGGER_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; frame-ancestors 'self'; base-uri 'self'";
    static final String REFERRER_POLICY = "strict-origin-when-cross-origin";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "serial=(), bluetooth=(), magnetometer=(), gyroscope=(), accelerometer=()";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        response.setHeader("Referrer-Policy", REFERRER_POLICY);
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        if (path.startsWith("/camunda/")) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(CSP, path.startsWith("/swagger-ui") ? SWAGGER_POLICY : PAGE_POLICY);
        chain.doFilter(request, new OnePolicy(response));
    }

    /** Lets a controller's own policy replace the page policy: two policies would both apply. */
    private static final class OnePolicy extends HttpServletResponseWrapper {
        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
