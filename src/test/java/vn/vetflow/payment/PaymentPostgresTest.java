package vn.vetflow.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.vetflow.dossier.DossierService;
import vn.vetflow.dossier.DossierStatus;
import vn.vetflow.payment.PaymentCallbackRejected.Reason;
import vn.vetflow.publicservice.DossierSubmission;
import vn.vetflow.tasks.TaskWork;
import vn.vetflow.support.PostgresTest;
import vn.vetflow.support.TestSubmissions;

/** The payment tables on PostgreSQL: racing callbacks for one order confirm it once (row lock and keys). */
class PaymentPostgresTest extends PostgresTest {

    @Autowired DossierSubmission submission;
    @Autowired TestSubmissions submissions;
    @Autowired TaskWork work;
    @Autowired TaskService tasks;
    @Autowired DossierService dossiers;
    @Autowired PaymentService payments;
    @Autowired SimulatedGateway gateway;
    @Autowired CallbackSigner signer;
    @Autowired JdbcTemplate jdbc;

    @Test
    void racingCallbacksConfirmOnce() throws Exception {
        String code = submission.submit(submissions.valid("PT1", "pgpayer", UUID.randomUUID().toString()))
                .dossier().getCode();
        work.complete(tasks.createTaskQuery().processInstanceBusinessKey(code).singleResult().getId(), "tiepnhan",
                List.of("reception", "motcua"), Map.of("receptionDecision", "ACCEPT"));
        URI simulator = payments.startPayment(code, "pgpayer");
        String orderId = simulator.getPath().substring(SimulatedGateway.PAGE.length());
        Map<String, String> request = gateway.request(orderId, CallbackSignatureTest.query(simulator)).orElseThrow();
        Map<String, String> paid = CallbackSignatureTest.query(gateway.complete(request, true));
        Map<String, String> otherNonce = new LinkedHashMap<>(paid);
        otherNonce.remove(CallbackSigner.SIGNATURE);
        otherNonce.put("nonce", "0badc0de0badc0de");
        otherNonce.put(CallbackSigner.SIGNATURE, signer.sign(otherNonce));

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Object> results = new ArrayList<>();
        try {
            List<Future<Object>> outcomes = new ArrayList<>();
            for (Map<String, String> fields : List.of(paid, paid, otherNonce, otherNonce)) {
                Callable<Object> call = () -> {
                    start.await();
                    try {
                        return payments.handleCallback(fields);
                    } catch (PaymentCallbackRejected e) {
                        return e.reason();
                    }
                };
                outcomes.add(pool.submit(call));
            }
            start.countDown();
            for (Future<Object> outcome : outcomes) {
                results.add(outcome.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(results).filteredOn(PaymentResult.class::isInstance).hasSize(1);
        assertThat(results).filteredOn(Reason.REPLAYED::equals).hasSize(3);
        assertThat(dossiers.get(code).isPaid()).isTrue();
        assertThat(dossiers.get(code).getStatus()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(dossiers.history(dossiers.get(code))).filteredOn(e -> "PAID".equals(e.getAction())).hasSize(1);
        assertThat(jdbc.queryForObject("select status from payment_order where order_id = ?", String.class, orderId))
                .isEqualTo("PAID");
    }
}
