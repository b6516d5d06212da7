package vn.vetflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.vetflow.catalogue.ProcedureCatalogue;
import vn.vetflow.dossier.UploadedFile;
import vn.vetflow.identity.Roles;
import vn.vetflow.publicservice.Deadlines;
import vn.vetflow.support.TestSubmissions;
import vn.vetflow.support.TestUsers;
import vn.vetflow.support.VetflowTest;
import vn.vetflow.support.WebSession;
import vn.vetflow.support.WebSession.Multipart;

/**
 * Thousands of generated requests (fixed seed, bounded count) over the REST API, the portal's form posts,
 * the application wizard, the officers' task forms and comments and the payment callbacks, through real
 * HTTP: no answer may be a 5xx, and no dossier may be half-created (a dossier row without its process
 * instance, or a process instance without its dossier). The figures are printed at the end.
 */
@VetflowTest
class EdgeFuzzTest {

    static final long SEED = 20_261_206L;
    static final int CASES = 2_000;
    static final String PASSWORD = "fuzz-password-12";
    static final String APPLICANT = "fuzzapplicant";
    static final String OFFICER = "fuzzofficer";

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort int port;
    @Autowired TestUsers users;
    @Autowired TestSubmissions submissions;
    @Autowired ProcedureCatalogue catalogue;
    @Autowired Deadlines deadlines;
    @Autowired TaskService tasks;
    @Autowired HistoryService history;
    @Autowired JdbcTemplate jdbc;

    private Random random;
    private final List<String> codes = new ArrayList<>();
    private final List<String> taskIds = new ArrayList<>();
    private final List<String> drafts = new ArrayList<>();
    private WebSession applicant;
    private WebSession officer;
    /** Shared by the stateless API calls and the anonymous forms: one HTTP client, not one per request. */
    private WebSession api;
    private WebSession anonymous;

    /**
     * The fuzz's wrong passwords all come from 127.0.0.1, as every other test's requests do: forget them, or
     * the throttle's per-address limit would hold back the logins of the test classes that run next.
     */
    @AfterEach
    void forgetFailedLogins() {
        jdbc.update("delete from login_throttle");
    }

    @Test
    void generatedRequestsNeverAnswer5xxNorLeaveAHalfCreatedDossier() throws Exception {
        users.ensure(APPLICANT, PASSWORD, Roles.APPLICANT);
        users.ensure(OFFICER, PASSWORD, Roles.RECEPTION);
        Set<String> processesBefore = publicServiceProcesses();
        api = new WebSession(port);
        anonymous = new WebSession(port);
        applicant = new WebSession(port);
        assertThat(applicant.login(APPLICANT, PASSWORD)).isTrue();
        officer = new WebSession(port);
        assertThat(officer.login(OFFICER, PASSWORD)).isTrue();

        for (int i = 0; i < 3; i++) {
            HttpResponse<String> filed = validSubmission("seed-" + i);
            assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
            codes.add(JSON.readTree(filed.body()).get("code").asText());
        }
        codes.forEach(code -> tasks.createTaskQuery().processInstanceBusinessKey(code).list()
                .forEach(task -> taskIds.add(task.getId())));
        for (String procedure : List.of("P1", "P2")) {
            String location = applicant.get("/my/apply/" + procedure).headers().firstValue("Location").orElseThrow();
            drafts.add(location.substring(location.indexOf("/my/drafts/")));
        }

        random = new Random(SEED);
        List<Target> targets = targets();
        Map<String, Integer> perTarget = new TreeMap<>();
        List<String> serverErrors = new ArrayList<>();
        List<String> apiErrorsNotProblems = new ArrayList<>();
        int refusedByTomcat = 0;
        long start = System.nanoTime();
        for (int i = 0; i < CASES; i++) {
            Target target = targets.get(random.nextInt(targets.size()));
            HttpResponse<String> answer = target.send().apply(this);
            perTarget.merge(target.name(), 1, Integer::sum);
            if (answer.statusCode() >= 400 && answer.uri().getRawPath().startsWith("/api/")
                    && !answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
                // Tomcat's connector refuses some encoded characters in a path (%2F, %00…) before any
                // application code runs, with its own page: counted and printed, not yet ours to shape.
                if (answer.body().contains("<title>HTTP Status")) {
                    refusedByTomcat++;
                } else {
                    apiErrorsNotProblems.add("#" + i + " " + answer.uri().getRawPath() + " → " + answer.statusCode());
                }
            }
            if (answer.statusCode() >= 500) {
                serverErrors.add("#" + i + " " + target.name() + " " + answer.request().method() + " "
                        + answer.uri().getRawPath() + " → " + answer.statusCode() + " "
                        + answer.body().substring(0, Math.min(200, answer.body().length())));
            }
        }
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;

        Set<String> newProcesses = publicServiceProcesses();
        newProcesses.removeAll(processesBefore);
        int halfCreated = halfCreatedDossiers(newProcesses);
        System.out.printf("Edge fuzz (seed %d): %d cases in %d s, %d answers >= 500, %d half-created dossiers, "
                        + "%d new dossiers checked, %d API errors not RFC 7807, %d API paths refused by Tomcat's connector; "
                + "per target %s%n", SEED, CASES, seconds, serverErrors.size(), halfCreated, newProcesses.size(),
                apiErrorsNotProblems.size(), refusedByTomcat, perTarget);
        assertThat(serverErrors).isEmpty();
        assertThat(apiErrorsNotProblems).isEmpty();
        assertThat(halfCreated).isZero();
    }

    /** Dossiers without a process instance, or with one that is not theirs, and new processes without a dossier. */
    private int halfCreatedDossiers(Set<String> newProcesses) {
        Integer withoutProcess = jdbc.queryForObject("select count(*) from dossier d where d.applicant_username in (?, ?)"
                + " and (d.process_instance_id is null or not exists (select 1 from act_hi_procinst p"
                + " where p.id_ = d.process_instance_id and p.business_key_ = d.code))", Integer.class, APPLICANT, OFFICER);
        int withoutDossier = 0;
        for (String id : newProcesses) {
            HistoricProcessInstance process = history.createHistoricProcessInstanceQuery().processInstanceId(id)
                    .singleResult();
            Integer rows = jdbc.queryForObject("select count(*) from dossier where code = ? and process_instance_id = ?",
                    Integer.class, process.getBusinessKey(), id);
            if (rows == null || rows != 1) {
                withoutDossier++;
            }
        }
        return (withoutProcess == null ? 0 : withoutProcess) + withoutDossier;
    }

    private Set<String> publicServiceProcesses() {
        Set<String> ids = new HashSet<>();
        history.createHistoricProcessInstanceQuery().processDefinitionKey("public-service").list()
                .forEach(p -> ids.add(p.getId()));
        return ids;
    }

    record Target(String name, Function<EdgeFuzzTest, HttpResponse<String>> send) {
    }

    private static List<Target> targets() {
        return List.of(
                new Target("api submit (mutated)", EdgeFuzzTest::apiSubmit),
                new Target("api submit (valid)", t -> t.random.nextInt(4) == 0
                        ? t.validSubmission(t.random.nextBoolean() ? "k" + t.random.nextInt(20) : null)
                        : t.apiSubmit()),
                new Target("api dossier reads", EdgeFuzzTest::apiReads),
                new Target("api withdraw/supplement", EdgeFuzzTest::apiDossierActions),
                new Target("api tasks", EdgeFuzzTest::apiTasks),
                new Target("registration", t -> t.anonymousForm("/register", Map.of("type", t.pick("PERSON",
                        "ORGANISATION", t.text()), "name", t.text(), "idNumber", t.text(), "username", t.text(),
                        "email", t.text(), "phone", t.text(), "address", t.text(), "password", t.text(),
                        "passwordConfirmation", t.text()))),
                new Target("lookup", t -> t.anonymousForm("/lookup", Map.of("code", t.pick(t.code(), t.text()),
                        "idNumber", t.text()))),
                new Target("login", t -> t.anonymousForm("/login", Map.of("username", "x" + t.text(),
                        "password", t.text()))),
                new Target("password forgot", t -> t.anonymousForm("/password/forgot", Map.of("username", t.text(),
                        "email", t.text()))),
                new Target("draft form", EdgeFuzzTest::draftForm),
                new Target("draft files", EdgeFuzzTest::draftUpload),
                new Target("my dossier actions", EdgeFuzzTest::myDossierActions),
                new Target("task form", EdgeFuzzTest::taskForm),
                new Target("comment", t -> t.officer.postForm("/workspace/dossiers/" + t.pathPart(t.code())
                        + "/comments", Map.of("text", t.text(), "taskId", t.pick(t.taskId(), t.text())))),
                new Target("payment callback", EdgeFuzzTest::paymentCallback));
    }

    // ---- targets ----

    private HttpResponse<String> apiSubmit() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("procedureId", pick("P1", "P2", "P3", text()));
        body.put("subject", text());
        body.put("applicantName", text());
        body.put("applicantIdNumber", pick("012345678901", text()));
        body.put("applicantEmail", text());
        body.put("applicantPhone", text());
        body.put("applicantAddress", text());
        body.put("formData", random.nextBoolean() ? Map.of(text(), text()) : validFormData());
        Multipart multipart = new Multipart();
        String dossier = random.nextInt(8) == 0 ? pick("{", "[]", "null", "\"x\"", text()) : write(body);
        multipart.json(pick("dossier", "dossier", text()), dossier);
        int files = random.nextInt(4);
        for (int i = 0; i < files; i++) {
            multipart.file("files." + pick("DON", "BAOCAO", "QDTL", text()), fileName(), pick("application/pdf",
                    "image/png", "text/html"), content());
        }
        String type = random.nextInt(6) == 0 ? pick("multipart/form-data", "application/json", "text/plain",
                "multipart/form-data; boundary=", "a/b", "multipart/mixed; boundary=x") : Multipart.contentType();
        List<String> headers = new ArrayList<>(List.of("Authorization", WebSession.basic(APPLICANT, PASSWORD)));
        if (random.nextBoolean()) {
            headers.addAll(List.of("Idempotency-Key", printable(random.nextInt(3) == 0 ? 150 : 20)));
        }
        if (random.nextInt(4) == 0) {
            headers.addAll(List.of("Accept-Language", pick("en", "vi", "fr;q=x", "*", "en-US,en;q=0.5")));
        }
        return api.post("/api/v1/dossiers", type, multipart.bytes(), headers.toArray(String[]::new));
    }

    private HttpResponse<String> validSubmission(String key) {
        var request = submissions.valid("P1", APPLICANT, key);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("procedureId", "P1");
        body.put("subject", request.subject());
        body.put("applicantName", request.applicant().name());
        body.put("applicantIdNumber", request.applicant().idNumber());
        body.put("formData", request.formData());
        Multipart multipart = new Multipart().json("dossier", write(body));
        for (UploadedFile file : request.files()) {
            multipart.file("files." + file.componentCode(), file.fileName(), file.contentType(), file.content());
        }
        List<String> headers = new ArrayList<>(List.of("Authorization", WebSession.basic(APPLICANT, PASSWORD)));
        if (key != null) {
            headers.addAll(List.of("Idempotency-Key", key));
        }
        return api.post("/api/v1/dossiers", Multipart.contentType(), multipart.bytes(),
                headers.toArray(String[]::new));
    }

    private HttpResponse<String> apiReads() {
        String user = pick(APPLICANT, OFFICER);
        String path = pick("/api/v1/dossiers", "/api/v1/dossiers/" + pathPart(code()),
                "/api/v1/dossiers/" + pathPart(code()) + "/documents/" + pathPart(text()),
                "/api/v1/dossiers/" + pathPart(code()) + "/attachments/" + pathPart(pick("1", text())),
                "/api/v1/dossiers/" + pathPart(code()) + "/audit", "/api/v1/procedures/" + pathPart(text()),
                "/api/v1/procedures?q=" + pathPart(text()));
        return api.get(path, "Authorization", WebSession.basic(user, pick(PASSWORD, "wrong")),
                "Accept", pick("application/json", "*/*", "text/html", "image/png", "application/xml"));
    }

    private HttpResponse<String> apiDossierActions() {
        String code = pathPart(code());
        if (random.nextBoolean()) {
            byte[] body = pick("{\"reason\":" + quoted(text()) + "}", "{", "[1,2]", "", text())
                    .getBytes(StandardCharsets.UTF_8);
            return api.post("/api/v1/dossiers/" + code + "/withdraw",
                    pick("application/json", "text/plain", "application/x-www-form-urlencoded"), body,
                    "Authorization", WebSession.basic(APPLICANT, PASSWORD));
        }
        Multipart multipart = new Multipart().field("note", text())
                .file("files." + pick("DON", text()), fileName(), "application/pdf", content());
        return api.post("/api/v1/dossiers/" + code + "/supplement", Multipart.contentType(),
                multipart.bytes(), "Authorization", WebSession.basic(APPLICANT, PASSWORD));
    }

    private HttpResponse<String> apiTasks() {
        String auth = WebSession.basic(pick(OFFICER, APPLICANT), PASSWORD);
        return switch (random.nextInt(3)) {
            case 0 -> api.get("/api/v1/tasks?" + pathPart(text()) + "=" + pathPart(text()), "Authorization", auth);
            case 1 -> api.post("/api/v1/tasks/" + pathPart(taskId()) + "/claim", "application/json", new byte[0],
                    "Authorization", auth);
            default -> api.post("/api/v1/tasks/" + pathPart(taskId()) + "/complete",
                    pick("application/json", "text/plain"), pick("{" + quoted(text()) + ":" + quoted(text()) + "}",
                            "{\"decision\":" + quoted(text()) + ",\"note\":" + quoted(text()) + "}", "{", "[]", text())
                            .getBytes(StandardCharsets.UTF_8), "Authorization", auth);
        };
    }

    private HttpResponse<String> anonymousForm(String path, Map<String, String> fields) {
        if (random.nextInt(5) != 0) {
            anonymous.refreshCsrf(path.equals("/login") ? "/login" : path);
        }
        return anonymous.postForm(path, fields);
    }

    private HttpResponse<String> draftForm() {
        String draft = pick(drafts.get(0), drafts.get(1), "/my/drafts/" + pathPart(text()));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("subject", text());
        fields.put("action", pick("save", "next", text()));
        for (int i = random.nextInt(6); i > 0; i--) {
            fields.put("f." + pick("tenCoSo", "diaChi", "soDienThoai", "email", text()), text());
        }
        return applicant.postForm(draft, fields);
    }

    private HttpResponse<String> draftUpload() {
        String draft = pick(drafts.get(0), drafts.get(1));
        if (random.nextInt(10) == 0) {
            return applicant.postForm(draft + pick("/submit", "/files/" + pathPart(text()) + "/delete"), Map.of());
        }
        Multipart multipart = new Multipart().field("_csrf", applicant.csrf())
                .field("component", pick("DON", "BAOCAO", text())).file("file", fileName(), "application/pdf", content());
        return applicant.post(draft + "/files", random.nextInt(10) == 0 ? "multipart/form-data"
                : Multipart.contentType(), multipart.bytes());
    }

    private HttpResponse<String> myDossierActions() {
        String code = pathPart(code());
        return switch (random.nextInt(4)) {
            case 0 -> applicant.get("/my/dossiers/" + code + pick("", "/attachments/" + pathPart(text()),
                    "/documents/" + pathPart(text())));
            case 1 -> applicant.postForm("/my/dossiers/" + code + "/withdraw", Map.of("reason", text()));
            case 2 -> applicant.postForm("/my/dossiers/" + code + "/rating", Map.of("score", pick("1", "5", "0",
                    "99999999999", text()), "comment", text()));
            default -> applicant.post("/my/dossiers/" + code + "/supplement", Multipart.contentType(),
                    new Multipart().field("_csrf", applicant.csrf()).field("note", text())
                            .file("uploads." + pick("DON", text()), fileName(), "application/pdf", content()).bytes());
        };
    }

    private HttpResponse<String> taskForm() {
        String task = pathPart(taskId());
        if (random.nextInt(4) == 0) {
            return officer.postForm("/workspace/tasks/" + task + "/claim", Map.of("dossierCode", text()));
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("dossierCode", pick(code(), text()));
        for (int i = random.nextInt(5); i >= 0; i--) {
            fields.put(pick("decision", "note", "f.decision", "f.note", "reason", text()), text());
        }
        return officer.postForm("/workspace/tasks/" + task, fields);
    }

    private HttpResponse<String> paymentCallback() {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String name : List.of("vnp_TxnRef", "vnp_Amount", "vnp_ResponseCode", "vnp_SecureHash", "vnp_PayDate")) {
            if (random.nextInt(4) != 0) {
                fields.put(name, text());
            }
        }
        WebSession gateway = anonymous;
        if (random.nextBoolean()) {
            StringBuilder query = new StringBuilder();
            fields.forEach((k, v) -> query.append(k).append('=').append(pathPart(v)).append('&'));
            return gateway.get("/payments/callback?" + query);
        }
        String type = pick("application/x-www-form-urlencoded", "multipart/form-data", Multipart.contentType(),
                "application/json", "text/plain");
        byte[] body = type.equals(Multipart.contentType()) ? multipartOf(fields) : formBody(fields);
        return gateway.post("/payments/callback/ipn", type, body);
    }

    // ---- generated values ----

    private String text() {
        return switch (random.nextInt(14)) {
            case 0 -> "";
            case 1 -> "Nguyễn Văn Ánh";
            case 2 -> "a".repeat(random.nextInt(10) == 0 ? 70_000 : 501 + random.nextInt(5_000));
            case 3 -> "abc\u0000def";
            case 4 -> "x" + (char) (1 + random.nextInt(31)) + "y";
            case 5 -> "' or 1=1 --";
            case 6 -> "<script>alert(1)</script>";
            case 7 -> "${7*7} #{7*7} {{7*7}}";
            case 8 -> "😀🇻🇳";
            case 9 -> "99999999999999999999999";
            case 10 -> "%00%2e%2e/..;/";
            case 11 -> "-1";
            case 12 -> printable(1 + random.nextInt(40));
            default -> "0123456789";
        };
    }

    private String printable(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append((char) (33 + random.nextInt(94)));
        }
        return text.toString();
    }

    private String fileName() {
        return pick("don.pdf", "a\u0000.pdf", "x.exe", "", "../../etc/passwd", "tệp đính kèm.pdf",
                "q\".pdf", "a".repeat(300) + ".pdf", "x.pdf\u0007");
    }

    private byte[] content() {
        return switch (random.nextInt(5)) {
            case 0 -> TestSubmissions.PDF;
            case 1 -> new byte[0];
            case 2 -> "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
            case 3 -> ("%PDF-1.7\n1 0 obj << /Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>"
                    + " endobj\ntrailer << /Root 1 0 R >>\n%%EOF").getBytes(StandardCharsets.US_ASCII);
            default -> {
                byte[] bytes = new byte[random.nextInt(2_000)];
                random.nextBytes(bytes);
                yield bytes;
            }
        };
    }

    private Map<String, Object> validFormData() {
        return submissions.formData(catalogue.currentVersion("P1", deadlines.today()));
    }

    private String code() {
        return random.nextInt(4) == 0 ? text() : codes.get(random.nextInt(codes.size()));
    }

    private String taskId() {
        return random.nextInt(4) == 0 || taskIds.isEmpty() ? text() : taskIds.get(random.nextInt(taskIds.size()));
    }

    @SafeVarargs
    private <T> T pick(T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    /** A path segment as a client would encode it (the server sees the decoded value). */
    private static String pathPart(String value) {
        String encoded = java.net.URLEncoder.encode(value.length() > 2_000 ? value.substring(0, 2_000) : value,
                StandardCharsets.UTF_8).replace("+", "%20");
        return encoded.isEmpty() ? "%20" : encoded;
    }

    private static String quoted(String value) {
        return write(value);
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] formBody(Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append(k).append('=').append(pathPart(v)).append('&'));
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] multipartOf(Map<String, String> fields) {
        Multipart multipart = new Multipart();
        fields.forEach(multipart::field);
        return multipart.bytes();
    }

    static HttpRequest.BodyPublisher none() {
        return BodyPublishers.noBody();
    }
}
