package vn.vetflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.vetflow.identity.Roles;
import vn.vetflow.support.VetflowTest;
import vn.vetflow.support.WebSession;

/** Every main page sends a strict CSP, Referrer-Policy and Permissions-Policy; no template has inline script. */
@VetflowTest
class SecurityHeadersTest {

    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern HANDLER = Pattern.compile("\\s(th:)?on[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern STYLE = Pattern.compile("\\s(th:)?style\\s*=", Pattern.CASE_INSENSITIVE);

    @Autowired MockMvc mvc;
    @LocalServerPort int port;

    @Test
    void mainPagesSendTheBrowserProtections() throws Exception {
        List<MockHttpServletRequestBuilder> pages = List.of(get("/"), get("/login"), get("/procedures"),
                get("/procedures/P1"), get("/lookup"), get("/register"), get("/password/forgot"),
                get("/my/dossiers").with(user("headersapplicant").roles(Roles.APPLICANT)),
                get("/my/drafts").with(user("headersapplicant").roles(Roles.APPLICANT)),
                get("/workspace").with(user("headersofficer").roles(Roles.RECEPTION, "motcua")),
                get("/kpi/inspections").with(user("headerssupervisor").roles(Roles.SUPERVISOR)),
                get("/institutions").with(user("headersinspector").roles(Roles.INSPECTOR)));
        for (MockHttpServletRequestBuilder page : pages) {
            MockHttpServletResponse response = mvc.perform(page).andReturn().getResponse();
            String name = page.buildRequest(new org.springframework.mock.web.MockServletContext()).getRequestURI();
            assertThat(response.getStatus()).as(name).isEqualTo(200);
            String policy = response.getHeader("Content-Security-Policy");
            assertThat(policy).as(name).contains("script-src 'self';").contains("object-src 'none'")
                    .contains("frame-ancestors 'self'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
            assertThat(response.getHeaders("Content-Security-Policy")).as(name).hasSize(1);
            assertThat(response.getHeader("Referrer-Policy")).as(name).isEqualTo("strict-origin-when-cross-origin");
            assertThat(response.getHeader("Permissions-Policy")).as(name).contains("camera=()").contains("geolocation=()");
            assertThat(response.getHeader("X-Content-Type-Options")).as(name).isEqualTo("nosniff");
        }
    }

    @Test
    void camundaWebappsKeepTheirOwnPolicy() throws Exception {
        MockHttpServletResponse cockpit = mvc.perform(get("/camunda/app/cockpit/default/")).andReturn().getResponse();
        assertThat(cockpit.getHeader("Content-Security-Policy")).as("Camunda's own, or none here")
                .isNotEqualTo(SecurityHeaders.PAGE_POLICY);
        assertThat(cockpit.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
    }

    @Test
    void theSessionCookieIsSameSiteAndHttpOnly() {
        var login = new WebSession(port).get("/login");
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID"))
                .findFirst().orElseThrow();
        assertThat(cookie).contains("SameSite=Lax").contains("HttpOnly");
    }

    @Test
    void noTemplateHasInlineScriptHandlersOrStyleAttributes() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Resource template : new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html")) {
            String html = template.getContentAsString(StandardCharsets.UTF_8);
            if (INLINE_SCRIPT.matcher(html).find() || HANDLER.matcher(html).find() || STYLE.matcher(html).find()
                    || html.contains("javascript:")) {
                offenders.add(template.getFilename());
            }
        }
        assertThat(offenders).isEmpty();
    }
}
