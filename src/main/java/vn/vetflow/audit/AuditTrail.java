package vn.vetflow.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit trail: who did what to which dossier, when and from which address.
 *
 * <p>Who and where come from the current request: the user from Spring Security's context, the address
 * from {@link HttpServletRequest#getRemoteAddr()}. {@code X-Forwarded-For} is not read here; behind a
 * trusted proxy set {@code server.forward-headers-strategy} so that the container itself replaces the
 * remote address, and only then. Outside a request (jobs, timers) the user is {@code system} and the
 * address empty.
 *
 * <p>Transactions: every line joins the caller's transaction ({@code REQUIRED}), or gets its own when none
 * is open. An action therefore rolls back with its audit line, and the trail never claims something that
 * did not happen. Reads (a dossier shown, a file downloaded) are recorded by controllers, outside any
 * transaction, so their line commits on its own at once. A read used to be written in a second
 * transaction ({@code REQUIRES_NEW}) to survive a failing surrounding transaction; that took a second
 * pooled connection while the caller held one and could deadlock the pool under load. One connection per
 * request wins: a read recorded inside a transaction that rolls back is rolled back with it.
 */
@Service
public class AuditTrail {

    static final String SYSTEM = "system";
    static final String ANONYMOUS = "anonymous";

    private final AuditEventRepository events;
    private final Clock clock;
    private final TransactionTemplate callersTransaction;

    AuditTrail(AuditEventRepository events, Clock clock, PlatformTransactionManager transactions) {
        this.events = events;
        this.clock = clock;
        this.callersTransaction = new TransactionTemplate(transactions);
        this.callersTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
    }

    /**
     * Records an action of the current user.
     *
     * @param action      one of {@link AuditAction}
     * @param dossierCode the dossier concerned, or null
     * @param detail      a short note without personal data (ids, decisions), cut at 200 characters
     */
    public void record(String action, String dossierCode, String detail) {
        record(currentUser(), action, dossierCode, detail);
    }

    /** Records an action of a named user, e.g. one the engine reports (Camunda's Tasklist has no Spring login). */
    public void record(String username, String action, String dossierCode, String detail) {
        AuditEvent event = new AuditEvent(clock.instant(), username, clientAddress(), action, dossierCode, detail);
        callersTransaction.executeWithoutResult(status -> events.save(event));
    }

    /** The dossier's trail, newest first. */
    public List<AuditEvent> ofDossier(String code) {
        return events.findByDossierCodeOrderByAtDescIdDesc(code);
    }

    static String currentUser() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null) {
            return RequestContextHolder.getRequestAttributes() == null ? SYSTEM : ANONYMOUS;
        }
        if (user instanceof AnonymousAuthenticationToken || !user.isAuthenticated()) {
            return ANONYMOUS;
        }
        return user.getName();
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return null;
    }
}
