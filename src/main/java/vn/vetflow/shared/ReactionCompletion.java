package vn.vetflow.shared;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.Ordered;
import org.springframework.modulith.events.core.DefaultEventPublicationRegistry;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.transaction.annotation.EnableTransactionManagement;
import org.springframework.transaction.annotation.Transactional;

/**
 * A reaction's publication is marked completed in the reaction's own transaction: its work and its completion
 * commit together, or neither does.
 *
 * <p>Spring Modulith, as shipped, marks the completion after the reaction's transaction has committed, in a
 * transaction of its own. A crash between the two commits left the work done and the publication incomplete,
 * so the next start ran the reaction again (a second mail to the applicant), and every reaction paid a second
 * commit and a second connection checkout (issue 15: five of the twenty background commits of a lifecycle).
 *
 * <p>Two settings make it one transaction:
 * <ul>
 *   <li>transactions are advice of higher precedence than Modulith's completion ({@link #TRANSACTIONS_ORDER}),
 *       so the completion runs inside a reaction's transaction, after the method returned (the listeners'
 *       {@code @Async} still comes first: it is always the outermost advice);</li>
 *   <li>the registry's {@code markCompleted} joins the transaction it finds (Modulith's starts a new one, which
 *       would take a second pooled connection while the reaction holds one). A reaction without a transaction of
 *       its own (the KPI refresh, which opens its own inside) still gets one for the completion alone.</li>
 * </ul>
 * The registry declared here is the primary one: the multicaster that stores publications and the advice that
 * completes them both use it. Modulith's own registry bean (it cannot be switched off) is left idle.
 */
@Configuration(proxyBeanMethods = false)
@EnableTransactionManagement(proxyTargetClass = true, order = ReactionCompletion.TRANSACTIONS_ORDER)
class ReactionCompletion {

    /**
     * Just before Modulith's completion advice, which is ordered {@code HIGHEST_PRECEDENCE + 10}
     * ({@code CompletionRegisteringAdvisor}). The application has no other advice on transactional methods
     * (method security, caching, retries) whose order this would change; ShedLock's is on methods without
     * {@code @Transactional}. {@code ReactionCompletionTest} fails if Modulith's order ever moves past it.
     */
    static final int TRANSACTIONS_ORDER = Ordered.HIGHEST_PRECEDENCE + 9;

    @Bean
    @Primary
    CompletionInReactionTransaction completionInReactionTransaction(EventPublicationRepository repository,
                                                                     ObjectProvider<Clock> clock) {
        return new CompletionInReactionTransaction(repository, clock.getIfAvailable(Clock::systemUTC));
    }

    /** Modulith's registry, with the completion in the caller's transaction. */
    static class CompletionInReactionTransaction extends DefaultEventPublicationRegistry {

        CompletionInReactionTransaction(EventPublicationRepository repository, Clock clock) {
            super(repository, clock);
        }

        @Override
        @Transactional
        public void markCompleted(Object event, PublicationTargetIdentifier identifier) {
            super.markCompleted(event, identifier);
        }
    }
}
