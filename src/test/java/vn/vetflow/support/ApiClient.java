package vn.vetflow.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import vn.vetflow.catalogue.ProcedureVersion;
import vn.vetflow.dossier.UploadedFile;

/**
 * vetflow's REST API over real HTTP (loopback only), as concurrent clients use it: file a dossier with its
 * files, complete a task; many calls released at once. Used by the load test and the concurrency benchmark.
 */
public final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One answer and how long it took. */
    public record Answer(int status, String body, String contentType, long nanos) {
    }

    /** One client's work. */
    public interface Call<T> {
        T call(int client) throws Exception;
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final int port;
    private final String password;

    public ApiClient(int port, String password) {
        this.port = port;
        this.password = password;
    }

    /** Runs the calls from as many threads, released together; every answer, in client order. */
    public static <T> List<T> concurrently(int clients, Call<T> call) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                int client = i;
                futures.add(threads.submit((Callable<T>) () -> {
                    start.await();
                    return call.call(client);
                }));
            }
            start.countDown();
            List<T> answers = new ArrayList<>();
            for (Future<T> f : futures) {
                answers.add(f.get(10, TimeUnit.MINUTES));
            }
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }

    public Answer complete(String user, String taskId, Map<String, Object> form) throws Exception {
        return send(HttpRequest.newBuilder(uri("/api/v1/tasks/" + taskId + "/complete"))
                .header("Authorization", basic(user)).header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(form))));
    }

    /** Files a dossier of the given procedure version, with sample form data and its required files. */
    public Answer submit(String user, ProcedureVersion version, Map<String, Object> formData) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("procedureId", version.procedureId());
        body.put("subject", "Đăng ký hoạt động giáo dục nghề nghiệp");
        body.put("applicantName", "Trường Trung cấp Kỹ thuật Nông Lâm Nghĩa Lộ");
        body.put("applicantIdNumber", "0101234567");
        body.put("formData", formData);
        String boundary = "vetflow" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream multipart = new ByteArrayOutputStream();
        part(multipart, boundary, "dossier", null, "application/json", JSON.writeValueAsBytes(body));
        for (UploadedFile file : TestSubmissions.files(version)) {
            part(multipart, boundary, "files." + file.componentCode(), file.fileName(), file.contentType(),
                    file.content());
        }
        multipart.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri("/api/v1/dossiers"))
                .header("Authorization", basic(user)).header("Idempotency-Key", UUID.randomUUID().toString())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart.toByteArray())));
    }

    /** The dossier code in a submission's answer. */
    public static String code(Answer submitted) throws Exception {
        return JSON.readTree(submitted.body()).get("code").asText();
    }

    private Answer send(HttpRequest.Builder request) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> response = http.send(request.timeout(Duration.ofMinutes(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body(),
                response.headers().firstValue("Content-Type").orElse(""), System.nanoTime() - started);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static void part(ByteArrayOutputStream out, String boundary, String name, String fileName, String type,
                             byte[] content) {
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (fileName == null ? "" : "; filename=\"" + fileName + "\"") + "\r\nContent-Type: " + type + "\r\n\r\n";
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }

    private String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
