package vn.vetflow.support;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * A bean an injected expression would call ({@code ${expressionProbe.sleep(5000)}}): it counts its calls and
 * sleeps, so a test sees both whether an expression ran and whether the request was delayed.
 */
@Component("expressionProbe")
public class ExpressionProbe {

    private final AtomicInteger calls = new AtomicInteger();

    public int calls() {
        return calls.get();
    }

    public String sleep(long millis) throws InterruptedException {
        calls.incrementAndGet();
        Thread.sleep(millis);
        return "probe";
    }

    public String touch() {
        calls.incrementAndGet();
        return "probe";
    }
}
