package vn.vetflow.benchmark;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a page costs on the wire, as a browser would fetch it: the page plus its stylesheets and scripts on a
 * cold visit (empty cache), then again on a warm visit (second visit: assets still fresh in the cache are not
 * asked for, the others are asked for again, conditionally when they carry a validator). Bytes are the status
 * line, the headers and the body as sent (compressed when the server compresses; Java's client never
 * decompresses by itself). Runs against a running application:
 * {@code mvn -q -DskipTests test-compile exec:java@transfer-weight -Dbase=http://localhost:8096}.
 */
public final class TransferWeight {

    private static final Pattern ASSET = Pattern.compile("<(?:link[^>]+href|script[^>]+src)=\"([^\"]+)\"");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern MAX_AGE = Pattern.compile("max-age=(\\d+)");

    private final String base;
    private final HttpClient http;
    /** Cached assets: path → validator headers and whether the copy may be used without asking. */
    private final Map<String, Cached> cache = new HashMap<>();

    private record Cached(boolean fresh, String etag, String lastModified) {
    }

    private TransferWeight(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    public static void main(String[] args) throws Exception {
        String base = System.getProperty("base", "http://localhost:8080");
        System.out.println("Transfer weight at " + base + " (bytes on the wire: headers + body as sent)");
        System.out.printf("%-26s %14s %14s%n", "page", "cold visit", "warm visit");
        measure(base, "public home", "/", null);
        measure(base, "apply page (congdan)", "/my/apply/P4", "congdan");
        measure(base, "KPI services (lanhdao)", "/kpi/services", "lanhdao");
        measure(base, "KPI inspections (lanhdao)", "/kpi/inspections", "lanhdao");
    }

    private static void measure(String base, String name, String path, String user) throws Exception {
        TransferWeight browser = new TransferWeight(base);
        if (user != null) {
            browser.logIn(user, "demo");
        }
        long cold = browser.visit(path);
        long warm = browser.visit(path);
        System.out.printf("%-26s %,14d %,14d%n", name, cold, warm);
    }

    private void logIn(String user, String password) throws Exception {
        String login = new String(gunzipIfNeeded(http.send(get("/login"), HttpResponse.BodyHandlers.ofByteArray())),
                StandardCharsets.UTF_8);
        Matcher csrf = CSRF.matcher(login);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String form = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
        http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
    }

    /** One visit: the page (never cached, it shows personal data) and every asset it names. */
    private long visit(String path) throws Exception {
        HttpResponse<byte[]> page = http.send(get(path), HttpResponse.BodyHandlers.ofByteArray());
        long bytes = wire(page);
        String html = new String(gunzipIfNeeded(page), StandardCharsets.UTF_8);
        Set<String> assets = new LinkedHashSet<>();
        Matcher m = ASSET.matcher(html);
        while (m.find()) {
            if (m.group(1).startsWith("/")) {
                assets.add(m.group(1).replace("&amp;", "&"));
            }
        }
        for (String asset : assets) {
            bytes += fetchAsset(asset);
        }
        return bytes;
    }

    private long fetchAsset(String path) throws IOException, InterruptedException {
        Cached cached = cache.get(path);
        if (cached != null && cached.fresh()) {
            return 0;
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Encoding", "gzip");
        if (cached != null && cached.etag() != null) {
            request.header("If-None-Match", cached.etag());
        }
        if (cached != null && cached.lastModified() != null) {
            request.header("If-Modified-Since", cached.lastModified());
        }
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        HttpHeaders headers = response.headers();
        String cacheControl = String.join(",", headers.allValues("Cache-Control"));
        Matcher maxAge = MAX_AGE.matcher(cacheControl);
        boolean fresh = !cacheControl.contains("no-store") && !cacheControl.contains("no-cache")
                && maxAge.find() && Long.parseLong(maxAge.group(1)) > 0;
        if (!cacheControl.contains("no-store")) {
            cache.put(path, new Cached(fresh, headers.firstValue("ETag").orElse(null),
                    headers.firstValue("Last-Modified").orElse(null)));
        }
        return wire(response);
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Encoding", "gzip").build();
    }

    private static long wire(HttpResponse<byte[]> response) {
        long bytes = "HTTP/1.1 200 OK\r\n".length() + 2;
        for (Map.Entry<String, List<String>> header : response.headers().map().entrySet()) {
            for (String value : header.getValue()) {
                bytes += header.getKey().length() + 2 + value.length() + 2;
            }
        }
        return bytes + response.body().length;
    }

    private static byte[] gunzipIfNeeded(HttpResponse<byte[]> response) throws IOException {
        if (!"gzip".equalsIgnoreCase(response.headers().firstValue("Content-Encoding").orElse(""))) {
            return response.body();
        }
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(response.body()))) {
            return in.readAllBytes();
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
