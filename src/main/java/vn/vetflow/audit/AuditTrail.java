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
 * <p>Transactions: a <em>read</em> (a dossier shown, a file downloaded) is written in its own transaction
 * ({@code REQUIRES_NEW}): the read happened even if whatever surrounds it later fails, so its line must
 * stay. An <em>action</em> joins the caller's transaction ({@code REQUIRED}): if the action rolls back, its
 * audit line rolls back with it and the trail never claims something that did not happen. Called with no
 * transaction open (as the web interceptor does after a successful request), an action gets its own.
 */
@Service
public class AuditTrail {

    static final String SYSTEM = "system";
    static final String ANONYMOUS = "anonymous";

    private final AuditEventRepository events;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private final TransactionTemplate callersTransaction;

    AuditTrail(AuditEventRepository events, Clock clock, PlatformTransactionManager transactions) {
        this.events = events;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
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
        TransactionTemplate transaction = AuditAction.isRead(action) ? ownTransaction : callersTransaction;
        transaction.executeWithoutResult(status -> events.save(event));
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
