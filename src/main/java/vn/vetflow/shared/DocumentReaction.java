package vn.vetflow.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A reaction that renders and signs a document: like {@code @ApplicationModuleListener} (after commit, in a
 * transaction of its own, kept in the event publication registry until it completes), but on the documents'
 * own executor ({@link #EXECUTOR}, {@code vetflow.documents.threads}, one thread by default).
 *
 * <p>Why a thread of their own: rendering is most of the processor time a dossier's reactions take. On the
 * shared reactions' executor two or more renderings at once took both cores from the requests of the users
 * waiting for a page (issue 15); one rendering thread leaves a core to them and still keeps up (a lifecycle's
 * two documents take about 45 ms of processor). Mails and read models do not queue behind documents either.
 */
@Async(DocumentReaction.EXECUTOR)
@Transactional(propagation = Propagation.REQUIRES_NEW)
@TransactionalEventListener
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
public @interface DocumentReaction {

    /** The bean name of the documents' executor. */
    String EXECUTOR = "documentExecutor";
}
