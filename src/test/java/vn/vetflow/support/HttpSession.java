package vn.vetflow.support;

import java.net.HttpCookie;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * What a browser keeps between real HTTP calls: its cookies (session, Camunda's XSRF token), the XSRF header it
 * sends back, and vetflow's form login with the page's CSRF token. For Camunda's webapps, which are servlets
 * and Jersey applications MockMvc does not run.
 */
public class HttpSession {

    private final TestRestTemplate http;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    public HttpSession(TestRestTemplate http) {
        // A browser follows redirects too, but keeps the cookies of each answer; here each answer is seen.
        this.http = http.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW);
    }

    /** Logs in through vetflow's login page, as a person does; returns the answer to the form post. */
    public ResponseEntity<String> login(String username, String password) {
        ResponseEntity<String> page = get("/login");
        String csrf = Jsoup.parse(page.getBody()).select("input[name=_csrf]").attr("value");
        return postForm("/login", "username=" + username + "&password=" + password + "&_csrf=" + csrf);
    }

    /** True when the last login ended on a page of the application rather than back on the login page. */
    public static boolean loggedIn(ResponseEntity<String> login) {
        String location = String.valueOf(login.getHeaders().getLocation());
        return login.getStatusCode() == HttpStatus.FOUND && !location.contains("/login");
    }

    public Map<String, String> cookies() {
        return cookies;
    }

    public ResponseEntity<String> get(String path) {
        return exchange(path, HttpMethod.GET, null, null);
    }

    public ResponseEntity<String> postForm(String path, String body) {
        return exchange(path, HttpMethod.POST, MediaType.APPLICATION_FORM_URLENCODED, body);
    }

    public ResponseEntity<String> postJson(String path, String body) {
        return exchange(path, HttpMethod.POST, MediaType.APPLICATION_JSON, body);
    }

    public ResponseEntity<String> putJson(String path, String body) {
        return exchange(path, HttpMethod.PUT, MediaType.APPLICATION_JSON, body);
    }

    public ResponseEntity<String> exchange(String path, HttpMethod method, MediaType type, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, MediaType.ALL));
        if (type != null) {
            headers.setContentType(type);
        }
        if (!cookies.isEmpty()) {
            headers.add(HttpHeaders.COOKIE, cookies.entrySet().stream()
                    .map(c -> c.getKey() + "=" + c.getValue()).collect(Collectors.joining("; ")));
        }
        if (cookies.containsKey("XSRF-TOKEN")) {
            headers.add("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
        }
        ResponseEntity<String> response = http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
        for (String setCookie : response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)) {
            for (HttpCookie cookie : HttpCookie.parse(setCookie)) {
                if (cookie.getMaxAge() == 0) {
                    cookies.remove(cookie.getName());
                } else {
                    cookies.put(cookie.getName(), cookie.getValue());
                }
            }
        }
        return response;
    }
}
