package vn.vetflow.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.vetflow.dossier.Dossier;
import vn.vetflow.dossier.DossierHistoryEntry;
import vn.vetflow.dossier.DossierNotFoundException;
import vn.vetflow.dossier.DossierService;
import vn.vetflow.dossier.DossierStatus;
import vn.vetflow.dossier.PaymentChannel;
import vn.vetflow.payment.PaymentCallbackRejected.Reason;
import vn.vetflow.publicservice.DossierSubmission;
import vn.vetflow.tasks.TaskWork;
import vn.vetflow.shared.AdjustableClock;
import vn.vetflow.support.TestSubmissions;
import vn.vetflow.support.VetflowTest;

/**
 * A dossier of the test fixture PT1 (src/test/resources/test-catalogue: it carries a fee) is received and waits for payment; the applicant pays through
 * the simulated gateway as a browser would, and the gateway's callbacks are replayed, tampered with and
 * raced.
 */
@VetflowTest
@ExtendWith(OutputCaptureExtension.class)
class PaymentFlowTest {

    static final String OWNER = "paycitizen";
    static final String OTHER = "payother";
    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired MockMvc mvc;
    @Autowired DossierSubmission submission;
    @Autowired TestSubmissions submissions;
    @Autowired TaskWork work;
    @Autowired TaskService tasks;
    @Autowired RuntimeService runtime;
    @Autowired DossierService dossiers;
    @Autowired PaymentService payments;
    @Autowired CallbackSigner signer;
    @Autowired AdjustableClock clock;
    @Autowired JdbcTemplate jdbc;
    @LocalServerPort int port;

    String code;

    @BeforeEach
    void dossierWaitingForPayment() {
        clock.setTo(LocalDateTime.of(2026, 3, 2, 9, 0).atZone(VN).toInstant()); // Monday, a working day
        code = submission.submit(submissions.valid("PT1", OWNER, UUID.randomUUID().toString())).dossier().getCode();
        Task reception = tasks.createTaskQuery().processInstanceBusinessKey(code).singleResult();
        work.complete(reception.getId(), "tiepnhan", List.of("reception", "motcua"), Map.of("receptionDecision", "ACCEPT"));
        assertThat(dossier().getStatus()).isEqualTo(DossierStatus.PAYMENT_REQUIRED);
        assertThat(dossier().getFeeAmount()).isEqualTo(1_500_000);
        assertThat(waitingAt()).isEqualTo("Task_AwaitPayment");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theApplicantPaysThroughTheSimulatorAndTheDossierMovesOn() throws Exception {
        String simulator = pay(OWNER);
        assertThat(simulator).startsWith("/payments/simulator/");
        String orderId = URI.create(simulator).getPath().substring("/payments/simulator/".length());
        assertThat(orderId).matches("[0-9a-f]{32}");
        assertThat(pay(OWNER)).as("a second click reuses the pending order").isEqualTo(simulator);

        mvc.perform(get(URI.create(simulator))).andExpect(status().isOk())
                .andExpect(content().string(containsString("1.500.000 đ")))
                .andExpect(content().string(containsString(code)))
                .andExpect(content().string(containsString("Thanh toán phí, lệ phí hồ sơ " + code)))
                .andExpect(content().string(containsString("Thanh toán thành công")))
                .andExpect(content().string(containsString("Hủy giao dịch")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
        String callback = press(simulator, "success");
        assertThat(callback).startsWith("/payments/callback?");

        mvc.perform(get(URI.create(callback))).andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/my/dossiers/" + code))
                .andExpect(flash().attribute("paymentMessage", "payment.result.paid"));

        Dossier paid = dossier();
        assertThat(paid.isPaid()).isTrue();
        assertThat(paid.getPaymentChannel()).isEqualTo(PaymentChannel.PROVINCIAL_GATEWAY);
        assertThat(paid.getPaymentReference()).isEqualTo(CallbackSignatureTest.query(URI.create(callback))
                .get("transactionNo"));
        assertThat(paid.getStatus()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(waitingAt()).isEqualTo("Task_Appraisal");
        assertThat(jdbc.queryForObject("select status from payment_order where order_id = ?", String.class, orderId))
                .isEqualTo("PAID");
    }

    @Test
    void theSameCallbackAgainIsAReplayAndChangesNothing(CapturedOutput output) throws Exception {
        String callback = press(pay(OWNER), "success");
        mvc.perform(get(URI.create(callback))).andExpect(status().isSeeOther());
        int history = dossiers.history(dossier()).size();

        mvc.perform(get(URI.create(callback))).andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/my/dossiers/" + code))
                .andExpect(flash().attribute("paymentMessage", "payment.result.replayed"));
        Map<String, String> fields = CallbackSignatureTest.query(URI.create(callback));
        assertRejected(fields, Reason.REPLAYED);
        assertRejected(resigned(fields, "nonce", "0123456789abcdef"), Reason.REPLAYED);

        assertThat(dossiers.history(dossier())).hasSize(history);
        assertThat(paidEntries()).isEqualTo(1);
        List<String> warnings = output.getOut().lines().filter(line -> line.contains("Payment callback rejected"))
                .toList();
        assertThat(warnings).anyMatch(line -> line.contains(" WARN ")
                && line.endsWith("Payment callback rejected: order " + fields.get("orderId") + ", reason REPLAYED"));
        assertThat(warnings).as("no personal data in the log").noneMatch(line -> line.contains(OWNER)
                || line.contains(code) || line.contains(TestSubmissions.applicant(OWNER).name()));
    }

    @Test
    void aTamperedOrForgedCallbackIsRejected() throws Exception {
        String callback = press(pay(OWNER), "success");
        Map<String, String> fields = CallbackSignatureTest.query(URI.create(callback));

        Map<String, String> cheaper = new LinkedHashMap<>(fields);
        cheaper.put("amount", "1000");
        mvc.perform(get("/payments/callback").params(params(cheaper))).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Yêu cầu thanh toán không hợp lệ")));
        assertRejected(cheaper, Reason.BAD_SIGNATURE);
        assertRejected(resigned(fields, "amount", "1000"), Reason.AMOUNT_MISMATCH);
        assertRejected(resigned(fields, "orderId", "ffffffffffffffffffffffffffffffff"), Reason.UNKNOWN_ORDER);
        mvc.perform(get("/payments/callback").params(params(resigned(fields, "amount", "1000"))))
                .andExpect(status().isSeeOther())
                .andExpect(flash().attribute("paymentMessage", "payment.result.rejected"));

        Dossier waiting = dossier();
        assertThat(waiting.isPaid()).isFalse();
        assertThat(waiting.getStatus()).isEqualTo(DossierStatus.PAYMENT_REQUIRED);

        mvc.perform(get(URI.create(callback))).andExpect(flash().attribute("paymentMessage", "payment.result.paid"));
        assertThat(dossier().isPaid()).as("the genuine callback still goes through").isTrue();
    }

    @Test
    void onlyTheOwnerCanStartThePayment() throws Exception {
        mvc.perform(post("/my/dossiers/" + code + "/pay").with(user(OTHER).roles("applicant")).with(csrf()))
                .andExpect(status().isNotFound());
        assertThatThrownBy(() -> payments.startPayment(code, OTHER)).isInstanceOf(DossierNotFoundException.class);
        mvc.perform(post("/my/dossiers/" + code + "/pay").with(csrf()))
                .andExpect(status().isFound()).andExpect(header().string("Location", containsString("/login")));
        mvc.perform(post("/my/dossiers/" + code + "/pay").with(user(OWNER).roles("applicant")))
                .andExpect(status().isForbidden()); // no CSRF token
        assertThat(jdbc.queryForObject("select count(*) from payment_order where dossier_code = ?", Integer.class,
                code)).isZero();
    }

    @Test
    void cancellingLeavesTheDossierWaitingAndItCanBePaidAgain() throws Exception {
        String first = pay(OWNER);
        mvc.perform(get(URI.create(press(first, "cancel")))).andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/my/dossiers/" + code))
                .andExpect(flash().attribute("paymentMessage", "payment.result.cancelled"));
        Dossier waiting = dossier();
        assertThat(waiting.isPaid()).isFalse();
        assertThat(waiting.getStatus()).isEqualTo(DossierStatus.PAYMENT_REQUIRED);
        assertThat(waitingAt()).isEqualTo("Task_AwaitPayment");

        String second = pay(OWNER);
        assertThat(second).as("a new order after the cancelled one").isNotEqualTo(first);
        mvc.perform(get(URI.create(press(second, "success"))))
                .andExpect(flash().attribute("paymentMessage", "payment.result.paid"));
        assertThat(dossier().isPaid()).isTrue();
        assertThat(jdbc.queryForList("select status from payment_order where dossier_code = ? order by created_at, status",
                String.class, code)).containsExactlyInAnyOrder("FAILED", "PAID");

        mvc.perform(post("/my/dossiers/" + code + "/pay").with(user(OWNER).roles("applicant")).with(csrf()))
                .andExpect(status().isSeeOther()).andExpect(header().string("Location", "/my/dossiers/" + code))
                .andExpect(flash().attribute("paymentMessage", "payment.error.notAwaitingPayment"));
    }

    @Test
    void theGatewayCanConfirmServerToServer() throws Exception {
        Map<String, String> fields = CallbackSignatureTest.query(URI.create(press(pay(OWNER), "success")));
        mvc.perform(post("/payments/callback/ipn").params(params(fields))).andExpect(status().isOk())
                .andExpect(jsonPath("$.RspCode").value("00"));
        assertThat(dossier().isPaid()).isTrue();
        assertThat(waitingAt()).isEqualTo("Task_Appraisal");

        mvc.perform(post("/payments/callback/ipn").params(params(fields)))
                .andExpect(jsonPath("$.RspCode").value("02"));
        Map<String, String> tampered = new LinkedHashMap<>(fields);
        tampered.put("amount", "1");
        mvc.perform(post("/payments/callback/ipn").params(params(tampered)))
                .andExpect(jsonPath("$.RspCode").value("97"));
        mvc.perform(post("/payments/callback/ipn").params(params(resigned(fields, "orderId", "abc"))))
                .andExpect(jsonPath("$.RspCode").value("01"));
        assertThat(paidEntries()).isEqualTo(1);
    }

    @Test
    void concurrentValidCallbacksConfirmOnce() throws Exception {
        Map<String, String> fields = CallbackSignatureTest.query(URI.create(press(pay(OWNER), "success")));
        List<Map<String, String>> callbacks = List.of(fields, fields, resigned(fields, "nonce", "feedfacefeedface"));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callbacks.size());
        List<Future<Object>> outcomes = new ArrayList<>();
        try {
            for (Map<String, String> callback : callbacks) {
                Callable<Object> call = () -> {
                    start.await();
                    try {
                        return payments.handleCallback(callback);
                    } catch (PaymentCallbackRejected e) {
                        return e.reason();
                    }
                };
                outcomes.add(pool.submit(call));
            }
            start.countDown();
            List<Object> results = new ArrayList<>();
            for (Future<Object> outcome : outcomes) {
                results.add(outcome.get());
            }
            assertThat(results).filteredOn(PaymentResult.class::isInstance).hasSize(1);
            assertThat(results).filteredOn(Reason.REPLAYED::equals).hasSize(2);
        } finally {
            pool.shutdownNow();
        }
        assertThat(dossier().isPaid()).isTrue();
        assertThat(paidEntries()).isEqualTo(1);
        assertThat(waitingAt()).isEqualTo("Task_Appraisal");
        assertThat(jdbc.queryForObject("select count(*) from payment_callback_nonce n join payment_order o "
                + "on o.order_id = n.order_id where o.dossier_code = ?", Integer.class, code)).isEqualTo(1);
    }

    @Test
    void aPaymentAfterTheOrderExpiredIsNotTaken() throws Exception {
        String simulator = pay(OWNER);
        clock.advance(Duration.ofMinutes(31));
        String callback = press(simulator, "success");
        assertRejected(CallbackSignatureTest.query(URI.create(callback)), Reason.EXPIRED);
        mvc.perform(get(URI.create(callback)))
                .andExpect(flash().attribute("paymentMessage", "payment.result.expired"));
        assertThat(dossier().isPaid()).isFalse();
        assertThat(pay(OWNER)).as("a fresh order replaces the expired one").isNotEqualTo(simulator);
    }

    @Test
    void theSimulatorRefusesARequestItDidNotSign() throws Exception {
        String simulator = pay(OWNER);
        String cheaper = simulator.replace("amount=1500000", "amount=1000");
        mvc.perform(get(URI.create(cheaper))).andExpect(status().isBadRequest());
        mvc.perform(post(URI.create(cheaper)).param("result", "success").with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(post(URI.create(simulator)).param("result", "success"))
                .andExpect(status().isForbidden()); // the simulator's page posts with a CSRF token
    }

    @Test
    void theJourneyWorksOverRealHttp() throws Exception {
        // MockMvc decodes query strings its own way; this goes through Tomcat like a browser does.
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String base = "http://localhost:" + port;
        URI simulator = URI.create(base + payments.startPayment(code, OWNER));
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(simulator).build(), BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("1.500.000 đ", "Thanh toán phí, lệ phí hồ sơ " + code);
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).isTrue();

        StringBuilder form = new StringBuilder("result=success&_csrf=" + token.group(1));
        CallbackSignatureTest.query(simulator).forEach((name, value) -> form.append('&').append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        HttpResponse<String> pressed = browser.send(HttpRequest.newBuilder(simulator)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString(form.toString())).build(), BodyHandlers.ofString());
        assertThat(pressed.statusCode()).isEqualTo(303);
        String callback = pressed.headers().firstValue("Location").orElseThrow();

        HttpResponse<String> back = browser.send(HttpRequest.newBuilder(URI.create(base).resolve(callback)).build(),
                BodyHandlers.ofString());
        assertThat(back.statusCode()).isEqualTo(303);
        assertThat(back.headers().firstValue("Location").orElseThrow()).endsWith("/my/dossiers/" + code);
        assertThat(dossier().isPaid()).isTrue();
    }

    // --- helpers ---------------------------------------------------------------------------------

    /** The applicant presses "Thanh toán": where the browser is sent. */
    private String pay(String username) throws Exception {
        return mvc.perform(post("/my/dossiers/" + code + "/pay").with(user(username).roles("applicant")).with(csrf()))
                .andExpect(status().isSeeOther()).andExpect(header().string("Location", startsWith("/payments/")))
                .andReturn().getResponse().getHeader("Location");
    }

    /** The payer presses a button on the simulator's page (its form posts the signed request back). */
    private String press(String simulator, String result) throws Exception {
        MockHttpServletRequestBuilder form = post(URI.create(simulator)).param("result", result).with(csrf());
        return mvc.perform(form).andExpect(status().isSeeOther())
                .andReturn().getResponse().getHeader("Location");
    }

    private void assertRejected(Map<String, String> fields, Reason reason) {
        assertThatThrownBy(() -> payments.handleCallback(fields)).isInstanceOfSatisfying(PaymentCallbackRejected.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
    }

    /** Correctly signed with the application's secret, but with one field changed. */
    private Map<String, String> resigned(Map<String, String> fields, String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(fields);
        changed.remove(CallbackSigner.SIGNATURE);
        changed.put(name, value);
        changed.put(CallbackSigner.SIGNATURE, signer.sign(changed));
        return changed;
    }

    private static MultiValueMap<String, String> params(Map<String, String> fields) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        fields.forEach(params::add);
        return params;
    }

    private Dossier dossier() {
        return dossiers.get(code);
    }

    /** The one activity the dossier's process waits in. */
    private String waitingAt() {
        List<String> activities = runtime.getActiveActivityIds(runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(code).singleResult().getId());
        assertThat(activities).hasSize(1);
        return activities.get(0);
    }

    private long paidEntries() {
        return dossiers.history(dossier()).stream().map(DossierHistoryEntry::getAction).filter("PAID"::equals).count();
    }
}
