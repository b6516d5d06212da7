package vn.vetflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import vn.vetflow.identity.Roles;
import vn.vetflow.support.VetflowTest;

/**
 * Light on the wire (issue 19): answers are gzipped for browsers that accept it, styles and scripts have
 * content-hashed URLs cached for a year, webjars too (versioned paths), and pages stay no-store. Compression
 * is Tomcat's, so those checks go through the real server, not MockMvc.
 */
@VetflowTest
class WireWeightTest {

    private static final Pattern VERSIONED_CSS = Pattern.compile("href=\"(/css/vetflow-[0-9a-f]{32}\\.css)\"");
    private static final Pattern VERSIONED_JS = Pattern.compile("src=\"(/js/kpi-charts-[0-9a-f]{32}\\.js)\"");
    private static final String BOOTSTRAP = "/webjars/bootstrap/5.3.3/css/bootstrap.min.css";

    @Autowired MockMvc mvc;
    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void pagesAndAssetsAreGzippedForBrowsersThatAcceptIt() throws Exception {
        HttpResponse<byte[]> home = fetch("/", "gzip");
        assertThat(home.headers().firstValue("Content-Encoding")).hasValue("gzip");
        String html = gunzip(home.body());
        assertThat(html).contains("<main id=\"main\"");
        assertThat(home.body().length).as("compressed home page").isLessThan(html.getBytes(StandardCharsets.UTF_8).length / 2);

        HttpResponse<byte[]> bootstrap = fetch(BOOTSTRAP, "gzip");
        assertThat(bootstrap.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(bootstrap.body().length).as("Bootstrap's CSS gzipped").isLessThan(60_000);

        HttpResponse<byte[]> plain = fetch("/", null);
        assertThat(plain.headers().firstValue("Content-Encoding")).as("no gzip unless asked for").isEmpty();
        assertThat(new String(plain.body(), StandardCharsets.UTF_8)).contains("<main id=\"main\"");
    }

    @Test
    void versionedStylesScriptsAndWebjarsAreCachedForAYear() throws Exception {
        String home = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
        Matcher css = VERSIONED_CSS.matcher(home);
        assertThat(css.find()).as("the page links our stylesheet by its content hash").isTrue();
        String kpi = mvc.perform(get("/kpi/services").with(user("wiresupervisor").roles(Roles.SUPERVISOR)))
                .andReturn().getResponse().getContentAsString();
        Matcher js = VERSIONED_JS.matcher(kpi);
        assertThat(js.find()).as("the KPI page links its script by its content hash").isTrue();

        for (String asset : new String[] {css.group(1), js.group(1), BOOTSTRAP,
                "/webjars/echarts/5.3.1/dist/echarts.min.js"}) {
            HttpResponse<byte[]> response = fetch(asset, "gzip");
            assertThat(response.statusCode()).as(asset).isEqualTo(200);
            assertThat(response.headers().allValues("Cache-Control")).as(asset)
                    .containsExactly("max-age=31536000, public, immutable");
            assertThat(response.headers().firstValue("Pragma")).as(asset).isEmpty();
        }
    }

    @Test
    void pagesWithPersonalDataAreNeverStored() throws Exception {
        for (MockHttpServletResponse page : new MockHttpServletResponse[] {
                mvc.perform(get("/")).andReturn().getResponse(),
                mvc.perform(get("/login")).andReturn().getResponse(),
                mvc.perform(get("/my/dossiers").with(user("wireapplicant").roles(Roles.APPLICANT))).andReturn().getResponse(),
                mvc.perform(get("/workspace").with(user("wireofficer").roles(Roles.RECEPTION, "motcua"))).andReturn().getResponse(),
                mvc.perform(get("/kpi/services").with(user("wiresupervisor").roles(Roles.SUPERVISOR))).andReturn().getResponse()}) {
            assertThat(page.getStatus()).isEqualTo(200);
            assertThat(page.getHeader("Cache-Control")).contains("no-store");
        }
        HttpResponse<byte[]> workspace = fetch("/workspace", null);
        assertThat(workspace.headers().firstValue("Cache-Control").orElse("")).as("the login redirect").contains("no-store");
    }

    private HttpResponse<byte[]> fetch(String path, String encoding) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (encoding != null) {
            request.header("Accept-Encoding", encoding);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
