package vn.vetflow.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.ConnectException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * While the database cannot be reached every page and API call answers 503 "try again shortly" as soon as
 * the pool gives up (spring.datasource.hikari.connection-timeout), instead of a 500 with a stack trace;
 * the pool reconnects by itself when the database is back. One log line per refused request, no trace.
 *
 * <p>Judged by the failure's causes, not its type, so it needs no knowledge of who wrapped them (Spring, JPA
 * or the process engine): a resolver ahead of the controller advices, passing on everything else.
 */
@Component
class DatabaseOutage implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutage.class);

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception e) {
        if (!causedBy(e)) {
            return null; // not an outage: the other handlers (or the error page) answer it
        }
        log.warn("Database unreachable, answered 503 to {} {}: {}", request.getMethod(), request.getRequestURI(),
                e.getMessage());
        request.setAttribute(ErrorAnswers.MESSAGE_KEY, "web.error.detail.503");
        try {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        } catch (java.io.IOException gone) {
            log.debug("Client gone before the 503 was sent", gone);
        }
        return new ModelAndView();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1; // after Boot's DefaultErrorAttributes, which only records the failure
    }

    /** Whether the failure is the database being out of reach (as the pool, JDBC or the engine report it). */
    static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().equals("57P01")
                        || sql.getSQLState().equals("57P03"))) {
                return true; // connection exception class, admin shutdown, cannot connect now
            }
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() == null && sql.getMessage() != null
                    && sql.getMessage().startsWith("Connection is closed")) {
                // The pool closed a connection it found broken mid-request (the database went away); the rollback
                // that follows fails with this, without a SQL state, and hides the original I/O error.
                return true;
            }
        }
        return false;
    }

}
