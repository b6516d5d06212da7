package vn.vetflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vetflow.identity.Roles;
import vn.vetflow.support.TestUsers;
import vn.vetflow.support.VetflowTest;
import vn.vetflow.support.WebSession;
import vn.vetflow.support.WebSession.Multipart;

/**
 * The causes of 5xx answers found by fuzzing (issue 11), each answered with a clear 4xx in the caller's
 * language: RFC 7807 problems on the API, error pages for people. Real HTTP, since Tomcat's multipart
 * parsing, the error dispatch and the security firewall are what is tested.
 */
@VetflowTest
@ExtendWith(OutputCaptureExtension.class)
class BadInputTest {

    static final String PASSWORD = "bad-input-password-1";
    static final String APPLICANT = "badinputapplicant";
    static final String OFFICER = "badinputofficer";
    static final String PROBLEM = "application/problem+json";

    @LocalServerPort int port;
    @Autowired TestUsers users;

    @BeforeEach
    void accounts() {
        users.ensure(APPLICANT, PASSWORD, Roles.APPLICANT);
        users.ensure(OFFICER, PASSWORD, Roles.RECEPTION);
    }

    @Test
    void aNulInAMultipartFileNameIsRefusedNamingThePart() {
        byte[] body = new Multipart().json("dossier", "{\"procedureId\":\"P1\"}")
                .file("files.DON", "don\u0000.pdf", "application/pdf", "%PDF-1.4 x".getBytes()).bytes();
        var answer = api().post("/api/v1/dossiers", Multipart.contentType(), body, auth(APPLICANT));
        assertProblem(answer, 400);
        assertThat(answer.body()).contains("tệp tải lên").contains("NUL");
    }

    @Test
    void multipartWithoutABoundaryIsA400OnTheApiAndOnTheAnonymousPaymentCallback() {
        var api = api().post("/api/v1/dossiers", "multipart/form-data", "x".getBytes(), auth(APPLICANT));
        assertProblem(api, 400);
        assertThat(api.body()).contains("boundary");
        var ipn = api().post("/payments/callback/ipn", "multipart/form-data", "vnp_Amount=1".getBytes());
        assertProblem(ipn, 400);
        var callback = api().post("/payments/callback", "multipart/form-data; charset=UTF-8", new byte[0]);
        assertThat(callback.statusCode()).isEqualTo(400);
        var garbled = api().post("/payments/callback/ipn", Multipart.contentType(), "no parts here".getBytes());
        assertThat(garbled.statusCode()).as("the gateway gets its own answer code, never a 5xx").isLessThan(500);
    }

    @Test
    void nulInTextFieldsIsRefusedBeforeItReachesTheDatabase() {
        WebSession anonymous = api();
        anonymous.refreshCsrf("/lookup");
        var lookup = anonymous.postForm("/lookup", Map.of("code", "HS\u0000-1", "idNumber", "012345678901"));
        assertThat(lookup.statusCode()).isEqualTo(400);
        assertThat(lookup.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(lookup.body()).contains("Yêu cầu không hợp lệ").contains("code").contains("NUL");

        var login = api().postForm("/login", Map.of("username", "admin\u0000", "password", "x"));
        assertThat(login.statusCode()).isEqualTo(400);

        WebSession applicant = signedIn(APPLICANT);
        String draft = openDraft(applicant);
        var save = applicant.postForm(draft, Map.of("subject", "Đề nghị\u0000", "action", "save"));
        assertThat(save.statusCode()).isEqualTo(400);
        assertThat(save.body()).contains("subject");
        var english = applicant.postForm(draft + "?lang=en", Map.of("subject", "x\u0007y", "action", "save"));
        assertThat(english.body()).contains("Bad request").contains("control character");
    }

    @Test
    void aDraftSubjectOverItsColumnIsNamedNotSaved() {
        WebSession applicant = signedIn(APPLICANT);
        String draft = openDraft(applicant);
        var save = applicant.postForm(draft, Map.of("subject", "a".repeat(501), "action", "save"));
        assertThat(save.statusCode()).isEqualTo(422);
        assertThat(save.body()).contains("Tối đa 500 ký tự");
        var next = applicant.postForm(draft, Map.of("subject", "b".repeat(70_000), "action", "next"));
        assertThat(next.statusCode()).isEqualTo(422);
    }

    @Test
    void moreMultipartPartsThanAllowedIsA413NamingTheLimit() {
        Multipart many = new Multipart().json("dossier", "{\"procedureId\":\"P1\"}");
        for (int i = 0; i < 60; i++) {
            many.field("f" + i, "v");
        }
        var answer = api().post("/api/v1/dossiers", Multipart.contentType(), many.bytes(), auth(APPLICANT));
        assertProblem(answer, 413);
        assertThat(answer.body()).contains("50");
    }

    @Test
    void anUploadOverTheSizeLimitIsA413NamingTheLimit() {
        byte[] big = new byte[51 * 1024 * 1024];
        byte[] body = new Multipart().json("dossier", "{}").file("files.DON", "big.pdf", "application/pdf", big).bytes();
        var answer = api().post("/api/v1/dossiers", Multipart.contentType(), body, "Authorization",
                WebSession.basic(APPLICANT, PASSWORD), "Accept-Language", "en");
        assertProblem(answer, 413);
        assertThat(answer.body()).contains("50 MB").contains("200 MB").contains("larger than allowed");
    }

    @Test
    void anIdempotencyKeyOverItsColumnIsA422NamingTheLimit() {
        byte[] body = new Multipart().json("dossier", "{\"procedureId\":\"P1\",\"applicantName\":\"Nguyễn Văn A\","
                + "\"applicantIdNumber\":\"012345678901\",\"subject\":\"x\"}").bytes();
        var answer = api().post("/api/v1/dossiers", Multipart.contentType(), body, "Authorization",
                WebSession.basic(APPLICANT, PASSWORD), "Idempotency-Key", "k".repeat(101));
        assertProblem(answer, 422);
        assertThat(answer.body()).contains("Idempotency-Key").contains("100");
    }

    @Test
    void concurrentSavesOfOneDraftNeverAnswer500() throws Exception {
        WebSession applicant = signedIn(APPLICANT);
        String draft = openDraft(applicant);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Integer>> saves = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String subject = "Đề nghị số " + i;
                saves.add(CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return applicant.postForm(draft, Map.of("subject", subject, "action", "save")).statusCode();
                }, pool));
            }
            start.countDown();
            for (CompletableFuture<Integer> save : saves) {
                assertThat(save.get()).as("a save answers the page, a redirect or a conflict").isIn(200, 302, 409);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void matrixParametersUnderTheEngineAreA400WithoutAStackTrace(CapturedOutput log) {
        for (String path : List.of("/engine-rest;x=1/engine", "/camunda;jsessionid=1/app/cockpit/",
                "/engine-rest/engine;a=b", "/api/v1/procedures;x=y", "/lookup;x")) {
            var answer = api().get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(400);
        }
        assertThat(log.getAll()).doesNotContain("RequestRejectedException");
    }

    @Test
    void springsOwnApiErrorsAreLocalizedProblems() {
        WebSession api = api();
        assertProblem(api.post("/api/v1/dossiers", "application/json", "{}".getBytes(), auth(APPLICANT)), 415);
        assertProblem(api.get("/api/v1/no-such-thing", auth(APPLICANT)), 404);
        assertProblem(api.send(HttpRequest.newBuilder(api.uri("/api/v1/procedures")).headers(auth(OFFICER))
                .method("DELETE", HttpRequest.BodyPublishers.noBody())), 405);
        assertProblem(api.get("/api/v1/procedures", "Accept", "image/png"), 406);
        var unauthenticated = api.get("/api/v1/dossiers");
        assertProblem(unauthenticated, 401);
        assertThat(unauthenticated.body()).contains("Cần đăng nhập");
        var forbidden = api.get("/api/v1/tasks", auth(APPLICANT)[0], auth(APPLICANT)[1], "Accept-Language", "en");
        assertProblem(forbidden, 403);
        assertThat(forbidden.body()).contains("Access denied");
        assertProblem(api.get("/api/v1/dossiers/X/documents/not-a-number", auth(APPLICANT)), 400);
    }

    @Test
    void pageErrorsArePagesInTheUsersLanguage() {
        WebSession applicant = signedIn(APPLICANT);
        var missing = applicant.get("/my/no-such-page");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(missing.body()).contains("Không tìm thấy").contains("<html");
        var forbidden = applicant.get("/workspace");
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.body()).contains("Không có quyền truy cập");
        var english = applicant.get("/my/no-such-page?lang=en");
        assertThat(english.body()).contains("Not found");
    }

    private WebSession api() {
        return new WebSession(port);
    }

    private WebSession signedIn(String user) {
        WebSession session = new WebSession(port);
        assertThat(session.login(user, PASSWORD)).isTrue();
        return session;
    }

    private static String openDraft(WebSession applicant) {
        var open = applicant.get("/my/apply/P1");
        assertThat(open.statusCode()).isEqualTo(302);
        String location = open.headers().firstValue("Location").orElseThrow();
        String path = location.substring(location.indexOf("/my/drafts/"));
        applicant.refreshCsrf(path);
        return path;
    }

    private static String[] auth(String user) {
        return new String[] {"Authorization", WebSession.basic(user, PASSWORD)};
    }

    private static void assertProblem(HttpResponse<String> answer, int status) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(answer.body()).startsWith(PROBLEM);
        assertThat(answer.body()).contains("\"status\":" + status).contains("\"title\"").contains("\"detail\"");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
